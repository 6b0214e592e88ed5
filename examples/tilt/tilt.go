package main

import (
	"fmt"
	"io"
	"slices"

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
	s := grid.NewSlides(g, fixed)
	north := rocksOf(g)
	s.Tilt(north, grid.Up)
	return load(north, g.Cols(), g.Rows()), loadAfter(g, spins)
}

// rocksOf returns the dense indices of the round rocks of g.
func rocksOf(g grid.Grid[byte]) []int32 {
	var rocks []int32
	for i := range g.Len() {
		if g.AtIndex(i) == round {
			rocks = append(rocks, int32(i))
		}
	}
	return rocks
}

// withRocks returns g with its round rocks where rocks says.
func withRocks(g grid.Grid[byte], rocks []int32) grid.Grid[byte] {
	m := g.Mutable()
	for i := range m.Len() {
		if m.AtIndex(i) == round {
			m.SetIndex(i, empty)
		}
	}
	for _, r := range rocks {
		m.SetIndex(int(r), round)
	}
	return m.Freeze()
}

// tiltNorth returns g with every round rock rolled north (up) as far as it
// goes.
func tiltNorth(g grid.Grid[byte]) grid.Grid[byte] {
	rocks := rocksOf(g)
	grid.NewSlides(g, fixed).Tilt(rocks, grid.Up)
	return withRocks(g, rocks)
}

// spinner returns the spin cycle of g's fixed rocks: a function from the
// round rocks' cells to their cells after tilts north, west, south and
// east, as a new slice. The fixed rocks' lanes are worked out once, by
// grid.NewSlides, so a tilt moves each round rock straight to the next
// free cell from its lane's end, never rolling it cell by cell: O(rocks)
// a tilt.
func spinner(g grid.Grid[byte]) func(rocks []int32) []int32 {
	s := grid.NewSlides(g, fixed)
	return func(rocks []int32) []int32 {
		next := slices.Clone(rocks)
		for _, d := range [4]grid.Dir{grid.Up, grid.Left, grid.Down, grid.Right} {
			s.Tilt(next, d)
		}
		return next
	}
}

// spin returns g after one spin cycle.
func spin(g grid.Grid[byte]) grid.Grid[byte] {
	return withRocks(g, spinner(g)(rocksOf(g)))
}

// loadAfter returns the load on the north edge after n spin cycles of g.
//
// The platform has finitely many states and each depends only on the one
// before, so the spins fall into a cycle; [cycle.Record] spins until a
// state repeats one before it, keeping each state, the round rocks'
// cells, by a key of the set of cells they fill, and then reads state n
// off the cycle. The cost is one spin per state up to the cycle's start
// plus its period, however large n is.
func loadAfter(g grid.Grid[byte], n int) int {
	return load(cycle.Record(rocksOf(g), spinner(g), keyOf(g.Len())).Nth(n), g.Cols(), g.Rows())
}

// keyOf returns a key for sets of cells of a map of cells cells: a bit a
// cell, so that the same set has the same key in any order.
func keyOf(cells int) func(rocks []int32) string {
	return func(rocks []int32) string {
		b := make([]byte, (cells+7)/8)
		for _, r := range rocks {
			b[r/8] |= 1 << (r % 8)
		}
		return string(b)
	}
}

// load returns the total load on the north edge of a platform rows high
// and cols wide whose round rocks are at the cells rocks: each adds the
// number of rows from its own to the south edge, its own included.
func load(rocks []int32, cols, rows int) int {
	total := 0
	for _, r := range rocks {
		total += rows - int(r)/cols
	}
	return total
}
