// Package parallel fans independent pieces of work out over all cores: many
// trials of a search, one per start point or parameter set, each a pure
// function of its input. [Map] and its variants call a function on every
// element of a slice from a few worker goroutines and return the results in
// input order, as the plain loop would:
//
//	for i, v := range in {
//		out[i] = f(v)
//	}
//
// becomes
//
//	out := parallel.Map(in, f)
//
// [MapErr] stops at the first error, [MapContext] also at cancellation and
// cancels the context of the calls in flight, and [Count] counts the
// elements that satisfy a predicate. [MapWith] and [CountWith] give each
// worker a scratch value of its own (buffers, visited sets, a random
// source), so that hot loops allocate nothing per item and share nothing
// mutable. [Workers] and [Chunk] tune how the items are spread.
//
// # Files
//
//   - map.go: [Map], [MapWith], [MapErr], [MapContext].
//   - count.go: [Count], [CountWith].
//   - options.go: [Option], [Workers], [Chunk].
//   - panic.go: [PanicError], what a callback's panic becomes.
//   - engine.go: the workers, the shared counter and the stop.
//
// # How it works
//
// A call runs up to GOMAXPROCS workers, or fewer if [Workers] says so; the
// calling goroutine is one of them, so a single worker starts no goroutine
// at all, and the others run on a github.com/sourcegraph/conc WaitGroup.
// The callbacks are meant to keep a core busy each, so no call runs more
// workers than GOMAXPROCS: work that blocks belongs on a pool (see below).
// The workers take chunks of consecutive items from a shared atomic counter
// until the items run out, so fast workers help slow ones. The chunk size is
// chosen so that each worker takes about 8 chunks ([Chunk] has the rule),
// which batches tiny items. The callback is therefore called concurrently
// and in no particular order, and must not write shared state without
// synchronisation; reading in and writing its own result is fine.
//
// The functions keep no state between calls, so any number of calls may run
// at once, from any goroutines.
//
// # Panics
//
// A panic in a callback stops the other workers from taking new chunks and,
// once every worker has stopped, is raised again on the caller's goroutine
// as a [*PanicError]: recover in the caller returns a *PanicError, whose
// Value is what the callback panicked with and whose Stack is the trace of
// the goroutine that panicked, taken where it panicked. A panic that nothing
// recovers thus prints where it came from, even when a worker goroutine
// raised it. The original value stays reachable: as the Value field, and
// through [errors.As] and [errors.Is] when it is an error (a runtime.Error,
// say). Only the first panic is raised; the others are dropped.
//
// A runtime.Goexit in a callback (as by testing.T.FailNow) likewise ends the
// calling goroutine once the workers have stopped, unless another callback
// panicked: a panic is never lost behind a Goexit. No call leaves a
// goroutine behind, whether it returns, fails, is cancelled or panics.
//
// # Cost
//
// A call costs O(len(in)) calls of the callback, spread over the workers,
// plus a fixed part: it starts and joins one goroutine for each worker after
// the first, and makes 3 allocations with one worker, the result slice among
// them, or w+3 with w > 1 workers ([MapContext] 3 more, for its
// context). Passing options allocates nothing. Per item the overhead is an
// indirect call of the callback, and for [MapErr] and [MapContext] the check
// for a stop (an atomic load, and a non-blocking receive if the context can
// be cancelled); per chunk it is an atomic add. docs/performance.md in the
// repository has timings for one machine.
//
// # When not to use it
//
//   - The whole loop is short: the fixed part, and waking idle threads for
//     the new goroutines, eat the gain. Trivial items only pay off by the
//     hundred thousand; measure with [Workers](1) against the default. A
//     call made after the other cores have idled waits longest for them,
//     since the operating system must wake a thread for each (the
//     repository's BenchmarkColdCall measures it, and BenchmarkMapCall the
//     same call when they are awake).
//   - The items depend on each other, or share mutable state: locking in
//     the callback serialises the workers.
//   - The work waits on I/O rather than the CPU, or the input is a stream of
//     unknown length: use a pool with a concurrency limit, such as
//     github.com/sourcegraph/conc/pool or golang.org/x/sync/errgroup with
//     SetLimit. Here such callbacks would run at most GOMAXPROCS at once.
//   - The caller already runs in parallel, say inside another Map: nested
//     calls multiply the goroutines; pass [Workers](1) to the inner one.
package parallel
