package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/patrol"
	"github.com/gridsearch/gridsearch/walk/search"
)

// A strategy counts part 2: the candidates at which one added obstacle
// makes the guard loop, on workers goroutines (0: GOMAXPROCS).
type strategy func(pz puzzle, rt route, workers int) int

// strategies are the ways to count part 2 that -strategy picks from: jump
// (main.go) is the default and the fastest; seed and resume are the slower
// steps on the way to it, kept to compare with.
var strategies = map[string]strategy{
	"seed":   seedCount,
	"resume": resumeCount,
	"jump":   func(_ puzzle, rt route, workers int) int { return jumpCount(rt, workers) },
}

// lookup returns the strategy called name.
func lookup(name string) (strategy, error) {
	s, ok := strategies[name]
	if !ok {
		return nil, fmt.Errorf("unknown strategy %q (want %s)", name, strings.Join(slices.Sorted(maps.Keys(strategies)), ", "))
	}
	return s, nil
}

// flatWalls returns the walls of g as a flat slice indexed like g.Index,
// for trials to share read-only. Patrol asks only about cells inside the
// grid, so a trial's blocked function can index it directly, which costs
// far less per step than g.At through a captured grid.
func flatWalls(g grid.Grid[byte]) []bool {
	walls := make([]bool, g.Len())
	for _, p := range grid.FindAll(g, '#') {
		walls[g.Index(p)] = true
	}
	return walls
}

// seedCount is the algorithm of the write-up this project answers: for
// each candidate, the whole walk again from the start, cell by cell, with
// a set of states to spot a loop. Each worker keeps one set (a cycle.Set)
// and empties it for every trial, which spares the map's growth but not a
// single set operation.
func seedCount(pz puzzle, rt route, workers int) int {
	walls, cols := flatWalls(pz.cells), pz.cells.Cols()
	return parallel.CountWith(rt.cands, func() *cycle.Set[walk.State] { return new(cycle.Set[walk.State]) },
		func(seen *cycle.Set[walk.State], c patrol.RouteCell) bool {
			extra := rt.path.Point(c)
			blocked := func(p grid.Point) bool { return p == extra || walls[p.Row*cols+p.Col] }
			return seen.Loops(walk.Patrol(pz.cells, pz.start, blocked))
		}, parallel.Workers(workers))
}

// resumeCount starts each trial where the guard would first step into the
// candidate, and spots loops in a dense table that each worker reuses. It
// records only the states after a turn: a loop must turn, so it must repeat
// one of those, and a straight step costs no table access.
func resumeCount(pz puzzle, rt route, workers int) int {
	g := pz.cells
	walls, cols := flatWalls(g), g.Cols()
	sp := search.States(g)
	return parallel.CountWith(rt.cands, func() *cycle.IDSet { return new(cycle.IDSet) },
		func(seen *cycle.IDSet, c patrol.RouteCell) bool {
			s := rt.path.Entry(c)
			extra := s.Ahead()
			blocked := func(p grid.Point) bool { return p == extra || walls[p.Row*cols+p.Col] }
			seen.Reset(sp.Len())
			dir := s.Dir
			for s := range walk.Patrol(g, s, blocked) {
				if s.Dir != dir {
					if seen.Visit(sp.StateID(s)) {
						return true
					}
					dir = s.Dir
				}
			}
			return false
		}, parallel.Workers(workers))
}
