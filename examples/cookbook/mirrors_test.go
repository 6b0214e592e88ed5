package cookbook

import (
	"fmt"
	"math/bits"
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
// Each row and each column becomes a word of bits, '#' set, as the fastest
// published solutions keep them, so two facing lines differ in the bits of
// their XOR.
func mirrors(input string) (clean, smudged int, err error) {
	for _, s := range grid.Sections(input) {
		g, err := s.Grid()
		if err != nil {
			return 0, 0, err
		}
		if g.Rows() > 64 || g.Cols() > 64 {
			return 0, 0, fmt.Errorf("line %d: map of %d×%d, want at most 64 a side", s.Line, g.Rows(), g.Cols())
		}
		rows, cols := make([]uint64, g.Rows()), make([]uint64, g.Cols())
		for p, v := range g.All() {
			if v == '#' {
				rows[p.Row] |= 1 << p.Col
				cols[p.Col] |= 1 << p.Row
			}
		}
		above, aboveSmudged := mirrorLines(rows)
		left, leftSmudged := mirrorLines(cols)
		clean += 100*above + left
		smudged += 100*aboveSmudged + leftSmudged
	}
	return clean, smudged, nil
}

// mirrorLines returns the sum of the numbers of lines before each mirror
// between lines, and the same for the mirrors with one smudge. It compares
// facing lines outwards from each mirror, counting the bits that differ,
// and stops at a second difference.
func mirrorLines(lines []uint64) (clean, smudged int) {
	for at := 1; at < len(lines); at++ {
		diff := 0
		for k := 0; k < min(at, len(lines)-at) && diff < 2; k++ {
			diff += bits.OnesCount64(lines[at-1-k] ^ lines[at+k])
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

// handReflections is the recipe on the text's lines, each map's rows and
// columns as words of bits compared by XOR.
func handReflections(input string) [2]int {
	var out [2]int
	score := func(lines []uint64, weight int) {
		for at := 1; at < len(lines); at++ {
			diff := 0
			for k := 0; k < at && at+k < len(lines) && diff < 2; k++ {
				diff += bits.OnesCount64(lines[at-1-k] ^ lines[at+k])
			}
			if diff < 2 {
				out[diff] += weight * at
			}
		}
	}
	lines := strings.Split(input, "\n")
	var rows, cols []uint64
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && lines[end] != "" {
			end++
		}
		m := lines[start:end]
		rows, cols = rows[:0], append(cols[:0], make([]uint64, len(m[0]))...)
		for r, l := range m {
			row := uint64(0)
			for c := range len(l) {
				if l[c] == '#' {
					row |= 1 << c
					cols[c] |= 1 << r
				}
			}
			rows = append(rows, row)
		}
		score(rows, 100)
		score(cols, 1)
		start = end + 1
	}
	return out
}

func mirrorsRecipe() recipe {
	return recipe{
		name:   "mirrors",
		shared: []string{"mirrors", "mirrorLines"},
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
