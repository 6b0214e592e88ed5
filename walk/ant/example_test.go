package ant_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/ant"
)

// Langton's ant on an empty plane: on a cell of state 0 it turns right and
// leaves the cell 1, on a 1 it turns left and leaves it 0. After about
// 10,000 steps of disorder it builds a highway, moving off diagonally.
func Example() {
	a, err := ant.New(ant.Rule{Turn: [4]int{1, 3}, Next: [4]uint8{1, 0}})
	if err != nil {
		fmt.Println(err)
		return
	}
	blackened := a.Run(11_000, 1) // the steps that left a cell 1
	lo, hi := a.Bounds()
	black := 0
	for r := lo.Row; r <= hi.Row; r++ {
		for c := lo.Col; c <= hi.Col; c++ {
			if a.State(grid.Pt(r, c)) == 1 {
				black++
			}
		}
	}
	at, heading := a.At()
	fmt.Println(blackened, black, at, heading)
	// Output: 5917 834 (14,-34) Down
}

// A carrier of four states, the cells starting from a small map: Set
// places the map's cells at their points, Place the carrier, and one Run
// of ten million steps goes by the table, up to 15 steps a lookup.
func ExampleAnt_Run() {
	const clean, weakened, infected, flagged = 0, 1, 2, 3
	a, err := ant.New(ant.Rule{
		Turn: [4]int{clean: 3, weakened: 0, infected: 1, flagged: 2}, // left, on, right, back
		Next: [4]uint8{clean: weakened, weakened: infected, infected: flagged, flagged: clean},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	g := grid.MustParse(`
#.#
...
.##
`)
	for p, v := range g.All() {
		if v == '#' {
			a.Set(p, infected)
		}
	}
	a.Place(grid.Pt(1, 1), grid.Up)
	fmt.Println(a.Run(100, infected), a.Run(10_000_000-100, infected))
	// Output: 25 2510991
}
