package parallel

import "runtime"

// An Option tunes how a call spreads its items: [Workers] and [Chunk].
// Options apply in order, the last of a kind wins, and nil is ignored. An
// Option is safe to share, and passing options allocates nothing.
type Option func(*options)

// options holds what the options of one call set; zero fields mean the
// defaults.
type options struct {
	workers, chunk int
}

// chunksPerWorker is how many chunks each worker gets, on average, when the
// chunk size is chosen automatically: enough that a worker that drew slow
// items is helped out by the others, few enough that the atomic counter is
// touched rarely.
const chunksPerWorker = 8

// Workers sets how many goroutines, the calling one included, run the
// callback at once. n <= 0, the default, or n above GOMAXPROCS means
// GOMAXPROCS, read at each call: the callbacks are meant to keep a core busy
// each, so even blocking ones never run more at once. A call uses no more
// workers than it has chunks. With the default Chunk and at least 8 items
// a worker, it starts the others only once the caller's work alone shows
// the job is worth sharing (see the package doc).
func Workers(n int) Option {
	return func(o *options) { o.workers = n }
}

// Chunk sets how many consecutive items a worker takes at a time. Larger
// chunks touch the shared counter less; smaller ones balance uneven items
// better. n <= 0, the default, gives each worker about 8 chunks: len(in) /
// (workers * 8), at least 1; with at least 8 items a worker the caller
// then starts alone, with chunks of 1, 2, 4 and so on, and the others join
// if the job is worth sharing. n > 0 starts every worker at once.
func Chunk(n int) Option {
	return func(o *options) { o.chunk = n }
}

// apply applies opts to o in order, skipping nil ones.
func (o *options) apply(opts []Option) {
	for _, opt := range opts {
		if opt != nil {
			opt(o)
		}
	}
}

// plan returns how many workers to use and how many items each takes at a
// time for n > 0 items. It never returns more workers than GOMAXPROCS or
// than chunks, and never a chunk larger than n.
func plan(n int, o options) (workers, chunk int) {
	procs := runtime.GOMAXPROCS(0)
	workers = o.workers
	if workers <= 0 || workers > procs {
		workers = procs
	}
	chunk = o.chunk
	if chunk <= 0 {
		chunk = max(1, n/workers/chunksPerWorker)
	}
	chunk = min(chunk, n)
	chunks := n / chunk
	if n%chunk != 0 {
		chunks++
	}
	return min(workers, chunks), chunk
}
