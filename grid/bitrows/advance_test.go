package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// advanced is the reference for Advance: each set cell of herd looks at
// the cell ahead, wrapping round, and moves there if neither grid has it,
// all at once.
func advanced(herd, other ref, d grid.Dir) (ref, bool) {
	moved := false
	next := grid.FromFunc(herd.Rows(), herd.Cols(), func(p grid.Point) bool {
		ahead := herd.Torus().Wrap(p.Move(d, 1))
		behind := herd.Torus().Wrap(p.Move(d, -1))
		stays := herd.At(p) && (herd.At(ahead) || other.At(ahead))
		arrives := herd.At(behind) && !herd.At(p) && !other.At(p)
		if arrives {
			moved = true
		}
		return stays || arrives
	})
	return next, moved
}

// TestAdvance checks Advance against the reference on 2,000 random pairs
// of grids of widths around word boundaries, in all four headings, with
// one receiver reused so that its working memory carries over, and checks
// that other is left as it was.
func TestAdvance(t *testing.T) {
	rng := rand.New(rand.NewPCG(131, 132))
	for trial := range 2000 {
		rows, cols := 1+rng.IntN(6), []int{1, 2, 3, 5, 63, 64, 65, 127, 128, 130, 191, 192, 200}[rng.IntN(13)]
		herd, other := randRef(rng, rows, cols), randRef(rng, rows, cols)
		other = grid.FromFunc(rows, cols, func(p grid.Point) bool { return other.At(p) && !herd.At(p) })
		g := bitrows.From(herd, func(v bool) bool { return v })
		o := bitrows.From(other, func(v bool) bool { return v })
		for _, d := range grid.Cardinals() {
			want, wantMoved := advanced(herd, other, d)
			if got := g.Advance(d, o); got != wantMoved {
				t.Fatalf("trial %d, %dx%d, %v: Advance reports %v, want %v", trial, rows, cols, d, got, wantMoved)
			}
			same(t, "Advance", g, want)
			same(t, "Advance's other", o, other)
			herd = want
		}
	}
}

// TestAdvanceMisuse checks Advance's panics.
func TestAdvanceMisuse(t *testing.T) {
	g := bitrows.New(2, 3)
	testkit.MustPanic(t, "Advance(g)", "bitrows: Grid.Advance: the receiver is also the argument", func() { g.Advance(grid.Right, g) })
	testkit.MustPanic(t, "Advance(UpRight)", "bitrows: Grid.Advance: heading", func() { g.Advance(grid.UpRight, bitrows.New(2, 3)) })
	testkit.MustPanic(t, "Advance(2x4)", "bitrows: Grid.Advance: sizes", func() { g.Advance(grid.Right, bitrows.New(2, 4)) })
}
