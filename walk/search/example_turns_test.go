package search_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// A walker starting at S, facing right, pays 1 a step and 1000 a quarter
// turn: the cheapest walk to E, and how many cells lie on a walk of that
// cost.
func ExampleTurnCosts() {
	g := grid.MustParse(`
#######
#....E#
#.#.#.#
#S....#
#######
`)
	start, _ := grid.Find(g, 'S')
	end, _ := grid.Find(g, 'E')
	t, err := search.NewTurnCosts(g, func(v byte) bool { return v != '#' }, 1, 1000)
	if err != nil {
		fmt.Println(err)
		return
	}
	cost, ok, err := t.RunTo(end, walk.State{Pos: start, Dir: grid.Right})
	if err != nil || !ok {
		fmt.Println("no way:", err)
		return
	}
	cells := 0
	for range t.OnBest(end) {
		cells++
	}
	fmt.Println(cost, cells)
	// Output: 1006 7
}
