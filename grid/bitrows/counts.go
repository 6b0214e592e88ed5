package bitrows

import "github.com/gridsearch/gridsearch/internal/misuse"

// Counts holds, for every cell of a grid of bits, how many of its
// neighbours are set: a number from 0 to 8 kept as four bit planes, plane
// k holding bit k of every cell's count, 64 cells to a word. It is the
// neighbour count of a two-state automaton done the way the fastest
// solutions do it, a whole row of words at a time with adders made of bit
// operations (a bit-sliced adder), rather than cell by cell:
//
//	var n bitrows.Counts
//	n.Count8(trees)              // trees around each cell
//	grow := n.AtLeast(tmp, 3)    // cells with three or more
//
// [Counts.Count8] and [Counts.Count4] fill it from a grid; [Counts.AtLeast]
// and [Counts.Exactly] read it back as a grid of the cells whose count
// passes a test, for And, Or and AndNot to combine into the next state.
// Each costs O(words) with no allocation once the Counts has grown to the
// grid's size. The zero Counts is ready to fill. A Counts belongs to one
// goroutine at a time.
type Counts struct {
	rows, cols, per int
	plane           [4][]uint64
	t0, t1          []uint64 // Count8's working memory: each row's 2-bit sums of three
}

// size makes c the size of g, allocating only if it has never been this
// large.
func (c *Counts) size(g *Grid) {
	c.rows, c.cols, c.per = g.rows, g.cols, g.per
	for k := range c.plane {
		if cap(c.plane[k]) < len(g.w) {
			c.plane[k] = make([]uint64, len(g.w))
		}
		c.plane[k] = c.plane[k][:len(g.w)]
	}
}

// Count8 sets c to the number of set bits among the eight neighbours of
// each cell of g, cells outside g counting as clear, and returns c.
func (c *Counts) Count8(g *Grid) *Counts {
	c.size(g)
	if g.per == 1 {
		c.count8Narrow(g)
		return c
	}
	if cap(c.t0) < len(g.w) {
		c.t0, c.t1 = make([]uint64, len(g.w)), make([]uint64, len(g.w))
	}
	t0, t1, per := c.t0[:len(g.w)], c.t1[:len(g.w)], g.per
	// First each cell's sum of itself and its left and right neighbours,
	// 0 to 3, as two bits: a full adder.
	for r := range g.rows {
		row := g.w[r*per : (r+1)*per]
		for i, x := range row {
			l, rt := Beside(row, i)
			t0[r*per+i], t1[r*per+i] = l^x^rt, l&x|l&rt|x&rt
		}
	}
	// Then the sums of the rows above and below, and the own row's sum
	// less the cell itself, added.
	for j, x := range g.w {
		var a0, a1, c0, c1 uint64
		if j >= per {
			a0, a1 = t0[j-per], t1[j-per]
		}
		if j+per < len(g.w) {
			c0, c1 = t0[j+per], t1[j+per]
		}
		// The own row less the cell: subtracting 1 where x is set flips
		// bit 0, and leaves bit 1 set only if the sum was 3.
		b0, b1 := t0[j]^x, t1[j]&(t0[j]|^x)
		// The three 2-bit sums added: bit 0, then the four bits of
		// weight 2 (three rows' and bit 0's carry).
		s0 := a0 ^ b0 ^ c0
		k0 := a0&b0 | a0&c0 | b0&c0
		t := a1 ^ b1 ^ c1
		m := a1&b1 | a1&c1 | b1&c1
		s1 := t ^ k0
		k1 := t & k0
		c.plane[0][j], c.plane[1][j], c.plane[2][j], c.plane[3][j] = s0, s1, m^k1, m&k1
	}
	return c
}

// count8Narrow is Count8 for rows of one word: one pass down the rows,
// each row's sums of three made once and kept for the rows around it.
func (c *Counts) count8Narrow(g *Grid) {
	w := g.w
	p0, p1, p2, p3 := c.plane[0][:len(w)], c.plane[1][:len(w)], c.plane[2][:len(w)], c.plane[3][:len(w)]
	// a and b are the row above's and this row's sums of three, bits 0
	// and 1; the row below's are made as each row is reached.
	var a0, a1, b0, b1 uint64
	if len(w) > 0 {
		x := w[0]
		l, r := x<<1, x>>1
		b0, b1 = l^x^r, l&x|l&r|x&r
	}
	for j, x := range w {
		var c0, c1 uint64
		if j+1 < len(w) {
			y := w[j+1]
			l, r := y<<1, y>>1
			c0, c1 = l^y^r, l&y|l&r|y&r
		}
		// The own row less the cell, then the three 2-bit sums added, as
		// in Count8.
		m0, m1 := b0^x, b1&(b0|^x)
		s0 := a0 ^ m0 ^ c0
		k0 := a0&m0 | a0&c0 | m0&c0
		t := a1 ^ m1 ^ c1
		m := a1&m1 | a1&c1 | m1&c1
		k1 := t & k0
		p0[j], p1[j], p2[j], p3[j] = s0, t^k0, m^k1, m&k1
		a0, a1, b0, b1 = b0, b1, c0, c1
	}
}

// Count4 sets c to the number of set bits among the four cardinal
// neighbours of each cell of g, cells outside g counting as clear, and
// returns c.
func (c *Counts) Count4(g *Grid) *Counts {
	c.size(g)
	per := g.per
	for r := range g.rows {
		mid := g.w[r*per : (r+1)*per]
		for i := range per {
			var u, d uint64
			if r > 0 {
				u = g.w[(r-1)*per+i]
			}
			if r+1 < g.rows {
				d = g.w[(r+1)*per+i]
			}
			l, rt := Beside(mid, i)
			// Two half adders, then their sums added.
			p0, p1 := l^rt, l&rt
			q0, q1 := u^d, u&d
			s0, k0 := p0^q0, p0&q0
			t := p1 ^ q1
			j := r*per + i
			c.plane[0][j], c.plane[1][j], c.plane[2][j], c.plane[3][j] = s0, t^k0, p1&q1|t&k0, 0
		}
	}
	return c
}

// AtLeast sets dst to the cells whose count is k or more, and returns dst.
// It panics if dst is not the size of the grid c was filled from.
func (c *Counts) AtLeast(dst *Grid, k int) *Grid {
	c.check("AtLeast", dst)
	switch {
	case k <= 0:
		return dst.Not(dst.clear())
	case k > 8:
		return dst.clear()
	}
	c.atLeast(dst, k)
	return dst
}

// Exactly sets dst to the cells whose count is k, and returns dst. It
// panics if dst is not the size of the grid c was filled from.
func (c *Counts) Exactly(dst *Grid, k int) *Grid {
	c.check("Exactly", dst)
	if k < 0 || k > 8 {
		return dst.clear()
	}
	c.compare(dst, k, false)
	return dst
}

// compare sets dst to the cells whose count equals k, or, with above, is
// k or more, for k in [0, 15]. It compares the planes from the highest
// down, as a comparator does, without a branch: where k's bit is 1 a cell
// stays equal only if its bit is 1 too, and where it is 0 a cell whose
// bit is 1 is above k from there on.
func (c *Counts) compare(g *Grid, k int, above bool) {
	dst := g.w
	n := len(dst)
	p3, p2, p1, p0 := c.plane[3][:n], c.plane[2][:n], c.plane[1][:n], c.plane[0][:n]
	// All ones where k's bit is 1.
	m3, m2, m1, m0 := -uint64(k>>3&1), -uint64(k>>2&1), -uint64(k>>1&1), -uint64(k&1)
	var keepGT uint64
	if above {
		keepGT = ^uint64(0)
	}
	tail := ^uint64(0) // the columns of a row's last word
	if g.cols%64 != 0 {
		tail = 1<<(g.cols%64) - 1
	}
	for j, end := 0, g.per; j < n; end += g.per {
		for ; j < end; j++ {
			gt, eq := p3[j]&^m3, ^(p3[j] ^ m3)
			gt |= eq & p2[j] &^ m2
			eq &^= p2[j] ^ m2
			gt |= eq & p1[j] &^ m1
			eq &^= p1[j] ^ m1
			gt |= eq & p0[j] &^ m0
			eq &^= p0[j] ^ m0
			dst[j] = gt&keepGT | eq
		}
		dst[j-1] &= tail
	}
}

// atLeast sets g to the cells whose count is k or more, for k in [1, 8],
// a word at a time by [Count.AtLeast]: one pass, a few operations a word.
func (c *Counts) atLeast(g *Grid, k int) {
	dst := g.w
	p0, p1, p2, p3 := c.plane[0][:len(dst)], c.plane[1][:len(dst)], c.plane[2][:len(dst)], c.plane[3][:len(dst)]
	for j := range dst {
		dst[j] = Count{p0[j], p1[j], p2[j], p3[j]}.AtLeast(k)
	}
	g.trim()
}

// check panics for call unless dst has the size of the grid c counts.
func (c *Counts) check(call string, dst *Grid) {
	if dst.rows != c.rows || dst.cols != c.cols {
		misuse.Panicf("bitrows: Counts."+call, "grid %dx%d, counts of %dx%d", dst.rows, dst.cols, c.rows, c.cols)
	}
}

// clear clears every bit of g and returns g.
func (g *Grid) clear() *Grid {
	clear(g.w)
	return g
}
