package patrol_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
)

// Where one more obstacle traps a patrolling guard in a loop, trial by trial
// at O(turns) each: the tables are built once, and one Scratch serves
// every trial (give each goroutine its own).
func ExampleJumps_Loops() {
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
	at, _ := grid.Find(g, '^')
	start := walk.State{Pos: at, Dir: grid.Up}
	j := patrol.NewJumps(g, '#')
	scratch := j.NewScratch()
	traps := 0
	for p, c := range g.All() {
		if c == '.' && j.Loops(start, p, scratch) {
			traps++
		}
	}
	fmt.Println("traps:", traps)
	fmt.Println("loops with no extra obstacle:", j.Loops(start, grid.Pt(-1, -1), scratch))
	// Output:
	// traps: 9
	// loops with no extra obstacle: false
}

// The turns of a patrol: each state where the guard stands with the cell
// ahead blocked, and the heading it had. After the last one it walks off
// the map; had it looped, the sequence would go on for ever.
func ExampleJumps_Turns() {
	g, _ := grid.ParseString(`..#...
.....#
..^...
......
....#.
`)
	at, _ := grid.Find(g, '^')
	j := patrol.NewJumps(g, '#')
	for s := range j.Turns(walk.State{Pos: at, Dir: grid.Up}, grid.Pt(-1, -1)) {
		fmt.Println(s)
	}
	// Output:
	// (1,2) Up
	// (1,4) Right
	// (3,4) Down
}

// The cells where one more obstacle traps the guard, asked of the cells of
// its route only, since blocking any other cell changes nothing. Each trial
// stops as soon as it rejoins the route: before the blocked cell means it
// will come round again, after the last time the route crosses it means it
// walks out. Give each goroutine its own Scratch.
func ExampleJumps_Route() {
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
	at, _ := grid.Find(g, '^')
	j := patrol.NewJumps(g, '#')
	route, ok := j.Route(walk.State{Pos: at, Dir: grid.Up})
	if !ok {
		fmt.Println("the guard never leaves")
		return
	}
	scratch := j.NewScratch()
	var traps []grid.Point
	for _, c := range route.Cells() {
		if route.Loops(c, scratch) {
			traps = append(traps, route.Point(c))
		}
	}
	fmt.Println("cells walked:", 1+len(route.Cells()))
	fmt.Println("traps:", traps)
	// Output:
	// cells walked: 23
	// traps: [(3,4) (3,6) (6,6) (6,3) (5,2) (5,3) (5,6) (7,6) (9,6)]
}
