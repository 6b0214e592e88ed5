package parallel

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// planOf is plan for a list of options, as a call applies them.
func planOf(n int, opts []Option) (workers, chunk int) {
	var o options
	o.apply(opts)
	return plan(n, o)
}

// setProcs sets GOMAXPROCS to n for the rest of the test.
func setProcs(t *testing.T, n int) {
	prev := runtime.GOMAXPROCS(n)
	t.Cleanup(func() { runtime.GOMAXPROCS(prev) })
}

func TestPlan(t *testing.T) {
	setProcs(t, 4)
	tests := []struct {
		name        string
		n           int
		opts        []Option
		wantWorkers int
		wantChunk   int
	}{
		{"one_item", 1, []Option{Workers(4)}, 1, 1},
		{"fewer_items_than_workers", 3, []Option{Workers(4)}, 3, 1},
		{"auto_chunk", 1000, []Option{Workers(4)}, 4, 1000 / 4 / 8},
		{"auto_chunk_small", 40, []Option{Workers(4)}, 4, 1},
		{"auto_chunk_two_workers", 1000, []Option{Workers(2)}, 2, 1000 / 2 / 8},
		// Workers beyond GOMAXPROCS would only take turns.
		{"workers_capped_at_procs", 640, []Option{Workers(16)}, 4, 640 / 4 / 8},
		{"huge_workers", 10, []Option{Workers(1 << 62)}, 4, 1},
		{"explicit_chunk", 100, []Option{Workers(4), Chunk(10)}, 4, 10},
		{"chunks_limit_workers", 100, []Option{Workers(4), Chunk(40)}, 3, 40},
		{"chunk_larger_than_n", 10, []Option{Workers(4), Chunk(1 << 62)}, 1, 10},
		{"last_option_wins", 100, []Option{Workers(2), Chunk(5), Workers(3), Chunk(20)}, 3, 20},
		{"nil_option_ignored", 100, []Option{nil, Workers(2), nil}, 2, 100 / 2 / 8},
		{"nonpositive_means_default", 320, []Option{Workers(-1), Chunk(0)}, 4, 10},
		{"default", 320, nil, 4, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, c := planOf(tt.n, tt.opts)
			if w != tt.wantWorkers || c != tt.wantChunk {
				t.Errorf("plan(%d, %s options) = %d, %d, want %d, %d", tt.n, tt.name, w, c, tt.wantWorkers, tt.wantChunk)
			}
		})
	}
}

// TestPlanInvariants checks on many inputs that every worker has a chunk to
// take, that the chunks cover the items, and that no more workers run than
// asked for or than GOMAXPROCS.
func TestPlanInvariants(t *testing.T) {
	for _, procs := range []int{1, 2, 3, 8} {
		setProcs(t, procs)
		for n := 1; n <= 300; n++ {
			for _, workers := range []int{-1, 0, 1, 2, 3, 7, 16, 64} {
				for _, chunk := range []int{0, 1, 2, 5, 64, 1000} {
					w, c := planOf(n, []Option{Workers(workers), Chunk(chunk)})
					chunks := (n + c - 1) / c
					if w < 1 || c < 1 || c > n || w > chunks || w > procs {
						t.Fatalf("GOMAXPROCS %d: plan(%d, Workers(%d), Chunk(%d)) = %d workers, chunk %d: want 1 <= workers <= min(%d chunks, GOMAXPROCS), 1 <= chunk <= n",
							procs, n, workers, chunk, w, c, chunks)
					}
					if workers > 0 && w > workers {
						t.Fatalf("GOMAXPROCS %d: plan(%d, Workers(%d), Chunk(%d)) = %d workers, want at most %d", procs, n, workers, chunk, w, workers)
					}
				}
			}
		}
	}
}

// TestOptionsAllocateNothing checks with testing.AllocsPerRun that passing
// options, nil ones included, costs no allocation.
func TestOptionsAllocateNothing(t *testing.T) {
	in := indices(1000)
	bare := testing.AllocsPerRun(100, func() { Map(in, mix, Workers(1)) })
	with := testing.AllocsPerRun(100, func() { Map(in, mix, Workers(1), Chunk(3), nil, Workers(1)) })
	if with != bare {
		t.Errorf("Map with more options makes %v allocations, with one %v: want the same", with, bare)
	}
}

func id(v int) (int, error) { return v, nil }

func idContext(_ context.Context, v int) (int, error) { return v, nil }

// zero and add are a scratch value that allocates nothing and a callback
// that uses it.
func zero() int { return 0 }

func add(s int, v int) int { return s + v }

// TestCallAllocations checks what the docs say a call allocates: 3
// allocations when the caller runs every item, as it does with one worker
// or a job too small to share (here 64 trivial items with the chunks
// sized automatically), and w+3 when w > 1 workers share them, whether
// they start at once (here with Chunk set) or once the caller has worked
// alone (here after a first item of 100 µs), and 3 more for MapContext. testing.AllocsPerRun runs with
// GOMAXPROCS 1, which would allow only one worker, so this counts mallocs
// itself.
func TestCallAllocations(t *testing.T) {
	// small is too small to share: 64 trivial items, at least 8 a worker
	// for 4 workers, which take well under 10 µs even under the race
	// detector.
	in, small := indices(1000), indices(64)
	allocs := func(f func()) uint64 {
		// Many runs, so that goroutines the runtime allocates anew while its
		// per-P free lists fill up round down to nothing.
		const runs = 1000
		f() // warm up: goroutines and their stacks are reused after this
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for range runs {
			f()
		}
		runtime.ReadMemStats(&after)
		return (after.Mallocs - before.Mallocs) / runs
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Each call is written out with its options, as a caller would: options
	// passed on through a function value would escape to the heap.
	// slow makes item 0, the caller's first when it starts alone, take
	// 100 µs, so that it starts the others after it.
	slow := func(v int) int {
		for start := time.Now(); v == 0 && time.Since(start) < 100*time.Microsecond; {
		}
		return v
	}
	slowOdd := func(v int) bool { return slow(v)%2 != 0 }
	slowID := func(v int) (int, error) { return slow(v), nil }
	slowIDContext := func(_ context.Context, v int) (int, error) { return slow(v), nil }
	slowAdd := func(s int, v int) int { return s + slow(v) }
	procs := 0
	calls := []struct {
		name             string
		extra            uint64
		bare, with, lazy func()
	}{
		{"Map", 0, func() { Map(small, mix) }, func() { Map(in, mix, Workers(procs), Chunk(3), nil) },
			func() { Map(small, slow) }},
		{"Count", 0, func() { Count(small, odd) }, func() { Count(in, odd, Workers(procs), Chunk(3), nil) },
			func() { Count(small, slowOdd) }},
		{"MapErr", 0, func() { _, _ = MapErr(small, id) }, func() { _, _ = MapErr(in, id, Workers(procs), Chunk(3), nil) },
			func() { _, _ = MapErr(small, slowID) }},
		{"MapContext", 3, func() { _, _ = MapContext(ctx, small, idContext) }, func() {
			_, _ = MapContext(ctx, in, idContext, Workers(procs), Chunk(3), nil)
		}, func() {
			_, _ = MapContext(ctx, small, slowIDContext)
		}},
		{"MapWith", 0, func() { MapWith(small, zero, add) }, func() { MapWith(in, zero, add, Workers(procs), Chunk(3), nil) },
			func() { MapWith(small, zero, slowAdd) }},
	}
	for _, procs = range []int{1, 2, 4} {
		setProcs(t, procs)
		want := uint64(3)
		if procs > 1 {
			want = uint64(procs) + 3
		}
		for _, c := range calls {
			bare, with, lazy := allocs(c.bare), allocs(c.with), allocs(c.lazy)
			if bare != 3+c.extra || with != want+c.extra || lazy != want+c.extra {
				t.Errorf("GOMAXPROCS %d: %s makes %d allocations alone, %d shared from the start and %d shared after starting alone, want %d, %d and %d as documented",
					procs, c.name, bare, with, lazy, 3+c.extra, want+c.extra, want+c.extra)
			}
		}
	}
}
