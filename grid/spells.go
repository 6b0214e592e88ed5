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

// CountWords returns how many places word reads in g, in any of the eight
// headings: the number of places [Words] yields, palindromes and words of
// one byte counted once a heading as there. For a word of at most eight
// bytes it reads each line of g once in each of the four orientations
// (rows, columns and the two diagonals) with the last len(word) bytes
// kept in a word, testing the word and its reverse at every cell, as the
// fastest published solutions count a word search: O(cells), no branch
// on a byte, no allocation. A longer word is counted by Words, O(cells +
// matches of the first byte × 8 × len(word)). An empty word reads
// nowhere.
func CountWords(g Grid[byte], word string) int {
	n := len(word)
	if n == 0 {
		return 0
	}
	if n > 8 {
		count := 0
		for range Words(g, word) {
			count++
		}
		return count
	}
	var fwd, rev uint64 // the word as its last n bytes read forwards, and backwards
	for k := range n {
		fwd = fwd<<8 | uint64(word[k])
		rev = rev<<8 | uint64(word[n-1-k])
	}
	rows, cols := int(g.rows), int(g.cols)
	count := 0
	for r := range rows {
		count += countLine(g.cells, r*cols, 1, cols, n, fwd, rev) // rows
	}
	for c := range cols {
		count += countLine(g.cells, c, cols, rows, n, fwd, rev) // columns
	}
	for c := range cols { // the diagonals from the top row
		count += countLine(g.cells, c, cols+1, min(rows, cols-c), n, fwd, rev) // down and right
		count += countLine(g.cells, c, cols-1, min(rows, c+1), n, fwd, rev)    // down and left
	}
	for r := 1; r < rows; r++ { // and from the left and right columns
		count += countLine(g.cells, r*cols, cols+1, min(rows-r, cols), n, fwd, rev)
		count += countLine(g.cells, r*cols+cols-1, cols-1, min(rows-r, cols), n, fwd, rev)
	}
	return count
}

// countLine counts the places where the last n bytes read, along the line
// of length cells from index i of cells, step apart, are fwd or rev (each
// n bytes, the first read highest).
func countLine(cells []byte, i, step, length, n int, fwd, rev uint64) int {
	if length < n {
		return 0
	}
	mask := ^uint64(0) >> (64 - 8*n)
	var window uint64
	for range n - 1 {
		window = window<<8 | uint64(cells[i])
		i += step
	}
	count := 0
	for range length - (n - 1) {
		window = (window<<8 | uint64(cells[i])) & mask
		i += step
		count += btoi(window == fwd) + btoi(window == rev)
	}
	return count
}

// CountCrosses returns how many cells of g are the middle of two
// readings of word that cross there, one along each diagonal (up-left to
// down-right, and up-right to down-left), each read either way: the
// crossed words of a word puzzle. The middle of a word of odd length n is
// its byte n/2; a word of even length has none, and crosses nowhere, as
// does an empty word. A three-letter word is tested at every inner cell,
// its four corners read by index with no branch; a longer one at each
// cell holding its middle byte far enough from the edge, each diagonal
// read by index: O(cells + matches of the middle byte × n), no
// allocation.
func CountCrosses(g Grid[byte], word string) int {
	n := len(word)
	if n%2 == 0 {
		return 0
	}
	rows, cols, h := int(g.rows), int(g.cols), n/2
	if rows < n || cols < n {
		return 0
	}
	down, anti := cols+1, cols-1 // the steps down-right and down-left
	count := 0
	if n == 3 {
		// The three-letter cross of a word puzzle, written out: every
		// inner cell tested with no branch, its four corners read by
		// index.
		a, m, b := word[0], word[1], word[2]
		for r := 1; r < rows-1; r++ {
			row := g.cells[r*cols-cols : r*cols+2*cols] // rows r-1 to r+1
			for c := 1; c < cols-1; c++ {
				i := cols + c
				ul, dr, ur, dl := row[i-down], row[i+down], row[i-anti], row[i+anti]
				one := btoi(ul == a)&btoi(dr == b) | btoi(ul == b)&btoi(dr == a)
				two := btoi(ur == a)&btoi(dl == b) | btoi(ur == b)&btoi(dl == a)
				count += btoi(row[i] == m) & one & two
			}
		}
		return count
	}
	for r := h; r < rows-h; r++ {
		for i := r*cols + h; i < r*cols+cols-h; i++ {
			if g.cells[i] != word[h] {
				continue
			}
			count += btoi(along(g.cells, i, down, word) && along(g.cells, i, anti, word))
		}
	}
	return count
}

// along reports whether word reads either way through index i of cells,
// its middle byte at i, the line step apart. The bytes' differences are
// or-ed, with no branch on a byte.
func along(cells []byte, i, step int, word string) bool {
	n := len(word)
	var fwd, rev byte
	j := i - n/2*step
	for k := range n {
		v := cells[j]
		fwd |= v ^ word[k]
		rev |= v ^ word[n-1-k]
		j += step
	}
	return fwd == 0 || rev == 0
}

// btoi is 1 for true and 0 for false, with no branch.
func btoi(b bool) int {
	var i int
	if b {
		i = 1
	}
	return i
}
