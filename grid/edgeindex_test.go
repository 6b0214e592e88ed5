package grid

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// refReverse reverses the n-bit string x bit by bit.
func refReverse(x uint64, n int) uint64 {
	var r uint64
	for k := range n {
		if x>>k&1 == 1 {
			r |= 1 << (n - 1 - k)
		}
	}
	return r
}

// refTiles is the plain reference for EdgeIndex.Tiles: every side of every
// tile looked at, in order, and kept if it reads e either way round.
func refTiles(edges [][4]uint64, n int, e uint64) []int {
	mask := ^uint64(0)
	if n < 64 {
		mask = 1<<n - 1
	}
	e &= mask
	var out []int
	for i, es := range edges {
		for _, f := range es {
			f &= mask
			if f == e || f == refReverse(e, n) {
				out = append(out, i)
			}
		}
	}
	return out
}

// checkEdgeIndex compares every lookup that matters with the reference:
// each edge of each tile, its reverse, the same with bits above n set, and
// a few edges drawn at random.
func checkEdgeIndex(t *testing.T, edges [][4]uint64, n int, rng *rand.Rand) {
	t.Helper()
	x := NewEdgeIndex(edges, n)
	look := func(e uint64) {
		t.Helper()
		got, want := x.Tiles(e), refTiles(edges, n, e)
		if len(got) != len(want) || !slices.Equal(got, want) {
			t.Fatalf("n=%d, %d tiles %x: Tiles(%#x) = %v, want %v", n, len(edges), edges, e, got, want)
		}
	}
	for _, es := range edges {
		for _, e := range es {
			look(e)
			look(refReverse(e, n))
			if n < 64 {
				look(e | 1<<n)
			}
		}
	}
	for range 4 {
		look(rng.Uint64())
	}
}

// TestEdgeIndex checks NewEdgeIndex and Tiles against the reference on
// generated tile sets: edges of every length from 0 to 64, through the
// table (up to 16 cells) and the sorted keys, drawn from a small pool so
// that edges repeat, read both ways, sit on two sides of one tile and
// read the same both ways.
func TestEdgeIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 20))
	for n := 0; n <= 64; n++ {
		for range 20 {
			pool := make([]uint64, 1+rng.IntN(12))
			for i := range pool {
				pool[i] = rng.Uint64()
				if n > 0 && rng.IntN(5) == 0 { // a palindrome
					half := pool[i] & (1<<(n/2) - 1)
					pool[i] = half | refReverse(half, n)
				}
			}
			edges := make([][4]uint64, rng.IntN(10))
			for i := range edges {
				for j := range 4 {
					e := pool[rng.IntN(len(pool))]
					if n > 0 && rng.IntN(2) == 0 {
						e = refReverse(e, n)
					}
					edges[i][j] = e
				}
			}
			checkEdgeIndex(t, edges, n, rng)
		}
	}
}

// TestEdgeIndexZero checks that the zero EdgeIndex finds nothing, and that
// a length outside [0, 64] panics.
func TestEdgeIndexZero(t *testing.T) {
	var x EdgeIndex
	if got := x.Tiles(5); len(got) != 0 {
		t.Errorf("zero EdgeIndex: Tiles(5) = %v, want none", got)
	}
	for _, n := range []int{-1, 65} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewEdgeIndex(..., %d) did not panic", n)
				}
			}()
			NewEdgeIndex(nil, n)
		}()
	}
}

// TestEdgeIndexAllocs checks the allocations the docs give, and that a
// lookup makes none.
func TestEdgeIndexAllocs(t *testing.T) {
	edges := [][4]uint64{{1, 2, 3, 4}, {4, 5, 6, 7}}
	for _, c := range []struct{ n, want int }{{10, 2}, {20, 3}} {
		if got := testing.AllocsPerRun(50, func() { NewEdgeIndex(edges, c.n) }); int(got) != c.want {
			t.Errorf("NewEdgeIndex with n=%d: %v allocations, want %d", c.n, got, c.want)
		}
		x := NewEdgeIndex(edges, c.n)
		if got := testing.AllocsPerRun(50, func() { x.Tiles(4) }); got != 0 {
			t.Errorf("Tiles with n=%d: %v allocations, want 0", c.n, got)
		}
	}
}

// FuzzEdgeIndex compares the index with the reference on tile sets read
// from the fuzzer's bytes: the first byte gives the length, each further
// byte an edge from a pool of sixteen.
func FuzzEdgeIndex(f *testing.F) {
	f.Add([]byte{10, 1, 2, 3, 4, 4, 5, 6, 7})
	f.Add([]byte{20, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		n := int(data[0]) % 65
		rng := rand.New(rand.NewPCG(uint64(n), 1))
		var pool [16]uint64
		for i := range pool {
			pool[i] = rng.Uint64()
		}
		data = data[1:]
		edges := make([][4]uint64, len(data)/4)
		for i := range edges {
			for j := range 4 {
				b := data[4*i+j]
				e := pool[b%16]
				if b&16 != 0 {
					e = refReverse(e, n)
				}
				edges[i][j] = e
			}
		}
		checkEdgeIndex(t, edges, n, rng)
	})
}
