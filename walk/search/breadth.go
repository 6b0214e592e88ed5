package search

import "iter"

// BreadthFirst returns an iterator over the states reachable from start,
// each once, with its distance: the fewest steps to it, where next(s)
// yields the states one step from s. start comes first, at 0, and the
// distances never decrease.
//
// It is the search for states that cannot be numbered densely, such as
// points on an unbounded map; for states of a [Space], the reusable [BFS]
// does the same with no map and no allocation per run. It yields each state
// as soon as it finds it, so a break at a target ends the search there,
// even on an unbounded map; the sequence is infinite only if infinitely
// many states are reachable. Each range searches afresh.
//
// BreadthFirst calls next once per state expanded, from the goroutine
// ranging. It costs O(V+E) time and O(V) memory for V states and E steps,
// a map insert per new state, and a new map and queue per range, besides
// what next allocates.
func BreadthFirst[S comparable](start S, next func(S) iter.Seq[S]) iter.Seq2[S, int] {
	return func(yield func(S, int) bool) {
		set := map[S]struct{}{start: {}}
		if !yield(start, 0) {
			return
		}
		queue := []S{start}
		depth, stopped := 0, false
		// found is next's yield function, made once: a range over next(s)
		// would make the loop body a new closure on the heap for every
		// state expanded.
		found := func(t S) bool {
			if stopped {
				return false // next ignored a false; stay stopped
			}
			if _, ok := set[t]; ok {
				return true
			}
			set[t] = struct{}{}
			if !yield(t, depth+1) {
				stopped = true
				return false
			}
			queue = append(queue, t)
			return true
		}
		levelEnd := 1
		for head := 0; head < len(queue) && !stopped; head++ {
			if head == levelEnd {
				depth, levelEnd = depth+1, len(queue)
			}
			next(queue[head])(found)
		}
	}
}
