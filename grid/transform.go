package grid

// The transformations are methods, like [Grid.Map], since they need no
// constraint on T beyond Grid's own. Each returns a new grid and costs
// O(Rows*Cols).

// Transpose returns g mirrored in its main diagonal: the cell at (r, c)
// moves to (c, r), so an r×c grid becomes c×r.
func (g Grid[T]) Transpose() Grid[T] {
	return remap(g, int(g.cols), int(g.rows), func(r, c int) Point { return Point{c, r} })
}

// RotateCW returns g turned a quarter turn clockwise: the top row becomes
// the right-hand column.
func (g Grid[T]) RotateCW() Grid[T] {
	return remap(g, int(g.cols), int(g.rows), func(r, c int) Point { return Point{int(g.rows) - 1 - c, r} })
}

// RotateCCW returns g turned a quarter turn anticlockwise: the top row
// becomes the left-hand column.
func (g Grid[T]) RotateCCW() Grid[T] {
	return remap(g, int(g.cols), int(g.rows), func(r, c int) Point { return Point{c, int(g.cols) - 1 - r} })
}

// FlipH returns g mirrored left to right: each row is reversed.
func (g Grid[T]) FlipH() Grid[T] {
	return remap(g, int(g.rows), int(g.cols), func(r, c int) Point { return Point{r, int(g.cols) - 1 - c} })
}

// FlipV returns g mirrored top to bottom: the row order is reversed.
func (g Grid[T]) FlipV() Grid[T] {
	return remap(g, int(g.rows), int(g.cols), func(r, c int) Point { return Point{int(g.rows) - 1 - r, c} })
}

// Sub returns the rows×cols rectangle of g whose top-left cell is at, as a
// grid of its own: its cell (r, c) is g's cell at at.Add(Pt(r, c)). It is
// the way to the inside of a walled map, ready for [Grid.Torus], say. It
// costs O(rows*cols) and one allocation; an empty rectangle (rows or cols
// 0) gives an empty grid.
//
// Sub panics, naming the rectangle and g's size, if rows or cols is
// negative or the rectangle does not lie inside g.
func (g Grid[T]) Sub(at Point, rows, cols int) Grid[T] {
	if rows < 0 || cols < 0 || at.Row < 0 || at.Col < 0 || at.Row > int(g.rows)-rows || at.Col > int(g.cols)-cols {
		misusef("Grid.Sub", "the %dx%d rectangle at %v is not inside the %dx%d grid", rows, cols, at, int(g.rows), int(g.cols))
	}
	if rows == 0 || cols == 0 {
		return Grid[T]{}
	}
	cells := make([]T, 0, rows*cols)
	for r := at.Row; r < at.Row+rows; r++ {
		cells = append(cells, g.cells[r*int(g.cols)+at.Col:r*int(g.cols)+at.Col+cols]...)
	}
	return Grid[T]{int32(rows), int32(cols), cells}
}

// Pad returns g inside a border n cells wide of fill: a grid of Rows()+2n
// by Cols()+2n cells in which g's cell at p lies at p.Add(Pt(n, n)). It is
// room to grow for a simulation whose cells spread, and the inverse of
// [Grid.Sub] at Pt(n, n). It costs O(size of the result) and one
// allocation; n = 0 gives a copy of g, and an empty g a grid of 2n by 2n
// cells of fill. Pad panics if n is negative or the result would be too
// large for a Grid.
func (g Grid[T]) Pad(n int, fill T) Grid[T] {
	if n < 0 || n > maxCells {
		misusef("Grid.Pad", "border %d out of range", n)
	}
	rows, cols := int(g.rows)+2*n, int(g.cols)+2*n
	if int(g.rows) == 0 || int(g.cols) == 0 { // an empty grid has no inside to keep
		rows, cols = 2*n, 2*n
	}
	checkSize("Grid.Pad", rows, cols)
	cells := make([]T, rows*cols)
	for i := range cells {
		cells[i] = fill
	}
	for r := range int(g.rows) {
		copy(cells[(r+n)*cols+n:], g.cells[r*int(g.cols):(r+1)*int(g.cols)])
	}
	return Grid[T]{int32(rows), int32(cols), cells}
}

// remap builds a rows×cols grid whose cell (r, c) is g's cell at src(r, c).
func remap[T any](g Grid[T], rows, cols int, src func(r, c int) Point) Grid[T] {
	cells := make([]T, 0, len(g.cells))
	for r := range rows {
		for c := range cols {
			p := src(r, c)
			cells = append(cells, g.cells[p.Row*int(g.cols)+p.Col])
		}
	}
	return Grid[T]{int32(rows), int32(cols), cells}
}
