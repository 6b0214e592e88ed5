package parallel

import (
	"runtime"
	"testing"
)

func TestPlan(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	// auto is the automatic chunk for n items and w workers: about eight
	// chunks for each worker that can run at once.
	auto := func(n, w int) int { return max(1, n/min(w, procs)/8) }
	tests := []struct {
		name        string
		n           int
		opts        []Option
		wantWorkers int
		wantChunk   int
	}{
		{"one_item", 1, []Option{Workers(4)}, 1, 1},
		{"fewer_items_than_workers", 3, []Option{Workers(64)}, 3, 1},
		{"auto_chunk", 1000, []Option{Workers(4)}, 4, auto(1000, 4)},
		{"auto_chunk_small", 40, []Option{Workers(4)}, min(4, 40/auto(40, 4)), auto(40, 4)},
		// Workers beyond GOMAXPROCS only take turns: they must not shrink
		// the chunks, which would cost more handing out for nothing (and
		// there are no more workers than chunks).
		{"workers_beyond_procs", 64 * procs * 10, []Option{Workers(16 * procs)}, 8 * procs, 80},
		{"explicit_chunk", 100, []Option{Workers(4), Chunk(10)}, 4, 10},
		{"chunks_limit_workers", 100, []Option{Workers(16), Chunk(30)}, 4, 30},
		{"chunk_larger_than_n", 10, []Option{Workers(4), Chunk(1 << 62)}, 1, 10},
		{"huge_workers", 10, []Option{Workers(1 << 62)}, 10, 1},
		{"last_option_wins", 100, []Option{Workers(2), Chunk(5), Workers(5), Chunk(20)}, 5, 20},
		{"zero_option", 100, []Option{{}, Workers(2), {}}, 2, auto(100, 2)},
		{"nonpositive_means_default", 8 * procs * 10, []Option{Workers(-1), Chunk(0)}, procs, 10},
		{"default", 8 * procs * 10, nil, procs, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, c := plan(tt.n, tt.opts)
			if w != tt.wantWorkers || c != tt.wantChunk {
				t.Errorf("plan(%d, %v) = %d, %d, want %d, %d", tt.n, tt.opts, w, c, tt.wantWorkers, tt.wantChunk)
			}
		})
	}
}

// TestPlanInvariants checks on many inputs that every worker has a chunk to
// take and that the chunks cover the items.
func TestPlanInvariants(t *testing.T) {
	for n := 1; n <= 300; n++ {
		for _, workers := range []int{-1, 0, 1, 2, 3, 7, 16, 64} {
			for _, chunk := range []int{0, 1, 2, 5, 64, 1000} {
				w, c := plan(n, []Option{Workers(workers), Chunk(chunk)})
				chunks := (n + c - 1) / c
				if w < 1 || c < 1 || c > n || w > chunks {
					t.Fatalf("plan(%d, Workers(%d), Chunk(%d)) = %d workers, chunk %d: want 1 <= workers <= %d chunks, 1 <= chunk <= n",
						n, workers, chunk, w, c, chunks)
				}
				if workers > 0 && w > workers {
					t.Fatalf("plan(%d, Workers(%d), Chunk(%d)) = %d workers, want at most %d", n, workers, chunk, w, workers)
				}
			}
		}
	}
}
