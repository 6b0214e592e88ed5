package bitrows

import "github.com/gridsearch/gridsearch/internal/misuse"

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
