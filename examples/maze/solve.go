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
// The walker's state is its cell and heading, and its moves cost one of two
// amounts: a step ahead, or a quarter turn on the spot. search.TurnCosts
// runs Dijkstra's search over those states with a queue for each of the
// two moves, as the fastest solutions do. RunTo stops once the cheapest
// walk to E is known and every state as cheap has come out, since E may be
// reached in other headings at that cost; OnBest then walks back over the
// costs from E to the cells on any cheapest walk, part 2.
func solve(m maze) (part1, part2 int, err error) {
	t, err := search.NewTurnCosts(m.cells, func(v byte) bool { return v != '#' }, stepCost, turnCost)
	if err != nil {
		return 0, 0, err
	}
	part1, ok, err := t.RunTo(m.end, walk.State{Pos: m.start, Dir: grid.Right})
	switch {
	case err != nil:
		return 0, 0, err
	case !ok:
		return 0, 0, errNoPath
	}
	for range t.OnBest(m.end) {
		part2++
	}
	return part1, part2, nil
}
