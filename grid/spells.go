package grid

import (
	"iter"
)

// Spells reports whether word reads from p in heading d: its first byte on
// p, its next one cell on in d, and so on, every cell inside g. Both ends
// of a straight line inside g keep the whole line inside, so it tests the
// bounds of the two ends once and then reads the cells by index, one step
// of d a byte: O(len(word)), where a walk.Ray tests every cell. An empty
// word reads on any p inside g. It panics, naming the call, if d is not a
// valid heading.
func Spells(g Grid[byte], p Point, d Dir, word string) bool {
	step := offset(d, int(g.cols), "grid: Spells") // panics on a bad heading
	if !g.In(p) || len(word) > 0 && !g.In(p.Add(dirDelta[d].Mul(len(word)-1))) {
		return false
	}
	i := g.Index(p)
	for k := range len(word) {
		if g.cells[i] != word[k] {
			return false
		}
		i += step
	}
	return true
}

// Words returns an iterator over every place word reads in g, in any of
// the eight headings: its first cell and its heading, first cells in
// reading order and, for each, headings in Dir order. A palindrome, or a
// word of one byte, reads in several headings from one cell, and each
// counts. It is the search of a word puzzle in one call: for each cell
// holding the word's first byte, each heading whose last cell lies inside
// g is read by index, one step apart, with no other bounds test; so it
// costs O(cells + matches of the first byte × 8 × len(word)) and
// allocates nothing. An empty word reads nowhere.
func Words(g Grid[byte], word string) iter.Seq2[Point, Dir] {
	return func(yield func(Point, Dir) bool) {
		if len(word) == 0 {
			return
		}
		rows, cols, n := int(g.rows), int(g.cols), len(word)-1
		var steps [8]int
		for d := range Dir(8) {
			steps[d] = g.Offset(d)
		}
		for i, v := range g.cells {
			if v != word[0] {
				continue
			}
			r, c := i/cols, i%cols
			inner := r >= n && r < rows-n && c >= n && c < cols-n // every heading fits
			for d := range Dir(8) {
				if !inner {
					delta := dirDelta[d]
					if er, ec := r+delta.Row*n, c+delta.Col*n; er < 0 || er >= rows || ec < 0 || ec >= cols {
						continue
					}
				}
				// The bytes' differences or-ed, eight at a time before a
				// test: no branch on each byte, which is cheaper than
				// stopping at the first difference, and a long word still
				// stops soon after one.
				diff, j := byte(0), i
				for k := 1; k <= n; k++ {
					j += steps[d]
					diff |= g.cells[j] ^ word[k]
					if k&7 == 0 && diff != 0 {
						break
					}
				}
				if diff == 0 && !yield(Point{r, c}, d) {
					return
				}
			}
		}
	}
}
