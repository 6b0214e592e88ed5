package patrol_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
	"github.com/gridsearch/gridsearch/walk/search"
)

// How many cells a guard covers on her way out of the map.
func ExampleCover() {
	g := grid.MustParse(`
..#...
.....#
......
..^...
.#....
`)
	start, _ := grid.Find(g, '^')
	n, ok := patrol.Cover(g, walk.State{Pos: start, Dir: grid.Up}, '#')
	fmt.Println(n, ok)
	// Output:
	// 8 true
}

// The cells a guard enters, in order, with the heading she first enters
// each in: the places where one more wall could change her walk.
func ExampleTrail() {
	g := grid.MustParse(`
..#...
.....#
......
..^...
.#....
`)
	start, _ := grid.Find(g, '^')
	trail, ok := patrol.Trail(nil, g, walk.State{Pos: start, Dir: grid.Up}, '#')
	sp := search.States(g)
	for _, id := range trail {
		fmt.Println(sp.State(int(id)))
	}
	fmt.Println(ok)
	// Output:
	// (2,2) Up
	// (1,2) Up
	// (1,3) Right
	// (1,4) Right
	// (2,4) Down
	// (3,4) Down
	// (4,4) Down
	// true
}
