package grid

import (
	"iter"
)

// A Mutable is a grid whose cells change in place, for simulations that
// move boxes or drop sand thousands of times, where [Grid.With] would copy
// every cell each time. It numbers its cells as a [Grid] of the same size
// does: [Mutable.Index] and [Mutable.PointAt] agree with [Grid.Index] and
// [Grid.PointAt], so per-cell state kept in a flat slice serves both.
//
// Reads and writes ([Mutable.At], [Mutable.Set], [Mutable.Swap]) are O(1)
// and allocate nothing. [Mutable.Freeze] turns the cells into a Grid
// without copying them; [Mutable.Grid] copies them and keeps m usable.
//
// A Mutable is not safe for concurrent use: goroutines may read it at once
// only while none writes it. The zero Mutable has no cells.
type Mutable[T any] struct {
	rows, cols int
	cells      []T
}

// NewMutable returns a mutable grid of rows by cols cells, each set to
// fill. It panics, as [New] does, if the size is invalid.
func NewMutable[T any](rows, cols int, fill T) *Mutable[T] {
	checkSize("NewMutable", rows, cols)
	cells := make([]T, rows*cols)
	fillAll(cells, fill)
	return &Mutable[T]{rows, cols, cells}
}

// Mutable returns a mutable copy of g. It costs O(Rows*Cols); g is
// unchanged.
func (g Grid[T]) Mutable() *Mutable[T] {
	return &Mutable[T]{int(g.rows), int(g.cols), append([]T(nil), g.cells...)}
}

// Rows returns the number of rows.
func (m *Mutable[T]) Rows() int { return m.rows }

// Cols returns the number of columns.
func (m *Mutable[T]) Cols() int { return m.cols }

// Len returns the number of cells, Rows()*Cols().
func (m *Mutable[T]) Len() int { return len(m.cells) }

// In reports whether p lies inside m.
func (m *Mutable[T]) In(p Point) bool {
	return uint(p.Row) < uint(m.rows) && uint(p.Col) < uint(m.cols)
}

// At returns the cell at p. At panics if p lies outside m; use
// [Mutable.Get] when p may be outside.
func (m *Mutable[T]) At(p Point) T {
	if uint(p.Row) >= uint(m.rows) || uint(p.Col) >= uint(m.cols) {
		panic(outsideError{"Mutable.At", p, m.rows, m.cols})
	}
	return m.cells[p.Row*m.cols+p.Col]
}

// Get returns the cell at p and true, or the zero T and false if p lies
// outside m.
func (m *Mutable[T]) Get(p Point) (T, bool) {
	if uint(p.Row) >= uint(m.rows) || uint(p.Col) >= uint(m.cols) {
		var zero T
		return zero, false
	}
	return m.cells[p.Row*m.cols+p.Col], true
}

// Set sets the cell at p to v. Set panics if p lies outside m.
func (m *Mutable[T]) Set(p Point, v T) {
	if uint(p.Row) >= uint(m.rows) || uint(p.Col) >= uint(m.cols) {
		panic(outsideError{"Mutable.Set", p, m.rows, m.cols})
	}
	m.cells[p.Row*m.cols+p.Col] = v
}

// Swap exchanges the cells at p and q. Swap panics if either lies outside
// m.
func (m *Mutable[T]) Swap(p, q Point) {
	if max(uint(p.Row), uint(q.Row)) >= uint(m.rows) || max(uint(p.Col), uint(q.Col)) >= uint(m.cols) {
		panic(swapError{p, q, m.rows, m.cols})
	}
	i, j := p.Row*m.cols+p.Col, q.Row*m.cols+q.Col
	m.cells[i], m.cells[j] = m.cells[j], m.cells[i]
}

// Index returns the dense index of p, Row*Cols()+Col, as [Grid.Index]
// does. Index panics if p lies outside m.
func (m *Mutable[T]) Index(p Point) int {
	if uint(p.Row) >= uint(m.rows) || uint(p.Col) >= uint(m.cols) {
		panic(outsideError{"Mutable.Index", p, m.rows, m.cols})
	}
	return p.Row*m.cols + p.Col
}

// Offset returns how much a dense index changes with one step heading d, as
// [Grid.Offset] does. Offset panics if d is not a valid Dir.
func (m *Mutable[T]) Offset(d Dir) int { return offset(d, m.cols, "grid: Mutable.Offset") }

// PointAt returns the point whose dense index is i; it is the inverse of
// [Mutable.Index]. PointAt panics if i is not in [0, Len()).
func (m *Mutable[T]) PointAt(i int) Point {
	if uint(i) >= uint(len(m.cells)) {
		panic(indexError{"Mutable.PointAt", i, m.rows, m.cols})
	}
	return Point{i / m.cols, i % m.cols}
}

// TorusStep returns the index of the cell next to cell i in heading d on
// the torus that m's edges make: a step off one side comes back in on the
// opposite side, as [Grid.Torus] wraps points. It lets things that move
// round a torus do so in place, by index. It costs O(1), a division and a
// few additions and comparisons, and inlines. It panics if i is not in [0,
// Len()) or d is not valid.
func (m *Mutable[T]) TorusStep(i int, d Dir) int {
	n := len(m.cells)
	if uint(i) >= uint(n) || d >= 8 {
		panic(stepError{i, d})
	}
	dd := dirDelta[d]
	j := i + dd.Row*m.cols + dd.Col
	if uint(i%m.cols+dd.Col) >= uint(m.cols) {
		j -= dd.Col * m.cols // off the side of the row: back in from the other
	}
	if uint(j) >= uint(n) {
		j -= dd.Row * n // off the top or bottom: back in likewise
	}
	return j
}

// AtIndex returns the cell whose dense index is i, as [Grid.AtIndex] does.
// It panics if i is not in [0, Len()).
func (m *Mutable[T]) AtIndex(i int) T {
	if uint(i) >= uint(len(m.cells)) {
		panic(indexError{"Mutable.AtIndex", i, m.rows, m.cols})
	}
	return m.cells[i]
}

// SetIndex sets the cell whose dense index is i to v. It panics if i is
// not in [0, Len()).
func (m *Mutable[T]) SetIndex(i int, v T) {
	if uint(i) >= uint(len(m.cells)) {
		panic(indexError{"Mutable.SetIndex", i, m.rows, m.cols})
	}
	m.cells[i] = v
}

// SwapIndex exchanges the cells whose dense indices are i and j, as
// [Mutable.Swap] does by points: with a step from Offset, a walk that
// pushes a row of things moves them by index, with no point made. It
// costs O(1) and inlines. It panics if i or j is not in [0, Len()).
func (m *Mutable[T]) SwapIndex(i, j int) {
	if max(uint(i), uint(j)) >= uint(len(m.cells)) {
		if uint(i) < uint(len(m.cells)) {
			i = j // name the one outside
		}
		panic(indexError{"Mutable.SwapIndex", i, m.rows, m.cols})
	}
	m.cells[i], m.cells[j] = m.cells[j], m.cells[i]
}

// RowCells returns the cells of row r, left to right, in place: a slice
// of m's own storage, so writes through it change m, and it sees m's later
// changes. A loop over a run of a row's cells reads them with one bounds
// test for the run, where At or AtIndex tests each cell:
//
//	for c, v := range m.RowCells(r)[lo:hi] { ... } // columns lo+c
//
// (Grid.Row, on an immutable Grid, is an iterator instead, as a Grid's
// cells may not change.) It costs O(1), allocates nothing and inlines. It
// panics if r is not a row of m.
func (m *Mutable[T]) RowCells(r int) []T {
	if uint(r) >= uint(m.rows) {
		panic(rowError{"Mutable.RowCells", r, m.rows, m.cols})
	}
	return m.cells[r*m.cols : (r+1)*m.cols : (r+1)*m.cols]
}

// All returns an iterator over the cells of m and their points, row by
// row. Each cell is read when it is reached, so changes made during the
// loop are seen by its later steps.
func (m *Mutable[T]) All() iter.Seq2[Point, T] { return all(m.rows, m.cols, m.cells) }

// Grid returns an immutable copy of m's cells; m is unchanged and stays
// usable. It costs O(Rows*Cols): use it to keep snapshots, such as the
// states of a simulation for cycle finding.
func (m *Mutable[T]) Grid() Grid[T] {
	return Grid[T]{int32(m.rows), int32(m.cols), append([]T(nil), m.cells...)}
}

// Freeze returns m's cells as an immutable Grid without copying them, and
// leaves m empty: a zero Mutable with no cells, on which At and Set panic.
// It is O(1). Use it when the simulation is done.
func (m *Mutable[T]) Freeze() Grid[T] {
	g := Grid[T]{int32(m.rows), int32(m.cols), m.cells}
	*m = Mutable[T]{}
	return g
}
