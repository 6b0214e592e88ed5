package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// neighbours is the reference for Counts: per cell, the set cells among
// its neighbours in the given headings, read one by one.
func neighbours(a ref, dirs []grid.Dir) grid.Grid[int] {
	return grid.FromFunc(a.Rows(), a.Cols(), func(p grid.Point) int {
		n := 0
		for _, d := range dirs {
			if v, _ := a.Get(p.Move(d, 1)); v {
				n++
			}
		}
		return n
	})
}

// A countFill is one way to fill a Counts, and the headings it counts.
type countFill struct {
	name string
	fill func(*bitrows.Grid) *bitrows.Counts
	dirs []grid.Dir
}

// countFills returns Count8 and Count4 of c, with their headings.
func countFills(c *bitrows.Counts) []countFill {
	all8 := []grid.Dir{grid.Up, grid.UpRight, grid.Right, grid.DownRight, grid.Down, grid.DownLeft, grid.Left, grid.UpLeft}
	cards := []grid.Dir{grid.Up, grid.Right, grid.Down, grid.Left}
	return []countFill{{"Count8", c.Count8, all8}, {"Count4", c.Count4, cards}}
}

// TestCounts fills Counts by Count8 and Count4 from 1,500 random grids of
// widths around word boundaries, and checks AtLeast and Exactly for every
// k from -1 to 9 against a cell-by-cell count, reusing one Counts across
// sizes.
func TestCounts(t *testing.T) {
	rng := rand.New(rand.NewPCG(121, 122))
	var c bitrows.Counts
	for trial := range 1500 {
		rows, cols := 1+rng.IntN(7), []int{1, 2, 5, 63, 64, 65, 127, 128, 130, 200}[rng.IntN(10)]
		want := randRef(rng, rows, cols)
		if trial%5 == 0 { // dense grids reach the high counts
			want = grid.FromFunc(rows, cols, func(grid.Point) bool { return rng.IntN(8) > 0 })
		}
		g := bitrows.From(want, func(v bool) bool { return v })
		dst := bitrows.New(rows, cols)
		for _, tc := range countFills(&c) {
			n := neighbours(want, tc.dirs)
			tc.fill(g)
			for k := -1; k <= 9; k++ {
				same(t, tc.name+" AtLeast", c.AtLeast(dst, k), grid.FromFunc(rows, cols, func(p grid.Point) bool { return n.At(p) >= k }))
				same(t, tc.name+" Exactly", c.Exactly(dst, k), grid.FromFunc(rows, cols, func(p grid.Point) bool { return n.At(p) == k }))
			}
		}
	}
}

// TestCountsMisuse checks that reading counts into a grid of another size
// panics, naming the call.
func TestCountsMisuse(t *testing.T) {
	var c bitrows.Counts
	c.Count8(bitrows.New(3, 70))
	testkit.MustPanic(t, "AtLeast", "bitrows: Counts.AtLeast: grid 3x69", func() { c.AtLeast(bitrows.New(3, 69), 1) })
	testkit.MustPanic(t, "Exactly", "bitrows: Counts.Exactly: grid 4x70", func() { c.Exactly(bitrows.New(4, 70), 1) })
}
