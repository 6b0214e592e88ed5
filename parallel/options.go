package parallel

import "runtime"

// An Option tunes how a call spreads its items over goroutines: [Workers]
// sets how many run at once, [Chunk] how many items each takes at a time.
// Options apply in order, so when one is given twice the last one wins; a
// nil Option is ignored.
//
// An Option is safe to reuse and to share between goroutines. Passing
// options allocates nothing: a call applies them to state it allocates
// anyway, and an Option made in the call's argument list, as in
// Map(in, f, Workers(2)), stays on the caller's stack. (Options passed on
// through a function value, whose callee the compiler cannot see, do
// escape: the slice and each Option that holds a value are allocated.)
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

// Workers sets the largest number of goroutines, the calling one included,
// that run the callback at once. If n <= 0, the default, or n is above
// runtime.GOMAXPROCS(0), it is GOMAXPROCS, read at each call. A call never
// uses more workers than it has chunks, so a short input may use fewer.
//
// The callbacks are meant to keep a core busy each, so a call never runs
// more of them at once than GOMAXPROCS: more goroutines would only take
// turns. That holds for callbacks that block, too: Workers(100) with
// callbacks that wait on I/O runs GOMAXPROCS of them at once, whatever
// [Chunk] says. Run blocking work on a pool with a concurrency limit, such
// as github.com/sourcegraph/conc/pool or golang.org/x/sync/errgroup's
// SetLimit.
func Workers(n int) Option {
	return func(o *options) { o.workers = n }
}

// Chunk sets how many consecutive items a worker takes from the shared
// counter at a time. Larger chunks cost fewer atomic operations; smaller ones
// balance uneven items better.
//
// If n <= 0, the default, the chunk size is len(in) / (workers * 8), but at
// least 1, where workers is the number set by [Workers] (at most GOMAXPROCS).
// Each worker then gets about 8 chunks, so tiny items are batched and a
// worker that drew slow items is helped out by the others.
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
