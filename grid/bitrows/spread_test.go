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
// on 1,500 random grids whose widths straddle word boundaries.
func TestSpreadAgainstCells(t *testing.T) {
	rng := rand.New(rand.NewPCG(91, 92))
	for trial := range 1500 {
		rows, cols := 1+rng.IntN(7), 1+rng.IntN(200)
		dense := rng.Float64() * 0.3
		cells := grid.FromFunc(rows, cols, func(grid.Point) bool { return rng.Float64() < dense })
		a := bitrows.From(cells, func(v bool) bool { return v })
		got := bitrows.New(rows, cols).Spread(a)
		for p := range cells.Points() {
			want := cells.At(p)
			for q := range cells.Neighbors4(p) {
				want = want || cells.At(q)
			}
			if got.Has(p) != want {
				t.Fatalf("trial %d, %dx%d: Spread has %v at %v, want %v", trial, rows, cols, got.Has(p), p, want)
			}
		}
		if got.Count() != len(collect(got)) {
			t.Fatalf("trial %d: bits set past the last column", trial)
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

// TestBoundsAgainstCells checks Bounds against grid.Bounds over the set
// cells, on 1,500 random grids, sparse ones and empty ones included.
func TestBoundsAgainstCells(t *testing.T) {
	rng := rand.New(rand.NewPCG(93, 94))
	for trial := range 1500 {
		rows, cols := 1+rng.IntN(7), 1+rng.IntN(200)
		dense := rng.Float64() * rng.Float64() * 0.05
		cells := grid.FromFunc(rows, cols, func(grid.Point) bool { return rng.Float64() < dense })
		lo, hi, ok := bitrows.From(cells, func(v bool) bool { return v }).Bounds()
		wlo, whi, wok := grid.Bounds(func(yield func(grid.Point) bool) {
			for p, v := range cells.All() {
				if v && !yield(p) {
					return
				}
			}
		})
		if lo != wlo || hi != whi || ok != wok {
			t.Fatalf("trial %d: Bounds = %v %v %v, want %v %v %v", trial, lo, hi, ok, wlo, whi, wok)
		}
	}
}
