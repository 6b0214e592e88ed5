package bitrows

import (
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
)

// Bounds returns the smallest rectangle holding every set bit, as its top
// left and bottom right corners, and true; or false if no bit is set. It
// costs O(words) and allocates nothing.
func (g *Grid) Bounds() (lo, hi grid.Point, ok bool) {
	lo.Row, hi.Row = -1, -1
	lo.Col, hi.Col = g.cols, -1
	for r := range g.rows {
		row := g.w[r*g.per : (r+1)*g.per]
		first, last := -1, -1
		for i, x := range row {
			if x == 0 {
				continue
			}
			if first < 0 {
				first = i*64 + bits.TrailingZeros64(x)
			}
			last = i*64 + 63 - bits.LeadingZeros64(x)
		}
		if first < 0 {
			continue
		}
		if lo.Row < 0 {
			lo.Row = r
		}
		hi.Row = r
		lo.Col, hi.Col = min(lo.Col, first), max(hi.Col, last)
	}
	if lo.Row < 0 {
		return grid.Point{}, grid.Point{}, false
	}
	return lo, hi, true
}
