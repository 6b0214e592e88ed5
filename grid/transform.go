package grid

// The transformations are methods, like [Grid.Map], since they need no
// constraint on T beyond Grid's own. Each returns a new grid and costs
// O(Rows*Cols).

// Transpose returns g mirrored in its main diagonal: the cell at (r, c)
// moves to (c, r), so an r×c grid becomes c×r.
func (g Grid[T]) Transpose() Grid[T] {
	return remap(g, g.cols, g.rows, func(r, c int) Point { return Point{c, r} })
}

// RotateCW returns g turned a quarter turn clockwise: the top row becomes
// the right-hand column.
func (g Grid[T]) RotateCW() Grid[T] {
	return remap(g, g.cols, g.rows, func(r, c int) Point { return Point{g.rows - 1 - c, r} })
}

// RotateCCW returns g turned a quarter turn anticlockwise: the top row
// becomes the left-hand column.
func (g Grid[T]) RotateCCW() Grid[T] {
	return remap(g, g.cols, g.rows, func(r, c int) Point { return Point{c, g.cols - 1 - r} })
}

// FlipH returns g mirrored left to right: each row is reversed.
func (g Grid[T]) FlipH() Grid[T] {
	return remap(g, g.rows, g.cols, func(r, c int) Point { return Point{r, g.cols - 1 - c} })
}

// FlipV returns g mirrored top to bottom: the row order is reversed.
func (g Grid[T]) FlipV() Grid[T] {
	return remap(g, g.rows, g.cols, func(r, c int) Point { return Point{g.rows - 1 - r, c} })
}

// remap builds a rows×cols grid whose cell (r, c) is g's cell at src(r, c).
func remap[T any](g Grid[T], rows, cols int, src func(r, c int) Point) Grid[T] {
	cells := make([]T, 0, len(g.cells))
	for r := range rows {
		for c := range cols {
			p := src(r, c)
			cells = append(cells, g.cells[p.Row*g.cols+p.Col])
		}
	}
	return Grid[T]{rows, cols, cells}
}
