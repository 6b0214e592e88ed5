package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestSpreadAgainstCells checks Spread against a cell-by-cell reference
// (a cell is set if it or one of its four neighbours inside the grid is)
// on 1,500 random grids whose widths straddle word boundaries, bit for bit
// (no bit set past the last column), and on grids with no rows or columns.
func TestSpreadAgainstCells(t *testing.T) {
	rng := rand.New(rand.NewPCG(91, 92))
	on := func(v bool) bool { return v }
	for trial := range 1500 {
		rows, cols := 1+rng.IntN(7), 1+rng.IntN(200)
		dense := rng.Float64() * 0.3
		cells := grid.FromFunc(rows, cols, func(grid.Point) bool { return rng.Float64() < dense })
		want := grid.FromFunc(rows, cols, func(p grid.Point) bool {
			v := cells.At(p)
			for q := range cells.Neighbors4(p) {
				v = v || cells.At(q)
			}
			return v
		})
		got := bitrows.New(rows, cols).Spread(bitrows.From(cells, on))
		if !got.Equal(bitrows.From(want, on)) {
			t.Fatalf("trial %d, %dx%d: Spread of\n%v\nis %v, want %v", trial, rows, cols, collect(bitrows.From(cells, on)), collect(got), collect(bitrows.From(want, on)))
		}
	}
	for _, size := range [][2]int{{0, 5}, {5, 0}, {0, 0}} {
		if got := bitrows.New(size[0], size[1]).Spread(bitrows.New(size[0], size[1])); got.Any() {
			t.Errorf("Spread of an empty %dx%d grid set a bit", size[0], size[1])
		}
	}
	g := bitrows.New(2, 2)
	testkit.MustPanic(t, "Spread(self)", "bitrows: Grid.Spread: the receiver is also the argument", func() { g.Spread(g) })
	testkit.MustPanic(t, "Spread(other size)", "bitrows: Grid.Spread: sizes", func() { g.Spread(bitrows.New(2, 3)) })
}

// collect lists the set bits of g.
func collect(g *bitrows.Grid) []grid.Point {
	var ps []grid.Point
	for p := range g.All() {
		ps = append(ps, p)
	}
	return ps
}

// TestSpreadAvoiding compares SpreadAvoiding with Spread followed by an
// AndNot of each blocked grid, on 1,500 random grids up to 200 wide with
// none to three blocked grids, one of them sometimes the spread grid
// itself.
func TestSpreadAvoiding(t *testing.T) {
	rng := rand.New(rand.NewPCG(93, 94))
	random := func(rows, cols int, dense float64) *bitrows.Grid {
		g := bitrows.New(rows, cols)
		for r := range rows {
			for c := range cols {
				if rng.Float64() < dense {
					g.Set(grid.Pt(r, c), true)
				}
			}
		}
		return g
	}
	for trial := range 1500 {
		rows, cols := rng.IntN(7), rng.IntN(200)
		if rows == 0 || cols == 0 {
			rows, cols = 0, 0
		}
		a := random(rows, cols, rng.Float64()*0.3)
		g := random(rows, cols, 0.5)
		blocked := make([]*bitrows.Grid, rng.IntN(4))
		for i := range blocked {
			blocked[i] = random(rows, cols, rng.Float64()*0.4)
		}
		if len(blocked) > 0 && rng.IntN(4) == 0 {
			blocked[0] = a
		}
		want := bitrows.New(rows, cols).Spread(a)
		for _, b := range blocked {
			want.AndNot(want, b)
		}
		if got := g.SpreadAvoiding(a, blocked...); !got.Equal(want) {
			t.Fatalf("trial %d, %dx%d, %d blocked: SpreadAvoiding = %v, want %v", trial, rows, cols, len(blocked), collect(got), collect(want))
		}
	}
	g := bitrows.New(2, 2)
	testkit.MustPanic(t, "self", "bitrows: Grid.SpreadAvoiding: the receiver is also an argument", func() { g.SpreadAvoiding(g) })
	testkit.MustPanic(t, "self blocked", "bitrows: Grid.SpreadAvoiding: the receiver is also an argument", func() { g.SpreadAvoiding(bitrows.New(2, 2), g) })
	testkit.MustPanic(t, "size", "bitrows: Grid.SpreadAvoiding: sizes", func() { g.SpreadAvoiding(bitrows.New(2, 2), bitrows.New(3, 2)) })
}
