package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestRows checks the row-level view on 800 random grids of widths around
// word boundaries: every bit of Row against Has; Beside, for every bit of
// every word of every row, against the cells one column to the left and
// right read by Has (clear outside the grid, so the bit just past the last
// column has the last column on its left); and a grid whose words are written through
// Row, one from another, against the grid copied.
func TestRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(231, 232))
	for range 800 {
		rows, cols := 1+rng.IntN(5), []int{1, 2, 5, 63, 64, 65, 127, 128, 130, 200}[rng.IntN(10)]
		want := randRef(rng, rows, cols)
		g := bitrows.From(want, func(v bool) bool { return v })
		per := (cols + 63) / 64
		cp := bitrows.New(rows, cols)
		for r := range rows {
			row := g.Row(r)
			if len(row) != per {
				t.Fatalf("%dx%d: len(Row(%d)) = %d, want %d", rows, cols, r, len(row), per)
			}
			for w := range row {
				left, right := bitrows.Beside(row, w)
				for k := range 64 {
					c := 64*w + k
					if got, want := row[w]>>k&1 == 1, g.Has(grid.Pt(r, c)); got != want {
						t.Fatalf("%dx%d: Row(%d)[%d] bit %d is %v, want %v", rows, cols, r, w, k, got, want)
					}
					if got, want := left>>k&1 == 1, g.Has(grid.Pt(r, c-1)); got != want {
						t.Fatalf("%dx%d: Beside(Row(%d), %d) left bit %d is %v, want %v", rows, cols, r, w, k, got, want)
					}
					if got, want := right>>k&1 == 1, g.Has(grid.Pt(r, c+1)); got != want {
						t.Fatalf("%dx%d: Beside(Row(%d), %d) right bit %d is %v, want %v", rows, cols, r, w, k, got, want)
					}
				}
			}
			copy(cp.Row(r), row)
		}
		same(t, "copy through Row", cp, want)
	}
}

// TestBesideTable checks Beside by hand on a row of one word and one of
// three: the carries between words, and the cells past either end of the
// row read as clear.
func TestBesideTable(t *testing.T) {
	for _, tc := range []struct {
		row         []uint64
		w           int
		left, right uint64
	}{
		{[]uint64{0b0110}, 0, 0b1100, 0b0011},
		{[]uint64{1 << 63, 1, 0}, 0, 0, 1<<62 | 1<<63},
		{[]uint64{1 << 63, 1, 0}, 1, 1 | 2, 0},
		{[]uint64{1 << 63, 1, 0}, 2, 0, 0},
		{[]uint64{0, 0, 1}, 1, 0, 1 << 63},
	} {
		if l, r := bitrows.Beside(tc.row, tc.w); l != tc.left || r != tc.right {
			t.Errorf("Beside(%b, %d) = %b, %b, want %b, %b", tc.row, tc.w, l, r, tc.left, tc.right)
		}
	}
}

func TestRowMisuse(t *testing.T) {
	g := bitrows.New(3, 70)
	testkit.MustPanic(t, "Row(-1)", "bitrows: Grid.Row: row -1 outside [0, 3)", func() { g.Row(-1) })
	testkit.MustPanic(t, "Row(3)", "bitrows: Grid.Row: row 3 outside [0, 3)", func() { g.Row(3) })
	testkit.MustPanic(t, "Beside(row, 2)", "index out of range", func() { bitrows.Beside(g.Row(0), 2) })
}
