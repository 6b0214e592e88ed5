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
// goes. It costs O(Rows*Cols) and two copies of the cells.
func tiltNorth(g grid.Grid[byte]) grid.Grid[byte] {
	rows := g.ToRows()
	for c := range g.Cols() {
		free := 0 // the row the next round rock in column c comes to rest in
		for r, row := range rows {
			switch row[c] {
			case fixed:
				free = r + 1
			case round:
				row[c] = empty
				rows[free][c] = round
				free++
			}
		}
	}
	t, err := grid.FromRows(rows)
	if err != nil {
		panic(err) // unreachable: rows has the shape of g
	}
	return t
}

// spin returns g after one spin cycle: tilted north, west, south and east.
//
// Rather than four tilting routines, it tilts north four times, turning the
// platform a quarter turn clockwise after each tilt: the turn brings the
// west edge to the top, then the south edge, then the east edge, and the
// fourth turn restores the platform as it was.
func spin(g grid.Grid[byte]) grid.Grid[byte] {
	for range 4 {
		g = tiltNorth(g).RotateCW()
	}
	return g
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
