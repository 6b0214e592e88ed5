package grid

import (
	"fmt"
	"iter"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Grid is an immutable rectangle of cells of type T, stored row by row in
// one slice. The zero Grid is valid and has no cells.
//
// No method changes a Grid, and none hands out its backing storage, so a
// Grid is safe for concurrent use by any number of goroutines. Methods that
// "change" a grid, such as [Grid.With] and [Grid.Map], return a new one and
// cost O(Rows*Cols). Reads ([Grid.At], [Grid.Get], [Grid.In]) are O(1).
//
// A Grid is a small value (four words) that shares its cells when copied,
// which is safe because nothing writes them. Every method takes a value
// receiver, so calls chain on results (g.RotateCW().At(p)) and a
// Grid[byte] satisfies interface{ At(Point) byte }.
type Grid[T any] struct {
	// The sizes are int32 so that a Grid is four words: the compiler keeps
	// a struct of at most four words in registers, so a value receiver
	// costs nothing in a loop. A fifth word made every inlined read copy
	// the Grid through memory (docs/performance.md).
	rows, cols int32
	cells      []T
}

// maxCells bounds the cell count of any grid, so that Rows*Cols and dense
// indices times eight headings fit comfortably in an int32 where callers keep
// per-state tables.
const maxCells = DefaultMaxCells

// New returns a grid of rows by cols cells, each set to fill.
// New panics if rows or cols is negative, if exactly one of them is zero, or
// if the grid would hold more than 2^27 cells.
func New[T any](rows, cols int, fill T) Grid[T] {
	checkSize("New", rows, cols)
	cells := make([]T, rows*cols)
	fillAll(cells, fill)
	return Grid[T]{int32(rows), int32(cols), cells}
}

// fillAll sets every element of cells to v: the first one, then copies
// that double the run filled, so that a large grid fills at the speed of
// copy rather than one store a loop step.
func fillAll[T any](cells []T, v T) {
	if len(cells) == 0 {
		return
	}
	cells[0] = v
	for n := 1; n < len(cells); n *= 2 {
		copy(cells[n:], cells[:n])
	}
}

// checkSize panics, naming call, unless rows by cols is a valid size.
func checkSize(call string, rows, cols int) {
	switch {
	case rows < 0 || cols < 0:
		misusef(call, "negative size %dx%d", rows, cols)
	case (rows == 0) != (cols == 0):
		misusef(call, "degenerate size %dx%d", rows, cols)
	case rows > 0 && cols > maxCells/rows:
		misusef(call, "size %dx%d exceeds %d cells", rows, cols, maxCells)
	}
}

// FromRows returns a grid holding a copy of rows: rows[r][c] becomes the cell
// at (r, c). Later changes to rows do not affect the grid. It returns an
// error if any row is empty, if the rows differ in length (wrapping
// [ErrRagged]) or if they hold more than 2^27 cells (wrapping
// [ErrTooLarge]); an empty rows gives the zero Grid. It costs O(Rows*Cols)
// and allocates the cells once.
func FromRows[T any](rows [][]T) (Grid[T], error) {
	if len(rows) == 0 {
		return Grid[T]{}, nil
	}
	cols := len(rows[0])
	if cols == 0 {
		return Grid[T]{}, fmt.Errorf("grid: FromRows: row 0 is empty")
	}
	if cols > maxCells/len(rows) {
		return Grid[T]{}, fmt.Errorf("grid: FromRows: %w: %dx%d exceeds %d cells", ErrTooLarge, len(rows), cols, maxCells)
	}
	cells := make([]T, 0, len(rows)*cols)
	for r, row := range rows {
		if len(row) != cols {
			return Grid[T]{}, fmt.Errorf("grid: FromRows: row %d: %w: row has %d cells, want %d", r, ErrRagged, len(row), cols)
		}
		cells = append(cells, row...)
	}
	return Grid[T]{int32(len(rows)), int32(cols), cells}, nil
}

// FromFunc returns a grid of rows by cols cells whose cell at p is f(p).
// f is called once per cell, row by row. FromFunc costs O(Rows*Cols) and
// panics, as [New] does, if the size is invalid.
func FromFunc[T any](rows, cols int, f func(p Point) T) Grid[T] {
	checkSize("FromFunc", rows, cols)
	cells := make([]T, 0, rows*cols)
	for r := range rows {
		for c := range cols {
			cells = append(cells, f(Point{r, c}))
		}
	}
	return Grid[T]{int32(rows), int32(cols), cells}
}

// FromPoints returns a grid of rows by cols cells, set to on at the points
// of pts and to off elsewhere, such as a map of the walls listed in an
// input. It returns an error naming the first point that lies outside the
// grid, counting from 0. It costs O(Rows*Cols) plus O(1) per point, and
// panics, as [New] does, if the size is invalid.
func FromPoints[T any](rows, cols int, off, on T, pts iter.Seq[Point]) (Grid[T], error) {
	checkSize("FromPoints", rows, cols)
	m := NewMutable(rows, cols, off)
	i := 0
	for p := range pts {
		if !m.In(p) {
			return Grid[T]{}, fmt.Errorf("grid: FromPoints: point %d of the sequence, %v, lies outside the %dx%d grid", i, p, rows, cols)
		}
		m.cells[p.Row*cols+p.Col] = on
		i++
	}
	return m.Freeze(), nil
}

// Rows returns the number of rows.
func (g Grid[T]) Rows() int { return int(g.rows) }

// Cols returns the number of columns.
func (g Grid[T]) Cols() int { return int(g.cols) }

// Len returns the number of cells, Rows()*Cols().
func (g Grid[T]) Len() int { return len(g.cells) }

// In reports whether p lies inside g.
func (g Grid[T]) In(p Point) bool {
	return uint(p.Row) < uint(int(g.rows)) && uint(p.Col) < uint(int(g.cols))
}

// At returns the cell at p. At panics if p lies outside g; use [Grid.Get]
// when p may be outside.
func (g Grid[T]) At(p Point) T {
	// The bounds check is written out rather than calling In: inlining one
	// method into another copies the Grid value each time, which costs more
	// than the check itself in a hot loop.
	if uint(p.Row) >= uint(int(g.rows)) || uint(p.Col) >= uint(int(g.cols)) {
		panic(outsideError{"Grid.At", p, int(g.rows), int(g.cols)})
	}
	return g.cells[p.Row*int(g.cols)+p.Col]
}

// Get returns the cell at p and true, or the zero T and false if p lies
// outside g.
func (g Grid[T]) Get(p Point) (T, bool) {
	if uint(p.Row) >= uint(int(g.rows)) || uint(p.Col) >= uint(int(g.cols)) { // not g.In: see At
		var zero T
		return zero, false
	}
	return g.cells[p.Row*int(g.cols)+p.Col], true
}

// Index returns the dense index of p: Row*Cols()+Col, from 0 to Len()-1.
// Per-cell state can then live in a slice of length Len(). Index panics if p
// lies outside g.
func (g Grid[T]) Index(p Point) int {
	if uint(p.Row) >= uint(int(g.rows)) || uint(p.Col) >= uint(int(g.cols)) { // not g.In: see At
		panic(outsideError{"Grid.Index", p, int(g.rows), int(g.cols)})
	}
	return p.Row*int(g.cols) + p.Col
}

// Offset returns how much a dense index changes with one step heading d:
// Index(p.Move(d, 1)) is Index(p)+Offset(d) whenever both points lie in g.
// A step off the left or right edge does not leave the index range, but
// comes back in on the next or previous row, so a loop that steps by
// Offset must keep off those edges, for instance by a border of walls.
// Offset panics if d is not a valid Dir.
func (g Grid[T]) Offset(d Dir) int { return offset(d, int(g.cols), "grid: Grid.Offset") }

// offset is Offset for a grid of cols columns.
func offset(d Dir, cols int, call string) int {
	if d >= 8 {
		panic(misuse.Heading{Call: call, D: d})
	}
	return dirDelta[d].Row*cols + dirDelta[d].Col
}

// PointAt returns the point whose dense index is i; it is the inverse of
// [Grid.Index]. PointAt panics if i is not in [0, Len()).
func (g Grid[T]) PointAt(i int) Point {
	if uint(i) >= uint(len(g.cells)) {
		panic(indexError{"Grid.PointAt", i, int(g.rows), int(g.cols)})
	}
	return Point{i / int(g.cols), i % int(g.cols)}
}

// AtIndex returns the cell whose dense index is i (see [Grid.Index]): At
// for a search that numbers cells by index, such as one over search.Cells(g),
// at the cost of one comparison. AtIndex panics if i is not in [0, Len()).
func (g Grid[T]) AtIndex(i int) T {
	if uint(i) >= uint(len(g.cells)) {
		panic(indexError{"Grid.AtIndex", i, int(g.rows), int(g.cols)})
	}
	return g.cells[i]
}

// All returns an iterator over the cells of g and their points, row by row.
func (g Grid[T]) All() iter.Seq2[Point, T] { return all(int(g.rows), int(g.cols), g.cells) }

// all returns an iterator over the cells of a rows by cols grid and their
// points, reading each cell when it is reached.
func all[T any](rows, cols int, cells []T) iter.Seq2[Point, T] {
	return func(yield func(Point, T) bool) {
		i := 0
		for r := range rows {
			for c := range cols {
				if !yield(Point{r, c}, cells[i]) {
					return
				}
				i++
			}
		}
	}
}

// Points returns an iterator over the points of g, row by row.
func (g Grid[T]) Points() iter.Seq[Point] {
	return func(yield func(Point) bool) {
		for r := range int(g.rows) {
			for c := range int(g.cols) {
				if !yield(Point{r, c}) {
					return
				}
			}
		}
	}
}

// Values returns an iterator over the cells of g, row by row.
func (g Grid[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range g.cells {
			if !yield(v) {
				return
			}
		}
	}
}

// Row returns an iterator over the cells of row r, left to right. It yields
// nothing if r is not a row of g. It allocates nothing when ranged over
// directly.
func (g Grid[T]) Row(r int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if uint(r) >= uint(int(g.rows)) {
			return
		}
		for _, v := range g.cells[r*int(g.cols) : (r+1)*int(g.cols)] {
			if !yield(v) {
				return
			}
		}
	}
}

// AppendRow appends the cells of row r, left to right, to dst and returns
// the extended slice, as append does: a copy, so changing it leaves g as it
// was. Readers of a whole row use it for what a copy allows, such as
// reading eight bytes at a time. It panics if r is not a row of g. It
// costs O(Cols) and allocates only when dst must grow.
func (g Grid[T]) AppendRow(dst []T, r int) []T {
	if uint(r) >= uint(int(g.rows)) {
		panic(rowError{"Grid.AppendRow", r, int(g.rows), int(g.cols)}) // a value, not a call, so that AppendRow inlines
	}
	return append(dst, g.cells[r*int(g.cols):(r+1)*int(g.cols)]...)
}

// Col returns an iterator over the cells of column c, top to bottom. It
// yields nothing if c is not a column of g. It allocates nothing when
// ranged over directly.
func (g Grid[T]) Col(c int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if uint(c) >= uint(int(g.cols)) {
			return
		}
		for i := c; i < len(g.cells); i += int(g.cols) {
			if !yield(g.cells[i]) {
				return
			}
		}
	}
}

// First returns the first point, starting at p itself and stepping in
// heading d, whose cell satisfies f, and true; or the zero Point and false
// if the steps leave g first (or p lies outside g). Unlike walk.Ray and
// [Span], which look past their start, First tests p too. It finds the
// first or last match in a row or column:
//
//	g.First(grid.Pt(r, 0), grid.Right, f)          // first in row r
//	g.First(grid.Pt(r, g.Cols()-1), grid.Left, f)  // last in row r
//
// It costs O(steps taken). First panics if d is not valid.
func (g Grid[T]) First(p Point, d Dir, f func(T) bool) (Point, bool) {
	if d >= 8 {
		panic(misuse.Heading{Call: "grid: Grid.First", D: d})
	}
	dd := dirDelta[d]
	for ; uint(p.Row) < uint(int(g.rows)) && uint(p.Col) < uint(int(g.cols)); p = p.Add(dd) {
		if f(g.cells[p.Row*int(g.cols)+p.Col]) {
			return p, true
		}
	}
	return Point{}, false
}

// ToRows returns a copy of the cells as a slice of rows. The caller owns the
// result; changing it does not affect g.
func (g Grid[T]) ToRows() [][]T {
	out := make([][]T, int(g.rows))
	for r := range out {
		out[r] = append([]T(nil), g.cells[r*int(g.cols):(r+1)*int(g.cols)]...)
	}
	return out
}

// With returns a copy of g with the cell at p set to v. It costs
// O(Rows*Cols); to change many cells, use a [Mutable] grid (see
// [Grid.Mutable]) or [Grid.Map]. With panics if p lies outside g.
func (g Grid[T]) With(p Point, v T) Grid[T] {
	if !g.In(p) {
		panic(outsideError{"Grid.With", p, int(g.rows), int(g.cols)})
	}
	i := p.Row*int(g.cols) + p.Col
	cells := append([]T(nil), g.cells...)
	cells[i] = v
	return Grid[T]{g.rows, g.cols, cells}
}

// Map returns a new grid of the same size whose cell at p is f(p, g.At(p)).
// f is called once per cell, row by row. To change the cell type, use the
// package function [Convert].
func (g Grid[T]) Map(f func(p Point, v T) T) Grid[T] { return Convert(g, f) }

// Convert returns a new grid of the same size as g whose cell at p is
// f(p, g.At(p)). f is called once per cell, row by row.
func Convert[T, U any](g Grid[T], f func(p Point, v T) U) Grid[U] {
	cells := make([]U, len(g.cells))
	i := 0
	for r := range int(g.rows) {
		for c := range int(g.cols) {
			cells[i] = f(Point{r, c}, g.cells[i])
			i++
		}
	}
	return Grid[U]{g.rows, g.cols, cells}
}

// CountFunc returns the number of cells for which f returns true.
func (g Grid[T]) CountFunc(f func(T) bool) int {
	n := 0
	for _, v := range g.cells {
		if f(v) {
			n++
		}
	}
	return n
}
