package walk

import (
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refRay is the plain loop that Ray should match: step from from in
// direction d while the point stays inside a rows×cols grid.
func refRay(rows, cols int, from grid.Point, d grid.Dir) []grid.Point {
	var out []grid.Point
	r, c := from.Row, from.Col
	for {
		r, c = r+refDelta[d].dr, c+refDelta[d].dc
		if r < 0 || r >= rows || c < 0 || c >= cols {
			return out
		}
		out = append(out, grid.Pt(r, c))
	}
}

// rayShapes are grid sizes worth checking exhaustively.
var rayShapes = []struct{ rows, cols int }{
	{1, 1}, {1, 2}, {2, 1}, {1, 6}, {6, 1}, {2, 2}, {3, 4}, {4, 3}, {5, 5}, {2, 7},
}

func TestRayMatchesLoop(t *testing.T) {
	for _, sh := range rayShapes {
		g := grid.New(sh.rows, sh.cols, 0)
		// Every cell, the ring just outside the grid and some far points.
		var froms []grid.Point
		for r := -1; r <= sh.rows; r++ {
			for c := -1; c <= sh.cols; c++ {
				froms = append(froms, grid.Pt(r, c))
			}
		}
		froms = append(froms, grid.Pt(-5, -5), grid.Pt(-3, 0), grid.Pt(0, sh.cols+4),
			grid.Pt(sh.rows+9, sh.cols/2), grid.Pt(-1000000, 3))
		for _, from := range froms {
			for _, d := range allDirs {
				got := slices.Collect(Ray(g, from, d))
				want := refRay(sh.rows, sh.cols, from, d)
				if !slices.Equal(got, want) {
					t.Errorf("%dx%d: Ray(%v, %v) = %v, want %v", sh.rows, sh.cols, from, d, got, want)
				}
			}
		}
	}
}

func TestRayCases(t *testing.T) {
	g := grid.New(3, 4, 0)
	tests := []struct {
		name string
		from grid.Point
		d    grid.Dir
		want []grid.Point
	}{
		{"right_along_row", grid.Pt(1, 0), grid.Right, []grid.Point{grid.Pt(1, 1), grid.Pt(1, 2), grid.Pt(1, 3)}},
		{"first_step_leaves", grid.Pt(0, 2), grid.Up, nil},
		{"corner_diagonal", grid.Pt(0, 0), grid.DownRight, []grid.Point{grid.Pt(1, 1), grid.Pt(2, 2)}},
		{"enters_from_outside", grid.Pt(-1, 2), grid.Down, []grid.Point{grid.Pt(0, 2), grid.Pt(1, 2), grid.Pt(2, 2)}},
		{"diagonal_from_outside", grid.Pt(3, -1), grid.UpRight, []grid.Point{grid.Pt(2, 0), grid.Pt(1, 1), grid.Pt(0, 2)}},
		{"far_outside_facing_in", grid.Pt(-5, 2), grid.Down, nil},
		{"outside_facing_away", grid.Pt(-1, 2), grid.Up, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slices.Collect(Ray(g, tt.from, tt.d)); !slices.Equal(got, tt.want) {
				t.Errorf("Ray(%v, %v) = %v, want %v", tt.from, tt.d, got, tt.want)
			}
		})
	}
}

func TestRayZeroGrid(t *testing.T) {
	var g grid.Grid[int]
	for _, d := range allDirs {
		if got := slices.Collect(Ray(g, grid.Pt(0, 0), d)); len(got) != 0 {
			t.Errorf("Ray(zero grid, (0,0), %v) = %v, want nothing", d, got)
		}
	}
}

func TestRayEarlyBreak(t *testing.T) {
	g := grid.New(1, 10, 0)
	seq := Ray(g, grid.Pt(0, -1), grid.Right)
	for n := range 12 {
		calls := 0
		seq(func(grid.Point) bool {
			calls++
			return calls < n
		})
		want := max(min(n, 10), 1)
		if calls != want {
			t.Errorf("Ray stopped after yield %d returned false: %d calls, want %d", n, calls, want)
		}
	}
}

func TestRayTwice(t *testing.T) {
	g := grid.New(5, 5, 0)
	seq := Ray(g, grid.Pt(4, 0), grid.UpRight)
	first, second := slices.Collect(seq), slices.Collect(seq)
	if !slices.Equal(first, second) || len(first) != 4 {
		t.Errorf("Ray ranged twice = %v then %v, want the same 4 points", first, second)
	}
}

// TestRayInvalidDir checks that Ray panics when called, before the iterator
// is ranged over.
func TestRayInvalidDir(t *testing.T) {
	g := grid.New(3, 3, 0)
	for _, d := range []grid.Dir{8, 9, 100, 255} {
		testkit.MustPanic(t, "Ray(g, (1,1), "+d.String()+")", "walk:", func() {
			_ = Ray(g, grid.Pt(1, 1), d) // not ranged over
		})
	}
}

// TestRayAllocs checks that ranging over Ray and Line directly allocates
// nothing: the compiler inlines them and the loop body into the caller.
func TestRayAllocs(t *testing.T) {
	g := grid.New(40, 40, byte('.'))
	g = g.With(grid.Pt(3, 30), '#')
	n := 0
	tests := map[string]func(){
		"Ray": func() {
			for d := grid.Up; d <= grid.UpLeft; d++ {
				for p := range Ray(g, grid.Pt(20, 20), d) {
					if g.At(p) == '#' {
						break
					}
					n++
				}
			}
		},
		"Line": func() {
			for p := range Line(g, grid.Pt(0, 0), grid.Pt(1, 2)) {
				n += p.Col
			}
		},
	}
	for name, f := range tests {
		if got := testing.AllocsPerRun(50, f); got != 0 {
			t.Errorf("ranging over %s: %v allocations per run, want 0", name, got)
		}
	}
	if n == 0 {
		t.Fatal("the loops saw no points")
	}
}

// TestLineMatchesLoop compares Line with a plain loop on every start and a
// set of steps, including long ones and ones that leave at once.
func TestLineMatchesLoop(t *testing.T) {
	steps := []grid.Point{grid.Pt(0, 1), grid.Pt(1, 0), grid.Pt(-1, -1), grid.Pt(2, 3), grid.Pt(-3, 1), grid.Pt(0, -5), grid.Pt(7, 7)}
	for _, sh := range rayShapes {
		g := grid.New(sh.rows, sh.cols, 0)
		for r := -1; r <= sh.rows; r++ {
			for c := -1; c <= sh.cols; c++ {
				for _, step := range steps {
					var want []grid.Point
					for p := grid.Pt(r+step.Row, c+step.Col); p.Row >= 0 && p.Row < sh.rows && p.Col >= 0 && p.Col < sh.cols; p = grid.Pt(p.Row+step.Row, p.Col+step.Col) {
						want = append(want, p)
					}
					if got := slices.Collect(Line(g, grid.Pt(r, c), step)); !slices.Equal(got, want) {
						t.Fatalf("Line(%dx%d, (%d,%d), %v) = %v, want %v", sh.rows, sh.cols, r, c, step, got, want)
					}
				}
			}
		}
	}
	testkit.MustPanic(t, "Line with step (0,0)", "walk: Line: step (0,0)", func() { Line(grid.New(1, 1, 0), grid.Pt(0, 0), grid.Point{}) })
}
