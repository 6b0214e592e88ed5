package parallel

import (
	"context"
	"sync/atomic"
)

// Count returns how many elements of in satisfy pred. pred is called as f
// is by [Map]: concurrently, in no particular order, with panics raised on
// the caller as a [*PanicError]. Count costs as much as Map, with a counter
// in place of the result slice.
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

// CountWith is [Count] with a scratch value per worker, handed out as by
// [MapWith].
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
