package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// A puzzle is a parsed map: its cells and how the guard starts.
type puzzle struct {
	cells   grid.Grid[byte]
	blocked func(grid.Point) bool // reports the '#' cells
	start   walk.State
}

// parse reads a map. It refuses unknown characters, a missing guard and a
// second guard, with the line and column of the fault.
//
// It reads with grid.Parse, which copies whole rows, and then checks the
// cells in one pass, rather than with grid.ParseFunc, whose call per cell
// would cost more than the whole part-1 walk. Rows are lines one to one
// (grid.Parse refuses blank lines before the last row), so a cell's point
// gives its line and column.
func parse(r io.Reader) (puzzle, error) {
	g, err := grid.Parse(r)
	if err != nil {
		return puzzle{}, err
	}
	pz := puzzle{cells: g, blocked: func(p grid.Point) bool { return g.At(p) == '#' }}
	found := false
	for p, c := range g.All() {
		if c == '.' || c == '#' {
			continue
		}
		d, ok := grid.DirOf(rune(c))
		if !ok || c != d.Glyph() {
			return puzzle{}, fmt.Errorf("line %d, column %d: unknown cell %q (want '.', '#' or one of ^>v<)", p.Row+1, p.Col+1, c)
		}
		if found {
			return puzzle{}, fmt.Errorf("line %d, column %d: second guard; the first is at line %d, column %d",
				p.Row+1, p.Col+1, pz.start.Pos.Row+1, pz.start.Pos.Col+1)
		}
		pz.start, found = walk.State{Pos: p, Dir: d}, true
	}
	if !found {
		return puzzle{}, errors.New("no guard on the map (want one of ^>v<)")
	}
	return pz, nil
}
