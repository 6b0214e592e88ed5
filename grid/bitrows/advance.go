package bitrows

import (
	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Advance moves every set bit of g one cell in heading d (Up, Right, Down
// or Left), wrapping round the edges as on a torus, where that cell is set
// in neither g nor other, all at once, and reports whether any bit moved.
// A bit whose cell ahead is taken stays. It is the step of a herd on a
// torus, the free cells, the movers and their move in one pass over the
// rows where the same with Nor, Rotate, And, AndNot and Or takes seven:
//
//	for step := 1; ; step++ {
//		e := east.Advance(grid.Right, south)
//		s := south.Advance(grid.Down, east)
//		if !e && !s {
//			return step // the first step on which nothing moves
//		}
//	}
//
// It costs O(words), one pass over each row's words, and allocates on the
// first call Up or Down only, two rows' worth of working memory that g
// keeps. It panics if other is g, d is not a cardinal heading, or the
// sizes differ.
func (g *Grid) Advance(d grid.Dir, other *Grid) bool {
	g.same("Advance", other)
	switch {
	case g == other:
		misuse.Panicf("bitrows: Grid.Advance", "the receiver is also the argument")
	case !d.Valid() || !d.Cardinal():
		misuse.Panicf("bitrows: Grid.Advance", "heading %v, want a cardinal one", d)
	}
	if g.rows == 0 || g.cols == 0 {
		return false
	}
	if d == grid.Up || d == grid.Down {
		if len(g.tmp) < 2*g.per {
			g.tmp = make([]uint64, 2*g.per)
		}
		return g.advanceRows(d == grid.Down, other)
	}
	return g.advanceCols(d == grid.Right, other)
}

// advanceCols is Advance within each row: to higher columns if right.
// It works a row in one pass over its words, the one-column rotations
// written out: the movers of the word that wraps round first, as their
// cell ahead is in the first word to change, then each word's movers,
// found from it and the word ahead before either changes, moved at once.
func (g *Grid) advanceCols(right bool, other *Grid) bool {
	per, n := g.per, g.cols
	if n == 1 {
		return false // a bit's cell ahead is its own
	}
	last := per - 1
	top := uint((n - 1) % 64) // the last column's bit in the last word
	mask := ^uint64(0)
	if n%64 != 0 {
		mask = uint64(1)<<(n%64) - 1
	}
	moved := uint64(0)
	if right && per == 3 {
		// Rows of 129 to 192 cells, as most puzzle maps have, moving
		// right as herds of the puzzles do: a row's three words and
		// their cells taken kept in registers.
		for r := range g.rows {
			h, o := g.w[3*r:3*r+3:3*r+3], other.w[3*r:3*r+3:3*r+3]
			h0, h1, h2 := h[0], h[1], h[2]
			f0, f1, f2 := h0|o[0], h1|o[1], h2|o[2]
			m2 := h2 &^ (f2>>1 | (f0&1)<<top)
			m0 := h0 &^ (f0>>1 | f1<<63)
			m1 := h1 &^ (f1>>1 | f2<<63)
			h[0] = h0&^m0 | m0<<1 | m2>>top&1
			h[1] = h1&^m1 | m1<<1 | m0>>63
			h[2] = (h2&^m2 | m2<<1 | m1>>63) & mask
			moved |= m0 | m1 | m2
		}
		return moved != 0
	}
	for r := range g.rows {
		h, o := g.w[r*per:(r+1)*per:(r+1)*per], other.w[r*per:(r+1)*per:(r+1)*per]
		if right {
			// The cell ahead of column c is c+1, and of the last column
			// the first: the last word's movers first, the bit of the
			// last column's going round to bit 0 of the first word.
			first := (h[0] | o[0]) & 1
			ml := h[last] &^ ((h[last]|o[last])>>1 | first<<top)
			carry := ml >> top & 1
			// Each word and its cells taken are read once, and kept
			// for the word before it.
			cur, full := h[0], h[0]|o[0]
			for i := range last {
				next := h[i+1]
				nextFull := next | o[i+1]
				m := cur &^ (full>>1 | nextFull<<63)
				h[i] = cur&^m | m<<1 | carry
				carry = m >> 63
				moved |= m
				cur, full = next, nextFull
			}
			h[last] = (h[last]&^ml | ml<<1 | carry) & mask
			moved |= ml
		} else {
			// The cell ahead of column c is c-1, and of the first column
			// the last: the first word's movers first, the bit of column
			// 0's going round to the last column, and the words from the
			// last down.
			m0 := h[0] &^ ((h[0]|o[0])<<1 | (h[last]|o[last])>>top&1)
			carry := (m0 & 1) << top
			cur, full := h[last], h[last]|o[last]
			for i := last; i > 0; i-- {
				next := h[i-1]
				nextFull := next | o[i-1]
				m := cur &^ (full<<1 | nextFull>>63)
				h[i] = cur&^m | m>>1 | carry
				carry = (m & 1) << 63
				moved |= m
				cur, full = next, nextFull
			}
			h[0] = h[0]&^m0 | m0>>1 | carry
			h[last] &= mask
			moved |= m0
		}
	}
	return moved != 0
}

// advanceRows is Advance from row to row: to higher rows if down. It
// streams down the rows in the order of the move, in one pass over each:
// a row's movers, found from it and the row ahead before either changes,
// are carried to the next row in a row of words, as the fastest published
// solutions step a herd. The movers of the row that wraps round are found
// first, as their row ahead is the first to change. (A loop over all the
// words as one array, the carry taken round a row's words, was as fast in
// one build and half as slow again in others, from one run to the next.)
func (g *Grid) advanceRows(down bool, other *Grid) bool {
	per, n := g.per, g.rows
	if n == 1 {
		// The row moves onto itself: a bit's cell ahead is its own, taken
		// by itself, so nothing moves.
		return false
	}
	// carry holds the movers into the row being stepped, a word for each
	// word of a row; taken0 the cells of the first row in the order of the
	// move taken before the step, which the last moves into.
	w, ow, size := g.w, other.w, n*per
	carry, taken0 := g.tmp[:per], g.tmp[per:2*per]
	first, last := 0, size-per // the first and last rows' first words, in the order of the move
	if !down {
		first, last = last, first
	}
	moved := uint64(0)
	for i := range per {
		taken0[i] = w[first+i] | ow[first+i]
		carry[i] = w[last+i] &^ taken0[i]
		moved |= carry[i]
	}
	// Row after row in the order of the move, each with the row ahead.
	stride := per
	if !down {
		stride = -per
	}
	if per == 3 {
		// Rows of 129 to 192 cells, as most puzzle maps have: the
		// carry's three words kept in registers.
		c0, c1, c2 := carry[0], carry[1], carry[2]
		for a := first; a != last; a += stride {
			b := a + stride
			x, y := w[a:a+3:a+3], w[b:b+3:b+3]
			t0, t1, t2 := y[0]|ow[b], y[1]|ow[b+1], y[2]|ow[b+2] // the row ahead, not yet stepped
			o0, o1, o2 := x[0]&^t0, x[1]&^t1, x[2]&^t2
			x[0], x[1], x[2] = c0|x[0]&t0, c1|x[1]&t1, c2|x[2]&t2
			c0, c1, c2 = o0, o1, o2
			moved |= o0 | o1 | o2
		}
		carry[0], carry[1], carry[2] = c0, c1, c2
	} else {
		for a := first; a != last; a += stride {
			b := a + stride
			for i := range per {
				taken := w[b+i] | ow[b+i] // the row ahead, not yet stepped
				x := w[a+i]
				out := x &^ taken
				w[a+i] = carry[i] | x&taken
				carry[i] = out
				moved |= out
			}
		}
	}
	for i := range per {
		w[last+i] = carry[i] | w[last+i]&taken0[i]
	}
	return moved != 0
}
