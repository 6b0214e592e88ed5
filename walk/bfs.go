package walk

import (
	"fmt"
	"iter"
)

// BFS returns an iterator over the states reachable from start, breadth
// first, each once, with its distance from start: the fewest steps that lead
// to it, where next(s) yields the states one step from s. start comes first,
// at distance 0, and the distances never decrease along the sequence.
//
// BFS yields each state as soon as it finds it, so a caller that breaks at a
// target stops the search there: no state beyond it is expanded, and next is
// not called again. The sequence ends when every reachable state has been
// yielded; it is infinite only if infinitely many states are reachable. Each
// range over it searches afresh.
//
// BFS calls next once per state it expands, from the goroutine ranging
// over the sequence, and is done with each iterator next returns before it
// calls next again, so next may hand out one iterator over and over, as
// [ShortestPaths] explains. BFS keeps the states seen in a map and all
// states found in a queue: O(V) memory and a map insert per new state, for
// V states reached. For states that can be numbered densely, such as walker
// states on a grid, [BFSDense] keeps them in a slice instead, which is two
// to four times as fast.
func BFS[S comparable](start S, next func(S) iter.Seq[S]) iter.Seq2[S, int] {
	return func(yield func(S, int) bool) {
		m := marks[S]{set: make(map[S]struct{})}
		bfs(start, next, &m, yield)
	}
}

// BFSDense is [BFS] for states numbered densely: index maps every state
// reached to a number in [0, n), distinct states to distinct numbers. The
// set of states seen is then a slice of n bools, allocated when the sequence
// is ranged over, so a search costs O(n) memory whatever it reaches, and no
// map operation. For walker states on a grid, [StateIndex] gives n and
// index; for points, pass g.Len() and g.Index.
//
// BFSDense panics if n is negative and, while it is ranged over, if index
// returns a number outside [0, n). If index gives two states the same
// number, the second one found is taken for the first and skipped.
func BFSDense[S comparable](start S, next func(S) iter.Seq[S], n int, index func(S) int) iter.Seq2[S, int] {
	if n < 0 {
		panic(fmt.Sprintf("walk: BFSDense with negative n %d", n))
	}
	return func(yield func(S, int) bool) {
		m := marks[S]{seen: make([]bool, n), index: index}
		bfs(start, next, &m, yield)
	}
}

// marks is the set of states a breadth-first search has seen: a map, or a
// dense slice when index is set.
type marks[S comparable] struct {
	set   map[S]struct{}
	seen  []bool
	index func(S) int
}

// add adds s to m and reports whether it was new.
func (m *marks[S]) add(s S) bool {
	if m.index == nil {
		if _, ok := m.set[s]; ok {
			return false
		}
		m.set[s] = struct{}{}
		return true
	}
	i := m.index(s)
	if uint(i) >= uint(len(m.seen)) {
		panic(indexError{"BFSDense", s, i, len(m.seen)})
	}
	if m.seen[i] {
		return false
	}
	m.seen[i] = true
	return true
}

// bfs is the search behind BFS and BFSDense. It yields states as it finds
// them; the queue holds the states found, and depth is the distance of the
// state being expanded, queue[head], which goes up by one each time head
// passes levelEnd, the end of the previous level in the queue.
//
// found is next's yield function, made once: a range over next(s) would
// make the loop body a new closure on the heap for every state expanded.
func bfs[S comparable](start S, next func(S) iter.Seq[S], m *marks[S], yield func(S, int) bool) {
	m.add(start)
	if !yield(start, 0) {
		return
	}
	queue := []S{start}
	depth, stopped := 0, false
	found := func(t S) bool {
		if stopped {
			return false // next ignored a false; stay stopped
		}
		if m.add(t) {
			if !yield(t, depth+1) {
				stopped = true
				return false
			}
			queue = append(queue, t)
		}
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

// indexError is the panic value for a dense index out of range. It is
// formatted only when printed.
type indexError struct {
	fn   string
	s    any
	i, n int
}

func (e indexError) Error() string {
	return fmt.Sprintf("walk: %s: index(%v) = %d, outside [0, %d)", e.fn, e.s, e.i, e.n)
}
