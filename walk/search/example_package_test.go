package search_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// The fewest steps from S to E around the walls: number the cells with
// Cells, then let a BFS hand out the ids while the loop body adds their
// open neighbours.
func Example() {
	g := grid.MustParse(`
S.#
..#
#.E
`)
	sp := search.Cells(g)
	start, _ := grid.Find(g, 'S')
	end, _ := grid.Find(g, 'E')
	var b search.BFS
	b.Reset(sp.Len())
	b.Add(sp.CellID(start))
	for i := range b.All() {
		for q := range g.Neighbors4(sp.Point(i)) {
			if g.At(q) != '#' {
				b.Add(sp.CellID(q))
			}
		}
	}
	fmt.Println(b.Dist(sp.CellID(end)))
	// Output:
	// 4 true
}
