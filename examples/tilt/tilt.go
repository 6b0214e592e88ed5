package main

import (
	"fmt"
	"io"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/cycle"
)

// The three kinds of cell.
const (
	round = 'O' // a round rock, which rolls
	fixed = '#' // a fixed rock, which stays put
	empty = '.'
)

// spins is how many spin cycles part 2 asks about.
const spins = 1_000_000_000

// parse reads a platform. It refuses empty input, ragged rows and any cell
// other than 'O', '#' and '.', naming the line and column at fault.
func parse(r io.Reader) (grid.Grid[byte], error) {
	return grid.ParseFunc(r, func(_ grid.Point, c byte) (byte, error) {
		if c != round && c != fixed && c != empty {
			return 0, fmt.Errorf("unknown cell %s (want 'O', '#' or '.')", cli.Quote(c))
		}
		return c, nil
	})
}

// solve returns the answers to both parts for platform g.
func solve(g grid.Grid[byte]) (part1, part2 int) {
	return load(tiltNorth(g)), loadAfter(g, spins)
}

// tiltNorth returns g with every round rock rolled north (up) as far as it
// goes. It costs O(Rows*Cols) and one copy of the cells.
func tiltNorth(g grid.Grid[byte]) grid.Grid[byte] {
	m := g.Mutable()
	tilt(m, grid.Up)
	return m.Freeze()
}

// tilt rolls every round rock of m as far as it goes in heading d (Up,
// Left, Down or Right), in place: one routine for all four directions. It
// walks each line of cells along d, starting at the edge d faces and
// stepping away from it by the index offset of the opposite heading, and
// keeps the cell where the next round rock of the line comes to rest. It
// costs O(Rows*Cols) and allocates nothing.
func tilt(m *grid.Mutable[byte], d grid.Dir) {
	rows, cols := m.Rows(), m.Cols()
	back := -m.Offset(d) // from the edge d faces into the platform
	// The first line's first cell, how many lines, and the step from one
	// line's first cell to the next.
	first, lines, next, length := 0, cols, 1, rows // Up: columns, from row 0
	switch d {
	case grid.Down:
		first = (rows - 1) * cols
	case grid.Left:
		lines, next, length = rows, cols, cols
	case grid.Right:
		first, lines, next, length = cols-1, rows, cols, cols
	}
	for l := range lines {
		at := first + l*next
		free := at // where the next round rock of the line stops
		for range length {
			switch m.AtIndex(at) {
			case fixed:
				free = at + back
			case round:
				m.SetIndex(at, empty)
				m.SetIndex(free, round)
				free += back
			}
			at += back
		}
	}
}

// spin returns g after one spin cycle: tilted north, west, south and east,
// in place on one copy of its cells.
func spin(g grid.Grid[byte]) grid.Grid[byte] {
	m := g.Mutable()
	for _, d := range [4]grid.Dir{grid.Up, grid.Left, grid.Down, grid.Right} {
		tilt(m, d)
	}
	return m.Freeze()
}

// loadAfter returns the load on the north edge after n spin cycles of g.
//
// The platform has finitely many states and each depends only on the one
// before, so the spins fall into a cycle; [cycle.Record] spins until a
// state repeats one before it, keeping each state by its [grid.Key], and
// then reads state n off the cycle. The cost is one spin per state up to
// the cycle's start plus its period, however large n is.
func loadAfter(g grid.Grid[byte], n int) int {
	return load(cycle.Record(g, spin, grid.Key).Nth(n))
}

// load returns the total load on the north edge: each round rock adds the
// number of rows from its own to the south edge, its own included.
func load(g grid.Grid[byte]) int {
	total := 0
	for p, c := range g.All() {
		if c == round {
			total += g.Rows() - p.Row
		}
	}
	return total
}
