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
// It reads with grid.Parse, which copies whole rows, rather than with
// grid.ParseFunc, whose call per cell would cost more than the whole
// part-1 walk, and then checks the cells with grid.Count and grid.Find,
// which scan a Grid[byte] many cells at a time. Only a faulty map takes the
// slower cell-by-cell pass that locates the fault.
func parse(r io.Reader) (puzzle, error) {
	g, err := grid.Parse(r)
	if err != nil {
		return puzzle{}, err
	}
	pz := puzzle{cells: g, blocked: func(p grid.Point) bool { return g.At(p) == '#' }}
	if grid.Count(g, '.')+grid.Count(g, '#') == g.Len()-1 {
		// One cell is neither free nor blocked: if it is a guard, all is well.
		for _, glyph := range "^>v<" {
			if p, ok := grid.Find(g, byte(glyph)); ok {
				d, _ := grid.DirOf(glyph)
				pz.start = walk.State{Pos: p, Dir: d}
				return pz, nil
			}
		}
	}
	return puzzle{}, fault(g)
}

// fault returns the first fault of a map that holds no guard, two guards,
// or an unknown cell, naming its line and column: rows are lines one to one
// (grid.Parse refuses blank lines before the last row), so a cell's point
// gives them.
func fault(g grid.Grid[byte]) error {
	var guard grid.Point
	found := false
	for p, c := range g.All() {
		if c == '.' || c == '#' {
			continue
		}
		if d, ok := grid.DirOf(rune(c)); !ok || c != d.Glyph() {
			return fmt.Errorf("line %d, column %d: unknown cell %q (want '.', '#' or one of ^>v<)", p.Row+1, p.Col+1, c)
		}
		if found {
			return fmt.Errorf("line %d, column %d: second guard; the first is at line %d, column %d",
				p.Row+1, p.Col+1, guard.Row+1, guard.Col+1)
		}
		guard, found = p, true
	}
	return errors.New("no guard on the map (want one of ^>v<)")
}
