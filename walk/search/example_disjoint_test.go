package search_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/walk/search"
)

// Cells of a map open one by one; after each, is there a way from the
// top-left corner to the bottom-right one? A DisjointSet joins each newly
// open cell to its open neighbours, so each question costs nearly O(1).
func ExampleDisjointSet() {
	const side = 3
	order := []int{0, 4, 8, 1, 5} // dense indices of the cells, as they open
	open := make([]bool, side*side)
	var d search.DisjointSet
	d.Reset(side * side)
	for _, i := range order {
		open[i] = true
		r, c := i/side, i%side
		for _, j := range []int{i - side, i + side, i - 1, i + 1} {
			if j >= 0 && j < side*side && (j/side == r || j%side == c) && open[j] {
				d.Union(i, j)
			}
		}
		fmt.Println("opened", i, "across:", d.Same(0, side*side-1), "sets:", d.Sets())
	}
	// Output:
	// opened 0 across: false sets: 9
	// opened 4 across: false sets: 9
	// opened 8 across: false sets: 9
	// opened 1 across: false sets: 7
	// opened 5 across: true sets: 5
}
