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
// It costs O(words), and allocates on the first call only, a row's worth
// of working memory that g keeps. It panics if other is g, d is not a
// cardinal heading, or the sizes differ.
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
	if len(g.tmp) < 3*g.per {
		g.tmp = make([]uint64, 3*g.per)
	}
	if d == grid.Up || d == grid.Down {
		return g.advanceRows(d == grid.Down, other)
	}
	return g.advanceCols(d == grid.Right, other)
}

// advanceCols is Advance within each row: to higher columns if right.
// It works a row at a time in two passes over its words, with the
// one-column rotations written out: the movers, whose cell ahead is free,
// then the movers moved.
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
	move := g.tmp[:per]
	moved := false
	for r := range g.rows {
		h, o := g.w[r*per:(r+1)*per], other.w[r*per:(r+1)*per]
		any := uint64(0)
		if right {
			// The cell ahead of column c is c+1, and of the last column
			// the first.
			for i := range last {
				ahead := (h[i]|o[i])>>1 | (h[i+1]|o[i+1])<<63
				move[i] = h[i] &^ ahead
				any |= move[i]
			}
			ahead := (h[last]|o[last])>>1 | ((h[0]|o[0])&1)<<top
			move[last] = h[last] &^ ahead
			any |= move[last]
		} else {
			// The cell ahead of column c is c-1, and of the first column
			// the last.
			ahead := (h[0]|o[0])<<1 | ((h[last] | o[last]) >> top & 1)
			move[0] = h[0] &^ ahead
			any |= move[0]
			for i := 1; i < per; i++ {
				ahead := (h[i]|o[i])<<1 | (h[i-1]|o[i-1])>>63
				move[i] = h[i] &^ ahead
				any |= move[i]
			}
		}
		if any == 0 {
			continue
		}
		moved = true
		if right {
			wrap := move[last] >> top & 1
			for i := last; i > 0; i-- {
				h[i] = h[i]&^move[i] | move[i]<<1 | move[i-1]>>63
			}
			h[0] = h[0]&^move[0] | move[0]<<1 | wrap
		} else {
			wrap := move[0] & 1
			for i := range last {
				h[i] = h[i]&^move[i] | move[i]>>1 | move[i+1]<<63
			}
			h[last] = h[last]&^move[last] | move[last]>>1 | wrap<<top
		}
		h[last] &= mask
	}
	return moved
}

// advanceRows is Advance from row to row: to higher rows if down. Each
// row's movers are found from its own row and the one ahead before either
// changes; the movers of the row that wraps round are found first, as
// their row ahead is the first to change.
func (g *Grid) advanceRows(down bool, other *Grid) bool {
	per, n := g.per, g.rows
	row := func(k int) int { // the k-th row in the order of the move
		if down {
			return k
		}
		return n - 1 - k
	}
	// movers returns into dst the bits of row a whose cell in row b is
	// free, and whether there are any.
	movers := func(dst []uint64, a, b int) bool {
		h, hb, ob := g.w[a*per:(a+1)*per], g.w[b*per:(b+1)*per], other.w[b*per:(b+1)*per]
		any := uint64(0)
		for i := range per {
			dst[i] = h[i] &^ (hb[i] | ob[i])
			any |= dst[i]
		}
		return any != 0
	}
	if n == 1 {
		// The row moves onto itself: a bit's cell ahead is its own, taken
		// by itself, so nothing moves.
		return false
	}
	prev, cur, wrapped := g.tmp[:per], g.tmp[per:2*per], g.tmp[2*per:3*per]
	moved := movers(wrapped, row(n-1), row(0)) // the row that wraps round, first
	copy(prev, wrapped)
	for k := range n {
		r := row(k)
		if k == n-1 {
			copy(cur, wrapped)
		} else if movers(cur, r, row(k+1)) {
			moved = true
		}
		h := g.w[r*per : (r+1)*per]
		for i := range per {
			h[i] = h[i]&^cur[i] | prev[i]
		}
		prev, cur = cur, prev
	}
	return moved
}
