package grid_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// Regions of a garden of letter plots, with the length of fence around
// each and its number of straight sides. The A region has a hole, and the
// fence around the hole counts too.
func ExampleRegions() {
	g := grid.MustParse(`AAAB
ABAB
AAAC
DDCC
`)
	for _, r := range grid.Regions(g) {
		fmt.Printf("%c at %v: area %d, perimeter %d, sides %d\n",
			g.At(r.Cells[0]), r.Cells[0], r.Area(), r.Perimeter, r.Sides)
	}
	// Output:
	// A at (0,0): area 8, perimeter 16, sides 8
	// B at (0,3): area 2, perimeter 6, sides 4
	// B at (1,1): area 1, perimeter 4, sides 4
	// C at (2,3): area 3, perimeter 8, sides 6
	// D at (3,0): area 2, perimeter 6, sides 4
}

// The price of fencing a garden: each region's area times its perimeter,
// summed. Outlines measures the regions without listing their cells.
func ExampleOutlines() {
	g := grid.MustParse(`AAAB
ABAB
AAAC
DDCC
`)
	price := 0
	for _, o := range grid.Outlines(g) {
		fmt.Printf("%c at %v: area %d, perimeter %d, sides %d\n", g.At(o.First), o.First, o.Area, o.Perimeter, o.Sides)
		price += o.Area * o.Perimeter
	}
	fmt.Println("price:", price)
	// Output:
	// A at (0,0): area 8, perimeter 16, sides 8
	// B at (0,3): area 2, perimeter 6, sides 4
	// B at (1,1): area 1, perimeter 4, sides 4
	// C at (2,3): area 3, perimeter 8, sides 6
	// D at (3,0): area 2, perimeter 6, sides 4
	// price: 180
}

// Regions of cells whose heights differ by at most one from a neighbour's.
func ExampleRegionsFunc() {
	g := grid.MustParse(`1239
2349
9999
`)
	near := func(a, b byte) bool { return a+1 >= b && b+1 >= a }
	// 1 and 4 share a region: each step between them is small.
	for _, r := range grid.RegionsFunc(g, near) {
		fmt.Println(r.Cells)
	}
	// Output:
	// [(0,0) (0,1) (0,2) (1,0) (1,1) (1,2)]
	// [(0,3) (1,3) (2,0) (2,1) (2,2) (2,3)]
}
