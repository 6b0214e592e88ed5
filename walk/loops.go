package walk

import (
	"fmt"
	"iter"

	"github.com/gridsearch/gridsearch/grid"
)

// Loops reports whether seq ever yields an element it yielded before. It
// stops consuming seq at the first repeat, and returns false when seq ends.
// Loops does not return if seq is infinite and never repeats.
//
// Loops keeps every element seen in a new map: O(n) memory and an amortised
// map insert per element. To run many checks, a [Seen] reuses one map's
// memory, which is two to three times faster; for walks on a grid,
// [Visited.Loops] does the same with no map at all.
func Loops[T comparable](seq iter.Seq[T]) bool {
	var s Seen[T]
	return s.Loops(seq)
}

// A Seen is a set of elements of any comparable type for spotting repeats,
// like [Loops], that keeps its memory from one check to the next. The zero
// Seen is empty and ready to use. A Seen is not safe for concurrent use:
// give each goroutine its own.
type Seen[T comparable] struct {
	m map[T]struct{}
}

// Loops empties s, then reports whether seq yields any element twice, like
// [Loops], keeping the elements in s as it goes. Emptying costs O(size of
// the largest set s has held); each element costs one map insert, which
// allocates only when s grows beyond anything it held before.
func (s *Seen[T]) Loops(seq iter.Seq[T]) bool {
	if s.m == nil {
		s.m = make(map[T]struct{})
	}
	clear(s.m)
	for v := range seq {
		// One map operation per element: an insert that does not grow the
		// map found v there already.
		n := len(s.m)
		if s.m[v] = struct{}{}; len(s.m) == n {
			return true
		}
	}
	return false
}

// Len returns the number of elements in s: after [Seen.Loops], how many
// distinct elements it consumed.
func (s *Seen[T]) Len() int { return len(s.m) }

// A Visited is a set of states on one grid, kept densely: one 16-bit stamp
// per cell and cardinal heading, indexed by [grid.Grid.Index]. Clearing it
// with [Visited.Reset] costs O(1) amortised, by advancing a generation
// stamp instead of zeroing memory, so one Visited can serve thousands of
// walks with no allocation.
//
// A Visited takes 8 bytes per cell. It is not safe for concurrent use: give
// each goroutine its own, for instance as a per-worker scratch value in
// package parallel.
// The zero Visited is not usable; make one with [NewVisited].
type Visited struct {
	rows, cols int
	stamp      []uint16
	gen        uint16
}

// NewVisited returns an empty Visited sized for the states of g. It costs
// one allocation of 8*g.Len() bytes.
func NewVisited[T any](g grid.Grid[T]) *Visited {
	return &Visited{rows: g.Rows(), cols: g.Cols(), stamp: make([]uint16, 4*g.Len()), gen: 1}
}

// Reset empties v. It costs O(1), except once in 65,535 calls when it
// clears the whole table.
func (v *Visited) Reset() {
	v.gen++
	if v.gen == 0 {
		clear(v.stamp)
		v.gen = 1
	}
}

func (v *Visited) index(s State) int {
	p := s.Pos
	if uint(p.Row) >= uint(v.rows) || uint(p.Col) >= uint(v.cols) || !s.Dir.Cardinal() {
		panic(badState{s, v.rows, v.cols})
	}
	return (p.Row*v.cols+p.Col)<<2 | int(s.Dir)
}

// badState is the panic value for a state a Visited cannot hold. It is
// formatted only when printed, which keeps Visit cheap enough to inline.
type badState struct {
	s          State
	rows, cols int
}

func (e badState) Error() string {
	return fmt.Sprintf("walk: Visited state %v outside %dx%d grid or not cardinal", e.s, e.rows, e.cols)
}

// Visit adds s to v and reports whether it was there already. Visit panics
// if s.Pos lies outside the grid v was made for or s.Dir is a diagonal.
func (v *Visited) Visit(s State) (seen bool) {
	i := v.index(s)
	seen = v.stamp[i] == v.gen
	v.stamp[i] = v.gen
	return seen
}

// Has reports whether s is in v. It panics like [Visited.Visit].
func (v *Visited) Has(s State) bool { return v.stamp[v.index(s)] == v.gen }

// Loops empties v, then reports whether seq yields any state twice, like
// [Loops], visiting the states into v as it goes. It allocates nothing. When
// it returns, v holds the states seq yielded. It panics like [Visited.Visit]
// if seq yields a state outside the grid.
func (v *Visited) Loops(seq iter.Seq[State]) (loops bool) {
	v.Reset()
	for s := range seq {
		if loops = v.Visit(s); loops {
			break
		}
	}
	return loops
}
