package main

import (
	"errors"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// The costs of the walker's two moves.
const (
	stepCost = 1
	turnCost = 1000
)

// errNoPath reports a maze whose end cannot be reached.
var errNoPath = errors.New("no walk from S reaches E")

// solve returns the lowest cost of a walk from S to E (part 1) and the
// number of cells on at least one walk of that cost (part 2).
//
// The walker's state is its cell and heading, so the search runs over four
// states per cell, numbered by search.States. One search from the start finds
// both answers: the first state at E to come out of the search is the
// cheapest, part 1. The search goes on until the states that cost as much
// have come out too, since E may be reached in other headings at that cost;
// then the states on any cheapest path to the four states at E, counted
// once per cell, are part 2: found by walking back over the costs from E,
// as the fastest solutions do, so the search keeps no paths.
func solve(m maze) (part1, part2 int, err error) {
	sp := search.States(m.cells)
	var d search.Dijkstra
	d.Reset(sp.Len())
	d.Add(sp.StateID(walk.State{Pos: m.start, Dir: grid.Right}), 0)
	part1 = -1
	for i, c := range d.All() {
		if part1 >= 0 && c > part1 {
			break
		}
		s := sp.State(i)
		if s.Pos == m.end && part1 < 0 {
			part1 = c
		}
		// The moves: a step ahead, unless a wall or the edge of the map
		// is in the way, and a quarter turn either way on the spot.
		if c, ok := m.cells.Get(s.Ahead()); ok && c != '#' {
			d.Add(sp.StateID(s.Step()), stepCost)
		}
		d.Add(sp.StateID(s.TurnLeft()), turnCost)
		d.Add(sp.StateID(s.TurnRight()), turnCost)
	}
	if part1 < 0 {
		return 0, 0, errNoPath
	}
	ends := make([]int, 4)
	for h := range ends {
		ends[h] = sp.StateID(walk.State{Pos: m.end, Dir: grid.Dir(h)})
	}
	// The moves into a state, walked back over by OnBestBack: a step from
	// the cell behind, and a quarter turn from either side. A state off
	// the map has id -1; one the search never reached, such as on a wall,
	// is passed over.
	into := func(i int, yield func(j, w int) bool) {
		s := sp.State(i)
		if j := sp.StateID(walk.State{Pos: s.Pos.Sub(s.Dir.Delta()), Dir: s.Dir}); j >= 0 {
			yield(j, stepCost)
		}
		yield(sp.StateID(s.TurnLeft()), turnCost)
		yield(sp.StateID(s.TurnRight()), turnCost)
	}
	on := make([]bool, m.cells.Len())
	for i := range d.OnBestBack(into, ends...) {
		if k := m.cells.Index(sp.Point(i)); !on[k] {
			on[k] = true
			part2++
		}
	}
	return part1, part2, nil
}
