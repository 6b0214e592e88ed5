package parallel

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// startedOthers runs n items through run with opts, each item calling f,
// and reports whether the caller started the other workers.
func startedOthers(t *testing.T, n int, f func(int), opts ...Option) bool {
	t.Helper()
	var seen atomic.Pointer[job]
	err := run(context.Background(), nil, n, opts, nil, func(j *job, _ struct{}, lo, hi int) error {
		seen.Store(j) // the same job on every goroutine
		for i := lo; i < hi; i++ {
			f(i)
		}
		return nil
	})
	if err != nil || seen.Load() == nil {
		t.Fatalf("run on %d items: error %v, body called: %t", n, err, seen.Load() != nil)
	}
	// start sets others to 0; a caller that never started them left it.
	return seen.Load().others == 0
}

// TestSoloSmallJob checks that a job far too small to share, with the
// chunks sized automatically, runs on the caller alone, however many
// workers are asked for and however many Ps there are. The caller would
// start the others after working alone for soloAtLeast, so a descheduled
// caller may share: each case gets five tries, and one run on the caller
// alone is enough.
func TestSoloSmallJob(t *testing.T) {
	if raceBuild {
		// The race detector makes every item, and the caller's own
		// bookkeeping, many times dearer: the pace the caller measures
		// is not the one soloShare is set for, and a trivial job can be
		// worth sharing. The items' correctness under sharing is
		// checked with the race detector by the tests below.
		t.Skip("a timing threshold set for code built without -race")
	}
	for _, procs := range []int{2, 4, 8, 16} {
		setProcs(t, procs)
		for _, opts := range [][]Option{nil, {Workers(2)}, {Workers(16)}} {
			// 64 items a worker: past 64 chunks of the caller's alone.
			n := 64 * procs
			alone := false
			for range 5 {
				if !startedOthers(t, n, func(int) {}, opts...) {
					alone = true
					break
				}
			}
			if !alone {
				t.Errorf("GOMAXPROCS %d, %d trivial items with %d options: the caller started the other workers in each of 5 tries, want it alone", procs, n, len(opts))
			}
		}
	}
}

// TestSoloEachItemOnce checks that every item is run once when the caller
// starts alone and stays alone through many chunks, as with many Ps: its
// chunks stop growing at the planned size (they once doubled past int).
func TestSoloEachItemOnce(t *testing.T) {
	for _, procs := range []int{5, 8, 16} {
		setProcs(t, procs)
		for n := 1; n <= 300; n++ {
			for _, v := range variants {
				calls := make([]atomic.Int32, n)
				v.call(indices(n), func(i int) int {
					calls[i].Add(1)
					return i
				})
				for i := range calls {
					if got := calls[i].Load(); got != 1 {
						t.Fatalf("GOMAXPROCS %d, %s on %d items: item %d called %d times, want 1", procs, v.name, n, i, got)
					}
				}
			}
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
	var made atomic.Int32
	newScratch := func() *int { made.Add(1); return new(int) }
	slow := func(int) { time.Sleep(200 * time.Microsecond) }
	MapWith(indices(64), newScratch, func(_ *int, x int) int { slow(x); return x }, Workers(2))
	if got := made.Swap(0); got != 2 {
		t.Errorf("MapWith on 64 items of 200 µs with Workers(2): %d scratch values made, want 2", got)
	}
	CountWith(indices(64), newScratch, func(_ *int, x int) bool { slow(x); return true }, Workers(2))
	if got := made.Load(); got != 2 {
		t.Errorf("CountWith on 64 items of 200 µs with Workers(2): %d scratch values made, want 2", got)
	}
}

// TestSoloEager checks that the others start at once when the call sets
// Chunk or has few items a worker: a goroutine other than the caller runs
// trivial items while the caller's first item waits for that, which a
// caller starting alone would wait for in vain (the test gives up after 2 s).
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
			first, timedOut := true, false
			v.call(indices(tc.n), func(x int) int {
				if goid() != caller {
					once.Do(func() { close(other) })
					return x
				}
				if first {
					first = false
					select {
					case <-other:
					case <-time.After(2 * time.Second):
						timedOut = true
					}
				}
				return x
			}, tc.opts...)
			if timedOut {
				t.Errorf("%s, %s: the caller's first item waited 2 s and no other goroutine ran an item", v.name, tc.name)
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
	for i := range 100 {
		want := 5
		if i < 3 {
			want = 1 << i
		}
		got := r.size(5)
		if got != want {
			t.Fatalf("chunk %d: size = %d, want %d", i, got, want)
		}
		r.shareAfter(0, got, 1000)
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
		r := soloRun{next: 1, first: tc.first, firstItems: tc.firstItems}
		r.done = tc.done - 1
		if tc.firstItems == 0 {
			r.done = 0
		}
		if got := r.shareAfter(tc.spent, 1, tc.left); got != tc.wantToShare {
			t.Errorf("%s: share after %v alone, %d done, %d left = %t, want %t", tc.name, tc.spent, tc.done, tc.left, got, tc.wantToShare)
		}
	}
}

// TestSoloHandOffEnds checks how a call ends when a callback panics or
// calls runtime.Goexit around the hand-off of the caller's scratch value:
// item 0, the caller's first, takes 100 µs, so the caller starts the other
// worker after it and hands it that value. Whatever ends the call, it
// ends it only when no callback is running, and the panic or the Goexit
// reaches the caller.
func TestSoloHandOffEnds(t *testing.T) {
	atLeastProcs(t, 2)
	type where int
	const (
		handed      where = iota // on the worker given the caller's value
		callerAfter              // on the caller, after the hand-off
		newScratch2              // in the caller's second newScratch
	)
	for _, how := range []string{"panic", "goexit"} {
		for _, w := range []where{handed, callerAfter, newScratch2} {
			for _, count := range []bool{false, true} {
				var active, made atomic.Int32
				var first *int
				caller := ""
				end := func() {
					if how == "panic" {
						panic("boom")
					}
					runtime.Goexit()
				}
				newScratch := func() *int {
					p := new(int)
					if made.Add(1) == 1 {
						first = p // made before any other goroutine starts
					} else if w == newScratch2 && goid() == caller {
						end()
					}
					return p
				}
				f := func(s *int, x int) int {
					active.Add(1)
					defer active.Add(-1)
					*s++ // the race detector would see two goroutines at once
					if x == 0 {
						for start := time.Now(); time.Since(start) < 100*time.Microsecond; {
						}
						return x
					}
					onCaller := goid() == caller
					if w == handed && !onCaller && s == first || w == callerAfter && onCaller {
						end()
					}
					time.Sleep(20 * time.Microsecond)
					return x
				}
				r, returned := outcome(func() {
					caller = goid()
					if count {
						CountWith(indices(64), newScratch, func(s *int, x int) bool { return f(s, x) >= 0 })
					} else {
						MapWith(indices(64), newScratch, f)
					}
				})
				name := fmt.Sprintf("%s at %d, CountWith %t", how, w, count)
				if n := active.Load(); n != 0 {
					t.Errorf("%s: %d callbacks still running when the call ended", name, n)
				}
				if v, _ := panicValue(r); how == "panic" && (v != "boom" || returned) {
					t.Errorf("%s: recover() = %s, returned %t; want a *PanicError with Value \"boom\"", name, describe(r), returned)
				}
				if how == "goexit" && (r != nil || returned) {
					t.Errorf("%s: recover() = %s, returned %t; want the caller to exit", name, describe(r), returned)
				}
			}
		}
	}
}
