package testkit

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Walls returns a rows×cols map as rows of bytes: each cell is '#' with
// probability density and '.' otherwise. It draws one Float64 per cell, row
// by row.
func Walls(rng *rand.Rand, rows, cols int, density float64) [][]byte {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = '.'
			if rng.Float64() < density {
				m[r][c] = '#'
			}
		}
	}
	return m
}

// Bools returns a rows×cols map as rows of cells, each true (blocked) with
// probability density. It draws as [Walls] does, so a seed gives the same
// map in both forms.
func Bools(rng *rand.Rand, rows, cols int, density float64) [][]bool {
	m := make([][]bool, rows)
	for r := range m {
		m[r] = make([]bool, cols)
		for c := range m[r] {
			m[r][c] = rng.Float64() < density
		}
	}
	return m
}

// Letters returns rows×cols cells, each drawn uniformly from alphabet with
// one IntN per cell, row by row. Letters panics if alphabet is empty.
func Letters(rng *rand.Rand, rows, cols int, alphabet string) [][]byte {
	if alphabet == "" {
		panic("testkit: Letters called with an empty alphabet")
	}
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = alphabet[rng.IntN(len(alphabet))]
		}
	}
	return m
}

// Place writes each of glyphs on its own random cell of m, overwriting
// what was there: the guard of a patrol map, the start and end of a maze.
// It draws one IntN per glyph, and again while the cell drawn is taken.
// Place panics if m is ragged or has fewer cells than glyphs.
func Place(rng *rand.Rand, m [][]byte, glyphs ...byte) {
	cells := 0
	for _, row := range m {
		if len(row) != len(m[0]) {
			panic("testkit: Place called with a ragged map")
		}
		cells += len(row)
	}
	if cells < len(glyphs) {
		panic(fmt.Sprintf("testkit: Place called with %d glyphs for %d cells", len(glyphs), cells))
	}
	taken := make(map[int]bool, len(glyphs))
	for _, g := range glyphs {
		i := rng.IntN(cells)
		for taken[i] {
			i = rng.IntN(cells)
		}
		taken[i] = true
		m[i/len(m[0])][i%len(m[0])] = g
	}
}

// Text returns m as a map's text: each row on its own line, ended by '\n'.
func Text(m [][]byte) string {
	var b strings.Builder
	for _, row := range m {
		b.Write(row)
		b.WriteByte('\n')
	}
	return b.String()
}

// Quirky returns rows as text written the ways pasted and downloaded input
// comes: a byte order mark one time in four; each line ended at random by
// "\n", "\r\n" or "\r\r\n"; the last line sometimes with no ending or with a
// lone '\r'; and up to three blank lines after it. The grid parsers read
// every such text back as rows, as does a plain reader that drops the byte
// order mark, splits at '\n', trims '\r' from each line's end and drops the
// blank lines at the end.
func Quirky(rng *rand.Rand, rows []string) string {
	endings := []string{"\n", "\r\n", "\r\r\n"}
	var b strings.Builder
	if rng.IntN(4) == 0 {
		b.WriteString("\ufeff")
	}
	for i, row := range rows {
		b.WriteString(row)
		if i < len(rows)-1 || rng.IntN(3) > 0 {
			b.WriteString(endings[rng.IntN(len(endings))])
		} else if rng.IntN(2) == 0 {
			b.WriteString("\r") // a last line that ends in a lone '\r'
		}
	}
	for range rng.IntN(4) {
		b.WriteString(endings[rng.IntN(len(endings))])
	}
	return b.String()
}

// Lines returns the rows of text, the map's lines with their endings
// dropped and the blank lines before and after them left out, as the grid
// parsers read a map: the inverse of [Text], and of [Quirky] for rows that
// do not end in '\r'.
func Lines(text string) []string {
	text = strings.TrimPrefix(text, "\ufeff")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, "\r")
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	return lines
}
