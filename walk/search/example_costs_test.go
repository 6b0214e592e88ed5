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

// The cheapest way from the top left corner to the bottom right one, where
// entering a cell costs its digit and '#' cannot be entered.
func ExampleCellCosts() {
	g := grid.MustParse(`
1163
1#81
2191
`)
	t, err := search.NewCellCosts(g, func(v byte) (int, bool) { return int(v - '0'), v != '#' })
	if err != nil {
		fmt.Println(err)
		return
	}
	cost, ok, err := t.RunTo(grid.Pt(2, 3), grid.Pt(0, 0))
	fmt.Println(cost, ok, err)
	// Output: 12 true <nil>
}
