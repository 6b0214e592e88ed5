package bitrows

import (
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
)

// Bounds returns the smallest rectangle holding every set bit, as its top
// left and bottom right corners, and true; or false if no bit is set. It
// costs O(words) and allocates nothing.
func (g *Grid) Bounds() (lo, hi grid.Point, ok bool) {
	// The first and last words set give the rows; the words of the rows
	// between, or-ed down each column of words, give the columns.
	first, last := -1, -1
	for j, x := range g.w {
		if x != 0 {
			first = j
			break
		}
	}
	if first < 0 {
		return grid.Point{}, grid.Point{}, false
	}
	for j := len(g.w) - 1; ; j-- {
		if g.w[j] != 0 {
			last = j
			break
		}
	}
	per := g.per
	lo.Row, hi.Row = first/per, last/per
	lo.Col, hi.Col = g.cols, -1
	band := g.w[lo.Row*per : (hi.Row+1)*per]
	for i := range per {
		var x uint64
		for j := i; j < len(band); j += per {
			x |= band[j]
		}
		if x != 0 {
			lo.Col = min(lo.Col, i*64+bits.TrailingZeros64(x))
			hi.Col = max(hi.Col, i*64+63-bits.LeadingZeros64(x))
		}
	}
	return lo, hi, true
}
