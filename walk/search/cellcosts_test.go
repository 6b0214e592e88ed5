package search_test

import (
	"iter"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// cellMoves returns the steps between the four neighbours of g for
// ShortestPaths, each paying the digit of the cell entered; '#' cannot be
// entered.
func cellMoves(g grid.Grid[byte]) func(grid.Point) iter.Seq2[grid.Point, int] {
	return func(p grid.Point) iter.Seq2[grid.Point, int] {
		return func(yield func(grid.Point, int) bool) {
			for q := range g.Neighbors4(p) {
				if v := g.At(q); v != '#' && !yield(q, int(v-'0')) {
					return
				}
			}
		}
	}
}

// TestCellCostsAgainstReference checks Run's costs and RunTo's against
// ShortestPaths on random maps of digits (0 among them) and walls, from
// one or two starts, the CellCosts reused from search to search.
func TestCellCostsAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 21))
	enter := func(v byte) (int, bool) { return int(v - '0'), v != '#' }
	for n := range 500 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		if n%50 == 0 {
			rows, cols = 40+rng.IntN(20), 40+rng.IntN(20)
		}
		top := 1 + rng.IntN(9)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte {
			if rng.IntN(5) == 0 {
				return '#'
			}
			return byte('0' + rng.IntN(top+1))
		})
		tc, err := search.NewCellCosts(g, enter)
		if n%2 == 1 { // a grid of another type than bytes, read a cell at a time
			wide := grid.Convert(g, func(_ grid.Point, v byte) rune { return rune(v) })
			tc, err = search.NewCellCosts(wide, func(v rune) (int, bool) { return int(v - '0'), v != '#' })
		}
		if err != nil {
			t.Fatal(err)
		}
		open := openCells(g)
		if len(open) == 0 {
			continue
		}
		for round := range 3 {
			var starts []grid.Point
			for range 1 + rng.IntN(2) {
				starts = append(starts, open[rng.IntN(len(open))])
			}
			ref := search.ShortestPaths(starts, cellMoves(g))
			if err := tc.Run(starts...); err != nil {
				t.Fatal(err)
			}
			for p := range g.Points() {
				got, ok := tc.Cost(p)
				want, wok := ref.Cost(p)
				if ok != wok || got != want {
					t.Fatalf("map %d round %d\n%s\nfrom %v: Run's cost of %v is %d %v, reference %d %v", n, round, g, starts, p, got, ok, want, wok)
				}
			}
			goal := grid.Pt(rng.IntN(rows), rng.IntN(cols))
			want, wok := ref.Cost(goal)
			got, ok, err := tc.RunTo(goal, starts...)
			if err != nil || ok != wok || got != want {
				t.Fatalf("map %d round %d\n%s\nfrom %v: RunTo(%v) = %d %v %v, reference %d %v", n, round, g, starts, goal, got, ok, err, want, wok)
			}
			if c, ok := tc.Cost(goal); ok != wok || c != want {
				t.Fatalf("map %d round %d: Cost(%v) after RunTo = %d %v, want %d %v", n, round, goal, c, ok, want, wok)
			}
		}
	}
}

// TestCellCostsErrors checks the errors, each naming its fault.
func TestCellCostsErrors(t *testing.T) {
	g := grid.MustParse("12\n3#")
	enter := func(v byte) (int, bool) { return int(v - '0'), v != '#' }
	if _, err := search.NewCellCosts(g, func(v byte) (int, bool) { return int(v-'0') * 100, true }); err == nil ||
		err.Error() != "search: NewCellCosts: cell (1,0) costs 300 to enter, want [0, 255]" {
		t.Errorf("NewCellCosts with costs of 100 to 300: %v", err)
	}
	tc, err := search.NewCellCosts(g, enter)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		err  error
		want string
	}{
		{tc.Run(grid.Pt(0, 0), grid.Pt(0, 2)), "search: CellCosts.Run: start 1 at (0,2) lies outside the 2x2 grid"},
		{tc.Run(grid.Pt(1, 1)), "search: CellCosts.Run: start 0 at (1,1) lies on a cell that cannot be entered"},
		{func() error { _, _, err := tc.RunTo(grid.Pt(-1, 0), grid.Pt(0, 0)); return err }(), "search: CellCosts.RunTo: goal (-1,0) lies outside the 2x2 grid"},
	} {
		if tt.err == nil || tt.err.Error() != tt.want {
			t.Errorf("error %v, want %q", tt.err, tt.want)
		}
	}
	if c, ok, err := tc.RunTo(grid.Pt(1, 1), grid.Pt(0, 0)); err != nil || ok || c != 0 {
		t.Errorf("RunTo a wall: %d %v %v, want 0 false nil", c, ok, err)
	}
	if c, ok, err := tc.RunTo(grid.Pt(1, 0), grid.Pt(0, 1)); err != nil || !ok || c != 4 {
		t.Errorf("RunTo round the wall: %d %v %v, want 4 true nil", c, ok, err)
	}
}

// FuzzCellCosts checks RunTo from the top left cell to the bottom right
// one on a map made from the fuzzer's bytes (a byte's low bits its digit,
// some bytes walls) against ShortestPaths.
func FuzzCellCosts(f *testing.F) {
	f.Add([]byte("1163751742138137369511"), uint8(5))
	f.Add([]byte{0, 1, 2, 3, 200, 5, 6, 7, 8}, uint8(3))
	f.Fuzz(func(t *testing.T, cells []byte, cols uint8) {
		if cols == 0 || len(cells) < int(cols) || len(cells) > 600 {
			return
		}
		rows := len(cells) / int(cols)
		g := grid.FromFunc(rows, int(cols), func(p grid.Point) byte {
			b := cells[p.Row*int(cols)+p.Col]
			if b >= 200 {
				return '#'
			}
			return '0' + b%10
		})
		if g.At(grid.Pt(0, 0)) == '#' {
			return
		}
		tc, err := search.NewCellCosts(g, func(v byte) (int, bool) { return int(v - '0'), v != '#' })
		if err != nil {
			t.Fatal(err)
		}
		goal := grid.Pt(rows-1, int(cols)-1)
		got, ok, err := tc.RunTo(goal, grid.Pt(0, 0))
		want, wok := search.ShortestPaths([]grid.Point{{}}, cellMoves(g)).Cost(goal)
		if err != nil || ok != wok || got != want {
			t.Fatalf("%q: RunTo = %d %v %v, reference %d %v", g, got, ok, err, want, wok)
		}
	})
}

// TestCellCostsEdges checks the empty grid, a map of zero costs (a ring of
// one bucket), a map with costs up to 255 (a ring of 256) and a goal that
// is the start.
func TestCellCostsEdges(t *testing.T) {
	for _, g := range []grid.Grid[byte]{{}} { // the zero grid, 0x0
		tc, err := search.NewCellCosts(g, func(v byte) (int, bool) { return int(v - '0'), true })
		if err != nil {
			t.Fatalf("NewCellCosts on a %dx%d grid: %v", g.Rows(), g.Cols(), err)
		}
		if err := tc.Run(); err != nil {
			t.Fatalf("Run with no starts on a %dx%d grid: %v", g.Rows(), g.Cols(), err)
		}
	}
	rng := rand.New(rand.NewPCG(3, 255))
	for _, top := range []int{0, 255} {
		costs := grid.FromFunc(12, 17, func(grid.Point) int { return rng.IntN(top + 1) })
		tc, err := search.NewCellCosts(costs, func(v int) (int, bool) { return v, true })
		if err != nil {
			t.Fatal(err)
		}
		starts := []grid.Point{{Row: 5, Col: 6}}
		ref := search.ShortestPaths(starts, func(p grid.Point) iter.Seq2[grid.Point, int] {
			return func(yield func(grid.Point, int) bool) {
				for q := range costs.Neighbors4(p) {
					if !yield(q, costs.At(q)) {
						return
					}
				}
			}
		})
		if err := tc.Run(starts...); err != nil {
			t.Fatal(err)
		}
		for p := range costs.Points() {
			got, ok := tc.Cost(p)
			want, _ := ref.Cost(p)
			if !ok || got != want {
				t.Fatalf("costs 0 to %d: cost of %v is %d %v, reference %d", top, p, got, ok, want)
			}
		}
		if c, ok, err := tc.RunTo(starts[0], starts...); err != nil || !ok || c != 0 {
			t.Fatalf("costs 0 to %d: RunTo the start: %d %v %v, want 0 true nil", top, c, ok, err)
		}
	}
}
