package main

import (
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/samber/lo"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// parse reads a garden: one capital letter per plot. It refuses any other
// character, and the malformed text that grid.Parse refuses (ragged rows, a
// blank line inside, empty input), with the line and column of the fault.
// Rows are lines one to one, so a cell's point gives its line and column.
func parse(r io.Reader) (grid.Grid[byte], error) {
	g, err := grid.Parse(r)
	if err != nil {
		return grid.Grid[byte]{}, err
	}
	for p, c := range g.All() {
		if c < 'A' || c > 'Z' {
			return grid.Grid[byte]{}, fmt.Errorf("line %d, column %d: unknown plant %s (want a capital letter A-Z)", p.Row+1, p.Col+1, quote(c))
		}
	}
	return g, nil
}

// solve returns the fence price of the garden by perimeter (part 1) and by
// sides (part 2): the sums over its regions of area times perimeter and of
// area times the number of sides.
func solve(g grid.Grid[byte]) (part1, part2 int) {
	regions := walk.Regions(g)
	part1 = lo.SumBy(regions, func(r walk.Region) int { return r.Area() * r.Perimeter })
	part2 = lo.SumBy(regions, func(r walk.Region) int { return r.Area() * r.Sides })
	return part1, part2
}

// quote returns c quoted for an error message: as a Go character literal
// if it is ASCII, and as a hex escape if it is a byte of a longer UTF-8
// sequence, which would misprint as a character of its own.
func quote(c byte) string {
	if c < utf8.RuneSelf {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf(`'\x%02x'`, c)
}
