// This file solves the puzzle: parse the map, walk the guard out for part
// 1, and count the loop-making cells for part 2 with jump tables. The rest
// of the program is a harness around it: command.go (the command line),
// fault.go (locating a fault in a bad map), strategies.go (the two slower
// ways to count part 2), timing.go and sweep.go (-time and -sweep),
// chart.go (-svg) and png.go (-png).

package main

import (
	"errors"
	"io"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
)

func main() {
	newCommand().Main()
}

// A puzzle is a parsed map: its cells and how the guard starts.
type puzzle struct {
	cells grid.Grid[byte]
	start walk.State
}

// parse reads a map. It refuses unknown characters, a missing guard and a
// second guard; see fault for why it reads with grid.Parse rather than
// grid.ParseFunc.
func parse(r io.Reader) (puzzle, error) {
	g, err := grid.Parse(r)
	if err != nil {
		return puzzle{}, err
	}
	// All is well if every cell but one is '.' or '#', and that one is a guard.
	if grid.Count(g, '.')+grid.Count(g, '#') == g.Len()-1 {
		for _, glyph := range "^>v<" {
			if p, ok := grid.Find(g, byte(glyph)); ok {
				d, _ := grid.DirOf(glyph)
				return puzzle{cells: g, start: walk.State{Pos: p, Dir: d}}, nil
			}
		}
	}
	return puzzle{}, fault(g)
}

// errLoop reports a map whose guard never leaves it.
var errLoop = errors.New("the guard never leaves the map: its walk loops")

// A route is the unobstructed walk, the part-2 candidates on it, and the
// jump tables that trials follow.
type route struct {
	jumps *patrol.Jumps
	path  *patrol.Route
	// cands are the cells the guard enters after its start, in the order
	// it first enters them: path.Cells(), or a part of it in tests.
	cands []patrol.RouteCell
}

// walkOut answers part 1: how many cells the guard covers on its way out,
// counted with patrol.Cover. It returns errLoop if the walk loops.
func walkOut(pz puzzle) (int, error) {
	n, ok := patrol.Cover(pz.cells, pz.start, '#')
	if !ok {
		return 0, errLoop
	}
	return n, nil
}

// walkRoute builds the jump tables and follows the guard out turn to turn
// with Jumps.Route, which lists the part-2 candidates: each cell the guard
// enters after its start, with the state it first enters it in. Part 2
// walks the guard out again for them, as part 1 only counts. It returns
// errLoop if the walk loops.
func walkRoute(pz puzzle) (route, error) {
	j := patrol.NewJumps(pz.cells, '#')
	path, ok := j.Route(pz.start)
	if !ok {
		return route{}, errLoop
	}
	return route{jumps: j, path: path, cands: path.Cells()}, nil
}

// jumpCount counts part 2: the candidates at which one added obstacle makes
// the guard loop. Each trial starts where the guard first enters its
// candidate and follows it turn to turn with the jump tables, until it
// repeats a turn, leaves the map or rejoins the route (Route.Loops), so it
// costs O(turns) rather than O(steps); the trials run on workers goroutines
// (0: GOMAXPROCS), each with its own scratch.
func jumpCount(rt route, workers int) int {
	return parallel.CountWith(rt.cands, rt.jumps.NewScratch, func(s *patrol.Scratch, c patrol.RouteCell) bool {
		return rt.path.Loops(c, s)
	}, parallel.Workers(workers))
}

// solve answers both parts, counting part 2 with the named strategy.
func solve(pz puzzle, strategy string, workers int) (part1, part2 int, err error) {
	count, err := lookup(strategy)
	if err != nil {
		return 0, 0, err
	}
	visited, err := walkOut(pz)
	if err != nil {
		return 0, 0, err
	}
	rt, err := walkRoute(pz)
	if err != nil {
		return 0, 0, err
	}
	return visited, count(pz, rt, workers), nil
}
