package grid

import "iter"

// The neighbour iterators of Grid and Mutable. Each allocates nothing when
// ranged over directly (the compiler inlines it into the loop), and each
// checks every yield.

// Neighbors4 returns an iterator over the points next to p in the four
// cardinal headings (Up, Right, Down, Left, in that order) that lie inside
// g. The method value g.Neighbors4 is a successor function for searches.
func (g Grid[T]) Neighbors4(p Point) iter.Seq[Point] {
	return neighbors(p, int(g.rows), int(g.cols), 4)
}

// Neighbors8 returns an iterator over the points next to p in all eight
// headings (the cardinal ones first, then the diagonals) that lie inside g.
func (g Grid[T]) Neighbors8(p Point) iter.Seq[Point] {
	return neighbors(p, int(g.rows), int(g.cols), 8)
}

// Neighbors4Index is [Grid.Neighbors4] over dense indices (see
// [Grid.Index]): an iterator over the indices of the cells next to the cell
// with index i, in the four cardinal headings, that lie inside g. It splits i
// into row and column once, with one division, and then costs a comparison
// per neighbour. For i outside [0, Len()) it yields nothing.
func (g Grid[T]) Neighbors4Index(i int) iter.Seq[int] {
	return neighbor4Indices(i, int(g.rows), int(g.cols))
}

// Neighbors8Index is [Grid.Neighbors8] over dense indices, as
// [Grid.Neighbors4Index] is.
func (g Grid[T]) Neighbors8Index(i int) iter.Seq[int] {
	return neighborIndices(i, int(g.rows), int(g.cols), 8)
}

// Neighbors4Func returns an iterator over the points q next to p in the
// four cardinal headings that lie inside g and for which f(q, g.At(q)) is
// true, such as the open cells around p. A search's successor function is
// then one line:
//
//	func(p grid.Point) iter.Seq[grid.Point] { return g.Neighbors4Func(p, open) }
func (g Grid[T]) Neighbors4Func(p Point, f func(q Point, v T) bool) iter.Seq[Point] {
	return g.neighborsFunc(p, 4, f)
}

// Neighbors8Func is [Grid.Neighbors4Func] over all eight headings.
func (g Grid[T]) Neighbors8Func(p Point, f func(q Point, v T) bool) iter.Seq[Point] {
	return g.neighborsFunc(p, 8, f)
}

func (g Grid[T]) neighborsFunc(p Point, n int, f func(q Point, v T) bool) iter.Seq[Point] {
	return func(yield func(Point) bool) {
		for _, d := range dirDelta[:n] {
			q := p.Add(d)
			if uint(q.Row) < uint(int(g.rows)) && uint(q.Col) < uint(int(g.cols)) &&
				f(q, g.cells[q.Row*int(g.cols)+q.Col]) && !yield(q) {
				return
			}
		}
	}
}

// Moves4 returns a successor function for the map-based searches, such as
// search.BreadthFirst over points of an unbounded plane: for a point p of
// g, an iterator over the neighbours q of p in the four cardinal headings
// that lie inside g and for which f(g.At(p), g.At(q)) is true; for a point
// outside g, nothing. Each call of the returned function allocates its
// small iterator. Within one grid the same rule runs an order of magnitude
// faster, with no allocation, as search.Moves4(&b, g, f) over a
// search.BFS.
func (g Grid[T]) Moves4(f func(from, to T) bool) func(p Point) iter.Seq[Point] {
	return func(p Point) iter.Seq[Point] { return g.moves(p, 4, f) }
}

// Moves8 is [Grid.Moves4] over all eight headings.
func (g Grid[T]) Moves8(f func(from, to T) bool) func(p Point) iter.Seq[Point] {
	return func(p Point) iter.Seq[Point] { return g.moves(p, 8, f) }
}

func (g Grid[T]) moves(p Point, n int, f func(from, to T) bool) iter.Seq[Point] {
	return func(yield func(Point) bool) {
		if uint(p.Row) >= uint(int(g.rows)) || uint(p.Col) >= uint(int(g.cols)) {
			return
		}
		from := g.cells[p.Row*int(g.cols)+p.Col]
		for _, d := range dirDelta[:n] {
			q := p.Add(d)
			if uint(q.Row) < uint(int(g.rows)) && uint(q.Col) < uint(int(g.cols)) &&
				f(from, g.cells[q.Row*int(g.cols)+q.Col]) && !yield(q) {
				return
			}
		}
	}
}

// Neighbors4 returns an iterator over the points next to p in the four
// cardinal headings that lie inside m, as [Grid.Neighbors4] does.
func (m *Mutable[T]) Neighbors4(p Point) iter.Seq[Point] { return neighbors(p, m.rows, m.cols, 4) }

// Neighbors8 returns an iterator over the points next to p in all eight
// headings that lie inside m, as [Grid.Neighbors8] does.
func (m *Mutable[T]) Neighbors8(p Point) iter.Seq[Point] { return neighbors(p, m.rows, m.cols, 8) }

// Neighbors4Index is [Grid.Neighbors4Index] on m.
func (m *Mutable[T]) Neighbors4Index(i int) iter.Seq[int] {
	return neighbor4Indices(i, m.rows, m.cols)
}

// Neighbors8Index is [Grid.Neighbors8Index] on m.
func (m *Mutable[T]) Neighbors8Index(i int) iter.Seq[int] {
	return neighborIndices(i, m.rows, m.cols, 8)
}

// neighbor4Indices is neighborIndices for the four cardinal headings,
// written out: each neighbour is a constant offset behind one comparison,
// where the loop would read the heading table, which keeps the search
// loops it inlines into as short as hand-written ones.
func neighbor4Indices(i, rows, cols int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if uint(i) >= uint(rows*cols) {
			return
		}
		r, c := i/cols, i%cols
		if r > 0 && !yield(i-cols) {
			return
		}
		if c+1 < cols && !yield(i+1) {
			return
		}
		if r+1 < rows && !yield(i+cols) {
			return
		}
		if c > 0 {
			yield(i - 1)
		}
	}
}

// neighborIndices returns an iterator over the dense indices of the cells
// next to cell i in the first n headings that lie inside a rows by cols
// grid.
func neighborIndices(i, rows, cols, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		if uint(i) >= uint(rows*cols) {
			return
		}
		r, c := i/cols, i%cols
		for _, d := range dirDelta[:n] {
			if uint(r+d.Row) < uint(rows) && uint(c+d.Col) < uint(cols) && !yield(i+d.Row*cols+d.Col) {
				return
			}
		}
	}
}

// neighbors returns an iterator over the points next to p in the first n
// headings that lie inside a rows by cols grid.
func neighbors(p Point, rows, cols, n int) iter.Seq[Point] {
	return func(yield func(Point) bool) {
		for _, d := range dirDelta[:n] {
			if q := p.Add(d); uint(q.Row) < uint(rows) && uint(q.Col) < uint(cols) && !yield(q) {
				return
			}
		}
	}
}
