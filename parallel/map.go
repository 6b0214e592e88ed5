package parallel

import "context"

// Map calls f on each element of in and returns the results in input
// order: r[i] = f(in[i]). f is called concurrently from up to [Workers]
// goroutines, the calling one included, in no particular order, and must
// not write shared state without synchronisation; with Workers(1) it runs
// on the calling goroutine in input order. An empty in gives an empty
// result without calling f.
//
// If f panics, Map panics on the caller's goroutine with a [*PanicError]
// once every worker has stopped.
//
// Map costs O(len(in)) calls of f and 3 allocations, the result among
// them, or w+3 when w > 1 workers are started; a job too small to share
// runs on the calling goroutine alone, starting none (see the package doc).
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

// MapWith is [Map] with a scratch value per worker: each worker gets one
// from newScratch before its first item and passes it to f for each of its
// items, so a scratch value is used by one goroutine at a time, one item at
// a time. A worker with no items makes none; a nil newScratch gives f the
// zero S. newScratch runs on the worker's goroutine, except that a caller
// that worked alone before starting the others (see the package doc) hands
// its value to one of them and makes another for itself. Costs, panics and
// concurrency are as for Map, plus at most one newScratch call per worker;
// every value made is used for at least one item.
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

// MapErr is [Map] for an f that can fail. It returns the results and nil if
// every call succeeded; otherwise nil and the first error by time, once the
// calls in progress have returned. After a failure no new item starts, and
// which others ran is unspecified. Costs, panics and concurrency are as for
// Map, plus an atomic load per item.
func MapErr[T, R any](in []T, f func(T) (R, error), opts ...Option) ([]R, error) {
	return mapErr(context.Background(), nil, in, f, opts)
}

// MapContext is [MapErr] that also stops when ctx is done. f gets a context
// derived from ctx, as with errgroup.WithContext, cancelled when a call of f
// fails (its [context.Cause] is that error or a [*PanicError]), when ctx is
// done, and when MapContext returns. A worker checks ctx before each item;
// once it is done no item starts, and MapContext returns nil and ctx.Err()
// (or f's error if first) when the calls in progress return. If ctx is done
// only after every item has started and none failed, the results are
// returned with a nil error.
//
// Costs are as for MapErr, plus the derived context (a few allocations) and
// a non-blocking receive per item if ctx can be cancelled.
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
