package parallel

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// scratchesMade runs MapWith and CountWith on n items with opts, each
// item calling f, and returns how many scratch values each made, one
// made on a goroutine other than the caller's counting twice: 1 means that
// the caller ran every item, since a worker needs a scratch value before
// its first item (a caller that starts the others mid-job hands its own on
// and makes another).
func scratchesMade(n int, f func(int), opts ...Option) (mapWith, countWith int) {
	var made atomic.Int32
	caller := goid()
	newScratch := func() *int {
		made.Add(1)
		if goid() != caller {
			made.Add(1)
		}
		return new(int)
	}
	MapWith(indices(n), newScratch, func(_ *int, x int) int { f(x); return x }, opts...)
	mapWith = int(made.Swap(0))
	CountWith(indices(n), newScratch, func(_ *int, x int) bool { f(x); return true }, opts...)
	return mapWith, int(made.Load())
}

// TestSoloSmallJob checks that a job far too small to share, with the
// chunks sized automatically, runs on the caller alone, however many
// workers are asked for. The caller would start the others after working
// alone for soloAtLeast, so a descheduled caller may share: each case gets
// five tries, and one run on the caller alone is enough.
func TestSoloSmallJob(t *testing.T) {
	atLeastProcs(t, 2)
	for _, opts := range [][]Option{nil, {Workers(2)}, {Workers(16)}} {
		best := [2]int{1 << 30, 1 << 30}
		for range 5 {
			m, c := scratchesMade(64, func(int) {}, opts...)
			best = [2]int{min(best[0], m), min(best[1], c)}
		}
		if best != [2]int{1, 1} {
			t.Errorf("64 trivial items with %d options: at best %d for MapWith and %d for CountWith, want 1, the caller alone (see scratchesMade)", len(opts), best[0], best[1])
		}
	}
}

// TestSoloSharesLargeJob checks that a job worth sharing is shared when the
// caller starts alone: 64 items of 200 µs each, where the caller alone
// would take 12.8 ms. Every exported function runs items on two
// goroutines, and MapWith and CountWith make a scratch value for each.
func TestSoloSharesLargeJob(t *testing.T) {
	atLeastProcs(t, 2)
	for _, v := range variants {
		var mu sync.Mutex
		ran := map[string]bool{}
		v.call(indices(64), func(x int) int {
			time.Sleep(200 * time.Microsecond)
			mu.Lock()
			ran[goid()] = true
			mu.Unlock()
			return x
		}, Workers(2))
		if len(ran) != 2 {
			t.Errorf("%s on 64 items of 200 µs with Workers(2): %d goroutines ran items, want 2", v.name, len(ran))
		}
	}
	if m, c := scratchesMade(64, func(int) { time.Sleep(200 * time.Microsecond) }, Workers(2)); m != 2 || c != 2 {
		t.Errorf("64 items of 200 µs with Workers(2): MapWith made %d scratch values and CountWith %d (see scratchesMade), want 2, both on the caller", m, c)
	}
}

// TestSoloEager checks that the others start at once when the call sets
// Chunk or has few items a worker: a goroutine other than the caller runs
// trivial items, which a caller starting alone would run by itself. The
// caller's first item waits up to 10 s for that, so that a worker started
// at once has its chance.
func TestSoloEager(t *testing.T) {
	atLeastProcs(t, 2)
	for _, tc := range []struct {
		name string
		n    int
		opts []Option
	}{
		{"Chunk(1) on 64 items", 64, []Option{Workers(2), Chunk(1)}},
		{"Chunk(8) on 64 items", 64, []Option{Workers(2), Chunk(8)}},
		{"15 items, under 8 a worker", 15, []Option{Workers(2)}},
	} {
		caller := goid()
		for _, v := range variants {
			other := make(chan struct{})
			var once sync.Once
			first := true
			v.call(indices(tc.n), func(x int) int {
				if goid() != caller {
					once.Do(func() { close(other) })
					return x
				}
				if first {
					first = false
					select {
					case <-other:
					case <-time.After(10 * time.Second):
					}
				}
				return x
			}, tc.opts...)
			select {
			case <-other:
			default:
				t.Errorf("%s, %s: no goroutine but the caller ran items, though its first item waited up to 10 s for one", v.name, tc.name)
			}
		}
	}
}

// TestSoloRun checks the caller's account: chunks of 1, 2, 4 ... up to the
// planned chunk, and sharing only when the first chunk alone was long, or
// when the work done alone is long enough and the work left, at the pace
// of the chunks after the first, is worth it.
func TestSoloRun(t *testing.T) {
	var r soloRun
	r.begin()
	for i, want := range []int{1, 2, 4, 5, 5} {
		got := r.size(5)
		if got != want {
			t.Fatalf("chunk %d: size = %d, want %d", i, got, want)
		}
		r.share(got, 1000)
	}
	many := 1 << 20
	tests := []struct {
		name        string
		first       time.Duration // when the first chunk ended, 0 if this is it
		firstItems  int
		spent       time.Duration
		done, left  int
		wantToShare bool
	}{
		{"first chunk short", 0, 0, soloShare / 2, 1, many, false},
		{"first chunk long", 0, 0, soloShare, 1, 2, true},
		{"first chunk long, nothing left", 0, 0, soloShare * 10, 1, 0, false},
		{"too soon to judge", soloAtLeast / 4, 1, soloAtLeast / 2, 3, many, false},
		{"nothing left", soloAtLeast, 1, soloAtLeast * 10, 5, 0, false},
		// 100 items after the first in soloAtLeast: the ones left at that
		// pace take half soloShare, or twice it.
		{"little left", soloAtLeast, 1, 2 * soloAtLeast, 101, 100 * int(soloShare/soloAtLeast) / 2, false},
		{"enough left", soloAtLeast, 1, 2 * soloAtLeast, 101, 100 * int(soloShare/soloAtLeast) * 2, true},
		// A long first item says nothing of the pace of the rest.
		{"long first item, quick rest", soloShare / 2, 1, soloShare/2 + soloAtLeast, 101, 100 * int(soloShare/soloAtLeast) / 2, false},
	}
	for _, tc := range tests {
		r := soloRun{start: time.Now().Add(-tc.spent), next: 1, first: tc.first, firstItems: tc.firstItems}
		r.done = tc.done - 1
		if tc.firstItems == 0 {
			r.done = 0
		}
		if got := r.share(1, tc.left); got != tc.wantToShare {
			t.Errorf("%s: share after %v alone, %d done, %d left = %t, want %t", tc.name, tc.spent, tc.done, tc.left, got, tc.wantToShare)
		}
	}
}
