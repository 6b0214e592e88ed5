package grid

// Find returns the first point, row by row, whose cell equals v, and true;
// or the zero Point and false if there is none. It costs O(Rows*Cols).
func Find[T comparable](g Grid[T], v T) (Point, bool) {
	for i, c := range g.cells {
		if c == v {
			return g.PointAt(i), true
		}
	}
	return Point{}, false
}

// FindAll returns the points, row by row, whose cell equals v. It costs
// O(Rows*Cols) and returns nil if there are none.
func FindAll[T comparable](g Grid[T], v T) []Point {
	var out []Point
	for i, c := range g.cells {
		if c == v {
			out = append(out, g.PointAt(i))
		}
	}
	return out
}

// Count returns the number of cells equal to v.
func Count[T comparable](g Grid[T], v T) int {
	return g.CountFunc(func(c T) bool { return c == v })
}

// Equal reports whether a and b have the same size and equal cells.
func Equal[T comparable](a, b Grid[T]) bool {
	if a.rows != b.rows || a.cols != b.cols {
		return false
	}
	for i, v := range a.cells {
		if b.cells[i] != v {
			return false
		}
	}
	return true
}
