package bitrows_test

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid/bitrows"
)

// refCount is the reference for MaskSet.Count: each mask compared in turn.
func refCount(masks []uint64, all, none uint64) int {
	n := 0
	for _, m := range masks {
		if m&all == all && m&none == 0 {
			n++
		}
	}
	return n
}

// refEqual is the reference for MaskSet.Equal.
func refEqual(masks []uint64, q uint64) int {
	n := 0
	for _, m := range masks {
		if m == q {
			n++
		}
	}
	return n
}

// TestMaskSet compares Count and Equal with the masks compared one by one,
// for sets of 0 to 300 masks (across and at the word boundaries) of 1 to 64
// bits, with repeats, and queries of every kind: none, all, mixed, and the
// set's own masks and their complements.
func TestMaskSet(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 25))
	for k := range 500 {
		n := rng.IntN(301)
		if k%5 == 0 {
			n = []int{0, 1, 63, 64, 65, 128}[k/5%6]
		}
		width := 1 + rng.IntN(64)
		limit := ^uint64(0) >> (64 - width)
		masks := make([]uint64, n)
		for i := range masks {
			masks[i] = rng.Uint64() & rng.Uint64() & limit // about a quarter of the bits
			if i > 0 && rng.IntN(8) == 0 {
				masks[i] = masks[rng.IntN(i)] // a repeat
			}
		}
		s := bitrows.NewMaskSet(masks)
		if s.Len() != n {
			t.Fatalf("set %d: Len() = %d, want %d", k, s.Len(), n)
		}
		for range 40 {
			var all, none uint64
			switch rng.IntN(4) {
			case 0:
				none = rng.Uint64() & limit
			case 1:
				all = rng.Uint64() & rng.Uint64() & limit
			case 2:
				all, none = rng.Uint64()&rng.Uint64(), rng.Uint64()&rng.Uint64()
			default:
				if n > 0 {
					m := masks[rng.IntN(n)]
					all, none = m, limit&^m
				}
			}
			if got, want := s.Count(all, none), refCount(masks, all, none); got != want {
				t.Fatalf("set %d of %d masks of %d bits: Count(%#x, %#x) = %d, want %d", k, n, width, all, none, got, want)
			}
			q := rng.Uint64() & limit
			if n > 0 && rng.IntN(2) == 0 {
				q = masks[rng.IntN(n)]
			}
			if got, want := s.Equal(q), refEqual(masks, q); got != want {
				t.Fatalf("set %d: Equal(%#x) = %d, want %d", k, q, got, want)
			}
		}
	}
}

// TestMaskSetOwnsMasks checks that a MaskSet keeps its own copy: changing
// the caller's slice afterwards changes no count.
func TestMaskSetOwnsMasks(t *testing.T) {
	masks := []uint64{1, 2, 3}
	s := bitrows.NewMaskSet(masks)
	masks[0], masks[1], masks[2] = 4, 4, 4
	if got := s.Equal(3); got != 1 {
		t.Errorf("Equal(3) after the caller's slice changed = %d, want 1", got)
	}
	if got := s.Count(4, 0); got != 0 {
		t.Errorf("Count(4, 0) after the caller's slice changed = %d, want 0", got)
	}
}

// FuzzMaskSet compares Count and Equal with the plain loop on masks and
// queries taken from the fuzzer's bytes.
func FuzzMaskSet(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, uint64(3), uint64(12))
	f.Fuzz(func(t *testing.T, data []byte, all, none uint64) {
		var masks []uint64
		for len(data) >= 8 {
			masks = append(masks, binary.LittleEndian.Uint64(data))
			data = data[8:]
		}
		s := bitrows.NewMaskSet(masks)
		if got, want := s.Count(all, none), refCount(masks, all, none); got != want {
			t.Fatalf("Count(%#x, %#x) = %d, want %d", all, none, got, want)
		}
		if got, want := s.Equal(all), refEqual(masks, all); got != want {
			t.Fatalf("Equal(%#x) = %d, want %d", all, got, want)
		}
	})
}
