package bitrows

import (
	"iter"
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
)

// Matches returns an iterator over the points of g where pat lies, its top
// left cell on the point: every bit set in pat is set in g under it, and
// pat's clear bits match anything, as the wildcards of [grid.Matches] do.
// Points come in reading order; places where pat would stick out of g are
// not tried, and a pattern with no rows or no columns matches nowhere. To
// look for a pattern turned or mirrored, make a Grid of each orientation
// (From of grid.Grid.Orient's View, materialised).
//
// It works a row of places at a time: for each set bit of pat, the row of
// g under it, shifted by the bit's column, is and-ed into the places still
// possible, 64 places a word. It costs O(Rows(g) * set bits of pat *
// Cols(g)/64) at worst, stopping a row of places once none is left, and
// two allocations a range (one when pat has no set bit).
func (g *Grid) Matches(pat *Grid) iter.Seq[grid.Point] {
	return func(yield func(grid.Point) bool) {
		if pat.rows == 0 || pat.cols == 0 || pat.rows > g.rows || pat.cols > g.cols {
			return
		}
		// A set cell of pat: its row, and its column as a word and a bit.
		type cell struct {
			row, word int
			bit       uint
		}
		set := make([]cell, 0, pat.Count())
		for k := range pat.rows {
			for i, word := range pat.w[k*pat.per : (k+1)*pat.per] {
				for word != 0 {
					set = append(set, cell{k, i, uint(bits.TrailingZeros64(word))})
					word &= word - 1
				}
			}
		}
		places := g.cols - pat.cols + 1 // columns the pattern's left edge can take
		if g.per <= 2 {
			// Rows of up to 128 cells, as most puzzle maps have: the
			// places still matching are two words kept in registers.
			for r := 0; r+pat.rows <= g.rows; r++ {
				a0, a1 := mask(places), mask(places-64)
				for _, s := range set {
					// The row's words from the cell's word on, shifted
					// down by the cell's bit: x1 is 0 past the row's end.
					at, end := (r+s.row)*g.per+s.word, (r+s.row+1)*g.per
					x0, x1 := g.w[at]>>s.bit, uint64(0)
					if at+1 < end {
						x0 |= g.w[at+1] << (64 - s.bit) // nothing when bit is 0: a shift by 64 gives 0
						x1 = g.w[at+1] >> s.bit
					}
					if a0, a1 = a0&x0, a1&x1; a0|a1 == 0 {
						break
					}
				}
				for i, word := range [2]uint64{a0, a1} {
					for word != 0 {
						if !yield(grid.Pt(r, i*64+bits.TrailingZeros64(word))) {
							return
						}
						word &= word - 1
					}
				}
			}
			return
		}
		acc := make([]uint64, g.per)
		for r := 0; r+pat.rows <= g.rows; r++ {
			for i := range acc {
				acc[i] = mask(places - i*64)
			}
			for _, s := range set {
				if !andShifted(acc, g.w[(r+s.row)*g.per+s.word:(r+s.row+1)*g.per], s.bit) {
					break
				}
			}
			for i, word := range acc {
				for word != 0 {
					if !yield(grid.Pt(r, i*64+bits.TrailingZeros64(word))) {
						return
					}
					word &= word - 1
				}
			}
		}
	}
}

// mask returns a word with its low n bits set, for n in any range: none
// below 0, all from 64.
func mask(n int) uint64 {
	switch {
	case n <= 0:
		return 0
	case n >= 64:
		return ^uint64(0)
	}
	return 1<<n - 1
}

// andShifted ands into acc the row of bits shifted down by s places (bit
// x of the result is bit x+s of row, 0 past its end), for s below 64, and
// reports whether any bit of acc is left. Matches passes the row from the
// word of a pattern cell's column, and the column's bit in that word.
func andShifted(acc, row []uint64, s uint) bool {
	any := uint64(0)
	for i := range acc {
		var w uint64
		if i < len(row) {
			w = row[i] >> s
			if i+1 < len(row) {
				w |= row[i+1] << (64 - s) // nothing when s is 0: a shift by 64 gives 0
			}
		}
		acc[i] &= w
		any |= acc[i]
	}
	return any != 0
}

// OrAt sets in g every bit that pat has set, with pat's top left cell at
// at: bit (r, c) of pat sets bit at+(r, c) of g. Bits that land outside g
// are dropped, so at may lie anywhere. It marks what a match of
// [Grid.Matches] covers, a pattern's worth of rows at once; g and pat may
// be the same Grid only with at (0, 0). It returns g, and costs
// O(Rows(pat) * Cols(g)/64), with no allocation.
func (g *Grid) OrAt(pat *Grid, at grid.Point) *Grid {
	for k := max(0, -at.Row); k < pat.rows && at.Row+k < g.rows; k++ {
		r := at.Row + k
		orShiftRow(g.w[r*g.per:(r+1)*g.per], pat.w[k*pat.per:(k+1)*pat.per], at.Col, g.cols)
	}
	return g
}
