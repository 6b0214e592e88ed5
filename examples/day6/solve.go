package main

import (
	"errors"
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk"
)

// errLoop reports a map whose guard never leaves it.
var errLoop = errors.New("the guard never leaves the map: its walk loops")

// A route is the result of the unobstructed walk: the part-1 answer and the
// part-2 candidates.
type route struct {
	visited int
	cands   []cand
}

// A cand is a part-2 candidate: a cell the guard visits after its start,
// with the heading it first steps into it with. A trial that blocks the cell
// can resume from the state just before that step. It is kept in 12 bytes,
// half a walk.State, because a route holds thousands.
type cand struct {
	row, col int32
	dir      grid.Dir // the heading of the guard's first step into the cell
}

// state returns the state in which the guard first steps into c's cell;
// the cell is state().Ahead().
func (c cand) state() walk.State {
	return walk.State{Pos: grid.Pt(int(c.row), int(c.col)).Sub(c.dir.Delta()), Dir: c.dir}
}

// walkRoute follows the guard cell by cell. It returns errLoop if the walk
// repeats a state, which it must once it has made more than four states per
// cell: a step count is all the loop check part 1 needs.
func walkRoute(pz puzzle) (route, error) {
	g := pz.cells
	// first[i] is 1 + the heading of the guard's first step into cell i,
	// or 0 if it never steps into it.
	first := make([]uint8, g.Len())
	start := g.Index(pz.start.Pos)
	visited, states, limit := 1, 0, 4*g.Len()
	for s := range walk.Patrol(g, pz.start, pz.blocked) {
		if states++; states > limit {
			return route{}, errLoop
		}
		if i := g.Index(s.Pos); first[i] == 0 && i != start {
			first[i] = uint8(s.Dir) + 1
			visited++
		}
	}
	rt := route{visited: visited, cands: make([]cand, 0, visited-1)}
	i := 0
	for r := range g.Rows() {
		for c := range g.Cols() {
			if f := first[i]; f != 0 {
				rt.cands = append(rt.cands, cand{int32(r), int32(c), grid.Dir(f - 1)})
			}
			i++
		}
	}
	return rt, nil
}

// A strategy counts the candidates at which one added obstacle makes the
// guard loop.
type strategy func(pz puzzle, cands []cand, workers int) int

var strategies = map[string]strategy{
	"seed":   seedCount,
	"resume": resumeCount,
	"jump":   jumpCount,
}

// seedCount is the write-up's algorithm: for each candidate, the whole walk
// again from the start, cell by cell, with a set of states to spot a loop.
func seedCount(pz puzzle, cands []cand, workers int) int {
	return parallel.Count(cands, func(c cand) bool {
		extra := c.state().Ahead()
		blocked := func(p grid.Point) bool { return p == extra || pz.blocked(p) }
		return walk.Loops(walk.Patrol(pz.cells, pz.start, blocked))
	}, parallel.Workers(workers))
}

// resumeCount starts each trial where the guard would first step into the
// candidate, and spots loops in a dense table that each worker reuses.
func resumeCount(pz puzzle, cands []cand, workers int) int {
	g := pz.cells
	return parallel.CountWith(cands, func() *walk.Visited { return walk.NewVisited(g) },
		func(seen *walk.Visited, c cand) bool {
			s := c.state()
			extra := s.Ahead()
			blocked := func(p grid.Point) bool { return p == extra || g.At(p) == '#' }
			return seen.Loops(walk.Patrol(g, s, blocked))
		}, parallel.Workers(workers))
}

// jumpCount is resumeCount walking turn to turn with precomputed jumps.
func jumpCount(pz puzzle, cands []cand, workers int) int {
	j := walk.NewJumps(pz.cells, '#')
	return parallel.CountWith(cands, j.NewScratch, func(scratch *walk.JumpScratch, c cand) bool {
		s := c.state()
		return j.Loops(s, s.Ahead(), scratch)
	},
		parallel.Workers(workers))
}

// solve answers both parts with the named strategy.
func solve(pz puzzle, name string, workers int) (part1, part2 int, err error) {
	count, ok := strategies[name]
	if !ok {
		return 0, 0, fmt.Errorf("unknown strategy %q (want seed, resume or jump)", name)
	}
	rt, err := walkRoute(pz)
	if err != nil {
		return 0, 0, err
	}
	return rt.visited, count(pz, rt.cands, workers), nil
}
