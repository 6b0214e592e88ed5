package grid_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// How far a walker can go each way before a wall or the edge.
func ExampleSpan() {
	g := grid.MustParse(`
#.....
..x..#
......
`)
	from := grid.Pt(1, 0)
	for _, d := range []grid.Dir{grid.Up, grid.Right, grid.Down, grid.DownRight} {
		fmt.Printf("%v: %d\n", d, grid.Span(g, from, d, '#'))
	}
	// Output:
	// Up: 0
	// Right: 4
	// Down: 1
	// DownRight: 1
}
