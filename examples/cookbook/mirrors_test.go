package cookbook

import (
	"math/rand/v2"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
)

// Mirror lines: the input is small maps of '#' and '.' separated by blank
// lines. A line between two rows, or between two columns, is a mirror if
// the map reads the same on both sides of it as far as the shorter side
// goes. A mirror scores the number of columns to its left, or 100 times
// the number of rows above it. Part 1 sums the scores of the mirrors of
// every map; part 2 sums the scores of the lines that would be mirrors if
// exactly one cell were changed (a smudge): those where exactly one pair of
// facing cells differs.

// mirrors returns the sum of the scores of the mirrors of the maps of the
// input, and of the lines where exactly one pair of facing cells differs.
func mirrors(input string) (clean, smudged int, err error) {
	for _, s := range grid.Sections(input) {
		g, err := s.Grid()
		if err != nil {
			return 0, 0, err
		}
		above, aboveSmudged := mirrorRows(g)
		left, leftSmudged := mirrorRows(g.Transpose()) // columns as rows
		clean += 100*above + left
		smudged += 100*aboveSmudged + leftSmudged
	}
	return clean, smudged, nil
}

// mirrorRows returns the sum of the numbers of rows above each mirror
// between rows of g, and the same for the lines with one smudge. It
// compares facing rows outwards from each line and stops at a second
// difference.
func mirrorRows(g grid.Grid[byte]) (clean, smudged int) {
	for at := 1; at < g.Rows(); at++ {
		diff := 0
		for k := 0; k < min(at, g.Rows()-at) && diff < 2; k++ {
			for c := range g.Cols() {
				if g.At(grid.Pt(at-1-k, c)) != g.At(grid.Pt(at+k, c)) {
					diff++
				}
			}
		}
		switch diff {
		case 0:
			clean += at
		case 1:
			smudged += at
		}
	}
	return clean, smudged
}

// genReflections returns n maps separated by blank lines, each of 1 to max
// rows and columns (at least 5 each when max allows): random cells,
// mirrored across one line between rows or columns placed at random, and
// then in one map of two a cell on one side of the line changed, so that
// the line needs a smudge; other lines of either kind come by chance.
func genReflections(rng *rand.Rand, n, most int) []string {
	var lines []string
	for i := range n {
		low := min(5, most)
		rows, cols := low+rng.IntN(most-low+1), low+rng.IntN(most-low+1)
		m := make([][]byte, rows)
		for r := range m {
			m[r] = make([]byte, cols)
			for c := range m[r] {
				m[r][c] = ".#"[rng.IntN(2)]
			}
		}
		// Mirror the rows (or, for a line between columns, the columns)
		// across the line before row at.
		across := rows
		if rng.IntN(2) == 0 {
			across = cols
		}
		if across > 1 {
			at := 1 + rng.IntN(across-1)
			cell := func(k, j int) *byte { // k across the line, j along it
				if across == rows {
					return &m[k][j]
				}
				return &m[j][k]
			}
			along := rows + cols - across
			for k := range min(at, across-at) {
				for j := range along {
					*cell(at+k, j) = *cell(at-1-k, j)
				}
			}
			if rng.IntN(2) == 0 {
				k := at + rng.IntN(min(at, across-at))
				c := cell(k, rng.IntN(along))
				*c = '.' + '#' - *c
			}
		}
		if i > 0 {
			lines = append(lines, "")
		}
		for _, row := range m {
			lines = append(lines, string(row))
		}
	}
	return lines
}

// refReflections is the reference: the maps split at blank lines, and for each
// line between rows or columns every pair of facing cells compared.
func refReflections(lines []string) [2]int {
	var out [2]int
	var maps [][]string
	var cur []string
	for _, l := range append(lines, "") {
		if l == "" {
			if len(cur) > 0 {
				maps = append(maps, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, l)
	}
	for _, m := range maps {
		rows, cols := len(m), len(m[0])
		score := func(diff, score int) {
			if diff < 2 {
				out[diff] += score
			}
		}
		for at := 1; at < rows; at++ {
			diff := 0
			for r := range rows {
				if o := 2*at - 1 - r; o >= 0 && o < rows {
					for c := range cols {
						if m[r][c] != m[o][c] {
							diff++
						}
					}
				}
			}
			score(diff/2, 100*at) // each pair is seen from both sides
		}
		for at := 1; at < cols; at++ {
			diff := 0
			for c := range cols {
				if o := 2*at - 1 - c; o >= 0 && o < cols {
					for r := range rows {
						if m[r][c] != m[r][o] {
							diff++
						}
					}
				}
			}
			score(diff/2, at)
		}
	}
	return out
}

// handReflections is the recipe on the text's lines, each map as a slice of
// its lines, with the columns compared in place rather than transposed.
func handReflections(input string) [2]int {
	var out [2]int
	lines := strings.Split(input, "\n")
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && lines[end] != "" {
			end++
		}
		m := lines[start:end]
		rows, cols := len(m), len(m[0])
		for at := 1; at < rows; at++ {
			diff := 0
			for k := 0; k < at && at+k < rows && diff < 2; k++ {
				a, b := m[at-1-k], m[at+k]
				for c := 0; c < cols; c++ {
					if a[c] != b[c] {
						diff++
					}
				}
			}
			if diff < 2 {
				out[diff] += 100 * at
			}
		}
		for at := 1; at < cols; at++ {
			diff := 0
			for k := 0; k < at && at+k < cols && diff < 2; k++ {
				for r := 0; r < rows; r++ {
					if m[r][at-1-k] != m[r][at+k] {
						diff++
					}
				}
			}
			if diff < 2 {
				out[diff] += at
			}
		}
		start = end + 1
	}
	return out
}

func mirrorsRecipe() recipe {
	return recipe{
		name:   "mirrors",
		shared: []string{"mirrors", "mirrorRows"},
		rows:   100, cols: 17, // rows maps of up to cols×cols
		refMax: 12,
		gen:    genReflections,
		ref:    refReflections,
		solveText: func(input string) ([2]int, error) {
			clean, smudged, err := mirrors(input)
			return [2]int{clean, smudged}, err
		},
		handText: handReflections,
	}
}
