package search_test

import (
	"math"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestSpaceRoundTrip numbers every state of spaces of several shapes and
// checks that the id's parts come back out, through every accessor, and
// that the ids are exactly 0 … Len()-1. CellOf is checked against
// Cells(g).Cell, the id of the same cell in the space of cells.
func TestSpaceRoundTrip(t *testing.T) {
	for _, shape := range []struct{ rows, cols, dirs, extra int }{
		{1, 1, 1, 1}, {3, 5, 1, 1}, {4, 3, 4, 1}, {5, 7, 4, 3}, {2, 9, 8, 4}, {6, 1, 4, 5}, {7, 6, 1, 2},
	} {
		g := grid.New(shape.rows, shape.cols, byte('.'))
		sp, err := search.NewSpace(g, shape.dirs, shape.extra)
		if err != nil {
			t.Fatal(err)
		}
		cells := search.Cells(g)
		var ids []int
		for p := range g.Points() {
			for d := range grid.Dir(shape.dirs) {
				for x := range shape.extra {
					i := sp.ID(p, d, x)
					ids = append(ids, i)
					if sp.Point(i) != p || sp.Dir(i) != d || sp.Extra(i) != x || sp.Cell(i) != cells.CellID(p) ||
						sp.State(i) != (walk.State{Pos: p, Dir: d}) {
						t.Fatalf("%+v: id %d of (%v, %v, %d) gives back (%v, %v, %d), cell %d (want %d), state %v",
							shape, i, p, d, x, sp.Point(i), sp.Dir(i), sp.Extra(i), sp.Cell(i), cells.CellID(p), sp.State(i))
					}
					if j := sp.IndexID(g.Index(p), d, x); j != i {
						t.Fatalf("%+v: IndexID(%d, %v, %d) = %d, want %d", shape, g.Index(p), d, x, j, i)
					}
					if x == 0 && sp.StateID(walk.State{Pos: p, Dir: d}) != i {
						t.Fatalf("%+v: State(%v, %v) = %d, want %d", shape, p, d, sp.StateID(walk.State{Pos: p, Dir: d}), i)
					}
				}
			}
		}
		for _, bad := range [][3]int{{-1, 0, 0}, {g.Len(), 0, 0}, {0, shape.dirs, 0}, {0, 0, shape.extra}, {0, 0, -1}} {
			if j := sp.IndexID(bad[0], grid.Dir(bad[1]), bad[2]); j != -1 {
				t.Fatalf("%+v: IndexID(%d, %d, %d) = %d, want -1", shape, bad[0], bad[1], bad[2], j)
			}
		}
		slices.Sort(ids)
		for k, i := range ids {
			if i != k || len(ids) != sp.Len() {
				t.Fatalf("%+v: ids are not 0 … %d: %v", shape, sp.Len()-1, ids)
			}
		}
	}
}

// TestNewSpaceHuge checks sizes whose product overflows an int: each must
// be refused with an error, at once (issue 25: one returned a broken space
// and one never returned).
func TestNewSpaceHuge(t *testing.T) {
	one := grid.New(1, 1, byte('.'))
	for _, tt := range []struct {
		name        string
		g           grid.Grid[byte]
		dirs, extra int
	}{
		{"product_wraps", one, 8, 1 << 61},
		{"shift_search", one, 4, 1<<62 + 3},
		{"max_int", one, 1, math.MaxInt},
		{"zero_grid", grid.Grid[byte]{}, 1, 1 << 62},
		{"just_over", one, 1, 1 << 31},
	} {
		sp, err := search.NewSpace(tt.g, tt.dirs, tt.extra)
		if err == nil {
			t.Errorf("%s: NewSpace(%d, %d) = space of %d states, nil error; want an error", tt.name, tt.dirs, tt.extra, sp.Len())
		}
	}
	if sp, err := search.NewSpace(one, 1, 1<<31-1); err != nil || sp.Len() != 1<<31-1 {
		t.Errorf("NewSpace(1x1, 1, 2^31-1) = %v, %v; want a space of 2^31-1 states", sp, err)
	}
}
