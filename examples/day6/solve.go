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

// A route is the result of the unobstructed walk: the part-1 answer and
// the part-2 candidates.
type route struct {
	visited int
	// cands holds the part-2 candidates, the cells the guard visits after
	// its start, in the order it first enters them: each is the cell's dense
	// index times four plus the heading of that first step, 4 bytes in all,
	// because a route holds thousands. (Grids hold at most 2^27 cells, so
	// this cannot overflow.)
	cands []int32
}

// entry returns the state in which the guard first steps into candidate c:
// a trial that blocks c can resume from it, since the walk up to there
// cannot differ. The candidate's cell is entry(c).Ahead().
func entry(g grid.Grid[byte], c int32) walk.State {
	d := grid.Dir(c & 3)
	return walk.State{Pos: g.PointAt(int(c >> 2)).Sub(d.Delta()), Dir: d}
}

// walkRoute follows the guard cell by cell with walk.Patrol and records
// each cell the first time the guard steps into it, in a bitset. Ranged over
// with a function literal, Patrol compiles to one loop with no calls in it.
// It returns errLoop if the walk outlasts the grid's states, four per cell,
// since it must then have repeated one.
func walkRoute(pz puzzle) (route, error) {
	g := pz.cells
	cols, limit := g.Cols(), 4*g.Len()
	seen := make([]uint64, (g.Len()+63)/64) // one bit per cell
	start := uint(g.Index(pz.start.Pos))
	seen[start/64] |= 1 << (start % 64)
	// Generated and real maps walk over a quarter to a third of their
	// cells. Reserve that on puzzle-sized maps, and let append grow the
	// slice on huge ones and on maps that walk over more.
	cands := make([]int32, 0, min(g.Len()/3, 1<<16)+16)
	steps := 0
	// blocked is pz.blocked written out: a literal inlines, a field does not.
	for s := range walk.Patrol(g, pz.start, func(p grid.Point) bool { return g.At(p) == '#' }) {
		if steps++; steps > limit {
			return route{}, errLoop
		}
		// A turn yields the cell the guard stands on, already in seen.
		// Patrol yields only points inside g, so this is g.Index without
		// its bounds check, which costs 13% of part 1 here.
		i := uint(s.Pos.Row*cols + s.Pos.Col)
		if w, bit := i/64, uint64(1)<<(i%64); seen[w]&bit == 0 {
			seen[w] |= bit
			cands = append(cands, int32(i<<2|uint(s.Dir)))
		}
	}
	return route{visited: 1 + len(cands), cands: cands}, nil
}

// A strategy counts the candidates at which one added obstacle makes the
// guard loop.
type strategy func(pz puzzle, rt route, workers int) int

var strategies = map[string]strategy{
	"seed":   seedCount,
	"resume": resumeCount,
	"jump":   jumpCount,
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

// seedCount is the write-up's algorithm: for each candidate, the whole walk
// again from the start, cell by cell, with a set of states to spot a loop.
// Each worker keeps one set (a walk.Seen) and empties it for every trial,
// which spares the map's growth but not a single set operation.
func seedCount(pz puzzle, rt route, workers int) int {
	walls, cols := flatWalls(pz.cells), pz.cells.Cols()
	return parallel.CountWith(rt.cands, func() *walk.Seen[walk.State] { return new(walk.Seen[walk.State]) },
		func(seen *walk.Seen[walk.State], c int32) bool {
			extra := pz.cells.PointAt(int(c >> 2))
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
	sp := walk.States(g)
	return parallel.CountWith(rt.cands, func() *walk.Visited { return new(walk.Visited) },
		func(seen *walk.Visited, c int32) bool {
			s := entry(g, c)
			extra := s.Ahead()
			blocked := func(p grid.Point) bool { return p == extra || walls[p.Row*cols+p.Col] }
			seen.Reset(sp.Len())
			dir := s.Dir
			for s := range walk.Patrol(g, s, blocked) {
				if s.Dir != dir {
					if seen.Visit(sp.State(s)) {
						return true
					}
					dir = s.Dir
				}
			}
			return false
		}, parallel.Workers(workers))
}

// jumpCount is resumeCount walking turn to turn with jump tables, which it
// builds first: about 35µs on a 130x130 map.
func jumpCount(pz puzzle, rt route, workers int) int {
	j := walk.NewJumps(pz.cells, '#')
	return parallel.CountWith(rt.cands, j.NewScratch, func(scratch *walk.JumpScratch, c int32) bool {
		s := entry(pz.cells, c)
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
