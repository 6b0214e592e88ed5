package grid

import "iter"

// The neighbour iterators of Grid and Mutable. Each allocates nothing when
// ranged over directly (the compiler inlines it into the loop), and each
// checks every yield.

// Neighbors4 returns an iterator over the points next to p in the four
// cardinal headings (Up, Right, Down, Left, in that order) that lie inside
// g. The method value g.Neighbors4 is a successor function for searches.
func (g Grid[T]) Neighbors4(p Point) iter.Seq[Point] { return neighbors(p, g.rows, g.cols, 4) }

// Neighbors8 returns an iterator over the points next to p in all eight
// headings (the cardinal ones first, then the diagonals) that lie inside g.
func (g Grid[T]) Neighbors8(p Point) iter.Seq[Point] { return neighbors(p, g.rows, g.cols, 8) }

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
			if uint(q.Row) < uint(g.rows) && uint(q.Col) < uint(g.cols) &&
				f(q, g.cells[q.Row*g.cols+q.Col]) && !yield(q) {
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
