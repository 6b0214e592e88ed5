package walk

import (
	"iter"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Ray returns an iterator over the points of g seen from from looking in
// direction d: from.Move(d, 1), from.Move(d, 2), and so on, up to the edge
// of g. The point from itself is not included, and the ray ends at the first
// point outside g, so a ray whose first step leaves g yields nothing. It is
// [Line] with step d.Delta(). To look from a cell and include it, as when
// scanning a row from its first cell, use [grid.Grid.First], which tests
// its start; [grid.Span] counts the steps before a stop cell, many cells an
// instruction on byte grids.
//
// Ray panics if d is not a valid [grid.Dir]. Each step costs O(1). Ranged
// over directly in a for loop, Ray allocates nothing.
func Ray[T any](g grid.Grid[T], from grid.Point, d grid.Dir) iter.Seq[grid.Point] {
	if !d.Valid() {
		panic(misuse.Heading{Call: "walk: Ray", D: d})
	}
	return line(g.Rows(), g.Cols(), from, unitSteps[d&7])
}

// unitSteps are the steps of the eight headings, as grid.Dir.Delta gives
// them. Ray reads them here rather than through Delta, whose own check of
// the heading would push Ray past the compiler's inlining budget.
var unitSteps = [8]grid.Point{
	grid.Up.Delta(), grid.Right.Delta(), grid.Down.Delta(), grid.Left.Delta(),
	grid.UpRight.Delta(), grid.DownRight.Delta(), grid.DownLeft.Delta(), grid.UpLeft.Delta(),
}

// Line returns an iterator over the points from+step, from+2*step, and so
// on, while they lie inside g: a ray along any vector, such as the line
// through two antennas. The point from itself is not included.
//
// Line panics if step is (0,0). Each step costs O(1). Ranged over directly
// in a for loop, Line allocates nothing.
func Line[T any](g grid.Grid[T], from, step grid.Point) iter.Seq[grid.Point] {
	if step == (grid.Point{}) {
		panic(misuse.Error{Call: "walk: Line", Msg: "step (0,0)"})
	}
	return line(g.Rows(), g.Cols(), from, step)
}

// line is Line on a rows×cols grid, with step not (0,0).
func line(rows, cols int, from, step grid.Point) iter.Seq[grid.Point] {
	return func(yield func(grid.Point) bool) {
		for p := from.Add(step); uint(p.Row) < uint(rows) && uint(p.Col) < uint(cols); p = p.Add(step) {
			if !yield(p) {
				return
			}
		}
	}
}
