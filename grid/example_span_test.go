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

// Room says how far a run can go before the edge, so that the run can step
// by index with no test of its own: here the sum of the digits up to three
// cells right of a cell, fewer near the edge.
func ExampleGrid_Room() {
	g := grid.MustParse(`
1234
5678
`)
	for _, p := range []grid.Point{grid.Pt(0, 0), grid.Pt(1, 2)} {
		sum, j, step := 0, g.Index(p), g.Offset(grid.Right)
		for range min(3, g.Room(p, grid.Right)) {
			j += step
			sum += int(g.AtIndex(j) - '0')
		}
		fmt.Println(p, g.Room(p, grid.Right), sum)
	}
	// Output:
	// (0,0) 3 9
	// (1,2) 1 8
}
