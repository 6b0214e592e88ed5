package walk_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// Where one more obstacle traps a patrolling guard in a loop, trial by trial
// at O(turns) each: the tables are built once, and one JumpScratch serves
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
	j := walk.NewJumps(g, '#')
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
	j := walk.NewJumps(g, '#')
	for s := range j.Turns(walk.State{Pos: at, Dir: grid.Up}, grid.Pt(-1, -1)) {
		fmt.Println(s)
	}
	// Output:
	// (1,2) Up
	// (1,4) Right
	// (3,4) Down
}
