package search

import (
	"fmt"
	"iter"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
	"github.com/gridsearch/gridsearch/walk"
)

// Patrol returns an iterator over the ids in sp of the states of
// walk.Patrol(g, start, blocked) with its default rule, for a grid g of
// sp's size: the fast way to check a patrol for a loop.
//
//	v.Reset(sp.Len()) // v is a cycle.IDSet
//	loops := v.Loops(sp.Patrol(start, blocked))
//
// It yields what sp.IDs(walk.Patrol(g, start, blocked)) yields, with one
// iterator fewer; for another turning rule, use that with walk.Turning.
// Each state costs O(1), and a range over it, or cycle.IDSet.Loops,
// allocates nothing. Patrol panics if start.Dir is not valid, or if sp has
// too few headings for the walk: 4 from a cardinal start, 8 from a
// diagonal one.
func (sp *Space) Patrol(start walk.State, blocked func(grid.Point) bool) iter.Seq[int] {
	if !start.Dir.Valid() {
		panic(misuse.Heading{Call: "search: Space.Patrol", D: start.Dir})
	}
	if int(start.Dir|3) >= sp.dirs {
		panic(headingsError{start.Dir, sp.dirs})
	}
	// The walk is Patrol's, written out again in the closure for the same
	// reason: a for-range over it then inlines the whole loop. It captures
	// the space's fields, not the space, and has no turning rule to carry
	// through the loop.
	rows, cols, shift, extra := sp.rows, sp.cols, sp.shift&63, sp.extra
	return func(yield func(int) bool) {
		s := start
		if uint(s.Pos.Row) >= uint(rows) || uint(s.Pos.Col) >= uint(cols) {
			return
		}
		if !yield(((s.Pos.Row*cols+s.Pos.Col)<<shift + int(s.Dir)) * extra) {
			return
		}
		step := s.Dir.Delta()
		for {
			next := s.Pos.Add(step)
			if uint(next.Row) >= uint(rows) || uint(next.Col) >= uint(cols) {
				return
			}
			if blocked(next) {
				s.Dir = s.Dir.TurnRight()
				step = s.Dir.Delta()
			} else {
				s.Pos = next
			}
			if !yield(((s.Pos.Row*cols+s.Pos.Col)<<shift + int(s.Dir)) * extra) {
				return
			}
		}
	}
}

// headingsError is the panic value of Space.Patrol given a start heading
// whose walk takes headings its space has no room for. It is formatted
// only when printed, which keeps Space.Patrol small enough to inline.
type headingsError struct {
	d    grid.Dir
	dirs int
}

func (e headingsError) Error() string {
	return fmt.Sprintf("search: Space.Patrol: heading %v needs a space of %d headings, this one has %d", e.d, e.d|3+1, e.dirs)
}
