package bitrows

import "github.com/gridsearch/gridsearch/internal/misuse"

// The row-level view: a rule that needs more than neighbour counts (who
// stands on which side, who proposes to move where) written as one loop
// over rows and their words, each word's cells and the cells around them
// in registers, as the fastest solutions write an automaton's step over
// rows of bits, rather than as dozens of whole-grid operations that each
// read and write every word:
//
//	for r := 1; r+1 < g.Rows(); r++ {
//		up, row, down := g.Row(r-1), g.Row(r), g.Row(r+1)
//		for w, x := range row {
//			left, right := bitrows.Beside(row, w)
//			crowded := x & (up[w] | down[w] | left | right) // set cells with a set neighbour across an edge
//			...
//		}
//	}

// Row returns the words of row r of g: word w holds the cells of columns
// 64w to 64w+63, column 64w+k at bit k, and the row takes (Cols()+63)/64
// words. The slice shares g's memory, so writing a word writes g; bits
// past the last column must stay clear, as every operation leaves them.
// It costs O(1) and allocates nothing, and inlines. It panics if r is not
// in [0, Rows()).
func (g *Grid) Row(r int) []uint64 {
	if uint(r) >= uint(g.rows) {
		panic(misuse.Index{Call: "bitrows: Grid.Row", Noun: "row", I: r, N: g.rows})
	}
	i := r * g.per
	return g.w[i : i+g.per : i+g.per]
}

// Beside returns the cells to the left and to the right of the cells of
// word w of row, lined up with them: bit k of left is the cell one column
// to the left of word w's bit k (in word w-1 for k = 0), and bit k of
// right the cell one column to its right (in word w+1 for k = 63). Cells
// past either end of the row read as clear. When the columns do not fill
// the last word, the bit of left just past the last column holds the last
// column's cell, so a word made from left and written back into a row must
// be masked to the row's columns, unless, as in a map with a margin, the
// last column is clear. With [Grid.Row] it gives a cell's eight neighbours
// as words: the row above's word and its Beside, the row's own Beside, and
// the row below's. It costs O(1) and inlines. For w outside [0, len(row))
// it panics as an index out of range does, without naming the call: the
// price of inlining.
func Beside(row []uint64, w int) (left, right uint64) {
	x := row[w]
	left, right = x<<1, x>>1
	if w > 0 {
		left |= row[w-1] >> 63
	}
	if w+1 < len(row) {
		right |= row[w+1] << 63
	}
	return left, right
}
