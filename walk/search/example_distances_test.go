package search_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Distances searches one map from any starts, as often as asked: here the
// fewest steps from S to E, how many cells lie at each distance from S,
// and the same from two starts at once.
func ExampleDistances() {
	g := grid.MustParse(`
S..#
.#..
...E
`)
	d := search.NewDistances(g, func(v byte) bool { return v != '#' })
	start, _ := grid.Find(g, 'S')
	end, _ := grid.Find(g, 'E')
	if err := d.Run(start); err != nil {
		fmt.Println(err)
		return
	}
	steps, ok := d.Dist(end)
	fmt.Println(steps, ok)
	fmt.Println(d.Layers()) // cells at 0, 1, 2 ... steps from S

	if err := d.RunWithin(1, start, end); err != nil { // both corners, one step out
		fmt.Println(err)
		return
	}
	fmt.Println(d.Layers())
	_, ok = d.Dist(grid.Pt(1, 3)) // next to E
	fmt.Println(ok)
	// Output:
	// 5 true
	// [1 2 2 2 2 1]
	// [2 4]
	// true
}
