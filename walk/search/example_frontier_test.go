package search_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// A walk across a valley swept by winds that move one cell a minute in the
// direction they point and wrap round inside the walls. Each minute the
// walker steps to a neighbouring cell or waits, and must never stand where
// a wind is. The state is a cell and the minute, but a Frontier keeps only
// the cells of the current minute.
func ExampleFrontier() {
	g := grid.MustParse(`#.#####
#.>.<.#
#..v>.#
#.<...#
#####.#
`)
	start, goal := grid.Pt(0, 1), grid.Pt(g.Rows()-1, g.Cols()-2)
	inside := g.Sub(grid.Pt(1, 1), g.Rows()-2, g.Cols()-2)
	winds := inside.Torus()
	free := func(p grid.Point, minute int) bool {
		if p == start || p == goal {
			return true
		}
		if !g.In(p) || g.At(p) == '#' {
			return false
		}
		q := p.Sub(grid.Pt(1, 1))
		for _, d := range grid.Cardinals() {
			// The wind that is at q now set out minute cells behind it.
			if winds.At(q.Move(d, -minute)) == d.Glyph() {
				return false
			}
		}
		return true
	}
	var f search.Frontier
	f.Reset(g.Len())
	f.Add(g.Index(start))
	for minute := 1; f.Len() > 0; minute++ {
		for i := range f.Step() {
			p := g.PointAt(i)
			if free(p, minute) { // wait where she stands
				f.Add(i)
			}
			for q := range g.Neighbors4(p) {
				if free(q, minute) {
					f.Add(g.Index(q))
				}
			}
		}
		if f.Has(g.Index(goal)) {
			fmt.Println("across in", minute, "minutes")
			return
		}
	}
	fmt.Println("no way across")
	// Output:
	// across in 9 minutes
}

// A beam falls from S one row a step. A splitter '^' below it sends it on
// from the cells to the splitter's left and right, and beams that meet
// merge but keep count of the ways that led there. Frontier.AddWays counts
// the ways to each column of a row, so the last row's ways sum to the number
// of distinct journeys.
func ExampleFrontier_StepWays() {
	g := grid.MustParse(`...S...
.......
...^...
.......
..^.^..
.......
`)
	var f search.Frontier
	f.ResetWays(g.Cols()) // a step is a row, so an id is a column
	f.AddWays(3, 1)
	for r := 1; r < g.Rows(); r++ {
		for c, ways := range f.StepWays() {
			if g.At(grid.Pt(r, c)) == '^' {
				f.AddWays(c-1, ways)
				f.AddWays(c+1, ways)
			} else {
				f.AddWays(c, ways)
			}
		}
	}
	total := 0
	for c, ways := range f.StepWays() { // the bottom row
		fmt.Println("column", c, "ways", ways)
		total += ways
	}
	fmt.Println("journeys:", total)
	// Output:
	// column 1 ways 1
	// column 3 ways 2
	// column 5 ways 1
	// journeys: 4
}
