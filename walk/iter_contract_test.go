package walk_test

import (
	"fmt"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
)

// The iterator contract that the package docs promise (see
// testkit.Contract), checked for the iterators whose own tests do not
// already.

func TestRayContract(t *testing.T) {
	g := grid.New(6, 9, '.')
	for _, c := range []struct {
		from grid.Point
		d    grid.Dir
	}{
		{grid.Pt(5, 0), grid.Up},
		{grid.Pt(0, 0), grid.Right},
		{grid.Pt(2, 3), grid.DownLeft},
		{grid.Pt(-1, -1), grid.DownRight}, // from outside, into the grid
	} {
		testkit.Contract(t, fmt.Sprintf("Ray(%v, %v)", c.from, c.d), walk.Ray(g, c.from, c.d), 100)
	}
}
