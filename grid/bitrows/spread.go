package bitrows

import (
	"slices"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Spread sets g to a with every set bit spread to its four neighbours
// (up, down, left and right, not past the edges) and returns g: the cells
// a breadth-first search reaches in one more step, or stays on, as the
// reachable set of a walker who may wait, 64 cells a word. It is the Or of
// a and its four one-cell Shifts, in one pass over the words. It costs
// O(words) and allocates nothing. It panics if g is a or the sizes differ.
func (g *Grid) Spread(a *Grid) *Grid {
	g.same("Spread", a)
	if g == a {
		misuse.Panicf("bitrows: Grid.Spread", "the receiver is also the argument")
	}
	per := g.per
	if per == 0 || g.rows == 0 {
		return g
	}
	// Each row spread left and right, a word's edge bits carried to its
	// neighbours; then every row takes the rows above and below it, as two
	// runs over the consecutive words.
	for r := range g.rows {
		row, out := a.w[r*per:(r+1)*per], g.w[r*per:(r+1)*per]
		carry := uint64(0) // the top bit of the word before, moved up
		for i, x := range row[:per-1] {
			out[i] = x | x<<1 | x>>1 | carry | row[i+1]<<63
			carry = x >> 63
		}
		x := row[per-1]
		out[per-1] = x | x<<1 | x>>1 | carry
	}
	n := len(g.w) - per
	below, above := a.w[per:], a.w[:n]
	for i := range n {
		g.w[i] |= below[i]
		g.w[i+per] |= above[i]
	}
	g.trim()
	return g
}

// SpreadAvoiding is [Grid.Spread] with the cells set in any of blocked
// cleared after: g is set to a spread to its four neighbours, less the
// blocked cells, and returned. It is one minute of a walk that may wait
// but may not be where a storm blows, as one pass over the words, where
// Spread, an Or of the storms and an AndNot take three. It costs O(words
// × (1 + len(blocked))) and allocates nothing. It panics if g is a or one
// of blocked, or any size differs; a blocked grid may be a.
func (g *Grid) SpreadAvoiding(a *Grid, blocked ...*Grid) *Grid {
	g.same("SpreadAvoiding", a)
	g.same("SpreadAvoiding", blocked...)
	if g == a || slices.Contains(blocked, g) {
		misuse.Panicf("bitrows: Grid.SpreadAvoiding", "the receiver is also an argument")
	}
	per, rows := g.per, g.rows
	if per <= 2 && len(blocked) <= 2 && rows > 0 {
		g.spreadAvoidingNarrow(a, blocked)
		return g
	}
	for r := range rows {
		at := r * per
		row, out := a.w[at:at+per], g.w[at:at+per]
		var up, down []uint64 // the rows above and below, if any
		if r > 0 {
			up = a.w[at-per : at]
		}
		if r < rows-1 {
			down = a.w[at+per : at+2*per]
		}
		carry := uint64(0) // the top bit of the word before, moved up
		for i, x := range row {
			v := x | x<<1 | x>>1 | carry
			carry = x >> 63
			if i+1 < per {
				v |= row[i+1] << 63
			}
			if up != nil {
				v |= up[i]
			}
			if down != nil {
				v |= down[i]
			}
			out[i] = v
		}
		// Then the row's blocked cells, a grid's row at a time.
		for _, b := range blocked {
			for i, x := range b.w[at : at+per] {
				out[i] &^= x
			}
		}
	}
	g.trim()
	return g
}

// spreadAvoidingNarrow is SpreadAvoiding for rows of one or two words and
// at most two blocked grids, as the valleys of a walk among winds are: a
// row is held in registers, and each word is made, masked and stored
// once.
func (g *Grid) spreadAvoidingNarrow(a *Grid, blocked []*Grid) {
	w := a.w
	var b0, b1 []uint64 // the blocked grids' words, none if not given
	if len(blocked) > 0 {
		b0 = blocked[0].w
	}
	if len(blocked) > 1 {
		b1 = blocked[1].w
	}
	out := g.w[:len(w)]
	if g.per == 1 {
		for i, x := range w {
			v := x | x<<1 | x>>1
			if i > 0 {
				v |= w[i-1]
			}
			if i+1 < len(w) {
				v |= w[i+1]
			}
			if len(b0) > i {
				v &^= b0[i]
			}
			if len(b1) > i {
				v &^= b1[i]
			}
			out[i] = v
		}
		g.trim()
		return
	}
	for i := 0; i+1 < len(w); i += 2 {
		lo, hi := w[i], w[i+1]
		vlo := lo | lo<<1 | lo>>1 | hi<<63
		vhi := hi | hi<<1 | hi>>1 | lo>>63
		if i > 0 {
			vlo |= w[i-2]
			vhi |= w[i-1]
		}
		if i+3 < len(w) {
			vlo |= w[i+2]
			vhi |= w[i+3]
		}
		if len(b0) > i+1 {
			vlo &^= b0[i]
			vhi &^= b0[i+1]
		}
		if len(b1) > i+1 {
			vlo &^= b1[i]
			vhi &^= b1[i+1]
		}
		out[i], out[i+1] = vlo, vhi
	}
	g.trim()
}
