package walk

// FindCycle finds where the sequence x0, f(x0), f(f(x0)), … falls into a
// cycle: the sequence's element at index start is the first to recur, and it
// recurs every period steps after (period >= 1). With them, element n for any
// n >= start equals element start + (n-start)%period, which answers "apply f
// a billion times" puzzles; see [Nth].
//
// FindCycle uses Brent's algorithm: O(start+period) calls of f and O(1)
// memory. It does not return if the sequence never repeats, which cannot
// happen when f has finitely many possible values.
func FindCycle[T comparable](x0 T, f func(T) T) (start, period int) {
	return FindCycleFunc(x0, f, func(a, b T) bool { return a == b })
}

// FindCycleFunc is [FindCycle] with equality decided by eq, for values that
// are not comparable with == (a grid, a slice). It holds two elements of the
// sequence at once, so f must return a new value rather than change its
// argument in place.
func FindCycleFunc[T any](x0 T, f func(T) T, eq func(a, b T) bool) (start, period int) {
	// Find the period: the hare runs ahead in powers of two until it meets
	// the tortoise, which teleports to the hare at each power.
	power, period := 1, 1
	tortoise, hare := x0, f(x0)
	for !eq(tortoise, hare) {
		if power == period {
			tortoise = hare
			power *= 2
			period = 0
		}
		hare = f(hare)
		period++
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
	return start, period
}

// Nth returns element n of the sequence x0, f(x0), f(f(x0)), …, finding
// the cycle with [FindCycleFunc] so that it applies f at most about
// 5*(start+period) times however large n is. Nth panics if n < 0.
func Nth[T any](x0 T, f func(T) T, eq func(a, b T) bool, n int) T {
	if n < 0 {
		panic("walk: Nth with negative n")
	}
	start, period := FindCycleFunc(x0, f, eq)
	if n > start {
		n = start + (n-start)%period
	}
	x := x0
	for range n {
		x = f(x)
	}
	return x
}
