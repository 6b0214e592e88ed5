package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
)

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
