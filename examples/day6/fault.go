package main

import (
	"errors"
	"fmt"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
	"github.com/gridsearch/gridsearch/grid"
)

// errNoGuard reports a map with no guard on it.
var errNoGuard = errors.New("no guard on the map (want one of ^>v<)")

// fault returns the first fault of a map that holds no guard, two guards
// or an unknown cell: a *grid.ParseError naming the line and column of the
// cell at fault, or errNoGuard.
//
// parse reads with grid.Parse, which copies whole rows, and checks the
// cells with grid.Count and grid.Find, which scan a Grid[byte] many cells
// at a time. grid.ParseFunc, which calls a function per cell, would
// locate a fault itself, but its calls cost more than the whole part-1
// walk. So only a faulty map pays for this cell-by-cell pass, which finds
// the fault as ParseFunc would: rows are lines one to one (the parser
// refuses blank lines inside the grid), so a cell's point gives its line
// and column.
func fault(g grid.Grid[byte]) error {
	var guard grid.Point
	found := false
	for p, c := range g.All() {
		if c == '.' || c == '#' {
			continue
		}
		var err error
		switch d, ok := grid.DirOf(rune(c)); {
		case !ok || c != d.Glyph():
			err = fmt.Errorf("unknown cell %s (want '.', '#' or one of ^>v<)", cli.Quote(c))
		case found:
			err = fmt.Errorf("second guard; the first is at line %d, column %d", guard.Row+1, guard.Col+1)
		default:
			guard, found = p, true
			continue
		}
		return &grid.ParseError{Line: p.Row + 1, Col: p.Col + 1, Err: err}
	}
	return errNoGuard
}
