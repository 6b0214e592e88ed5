package walk_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// A guard walks up from ^ and turns right at each #, until it leaves the
// map: Patrol yields its states, and an IDSet over the ids of States
// spots a loop, were there one.
func Example() {
	g, err := grid.ParseString("#.....#...\n.......#..\n....#.....\n.........#\n.##...#...\n.......#..\n.#..^....#\n..#.....##\n...#......\n.....#....\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	start, _ := grid.Find(g, '^')
	blocked := func(p grid.Point) bool { return g.At(p) == '#' }

	sp := search.States(g)
	var seen cycle.IDSet
	seen.Reset(sp.Len())
	cells := map[grid.Point]bool{}
	for s := range walk.Patrol(g, walk.State{Pos: start, Dir: grid.Up}, blocked) {
		if seen.Visit(sp.StateID(s)) {
			fmt.Println("the guard loops")
			return
		}
		cells[s.Pos] = true
	}
	fmt.Println(len(cells), "cells visited")
	// Output:
	// 23 cells visited
}
