package walk_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// A guard walks up from ^ and turns right at each #, until she leaves the
// map. Patrol yields her states; the cells she covers are the distinct
// positions among them.
func Example() {
	g := grid.MustParse(`
#.....#...
.......#..
....#.....
.........#
.##...#...
.......#..
.#..^....#
..#.....##
...#......
.....#....
`)
	start, _ := grid.Find(g, '^')
	wall := func(p grid.Point) bool { return g.At(p) == '#' }

	cells := map[grid.Point]bool{}
	for s := range walk.Patrol(g, walk.State{Pos: start, Dir: grid.Up}, wall) {
		cells[s.Pos] = true
	}
	fmt.Println(len(cells), "cells covered")
	// Output:
	// 23 cells covered
}
