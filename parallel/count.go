package parallel

import (
	"context"
	"sync/atomic"
)

// Count returns how many elements of in satisfy pred.
//
// pred is called concurrently, from up to [Workers] goroutines including the
// calling one, and on the items in no particular order; it must not write
// shared state without synchronisation. For an empty or nil in, Count
// returns 0 without calling pred or starting goroutines.
//
// A panic in pred reaches the caller as a [*PanicError], after all workers
// have stopped, as for [Map]; once one worker has panicked, the others take
// no new chunks.
//
// Cost: as for [Map], with the result slice replaced by a counter: O(len(in))
// calls of pred, as many allocations as Map, and per chunk two atomic adds.
func Count[T any](in []T, pred func(T) bool, opts ...Option) int {
	var total atomic.Int64
	_ = run(context.Background(), nil, len(in), opts, nil, func(_ *job, _ struct{}, lo, hi int) error {
		c := 0
		for _, v := range in[lo:hi] {
			if pred(v) {
				c++
			}
		}
		total.Add(int64(c))
		return nil
	})
	return int(total.Load())
}

// CountWith is like [Count] but hands pred a scratch value of the worker
// calling it, as [MapWith] does: each worker calls newScratch once, on its
// own goroutine, just before its first item, and passes the value to pred
// for every item it processes, so a scratch value is used by one goroutine
// only, for one item at a time. A worker that gets no items does not call
// newScratch; if newScratch is nil, pred gets the zero S.
//
// pred and newScratch are called concurrently from several goroutines and
// must not write shared state without synchronisation. A panic in pred or
// newScratch reaches the caller as a [*PanicError], as for Map.
//
// Cost: as for Count, plus one newScratch call per worker.
func CountWith[T, S any](in []T, newScratch func() S, pred func(s S, v T) bool, opts ...Option) int {
	var total atomic.Int64
	_ = run(context.Background(), nil, len(in), opts, newScratch, func(_ *job, s S, lo, hi int) error {
		c := 0
		for _, v := range in[lo:hi] {
			if pred(s, v) {
				c++
			}
		}
		total.Add(int64(c))
		return nil
	})
	return int(total.Load())
}
