package cycle

import "github.com/gridsearch/gridsearch/internal/misuse"

// Find finds where the sequence x0, f(x0), f(f(x0)), … falls into a
// cycle: the sequence's element at index start is the first to recur, and it
// recurs every period steps after (period >= 1). With them, element n for any
// n >= start equals element start + (n-start)%period, which answers "apply f
// a billion times" puzzles; see [Nth].
//
// Find uses Brent's algorithm: O(start+period) calls of f and O(1)
// memory. It does not return if the sequence never repeats, which cannot
// happen when f has finitely many possible values.
func Find[T comparable](x0 T, f func(T) T) (start, period int) {
	return FindFunc(x0, f, func(a, b T) bool { return a == b })
}

// FindFunc is [Find] with equality decided by eq, for values that
// are not comparable with == (a grid, a slice). It holds two elements of the
// sequence at once, so f must return a new value rather than change its
// argument in place.
func FindFunc[T any](x0 T, f func(T) T, eq func(a, b T) bool) (start, period int) {
	start, period, _, _ = brent(x0, f, eq, -1)
	return start, period
}

// brent finds where the sequence x0, f(x0), … falls into a cycle with
// Brent's algorithm. If n > 0 and it makes element n before it finds the
// period, it stops there and returns that element and true instead.
func brent[T any](x0 T, f func(T) T, eq func(a, b T) bool, n int) (start, period int, xn T, early bool) {
	// Find the period: the hare runs ahead in powers of two until it meets
	// the tortoise, which teleports to the hare at each power.
	power, period := 1, 1
	tortoise, hare, made := x0, f(x0), 1 // hare is element made
	for !eq(tortoise, hare) {
		if made == n {
			return 0, 0, hare, true
		}
		if power == period {
			tortoise = hare
			power *= 2
			period = 0
		}
		hare = f(hare)
		made++
		period++
	}
	if made == n {
		return 0, 0, hare, true
	}
	// Find the start: two walkers period apart meet at the cycle's start.
	tortoise, hare = x0, x0
	for range period {
		hare = f(hare)
	}
	for !eq(tortoise, hare) {
		tortoise, hare = f(tortoise), f(hare)
		start++
	}
	return start, period, xn, false
}

// Nth returns element n of the sequence x0, f(x0), f(f(x0)), …, where
// element 0 is x0. It applies f at most about 5*(start+period) times
// however large n is, finding the cycle as [Find] does, and at most n
// times when n is reached before the first repeat, so it returns even if
// the sequence never repeats, provided n is finite. Nth panics if n < 0.
func Nth[T comparable](x0 T, f func(T) T, n int) T {
	return NthFunc(x0, f, func(a, b T) bool { return a == b }, n)
}

// NthFunc is [Nth] with equality decided by eq, for values that are not
// comparable with ==, as in [FindFunc].
func NthFunc[T any](x0 T, f func(T) T, eq func(a, b T) bool, n int) T {
	if n < 0 {
		misuse.Panicf("cycle: Nth", "negative n %d", n)
	}
	if n == 0 {
		return x0
	}
	start, period, xn, early := brent(x0, f, eq, n)
	if early {
		return xn
	}
	if n > start {
		n = start + (n-start)%period
	}
	x := x0
	for range n {
		x = f(x)
	}
	return x
}
