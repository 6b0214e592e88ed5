package walk

import (
	"fmt"
	"iter"

	"github.com/gridsearch/gridsearch/grid"
)

// Ray returns an iterator over the points of g seen from from looking in
// direction d: from.Move(d, 1), from.Move(d, 2), and so on, up to the edge
// of g. The point from itself is not included, and the ray ends at the first
// point outside g, so a ray whose first step leaves g yields nothing.
//
// Ray panics if d is not a valid [grid.Dir]. Each step costs O(1).
func Ray[T any](g grid.Grid[T], from grid.Point, d grid.Dir) iter.Seq[grid.Point] {
	if !d.Valid() {
		panic(fmt.Sprintf("walk: Ray with invalid direction %d", d))
	}
	delta := d.Delta()
	return func(yield func(grid.Point) bool) {
		for p := from.Add(delta); g.In(p); p = p.Add(delta) {
			if !yield(p) {
				return
			}
		}
	}
}
