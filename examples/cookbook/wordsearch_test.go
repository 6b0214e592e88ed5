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
// diagonal MAS. CountWords reads each line once each way round;
// CountCrosses reads the diagonals through each A.
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

// handXmas is xmas written with flat slices and explicit bounds checks.
func handXmas(cells []byte, rows, cols int) [2]int {
	steps := [8][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 1}, {1, 1}, {1, -1}, {-1, -1}}
	lines, crosses := 0, 0
	for r := range rows {
		for c := range cols {
			switch cells[r*cols+c] {
			case 'X':
				for _, d := range steps {
					k := 0
					for nr, nc := r+d[0], c+d[1]; nr >= 0 && nr < rows && nc >= 0 && nc < cols; nr, nc = nr+d[0], nc+d[1] {
						if cells[nr*cols+nc] != "MAS"[k] {
							break
						}
						if k++; k == 3 {
							lines++
							break
						}
					}
				}
			case 'A':
				if r == 0 || r == rows-1 || c == 0 || c == cols-1 {
					continue
				}
				a, b := cells[(r-1)*cols+c-1], cells[(r+1)*cols+c+1]
				e, f := cells[(r-1)*cols+c+1], cells[(r+1)*cols+c-1]
				if (a == 'M' && b == 'S' || a == 'S' && b == 'M') && (e == 'M' && f == 'S' || e == 'S' && f == 'M') {
					crosses++
				}
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
