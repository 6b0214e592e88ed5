package search

import (
	"fmt"
	"iter"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// A Space numbers the states of a search on a grid densely, so that
// per-state data can live in slices: each state is a cell, one of Dirs
// headings and an extra field in [0, Extras), such as the length of the
// straight run so far or a mask of keys held. Its number, the state's id,
// is
//
//	((row*cols + col)*Dirs + dir)*Extras + extra
//
// from 0 to Len()-1. [BFS], [Dijkstra] and cycle.IDSet take ids. The
// methods that end in ID encode a state to its id; [Space.Point],
// [Space.Cell], [Space.Dir], [Space.Extra] and [Space.State] decode one.
//
// [Cells] numbers the cells alone, [States] a cell and a cardinal heading
// (a [walk.State]), and [NewSpace] any mix. Every method costs O(1) and
// allocates nothing. A Space never changes once made and is safe for
// concurrent use. The zero Space has no states; as for any id outside
// [0, Len()), what its decoders return for an id is meaningless.
type Space struct {
	// A Space is handled by pointer throughout, and its methods are small
	// enough to inline: in a hot loop the compiler copies a struct for each
	// call of a method on its value, which made a search about twice as
	// slow.
	rows, cols, extra int
	cells             int  // rows*cols
	shift             uint // log2 of the number of headings: 0, 2 or 3
	dirs              int  // 1<<shift, or 0 for the zero Space
	xshift            uint // log2 of extra, when extra is a power of two
	xdiv              bool // whether it is not, so ids split by division
	// cdiv is cols-1, or 0 for a grid with no columns: the decoders
	// divide by cdiv+1, so that the zero Space, and the Space of an empty
	// grid, decode any id to something rather than divide by zero.
	cdiv int
}

// maxIDs bounds Len: ids fit in an int32, which is what the searches'
// tables keep.
const maxIDs = 1<<31 - 1

// Cells returns the space of the cells of g: an id is g.Index(p), from 0 to
// g.Len()-1.
func Cells[T any](g grid.Grid[T]) *Space { return newSpace(g, 1, 1, 0) }

// States returns the space of the walker states of g: a cell and one of
// the four cardinal headings, with id g.Index(s.Pos)*4 + int(s.Dir).
func States[T any](g grid.Grid[T]) *Space { return newSpace(g, 4, 1, 0) }

// NewSpace returns the space of states made of a cell of g, a heading
// below dirs and an extra field below extra. dirs is 1 (no heading), 4 (the
// cardinal headings) or 8 (all headings). NewSpace returns an error if dirs
// is another number, if extra is less than 1, or if the space would hold
// 2^31 states or more.
func NewSpace[T any](g grid.Grid[T], dirs, extra int) (*Space, error) {
	switch {
	case dirs != 1 && dirs != 4 && dirs != 8:
		return nil, fmt.Errorf("search: NewSpace: %d headings, want 1, 4 or 8", dirs)
	case extra < 1:
		return nil, fmt.Errorf("search: NewSpace: extra %d, want at least 1", extra)
	case extra > maxIDs/dirs || g.Len() > 0 && dirs*extra > maxIDs/g.Len():
		// extra is bounded first, so that dirs*extra cannot overflow.
		return nil, fmt.Errorf("search: NewSpace: %d cells x %d headings x %d extra exceeds 2^31-1 states", g.Len(), dirs, extra)
	}
	xshift := uint(0)
	for 1<<xshift < extra {
		xshift++
	}
	return newSpace(g, dirs, extra, xshift), nil
}

// newSpace returns the space of g with dirs headings (1, 4 or 8) and extra
// values of the extra field, where 1<<xshift is the least power of two at
// or above extra.
func newSpace[T any](g grid.Grid[T], dirs, extra int, xshift uint) *Space {
	shift := uint(0)
	for 1<<shift < dirs {
		shift++
	}
	return &Space{rows: g.Rows(), cols: g.Cols(), cells: g.Len(), extra: extra, shift: shift, dirs: dirs,
		xshift: xshift, xdiv: 1<<xshift != extra, cdiv: max(g.Cols(), 1) - 1}
}

// Len returns the number of states in sp: one past the largest id.
func (sp *Space) Len() int { return sp.rows * sp.cols * sp.dirs * sp.extra }

// Dirs returns the number of headings in sp: 1, 4 or 8 (0 for the zero
// Space).
func (sp *Space) Dirs() int { return sp.dirs }

// Extras returns the number of values of the extra field in sp.
func (sp *Space) Extras() int { return sp.extra }

// ID returns the id of the state at cell p, heading d and extra field x,
// or -1 if p lies outside the grid, d is not below Dirs() or x is not in
// [0, Extras()). In a space of one heading, pass 0 for d.
func (sp *Space) ID(p grid.Point, d grid.Dir, x int) int {
	if uint(p.Row) >= uint(sp.rows) || uint(p.Col) >= uint(sp.cols) || int(d) >= sp.dirs || uint(x) >= uint(sp.extra) {
		return -1
	}
	return ((p.Row*sp.cols+p.Col)<<(sp.shift&63)+int(d))*sp.extra + x
}

// IndexID is [Space.ID] with the cell given by its dense index in the grid
// (grid.Grid.Index, or an id of Cells(g)), as a search over cells and a
// search over states share them: -1 if cell is not in [0, rows*cols), d
// is not below Dirs() or x is not in [0, Extras()). It is the inverse of
// [Space.Cell], [Space.Dir] and [Space.Extra].
func (sp *Space) IndexID(cell int, d grid.Dir, x int) int {
	if uint(cell) >= uint(sp.cells) || int(d) >= sp.dirs || uint(x) >= uint(sp.extra) {
		return -1
	}
	return (cell<<(sp.shift&63)+int(d))*sp.extra + x
}

// CellID returns the id of cell p with heading 0 and extra field 0, or -1 if
// p lies outside the grid. In the space of [Cells] it is g.Index(p).
func (sp *Space) CellID(p grid.Point) int {
	if uint(p.Row) >= uint(sp.rows) || uint(p.Col) >= uint(sp.cols) {
		return -1
	}
	return (p.Row*sp.cols + p.Col) << (sp.shift & 63) * sp.extra
}

// StateID returns the id of walker state s with extra field 0, or -1 if
// s.Pos lies outside the grid or s.Dir is not below Dirs().
func (sp *Space) StateID(s walk.State) int {
	p := s.Pos
	if uint(p.Row) >= uint(sp.rows) || uint(p.Col) >= uint(sp.cols) || int(s.Dir) >= sp.dirs {
		return -1
	}
	return ((p.Row*sp.cols+p.Col)<<(sp.shift&63) + int(s.Dir)) * sp.extra
}

// Point returns the cell of the state with id i. The result for an i
// outside [0, Len()) is meaningless.
func (sp *Space) Point(i int) grid.Point {
	c := sp.unextra(i) >> (sp.shift & 63)
	r := c / (sp.cdiv + 1)
	return grid.Pt(r, c-r*sp.cols)
}

// Cell returns the cell of the state with id i as its dense index in
// the grid (see grid.Grid.Index), which is also its id in [Cells](g): the
// id without its heading and extra field, found with shifts where Point
// divides. The result for an i outside [0, Len()) is meaningless.
func (sp *Space) Cell(i int) int { return sp.unextra(i) >> (sp.shift & 63) }

// Dir returns the heading of the state with id i (0 in a space of one
// heading).
func (sp *Space) Dir(i int) grid.Dir { return grid.Dir(sp.unextra(i) & (sp.dirs - 1)) }

// Extra returns the extra field of the state with id i.
func (sp *Space) Extra(i int) int {
	if !sp.xdiv {
		return i & (sp.extra - 1)
	}
	return i % sp.extra
}

// unextra returns i without its extra field: a shift when the number of
// extra values is a power of two, as it is with no extra field, and a
// division otherwise.
func (sp *Space) unextra(i int) int {
	if !sp.xdiv {
		return i >> (sp.xshift & 63)
	}
	return i / sp.extra
}

// State returns the walker state, cell and heading, of the state with
// id i.
//
// It is Point and Dir written out, so that the id is split once and the
// method stays small enough to inline.
func (sp *Space) State(i int) walk.State {
	u := sp.unextra(i)
	c := u >> (sp.shift & 63)
	r := c / (sp.cdiv + 1)
	return walk.State{Pos: grid.Point{Row: r, Col: c - r*sp.cols}, Dir: grid.Dir(u & (sp.dirs - 1))}
}

// IDs returns an iterator over the ids of the states seq yields, -1 for a
// state outside sp, to feed a walk to cycle.IDSet.Loops:
//
//	v.Loops(sp.IDs(walk.Patrol(g, start, blocked)))
//
// Ranged over directly, or passed to a function that only ranges over it,
// it allocates nothing.
func (sp *Space) IDs(seq iter.Seq[walk.State]) iter.Seq[int] {
	// The fields in locals, so that the loop this inlines into keeps them
	// in registers: read through sp, each step would load them again, as
	// the caller's stores might have changed them.
	rows, cols, dirs, shift, extra := uint(sp.rows), sp.cols, sp.dirs, sp.shift&63, sp.extra
	return func(yield func(int) bool) {
		for s := range seq {
			id := -1
			if p := s.Pos; uint(p.Row) < rows && uint(p.Col) < uint(cols) && int(s.Dir) < dirs {
				id = ((p.Row*cols+p.Col)<<shift + int(s.Dir)) * extra
			}
			if !yield(id) {
				return
			}
		}
	}
}
