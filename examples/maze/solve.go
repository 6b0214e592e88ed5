package main

import (
	"errors"
	"iter"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
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
// states per cell, numbered densely by walk.StateIndex. One search from the
// start finds both answers: the cheapest of the four states at E is part 1,
// and the states on any cheapest path to them, counted once per cell, are
// part 2.
func solve(m maze) (part1, part2 int, err error) {
	n, index := walk.StateIndex(m.cells)
	start := walk.State{Pos: m.start, Dir: grid.Right}
	paths := walk.ShortestPathsDense([]walk.State{start}, m.moves, n, index)

	ends := make([]walk.State, 4)
	part1 = -1
	for d := range ends {
		ends[d] = walk.State{Pos: m.end, Dir: grid.Dir(d)}
		if c, ok := paths.Cost(ends[d]); ok && (part1 < 0 || c < part1) {
			part1 = c
		}
	}
	if part1 < 0 {
		return 0, 0, errNoPath
	}
	on := make([]bool, m.cells.Len())
	for s := range paths.OnBest(ends...) {
		if i := m.cells.Index(s.Pos); !on[i] {
			on[i] = true
			part2++
		}
	}
	return part1, part2, nil
}

// moves returns an iterator over the walker's moves from s with their
// costs: a step ahead, unless a wall or the edge of the map is in the way,
// and a quarter turn either way on the spot. Turning twice turns it round.
func (m maze) moves(s walk.State) iter.Seq2[walk.State, int] {
	return func(yield func(walk.State, int) bool) {
		if c, ok := m.cells.Get(s.Ahead()); ok && c != '#' && !yield(s.Step(), stepCost) {
			return
		}
		if !yield(walk.State{Pos: s.Pos, Dir: s.Dir.TurnLeft()}, turnCost) {
			return
		}
		yield(walk.State{Pos: s.Pos, Dir: s.Dir.TurnRight()}, turnCost)
	}
}
