package patrol

import (
	"math"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
)

// Jumps numbers turn states and obstacles in int32 and keeps runs as uint32
// linear indices next to two sentinels; a States space shifts a dense
// index left by two. None of it checks sizes itself: it relies on every
// grid holding at most grid.DefaultMaxCells cells, which grid.New,
// grid.FromRows and the parsers enforce (see grid's tests).

// TestIndexLimits fails if the cell cap is raised past what these indices
// hold.
func TestIndexLimits(t *testing.T) {
	const cells = int64(grid.DefaultMaxCells)
	// Turn states: 4 per obstacle, at most one obstacle per cell, plus the 4
	// of a trial's extra obstacle, numbered in int32.
	if 4*cells+4 > math.MaxInt32 {
		t.Errorf("4*%d+4 turn states overflow int32", cells)
	}
	// Linear indices of cells, and so of runs, in uint32, must stay below
	// the sentinels.
	if cells > int64(noCell) || cells > int64(noRun) {
		t.Errorf("%d cells reach the sentinels %d and %d", cells, noCell, noRun)
	}
}

// TestJumpsAtMaxCells builds jump tables for a grid of exactly
// grid.DefaultMaxCells cells, 8192x16384, with obstacles in its far corner,
// where the linear indices are largest, and checks Jumps.Loops and
// Jumps.Turns there against Patrol.
func TestJumpsAtMaxCells(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 128 MiB grid")
	}
	const rows, cols = 8192, 16384
	if rows*cols != grid.DefaultMaxCells {
		t.Fatalf("%dx%d is not grid.DefaultMaxCells", rows, cols)
	}
	// A loop in the bottom-right corner: up column cols-5, right along row
	// rows-5, down column cols-2, left along row rows-2.
	obstacles := []grid.Point{
		{Row: rows - 6, Col: cols - 5},
		{Row: rows - 5, Col: cols - 1},
		{Row: rows - 1, Col: cols - 2},
		{Row: rows - 2, Col: cols - 6},
		{Row: rows - 1, Col: 7},
	}
	free := make([]byte, cols)
	for i := range free {
		free[i] = '.'
	}
	m := make([][]byte, rows)
	for r := range m {
		m[r] = free // shared: FromRows copies
	}
	for _, o := range obstacles {
		if &m[o.Row][0] == &free[0] {
			m[o.Row] = slices.Clone(free)
		}
		m[o.Row][o.Col] = '#'
	}
	g, err := grid.FromRows(m)
	if err != nil {
		t.Fatal(err)
	}
	j := NewJumps(g, '#')
	blocked := func(extra grid.Point) func(grid.Point) bool {
		return func(p grid.Point) bool { return p == extra || g.At(p) == '#' }
	}
	none := grid.Pt(-1, -1)
	tests := []struct {
		name  string
		start walk.State
		extra grid.Point
		loops bool
	}{
		{"corner_loop", walk.State{Pos: grid.Pt(rows-3, cols-5), Dir: grid.Up}, none, true},
		{"corner_loop_broken", walk.State{Pos: grid.Pt(rows-3, cols-5), Dir: grid.Up}, grid.Pt(rows-5, cols-3), false},
		{"last_row_leftwards", walk.State{Pos: grid.Pt(rows-1, cols-3), Dir: grid.Left}, none, false},
		{"last_column_upwards", walk.State{Pos: grid.Pt(rows-1, cols-1), Dir: grid.Up}, grid.Pt(3, cols-1), false},
		{"last_row_extra", walk.State{Pos: grid.Pt(rows-1, cols-3), Dir: grid.Left}, grid.Pt(rows-1, 100), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := cycle.Loops(walk.Patrol(g, tt.start, blocked(tt.extra)))
			if want != tt.loops {
				t.Fatalf("Patrol from %v, extra %v: loops = %v, the table says %v", tt.start, tt.extra, want, tt.loops)
			}
			if got := j.Loops(tt.start, tt.extra, j.NewScratch()); got != want {
				t.Errorf("Jumps.Loops(%v, extra %v) = %v, Patrol says %v", tt.start, tt.extra, got, want)
			}
			// The turn states: each state whose successor in Patrol stands
			// on the same cell, up to 20 of them.
			var wantTurns []walk.State
			prev, started := walk.State{}, false
			for s := range walk.Patrol(g, tt.start, blocked(tt.extra)) {
				if started && s.Pos == prev.Pos {
					if wantTurns = append(wantTurns, prev); len(wantTurns) == 20 {
						break
					}
				}
				prev, started = s, true
			}
			var got []walk.State
			for s := range j.Turns(tt.start, tt.extra) {
				if got = append(got, s); len(got) == 20 {
					break
				}
			}
			if !slices.Equal(got, wantTurns) {
				t.Errorf("Jumps.Turns(%v, extra %v) = %v, Patrol turns at %v", tt.start, tt.extra, got, wantTurns)
			}
		})
	}
}
