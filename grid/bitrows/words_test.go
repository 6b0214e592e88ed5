package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestWords checks the word-level view on 800 random grids of widths
// around word boundaries: Word against Has, every word of a copy set by
// SetWord (with the bits past the last column set too, which SetWord must
// drop), and each word's Count read by Counts.At against a cell-by-cell
// count of the neighbours, for AtLeast and Exactly with every k from -2
// to 17, after Count8 and after Count4.
func TestWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(131, 132))
	var c bitrows.Counts
	for trial := range 800 {
		rows, cols := 1+rng.IntN(6), []int{1, 2, 5, 63, 64, 65, 127, 128, 130}[rng.IntN(9)]
		want := randRef(rng, rows, cols)
		if trial%4 == 0 { // dense grids reach the high counts
			want = grid.FromFunc(rows, cols, func(grid.Point) bool { return rng.IntN(8) > 0 })
		}
		g := bitrows.From(want, func(v bool) bool { return v })
		per := (cols + 63) / 64
		if g.Words() != rows*per {
			t.Fatalf("%dx%d: Words() = %d, want %d", rows, cols, g.Words(), rows*per)
		}
		for p, v := range want.All() {
			if got := g.Word(p.Row*per+p.Col/64)>>(p.Col%64)&1 == 1; got != v {
				t.Fatalf("%dx%d: bit %d of word %d is %v, want %v", rows, cols, p.Col%64, p.Row*per+p.Col/64, got, v)
			}
		}
		cp := bitrows.New(rows, cols)
		for j := range g.Words() {
			past := ^uint64(0) << (cols % 64) // the bits past the last column, in a row's last word
			if cols%64 == 0 || j%per != per-1 {
				past = 0
			}
			cp.SetWord(j, g.Word(j)|past)
		}
		same(t, "SetWord", cp, want)

		dst := bitrows.New(rows, cols)
		for _, tc := range countFills(&c) {
			n := neighbours(want, tc.dirs)
			tc.fill(g)
			for k := -2; k <= 17; k++ {
				for j := range dst.Words() {
					dst.SetWord(j, c.At(j).AtLeast(k))
				}
				same(t, tc.name+" At.AtLeast", dst, grid.FromFunc(rows, cols, func(p grid.Point) bool { return n.At(p) >= k }))
				for j := range dst.Words() {
					dst.SetWord(j, c.At(j).Exactly(k))
				}
				same(t, tc.name+" At.Exactly", dst, grid.FromFunc(rows, cols, func(p grid.Point) bool { return n.At(p) == k }))
			}
		}
	}
}

// TestWordsMisuse checks that a word outside the grid panics, naming the
// call and the word.
func TestWordsMisuse(t *testing.T) {
	g := bitrows.New(3, 70) // 2 words a row
	testkit.MustPanic(t, "Word", "bitrows: Grid.Word: word 6 outside [0, 6)", func() { g.Word(6) })
	testkit.MustPanic(t, "SetWord", "bitrows: Grid.SetWord: word -1 outside [0, 6)", func() { g.SetWord(-1, 1) })
	var c bitrows.Counts
	testkit.MustPanic(t, "At on empty Counts", "bitrows: Counts.At: word 0 outside [0, 0)", func() { c.At(0) })
	c.Count8(g)
	testkit.MustPanic(t, "At", "bitrows: Counts.At: word 9 outside [0, 6)", func() { c.At(9) })
}
