package cycle

import "github.com/gridsearch/gridsearch/internal/misuse"

// A History is the sequence x0, f(x0), f(f(x0)), … recorded up to the
// first repeat, as [Record] makes it: elements 0 to Start+Period, where
// element Start+Period is the first that repeats an earlier one, element
// Start. From it, any element and any quantity that grows by the same
// amount each lap cost O(1), however far away, without calling f again.
//
// A History is immutable and safe for concurrent use. The zero History
// records nothing: its Nth and Extrapolate panic, and Len is 0.
type History[T any] struct {
	// Start is the index of the first element that recurs, and Period the
	// length of the cycle (at least 1): element n equals element
	// Start + (n-Start)%Period for every n >= Start.
	Start, Period int
	seq           []T // elements 0 to Start+Period
}

// Record applies f to x0 again and again until an element repeats one
// before it, and returns the sequence so far. Elements are compared by
// key(x): two elements with equal keys are taken as the same state, so a
// key can leave out what only accumulates, such as a height or a score,
// which [History.Extrapolate] then carries over any number of laps.
//
// Record calls f exactly Start+Period times and key Start+Period+1 times,
// and keeps every element and key: O(Start+Period) memory and a map insert
// per step. Use it when f is costly or the total must be extrapolated;
// [Find] uses O(1) memory but calls f up to about three times as often.
// f must return a new value, not change its argument in place, since every
// element is kept. Record does not return if the sequence never repeats.
func Record[T any, K comparable](x0 T, f func(T) T, key func(T) K) *History[T] {
	seen := map[K]int{}
	seq := []T{x0}
	x := x0
	for {
		k := key(x)
		if i, ok := seen[k]; ok {
			return &History[T]{Start: i, Period: len(seq) - 1 - i, seq: seq}
		}
		seen[k] = len(seq) - 1
		x = f(x)
		seq = append(seq, x)
	}
}

// Len returns the number of elements recorded: Start+Period+1.
func (h *History[T]) Len() int { return len(h.seq) }

// At returns element i as recorded, for i in [0, Len()). Element
// Start+Period has the key of element Start, but not necessarily its
// other fields. At panics if i is outside [0, Len()).
func (h *History[T]) At(i int) T {
	if uint(i) >= uint(len(h.seq)) {
		panic(misuse.ID{Call: "cycle: History.At", I: i, N: len(h.seq)})
	}
	return h.seq[i]
}

// Nth returns element n of the sequence, for any n >= 0, in O(1): the
// recorded element n, or the recorded one with the same key. Fields the
// key leaves out are then those of the recorded element; see
// [History.Extrapolate] for them. Nth panics if n is negative.
func (h *History[T]) Nth(n int) T {
	return h.seq[h.index("cycle: History.Nth", n)]
}

// index returns the recorded element that element n repeats.
func (h *History[T]) index(call string, n int) int {
	if n < 0 {
		misuse.Panicf(call, "negative n %d", n)
	}
	if len(h.seq) == 0 {
		misuse.Panicf(call, "the zero History records nothing: make one with Record")
	}
	if n < len(h.seq) {
		return n
	}
	return h.Start + (n-h.Start)%h.Period
}

// Extrapolate returns v(element n) for a quantity v that every lap of the
// cycle raises by the same amount, such as a height that the key leaves
// out, in O(1): v of the element n repeats, plus that amount,
// v(At(Start+Period)) - v(At(Start)), once for each lap between them. It
// panics if n is negative. The result wraps around if it overflows an int.
func (h *History[T]) Extrapolate(n int, v func(T) int) int {
	i := h.index("cycle: History.Extrapolate", n)
	if i == n {
		return v(h.seq[n])
	}
	lap := v(h.seq[h.Start+h.Period]) - v(h.seq[h.Start])
	return v(h.seq[i]) + (n-h.Start)/h.Period*lap
}
