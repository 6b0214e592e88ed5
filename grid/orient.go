package grid

import "strconv"

// An Orientation is one of the eight symmetries of a rectangle: the grid
// mirrored left to right or not, then turned a quarter turn clockwise 0 to
// 3 times. Orientation o mirrors when o >= 4 and turns o%4 times; the zero
// Orientation leaves a grid as it is.
type Orientation uint8

// Orientations returns the eight orientations, the four turns first.
func Orientations() [8]Orientation { return [8]Orientation{0, 1, 2, 3, 4, 5, 6, 7} }

// String returns a name such as "turn 1" or "mirror, turn 2".
func (o Orientation) String() string {
	names := [8]string{"turn 0", "turn 1", "turn 2", "turn 3", "mirror, turn 0", "mirror, turn 1", "mirror, turn 2", "mirror, turn 3"}
	if o < 8 {
		return names[o]
	}
	return "Orientation(" + strconv.Itoa(int(o)) + ")"
}

// A View is a grid seen in an [Orientation], read from the grid's own cells
// without copying them: its cell at p is one cell of the grid, found by
// two multiplications. Views of one grid share its cells; a View is as
// safe for concurrent use as the Grid.
type View[T any] struct {
	cells      []T
	rows, cols int
	base       int // index in cells of the view's (0, 0)
	dr, dc     int // index steps for one row and one column of the view
}

// Orient returns g seen in orientation o: mirrored left to right if o >= 4,
// then turned o%4 quarter turns clockwise, as [Grid.FlipH] and
// [Grid.RotateCW] would make it. A turn by an odd number swaps the rows and
// columns. It costs O(1) and allocates nothing; it panics if o is not
// below 8.
func (g Grid[T]) Orient(o Orientation) View[T] {
	if o >= 8 {
		misusef("Grid.Orient", "orientation %d, want 0 to 7", o)
	}
	v := View[T]{cells: g.cells, rows: int(g.rows), cols: int(g.cols), dr: int(g.cols), dc: 1}
	if o >= 4 { // mirror: column c reads column cols-1-c
		v.base, v.dc = v.cols-1, -1
	}
	for range o % 4 {
		// A quarter turn: the view's (r, c) is the old view's
		// (rows-1-c, r).
		v.base += (v.rows - 1) * v.dr
		v.dr, v.dc = v.dc, -v.dr
		v.rows, v.cols = v.cols, v.rows
	}
	return v
}

// Rows returns the number of rows of the view.
func (v View[T]) Rows() int { return v.rows }

// Cols returns the number of columns of the view.
func (v View[T]) Cols() int { return v.cols }

// In reports whether p lies inside the view.
func (v View[T]) In(p Point) bool {
	return uint(p.Row) < uint(v.rows) && uint(p.Col) < uint(v.cols)
}

// At returns the view's cell at p. It panics if p lies outside the view.
func (v View[T]) At(p Point) T {
	if uint(p.Row) >= uint(v.rows) || uint(p.Col) >= uint(v.cols) {
		panic(outsideError{"View.At", p, v.rows, v.cols})
	}
	return v.cells[v.base+p.Row*v.dr+p.Col*v.dc]
}

// Grid returns the view's cells as a grid of their own. It costs
// O(Rows*Cols) and one allocation.
func (v View[T]) Grid() Grid[T] {
	cells := make([]T, 0, v.rows*v.cols)
	for r := range v.rows {
		for c, i := 0, v.base+r*v.dr; c < v.cols; c, i = c+1, i+v.dc {
			cells = append(cells, v.cells[i])
		}
	}
	return Grid[T]{int32(v.rows), int32(v.cols), cells}
}

// A Reader is anything with rows, columns and a cell at each point inside:
// a Grid, a View, a *Mutable. Functions that only read take one, so that
// they work on views without copying.
type Reader[T any] interface {
	Rows() int
	Cols() int
	At(p Point) T
}
