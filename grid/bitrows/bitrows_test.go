package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// ref is the plain reference: a grid of bools.
type ref = grid.Grid[bool]

func randRef(rng *rand.Rand, rows, cols int) ref {
	return grid.FromFunc(rows, cols, func(grid.Point) bool { return rng.IntN(3) == 0 })
}

func same(t *testing.T, what string, got *bitrows.Grid, want ref) {
	t.Helper()
	if got.Rows() != want.Rows() || got.Cols() != want.Cols() {
		t.Fatalf("%s: size %dx%d, want %dx%d", what, got.Rows(), got.Cols(), want.Rows(), want.Cols())
	}
	n := 0
	for p, v := range want.All() {
		if got.Has(p) != v {
			t.Fatalf("%s: bit %v is %v, want %v", what, p, got.Has(p), v)
		}
		if v {
			n++
		}
	}
	listed := 0
	for p := range got.All() {
		if !want.At(p) {
			t.Fatalf("%s: All lists %v, which is clear", what, p)
		}
		listed++
	}
	if got.Count() != n || listed != n {
		t.Fatalf("%s: Count %d, All lists %d, want %d", what, got.Count(), listed, n)
	}
}

// moved is the reference for Rotate and Shift.
func moved(a ref, d grid.Dir, k int, wrap bool) ref {
	return grid.FromFunc(a.Rows(), a.Cols(), func(p grid.Point) bool {
		q := p.Move(d.Reverse(), k) // the cell that lands on p
		if wrap {
			return a.Torus().At(q)
		}
		v, _ := a.Get(q)
		return v
	})
}

func TestAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(111, 112))
	for trial := range 2000 {
		rows, cols := 1+rng.IntN(6), []int{1, 2, 5, 63, 64, 65, 127, 128, 130, 200}[rng.IntN(10)]
		a, b := randRef(rng, rows, cols), randRef(rng, rows, cols)
		ga, gb := bitrows.From(a, func(v bool) bool { return v }), bitrows.From(b, func(v bool) bool { return v })
		same(t, "From", ga, a)
		g := bitrows.New(rows, cols)
		same(t, "And", g.And(ga, gb), grid.FromFunc(rows, cols, func(p grid.Point) bool { return a.At(p) && b.At(p) }))
		same(t, "Or", g.Or(ga, gb), grid.FromFunc(rows, cols, func(p grid.Point) bool { return a.At(p) || b.At(p) }))
		same(t, "AndNot", g.AndNot(ga, gb), grid.FromFunc(rows, cols, func(p grid.Point) bool { return a.At(p) && !b.At(p) }))
		same(t, "Nor", g.Nor(ga, gb), grid.FromFunc(rows, cols, func(p grid.Point) bool { return !a.At(p) && !b.At(p) }))
		same(t, "Not", g.Not(ga), grid.FromFunc(rows, cols, func(p grid.Point) bool { return !a.At(p) }))
		d, k := grid.Dir(rng.IntN(4)), rng.IntN(2*max(rows, cols)+2)
		if rows > 0 && cols > 0 {
			same(t, "Rotate", g.Rotate(ga, d, k), moved(a, d, k, true))
		}
		same(t, "Shift", g.Shift(ga, d, k), moved(a, d, k, false))
		if !ga.Clone().Equal(ga) || g.Not(ga).Equal(ga) || ga.Any() != (ga.Count() > 0) {
			t.Fatalf("trial %d: Equal or Clone wrong", trial)
		}
		if rows > 0 && cols > 0 {
			p := grid.Pt(rng.IntN(rows), rng.IntN(cols))
			c := ga.Clone()
			c.Set(p, !a.At(p))
			same(t, "Set", c, a.With(p, !a.At(p)))
		}
	}
}

func TestMisuse(t *testing.T) {
	a, b := bitrows.New(2, 3), bitrows.New(2, 4)
	testkit.MustPanic(t, "sizes", "bitrows: Grid.And: sizes 2x3 and 2x4", func() { a.And(a, b) })
	testkit.MustPanic(t, "alias", "bitrows: Grid.Rotate: the receiver is also the argument", func() { a.Rotate(a, grid.Up, 1) })
	testkit.MustPanic(t, "diagonal", "bitrows: Grid.Shift: heading UpRight, want a cardinal one", func() { a.Shift(bitrows.New(2, 3), grid.UpRight, 1) })
	testkit.MustPanic(t, "set", "bitrows: Grid.Set: (2,0) outside the 2x3 grid", func() { a.Set(grid.Pt(2, 0), true) })
	testkit.MustPanic(t, "new", "bitrows: New: size -1x3", func() { bitrows.New(-1, 3) })
}

// TestKey checks keys on 600 pairs of random grids of one size, some
// equal and some a bit apart: Key equal exactly when the bits are,
// bitrows.Key of several grids the grids' keys joined, and AppendKey the
// key appended.
func TestKey(t *testing.T) {
	rng := rand.New(rand.NewPCG(141, 142))
	for trial := range 600 {
		rows, cols := 1+rng.IntN(5), []int{1, 2, 63, 64, 65, 130}[rng.IntN(6)]
		a := bitrows.From(randRef(rng, rows, cols), func(v bool) bool { return v })
		b := a.Clone()
		if trial%2 == 0 {
			p := grid.Pt(rng.IntN(rows), rng.IntN(cols))
			b.Set(p, !b.Has(p))
		}
		if got, want := a.Key() == b.Key(), a.Equal(b); got != want {
			t.Fatalf("trial %d (%dx%d): keys equal %v, grids equal %v", trial, rows, cols, got, want)
		}
		if got, want := bitrows.Key(a, b), a.Key()+b.Key(); got != want {
			t.Fatalf("trial %d: Key(a, b) is not a.Key()+b.Key()", trial)
		}
		if got, want := string(b.AppendKey([]byte("x"))), "x"+b.Key(); got != want {
			t.Fatalf("trial %d: AppendKey did not append the key", trial)
		}
		if got := len(a.Key()); got != 8*a.Words() {
			t.Fatalf("trial %d: key of %d bytes, want %d", trial, got, 8*a.Words())
		}
	}
	if bitrows.Key() != "" {
		t.Fatal("Key() of no grids is not empty")
	}
}

// TestOf checks Of against From with an equality test on 300 random grids
// of widths around word boundaries, for a value present and one absent.
func TestOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(211, 212))
	// Bytes that the eight-at-a-time test could confuse: zero, the top
	// bit, all bits, and neighbours of each other.
	glyphs := []byte{'.', '#', 'o', 0, 1, 0x7f, 0x80, 0x81, 0xfe, 0xff}
	for range 1000 {
		rows := 1 + rng.IntN(5)
		cols := []int{1, 2, 7, 8, 9, 15, 16, 17, 63, 64, 65, 127, 128, 129, 200}[rng.IntN(15)]
		kinds := 1 + rng.IntN(len(glyphs))
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return glyphs[rng.IntN(kinds)] })
		for _, v := range []byte{glyphs[rng.IntN(kinds)], glyphs[rng.IntN(len(glyphs))], 'x'} {
			want := grid.FromFunc(rows, cols, func(p grid.Point) bool { return g.At(p) == v })
			same(t, "Of", bitrows.Of(g, v), want)
		}
		// Any other cell type takes the general path.
		n := grid.FromFunc(rows, cols, func(grid.Point) int { return rng.IntN(3) - 1 })
		same(t, "Of of ints", bitrows.Of(n, 0), grid.FromFunc(rows, cols, func(p grid.Point) bool { return n.At(p) == 0 }))
	}
}
