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
// If f panics, the other workers take no new chunks, and once they have all
// stopped Map panics on the caller's goroutine with a [*PanicError] that
// holds the original value and the stack of the goroutine that panicked. A
// runtime.Goexit in f likewise ends the calling goroutine once the workers
// have stopped, unless another call of f panicked.
//
// Cost: O(len(in)) calls of f, spread over the workers, and one goroutine
// started for each worker after the first. A call makes 3 allocations with
// one worker, the result slice among them, and w+3 with w > 1 workers;
// passing options adds none. Per item it adds an indirect call of
// f, and per chunk an atomic add. The package doc says when this pays off.
func Map[T, R any](in []T, f func(T) R, opts ...Option) []R {
	out := make([]R, len(in))
	_ = run(context.Background(), nil, len(in), opts, nil, func(_ *job, _ struct{}, lo, hi int) error {
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
// reaches the caller as a [*PanicError], as for Map.
//
// Cost: as for Map, plus one newScratch call per worker.
func MapWith[T, S, R any](in []T, newScratch func() S, f func(s S, v T) R, opts ...Option) []R {
	out := make([]R, len(in))
	_ = run(context.Background(), nil, len(in), opts, newScratch, func(_ *job, s S, lo, hi int) error {
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
// unspecified, and their results are dropped. A call of f that should give
// up when another fails needs [MapContext].
//
// f is called concurrently and must not write shared state without
// synchronisation. A panic in f reaches the caller as a [*PanicError], as
// for Map.
//
// Cost: as for Map, plus per item an atomic load to check for a failure.
func MapErr[T, R any](in []T, f func(T) (R, error), opts ...Option) ([]R, error) {
	return mapErr(context.Background(), nil, in, f, opts)
}

// MapContext is [MapErr] that also stops when ctx is done. It passes f a
// context derived from ctx, as errgroup.WithContext does, which is
// cancelled as soon as the call fails, so a slow call of f that watches
// its ctx gives up when a sibling fails. The context's [context.Cause] is
// the error a call of f returned, or the [*PanicError] of a call that
// panicked; it is also cancelled when a call of f calls runtime.Goexit,
// when ctx is done, and at the latest when MapContext returns.
//
// Before starting an item, a worker checks ctx; once one finds it done, no
// more items start, and MapContext returns nil and ctx.Err(), or the error
// of f if that came first, as soon as the calls in progress have returned.
// It thus returns within one call of f after the cancellation; if the items
// are slow, f should watch its ctx itself.
//
// If ctx is already done, MapContext returns ctx.Err() without calling f. If
// ctx is done only after every item has started, and no call fails,
// MapContext returns all the results and a nil error.
//
// f is called concurrently and must not write shared state without
// synchronisation. A panic in f reaches the caller as a [*PanicError], as
// for Map.
//
// Cost: as for MapErr, plus the derived context (context.WithCancelCause:
// a few allocations, and registration with ctx if it can be cancelled), and
// per item a non-blocking receive from ctx.Done() if ctx can be cancelled.
func MapContext[T, R any](ctx context.Context, in []T, f func(ctx context.Context, v T) (R, error), opts ...Option) ([]R, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(in) == 0 {
		return []R{}, nil
	}
	fctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	return mapErr(ctx, cancel, in, func(v T) (R, error) { return f(fctx, v) }, opts)
}

// mapErr is MapErr, stopping also when ctx is done and calling cancel, if
// it is not nil, with the first error or panic.
func mapErr[T, R any](ctx context.Context, cancel context.CancelCauseFunc, in []T, f func(T) (R, error), opts []Option) ([]R, error) {
	out := make([]R, len(in))
	err := run(ctx, cancel, len(in), opts, nil, func(j *job, _ struct{}, lo, hi int) error {
		for i := lo; i < hi && !j.stopped(); i++ {
			r, err := f(in[i])
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
