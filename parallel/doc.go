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
// [MapErr] stops at the first error, [MapContext] also at cancellation, and
// [Count] counts the elements that satisfy a predicate. [MapWith] and
// [CountWith] give each worker a scratch value of its own (buffers, visited
// sets, a random source), so that hot loops allocate nothing per item and
// share nothing mutable. [Workers] and [Chunk] tune how the items are spread.
//
// # How it works
//
// A call runs up to a fixed number of workers, GOMAXPROCS by default; the
// calling goroutine is one of them, so a single worker starts no goroutine
// at all. Up to GOMAXPROCS workers start at once. Any beyond that start one
// at a time, each only when every worker started so far is running and
// chunks remain. On CPU-bound work the Ps are all busy, so on a call that
// takes less than about 10ms per P one extra goroutine starts, finds the
// chunks gone and quits, and asking for 16 workers on 2 cores costs within
// a few percent of asking for 2. Longer calls let the runtime's preemption
// give the waiting worker turns, so more of the extra workers start, up to
// the limit, and take turns with the others. When callbacks block, the
// waiting worker runs at once and starts the next, so the workers running
// grow to the limit. The workers take chunks of consecutive items from a shared atomic counter
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
// A panic in a callback is re-raised on the caller's goroutine with the same
// value, after all workers have stopped, so recover in the caller returns
// exactly what the callback panicked with. The other workers take no new
// work after a panic. The stack trace of the panicking goroutine is lost; to
// see it, run with [Workers](1), which calls the callback on the calling
// goroutine, in input order. A runtime.Goexit in a callback (as by
// testing.T.FailNow) likewise ends the calling goroutine once the workers
// have stopped. No call leaves a goroutine behind, whether it returns,
// fails, is cancelled or panics.
//
// # Cost
//
// Measured on a 2-core amd64 virtual machine: a call makes 4 allocations, the
// result slice among them, and takes about 0.2µs with one worker, 0.55µs
// with two and 0.25µs more for each further worker up to GOMAXPROCS, mostly
// to start and join goroutines. That is when calls follow each other closely; otherwise the
// runtime has to wake an idle thread for a started goroutine, which took
// about 90µs on that machine, so a loop should take well over 100µs to gain
// from a call. Per item the overhead is an indirect call of the callback
// (about 1ns), an atomic add per chunk, and for [MapErr] and [MapContext]
// the check for a stop (0.5ns and 5ns).
//
// # When not to use it
//
//   - The whole loop takes less than about 100µs: starting the workers eats
//     the gain. Trivial items only pay off by the hundred thousand.
//   - The items depend on each other, or share mutable state: locking in
//     the callback serialises the workers.
//   - The work waits on I/O rather than the CPU, or the input is a stream of
//     unknown length: use a pool with a concurrency limit, such as
//     github.com/sourcegraph/conc/pool or golang.org/x/sync/errgroup.
//   - The caller already runs in parallel, say inside another Map: nested
//     calls multiply the goroutines; pass [Workers](1) to the inner one.
package parallel
