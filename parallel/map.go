package parallel

import "context"

// Map calls f on each element of in and returns the results in input order:
// the result r has len(in) elements and r[i] = f(in[i]).
//
// f is called concurrently, from up to [Workers] goroutines including the
// calling one, and on the items in no particular order; it must not write
// shared state without synchronisation. With Workers(1), f runs on the
// calling goroutine in input order. For an empty or nil in, Map returns an
// empty slice without calling f or starting goroutines.
//
// A panic in f is re-raised on the caller's goroutine with the same value,
// after all workers have stopped; once one worker has panicked, the others
// take no new chunks. A runtime.Goexit in f likewise ends the calling
// goroutine once the workers have stopped.
//
// Cost: a call makes 4 allocations, the result among them, and starts one
// goroutine for each worker after the first (beyond GOMAXPROCS, only as the
// package doc describes): about 0.2µs with one worker and
// 0.55µs with two (2-core amd64). Waking an idle thread for a started
// goroutine can take tens of microseconds more, so Map pays off for loops
// that take well over 100µs. Per item it adds an indirect call of f, about
// 1ns, and per chunk an atomic add.
func Map[T, R any](in []T, f func(T) R, opts ...Option) []R {
	out := make([]R, len(in))
	_ = run(context.Background(), len(in), opts, nil, func(_ *job, _ struct{}, lo, hi int) error {
		for i := lo; i < hi; i++ {
			out[i] = f(in[i])
		}
		return nil
	})
	return out
}

// MapWith is like [Map] but hands f a scratch value of the worker calling
// it, so that f can reuse buffers and other working state across items
// without allocating and without sharing anything mutable between workers.
//
// Each worker calls newScratch once, on its own goroutine, just before its
// first item, and passes the value to f for every item it processes; a
// worker that gets no items does not call it. So newScratch is called at most
// once per worker, and never concurrently with f on the same value: a scratch
// value is used by one goroutine only, for one item at a time. If newScratch
// is nil, f gets the zero S.
//
// f and newScratch are called concurrently from several goroutines and must
// not write shared state without synchronisation. A panic in f or newScratch
// is re-raised on the caller's goroutine with the same value, after all
// workers have stopped.
//
// Cost: as for Map, plus one newScratch call per worker.
func MapWith[T, S, R any](in []T, newScratch func() S, f func(s S, v T) R, opts ...Option) []R {
	out := make([]R, len(in))
	_ = run(context.Background(), len(in), opts, newScratch, func(_ *job, s S, lo, hi int) error {
		for i := lo; i < hi; i++ {
			out[i] = f(s, in[i])
		}
		return nil
	})
	return out
}

// MapErr is like [Map] for an f that can fail. It returns the results in
// input order and a nil error if every call of f succeeded.
//
// Otherwise it returns nil and the first error by time: once a call of f
// has failed, the workers start no more items, and MapErr returns when the
// calls in progress have returned. Which other items were processed is
// unspecified, and their results are dropped.
//
// f is called concurrently and must not write shared state without
// synchronisation. A panic in f is re-raised on the caller's goroutine with
// the same value, after all workers have stopped.
//
// Cost: as for Map, plus per item an atomic load to check for a failure and
// one more indirect call (MapErr is MapContext with a context that is never
// done): about 1.5ns.
func MapErr[T, R any](in []T, f func(T) (R, error), opts ...Option) ([]R, error) {
	return MapContext(context.Background(), in, func(_ context.Context, v T) (R, error) { return f(v) }, opts...)
}

// MapContext is like [MapErr], but passes ctx to f and also stops when ctx
// is done. Before starting an item, a worker checks ctx; once one finds it
// done, no more items start, and MapContext returns nil and ctx.Err(), or
// the error of f if that came first, as soon as the calls in progress have
// returned. It thus returns within one call of f after the cancellation; if
// the items are slow, f should watch ctx itself.
//
// If ctx is already done, MapContext returns ctx.Err() without calling f. If
// ctx is done only after every item has started, and no call fails,
// MapContext returns all the results and a nil error.
//
// f is called concurrently and must not write shared state without
// synchronisation. A panic in f is re-raised on the caller's goroutine with
// the same value, after all workers have stopped.
//
// Cost: as for Map, plus per item an atomic load and, if ctx can be
// cancelled, a non-blocking receive from ctx.Done(): about 5ns in all.
func MapContext[T, R any](ctx context.Context, in []T, f func(ctx context.Context, v T) (R, error), opts ...Option) ([]R, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]R, len(in))
	err := run(ctx, len(in), opts, nil, func(j *job, _ struct{}, lo, hi int) error {
		for i := lo; i < hi && !j.stopped(); i++ {
			r, err := f(ctx, in[i])
			if err != nil {
				return err
			}
			out[i] = r
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
