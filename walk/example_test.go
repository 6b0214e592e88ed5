package walk_test

import (
	"fmt"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// The first obstacle seen from a cell, looking three ways.
func ExampleRay() {
	g := grid.MustParse(`
.#..
....
.#..
`)
	from := grid.Pt(2, 3)
	for _, d := range []grid.Dir{grid.Up, grid.Left, grid.UpLeft} {
		seen := "nothing"
		for p := range walk.Ray(g, from, d) {
			if g.At(p) == '#' {
				seen = p.String()
				break
			}
		}
		fmt.Printf("%v: %s\n", d, seen)
	}
	// Output:
	// Up: nothing
	// Left: (2,1)
	// UpLeft: (0,1)
}

// A guard walks until she leaves the map.
func ExamplePatrol() {
	g, _ := grid.ParseString(`#.....#...
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
	pos, _ := grid.Find(g, '^')
	blocked := func(p grid.Point) bool { return g.At(p) == '#' }
	states := 0
	cells := make(map[grid.Point]bool)
	for s := range walk.Patrol(g, walk.State{Pos: pos, Dir: grid.Up}, blocked) {
		states++
		cells[s.Pos] = true
	}
	fmt.Println(states, "states,", len(cells), "distinct cells")
	// Output:
	// 32 states, 23 distinct cells
}

// A guard who turns left at obstacles, and one who turns right.
func ExampleTurning() {
	g := grid.MustParse(`
.#.
.^.
...
`)
	blocked := func(p grid.Point) bool { return g.At(p) == '#' }
	start := walk.State{Pos: grid.Pt(1, 1), Dir: grid.Up}
	fmt.Println(slices.Collect(walk.Patrol(g, start, blocked, walk.Turning(grid.Dir.TurnLeft))))
	fmt.Println(slices.Collect(walk.Patrol(g, start, blocked)))
	// Output:
	// [(1,1) Up (1,1) Left (1,0) Left]
	// [(1,1) Up (1,1) Right (1,2) Right]
}
