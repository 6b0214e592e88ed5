// Package parallel fans independent pieces of work out over all cores: many
// trials of a search, one per start point or parameter set, each a pure
// function of its input. [Map] calls a function on every element of a slice
// from a few worker goroutines and returns the results in input order, as
// the plain loop would:
//
//	for i, v := range in {
//		out[i] = f(v)
//	}
//
// becomes
//
//	out := parallel.Map(in, f)
//
// Start here:
//   - [Map], and [MapErr] for a callback that can fail, [MapContext] for one
//     that should stop when a sibling fails or a context ends.
//   - [Count] to count the elements that satisfy a predicate.
//   - [MapWith] and [CountWith] to give each worker a scratch value of its own
//     (buffers, visited sets), so hot loops allocate nothing per item.
//   - [Workers] and [Chunk] to tune how the items are spread.
//
// A call runs at most GOMAXPROCS workers, the calling goroutine among them,
// the others on a github.com/sourcegraph/conc WaitGroup. Workers take chunks
// of consecutive items from a shared counter, so fast workers help slow ones.
// Callbacks therefore run concurrently and in no particular order, and must
// not write shared state without synchronisation.
//
// A job too small to share runs on the calling goroutine alone, so that
// more workers do not make a tiny job much slower (starting and joining a
// worker costs a few microseconds): with the chunks sized automatically and
// at least 8 items a worker, the caller starts alone and starts the others
// only once it has worked about 10 µs and the items left, at its pace,
// would take it 80 µs or more, or once a first item alone took 80 µs. A
// call that sets [Chunk], or has fewer than 8 items a worker, starts every
// worker at once. A callback must therefore not wait for another call of it
// to start unless it sets Chunk: a barrier, say. The package keeps no state
// between calls, and no call leaves a goroutine behind, whether it returns,
// fails, is cancelled or panics.
//
// A panic in a callback stops the other workers and is raised again on the
// caller's goroutine as a [*PanicError] that keeps the value and the stack of
// the goroutine that panicked. A runtime.Goexit in a callback likewise ends
// the caller, unless another callback panicked.
//
// A call costs O(len(in)) callback calls spread over the workers, one
// goroutine for each worker after the first, and w+3 allocations when w > 1
// workers are started (3 when no other worker is). It does not pay off when the whole loop is short
// (trivial items pay only by the hundred thousand: measure against
// [Workers](1)), when items share mutable state, when the work waits on I/O
// (use a pool with a limit, such as conc/pool or errgroup's SetLimit), or
// inside another parallel call (pass [Workers](1) to the inner one).
// docs/performance.md in the repository has timings.
package parallel
