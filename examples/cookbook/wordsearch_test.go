package cookbook

import (
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
)

// The word search: a rectangle of the letters X, M, A and S. Part 1 counts
// the places where XMAS reads in a straight line in any of the eight
// headings; part 2 counts the A cells whose two diagonals both read MAS,
// forwards or backwards.

// xmas returns how many times XMAS reads along a straight line in any of
// the eight headings, and how many A cells sit at the middle of two
// diagonal MAS. CountWords reads each line once, testing XMAS and its
// reverse; CountCrosses reads the diagonals through each A.
func xmas(g grid.Grid[byte]) (lines, crosses int) {
	return grid.CountWords(g, "XMAS"), grid.CountCrosses(g, "MAS")
}

// genLetters returns a rows×cols rectangle of letters drawn from XMAS, with
// more of the letters that make words than a uniform draw gives.
func genLetters(rng *rand.Rand, rows, cols int) []string {
	lines := make([]string, rows)
	for r := range lines {
		b := make([]byte, cols)
		for c := range b {
			b[c] = "XXMMMAAASS"[rng.IntN(10)]
		}
		lines[r] = string(b)
	}
	return lines
}

// refXmas is the reference: every cell, every heading, the four letters
// read one by one with a bounds check each; and every cell for the centre
// of a cross.
func refXmas(lines []string) [2]int {
	at := func(r, c int) byte {
		if r < 0 || r >= len(lines) || c < 0 || c >= len(lines[r]) {
			return 0
		}
		return lines[r][c]
	}
	var n [2]int
	for r := range lines {
		for c := range lines[r] {
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					word := string([]byte{at(r, c), at(r+dr, c+dc), at(r+2*dr, c+2*dc), at(r+3*dr, c+3*dc)})
					if (dr != 0 || dc != 0) && word == "XMAS" {
						n[0]++
					}
				}
			}
			d1 := string([]byte{at(r-1, c-1), at(r, c), at(r+1, c+1)})
			d2 := string([]byte{at(r-1, c+1), at(r, c), at(r+1, c-1)})
			if (d1 == "MAS" || d1 == "SAM") && (d2 == "MAS" || d2 == "SAM") {
				n[1]++
			}
		}
	}
	return n
}

// handXmas is the same work written by hand, as the fastest solutions do
// it: each line of the map read once in each of its four orientations,
// the last four letters kept in a word and compared with XMAS and SAMX;
// then the four corners of every inner cell holding an A, read by index.
func handXmas(cells []byte, rows, cols int) [2]int {
	lines := 0
	scan := func(i, step, n int) {
		var w uint32
		for k := range n {
			w = w<<8 | uint32(cells[i])
			i += step
			if k >= 3 && (w == 'X'<<24|'M'<<16|'A'<<8|'S' || w == 'S'<<24|'A'<<16|'M'<<8|'X') {
				lines++
			}
		}
	}
	for r := range rows {
		scan(r*cols, 1, cols)
	}
	for c := range cols {
		scan(c, cols, rows)
		scan(c, cols+1, min(rows, cols-c))
		scan(c, cols-1, min(rows, c+1))
	}
	for r := 1; r < rows; r++ {
		scan(r*cols, cols+1, min(rows-r, cols))
		scan(r*cols+cols-1, cols-1, min(rows-r, cols))
	}
	crosses := 0
	for r := 1; r < rows-1; r++ {
		for c := 1; c < cols-1; c++ {
			i := r*cols + c
			a, b := cells[i-cols-1], cells[i+cols+1]
			e, f := cells[i-cols+1], cells[i+cols-1]
			if cells[i] == 'A' && a^b == 'M'^'S' && e^f == 'M'^'S' && (a == 'M' || a == 'S') && (e == 'M' || e == 'S') {
				crosses++
			}
		}
	}
	return [2]int{lines, crosses}
}

func wordSearchRecipe() recipe {
	return recipe{
		name:   "wordsearch",
		shared: []string{"xmas"},
		rows:   140, cols: 140,
		refMax: 40,
		gen:    genLetters,
		solve: func(g grid.Grid[byte]) [2]int {
			lines, crosses := xmas(g)
			return [2]int{lines, crosses}
		},
		ref:  refXmas,
		hand: handXmas,
	}
}
