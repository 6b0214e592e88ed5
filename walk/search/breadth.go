package search

import "iter"

// BreadthFirst returns an iterator over the states reachable from start, breadth
// first, each once, with its distance from start: the fewest steps that
// lead to it, where next(s) yields the states one step from s. start comes
// first, at distance 0, and the distances never decrease along the
// sequence.
//
// BreadthFirst is the search for states that cannot be numbered densely, such as
// points on an unbounded or tiled map; it keeps the states seen in a map.
// For states of a [Space], the reusable [BFS] does the same with no map and
// no allocation per run.
//
// BreadthFirst yields each state as soon as it finds it, so a caller that breaks
// at a target stops the search there: no state beyond it is expanded, and
// next is not called again. The sequence ends when every reachable state
// has been yielded; it is infinite only if infinitely many states are
// reachable. Each range over it searches afresh.
//
// BreadthFirst calls next once per state it expands, from the goroutine ranging
// over the sequence. It costs O(V+E) time and O(V) memory for V states
// reached and E steps yielded, with a map insert per new state, and
// allocates a new map and queue per range as well as whatever next
// allocates (an iterator made per call is one small allocation per state).
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
