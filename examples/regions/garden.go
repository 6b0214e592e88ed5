package main

import (
	"fmt"
	"io"

	"github.com/samber/lo"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
	"github.com/gridsearch/gridsearch/grid"
)

// parse reads a garden with grid.ParseFunc: one capital letter per plot.
// It refuses any other character, and the malformed text that the parser
// refuses (ragged rows, a blank line inside, empty input), with a
// *grid.ParseError naming the line and column of the fault.
func parse(r io.Reader) (grid.Grid[byte], error) {
	return grid.ParseFunc(r, func(_ grid.Point, c byte) (byte, error) {
		if c < 'A' || c > 'Z' {
			return 0, fmt.Errorf("unknown plant %s (want a capital letter A-Z)", cli.Quote(c))
		}
		return c, nil
	})
}

// solve returns the fence price of the garden by perimeter (part 1) and by
// sides (part 2): the sums over its regions of area times perimeter and of
// area times the number of sides.
func solve(g grid.Grid[byte]) (part1, part2 int) {
	regions := grid.Outlines(g)
	part1 = lo.SumBy(regions, func(o grid.Outline) int { return o.Area * o.Perimeter })
	part2 = lo.SumBy(regions, func(o grid.Outline) int { return o.Area * o.Sides })
	return part1, part2
}
