package grid

import "iter"

// Matches returns an iterator over the points of g where pat lies, its top
// left cell on the point: every cell of pat equals the cell of g under it,
// except the cells of pat that hold wild, which match anything. Points in
// reading order; places where pat would stick out of g are not tried. Pass
// a [View] to look for the pattern turned or mirrored, without copying it.
//
// Matches reads pat once, keeping the positions of its cells that are not
// wild (one allocation), and then costs O(those cells) at each point of g
// at worst, stopping at the first cell that differs.
func Matches[T comparable, R Reader[T]](g Grid[T], pat R, wild T) iter.Seq[Point] {
	type want struct {
		off int // index offset in g from the pattern's top left
		v   T
	}
	var cells []want
	cols := int(g.cols)
	for r := range pat.Rows() {
		for c := range pat.Cols() {
			if v := pat.At(Point{r, c}); v != wild {
				cells = append(cells, want{r*cols + c, v})
			}
		}
	}
	rows, pr, pc := int(g.rows), pat.Rows(), pat.Cols()
	return func(yield func(Point) bool) {
		for r := 0; r+pr <= rows; r++ {
		points:
			for c := 0; c+pc <= cols; c++ {
				base := r*cols + c
				for _, w := range cells {
					if g.cells[base+w.off] != w.v {
						continue points
					}
				}
				if !yield(Point{r, c}) {
					return
				}
			}
		}
	}
}
