package patrol_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
)

// The guard's two questions: how many cells she covers on her way out,
// and on how many cells one more obstacle traps her in a loop.
func Example() {
	g := grid.MustParse(`
.#....
......
.....#
......
#.....
.^..#.
`)
	at, _ := grid.Find(g, '^')
	start := walk.State{Pos: at, Dir: grid.Up}
	cells, _ := patrol.Cover(g, start, '#')
	j := patrol.NewJumps(g, '#')
	s := j.NewScratch() // working memory, reused by every trial
	traps := 0
	for p, c := range g.All() {
		if c == '.' && j.Loops(start, p, s) {
			traps++
		}
	}
	fmt.Println(cells, "cells,", traps, "traps")
	// Output:
	// 9 cells, 2 traps
}
