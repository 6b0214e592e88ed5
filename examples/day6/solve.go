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

// A route is the result of the unobstructed walk: the part-1 answer, the
// part-2 candidates, and the map's jump tables, which both parts use.
type route struct {
	visited int
	// cands holds the dense index of each cell the guard visits after its
	// start, in index order: the part-2 candidates. They are kept in 4 bytes
	// each because a route holds thousands.
	cands []int32
	// first[i] is 1 + the heading of the guard's first step into cell i, or
	// 0 if it never steps into it.
	first []uint8
	jumps *walk.Jumps
}

// entry returns the state in which the guard first steps into candidate c:
// a trial that blocks c can resume from it, since the walk up to there
// cannot differ. The candidate's cell is entry(c).Ahead().
func (rt route) entry(g grid.Grid[byte], c int32) walk.State {
	d := grid.Dir(rt.first[c] - 1)
	return walk.State{Pos: g.PointAt(int(c)).Sub(d.Delta()), Dir: d}
}

// walkRoute follows the guard turn to turn with jump tables, marking the
// cells of each straight run in a tight loop, which costs far less than a
// call per step. It returns errLoop if the walk makes more turns than there
// are turn states (four per cell is a safe bound), since it must then have
// repeated one.
func walkRoute(pz puzzle) (route, error) {
	g := pz.cells
	first := make([]uint8, g.Len())
	rt := route{visited: 1, first: first, jumps: walk.NewJumps(g, '#')}
	start := g.Index(pz.start.Pos)
	at, turns, limit := pz.start, 0, 4*g.Len()
	for t := range rt.jumps.Turns(pz.start, grid.Pt(-1, -1)) {
		if turns++; turns > limit {
			return route{}, errLoop
		}
		rt.visited += mark(g, first, start, at, at.Pos.Manhattan(t.Pos))
		at = walk.State{Pos: t.Pos, Dir: t.Dir.TurnRight()}
	}
	// The last run leaves the map: mark the cells up to its edge.
	n := 0
	for range walk.Ray(g, at.Pos, at.Dir) {
		n++
	}
	rt.visited += mark(g, first, start, at, n)

	rt.cands = make([]int32, 0, rt.visited-1)
	for i, f := range first {
		if f != 0 {
			rt.cands = append(rt.cands, int32(i))
		}
	}
	return rt, nil
}

// mark records the guard's first steps into the n cells ahead of s, all but
// the start cell, in first (see walkRoute), and returns how many cells it
// entered for the first time.
func mark(g grid.Grid[byte], first []uint8, start int, s walk.State, n int) (added int) {
	delta := s.Dir.Delta()
	i, stride, f := g.Index(s.Pos), delta.Row*g.Cols()+delta.Col, uint8(s.Dir)+1
	for range n {
		if i += stride; first[i] == 0 && i != start {
			first[i] = f
			added++
		}
	}
	return added
}

// A strategy counts the candidates at which one added obstacle makes the
// guard loop.
type strategy func(pz puzzle, rt route, workers int) int

var strategies = map[string]strategy{
	"seed":   seedCount,
	"resume": resumeCount,
	"jump":   jumpCount,
}

// seedCount is the write-up's algorithm: for each candidate, the whole walk
// again from the start, cell by cell, with a set of states to spot a loop.
func seedCount(pz puzzle, rt route, workers int) int {
	return parallel.Count(rt.cands, func(c int32) bool {
		extra := pz.cells.PointAt(int(c))
		blocked := func(p grid.Point) bool { return p == extra || pz.blocked(p) }
		return walk.Loops(walk.Patrol(pz.cells, pz.start, blocked))
	}, parallel.Workers(workers))
}

// resumeCount starts each trial where the guard would first step into the
// candidate, and spots loops in a dense table that each worker reuses.
func resumeCount(pz puzzle, rt route, workers int) int {
	g := pz.cells
	return parallel.CountWith(rt.cands, func() *walk.Visited { return walk.NewVisited(g) },
		func(seen *walk.Visited, c int32) bool {
			s := rt.entry(g, c)
			extra := s.Ahead()
			blocked := func(p grid.Point) bool { return p == extra || g.At(p) == '#' }
			return seen.Loops(walk.Patrol(g, s, blocked))
		}, parallel.Workers(workers))
}

// jumpCount is resumeCount walking turn to turn with precomputed jumps.
func jumpCount(pz puzzle, rt route, workers int) int {
	j := rt.jumps
	return parallel.CountWith(rt.cands, j.NewScratch, func(scratch *walk.JumpScratch, c int32) bool {
		s := rt.entry(pz.cells, c)
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
	return rt.visited, count(pz, rt, workers), nil
}
