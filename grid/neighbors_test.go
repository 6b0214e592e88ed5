package grid

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestNeighborsFuncVsPlain checks the filtered neighbours against the
// plain neighbour list filtered by hand, at every point in and around
// random grids.
func TestNeighborsFuncVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	for range 200 {
		g := randGrid(rng, 6, ".#")
		var calls int
		open := func(q Point, v byte) bool {
			calls++
			if g.At(q) != v {
				t.Fatalf("f(%v, %q) is given the wrong cell, want %q", q, v, g.At(q))
			}
			return v == '.'
		}
		for r := -1; r <= g.Rows(); r++ {
			for c := -1; c <= g.Cols(); c++ {
				p := Pt(r, c)
				for _, diag := range []bool{false, true} {
					var want []Point
					all := plainNeighbors(g.Rows(), g.Cols(), p, diag)
					for _, q := range all {
						if g.At(q) == '.' {
							want = append(want, q)
						}
					}
					calls = 0
					seq := g.Neighbors4Func(p, open)
					if diag {
						seq = g.Neighbors8Func(p, open)
					}
					if got := slices.Collect(seq); !slices.Equal(got, want) || calls != len(all) {
						t.Fatalf("%q: neighbours of %v (diagonals %v) passing f = %v with %d calls, want %v with %d", g, p, diag, got, calls, want, len(all))
					}
				}
			}
		}
	}
}

// TestGridIteratorAllocs checks that the grid's walk-like iterators
// allocate nothing when ranged over directly.
func TestGridIteratorAllocs(t *testing.T) {
	g := New(6, 7, byte('.'))
	p := Pt(2, 3)
	open := func(_ Point, v byte) bool { return v == '.' }
	sec := Sections("\n#.\r\n.#\n\n")[0]
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		for l := range sec.Lines() {
			n += len(l)
		}
		for q := range g.Neighbors4(p) {
			n += q.Row
		}
		for q := range g.Neighbors8(p) {
			n += q.Row
		}
		for j := range g.Neighbors4Index(9) {
			n += j
		}
		for j := range g.Neighbors8Index(9) {
			n += j
		}
		for q := range g.Neighbors4Func(p, open) {
			n += q.Col
		}
		for q := range g.Neighbors8Func(p, open) {
			n += q.Col
		}
		for v := range g.Row(1) {
			n += int(v)
		}
		for v := range g.Col(1) {
			n += int(v)
		}
		for q := range p.Within(3) {
			n += q.Row
		}
		for q, d := range g.Entries() {
			n += q.Row + int(d)
		}
		if q, ok := g.First(p, Right, func(v byte) bool { return v == '#' }); ok {
			n += q.Row
		}
		for _, d := range Cardinals() {
			n += int(d)
		}
		num := Number{Value: 12, At: p, Len: 2}
		for q := range num.Cells() {
			n += q.Col
		}
		for q := range num.Around() {
			n += q.Col
		}
	})
	if allocs != 0 {
		t.Errorf("grid iterators allocate %v times a run, want 0", allocs)
	}
}

func TestColVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	for range 200 {
		g := randGrid(rng, 8, ".#O")
		rows := g.ToRows()
		for c := -1; c <= g.Cols(); c++ {
			var want []byte
			for r := range rows {
				if c >= 0 && c < g.Cols() {
					want = append(want, rows[r][c])
				}
			}
			if got := slices.Collect(g.Col(c)); !slices.Equal(got, want) {
				t.Fatalf("%q.Col(%d) = %q, want %q", g, c, got, want)
			}
		}
	}
}

// TestFirstVsPlain checks First from every point in and around random
// grids in every heading, against stepping with Move and At.
func TestFirstVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(45, 46))
	for range 100 {
		g := randGrid(rng, 7, "..#")
		wall := func(v byte) bool { return v == '#' }
		for r := -1; r <= g.Rows(); r++ {
			for c := -1; c <= g.Cols(); c++ {
				for _, d := range Dirs() {
					var want Point
					found := false
					for q := Pt(r, c); g.In(q); q = q.Move(d, 1) {
						if g.At(q) == '#' {
							want, found = q, true
							break
						}
					}
					if got, ok := g.First(Pt(r, c), d, wall); got != want || ok != found {
						t.Fatalf("%q.First(%v, %v, wall) = %v, %v; want %v, %v", g, Pt(r, c), d, got, ok, want, found)
					}
				}
			}
		}
	}
}

// TestMovesVsPlain checks the successor functions of Moves4 and Moves8
// against the plain neighbour list filtered by hand, with a rule that
// depends on both cells.
func TestMovesVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(47, 48))
	climb := func(from, to byte) bool { return to <= from+1 }
	for range 200 {
		g := randGrid(rng, 6, "abcd")
		next4, next8 := g.Moves4(climb), g.Moves8(climb)
		for r := -1; r <= g.Rows(); r++ {
			for c := -1; c <= g.Cols(); c++ {
				p := Pt(r, c)
				for _, diag := range []bool{false, true} {
					var want []Point
					if g.In(p) {
						for _, q := range plainNeighbors(g.Rows(), g.Cols(), p, diag) {
							if g.At(q) <= g.At(p)+1 {
								want = append(want, q)
							}
						}
					}
					next := next4
					if diag {
						next = next8
					}
					if got := slices.Collect(next(p)); !slices.Equal(got, want) {
						t.Fatalf("%q: Moves (diagonals %v) from %v = %v, want %v", g, diag, p, got, want)
					}
				}
			}
		}
	}
}

// TestNeighborsIndexVsPoints checks the index neighbours of Grid and
// Mutable against the point neighbours, mapped through Index, for every
// index in and just outside random grids, and AtIndex against At.
func TestNeighborsIndexVsPoints(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	for range 300 {
		g := randGrid(rng, 7, ".#")
		m := g.Mutable()
		for i := -2; i < g.Len()+2; i++ {
			for _, diag := range []bool{false, true} {
				var want []int
				if i >= 0 && i < g.Len() {
					for _, q := range plainNeighbors(g.Rows(), g.Cols(), g.PointAt(i), diag) {
						want = append(want, g.Index(q))
					}
				}
				got, gotM := slices.Collect(g.Neighbors4Index(i)), slices.Collect(m.Neighbors4Index(i))
				if diag {
					got, gotM = slices.Collect(g.Neighbors8Index(i)), slices.Collect(m.Neighbors8Index(i))
				}
				if !slices.Equal(got, want) || !slices.Equal(gotM, want) {
					t.Fatalf("%dx%d: neighbours of index %d (diagonals %v) = %v on Grid, %v on Mutable; want %v", g.Rows(), g.Cols(), i, diag, got, gotM, want)
				}
			}
			if i >= 0 && i < g.Len() {
				if p := g.PointAt(i); g.AtIndex(i) != g.At(p) || m.AtIndex(i) != g.At(p) {
					t.Fatalf("AtIndex(%d) = %q on Grid, %q on Mutable; At(%v) = %q", i, g.AtIndex(i), m.AtIndex(i), p, g.At(p))
				}
			}
		}
	}
}

func TestAtIndexPanics(t *testing.T) {
	g := New(2, 3, byte('.'))
	m := g.Mutable()
	testkit.MustPanic(t, "Grid.AtIndex(6)", "grid: Grid.AtIndex: index 6 outside the 2x3 grid", func() { g.AtIndex(6) })
	testkit.MustPanic(t, "Grid.AtIndex(-1)", "grid: Grid.AtIndex: index -1 outside the 2x3 grid", func() { g.AtIndex(-1) })
	testkit.MustPanic(t, "Mutable.AtIndex(6)", "grid: Mutable.AtIndex: index 6 outside the 2x3 grid", func() { m.AtIndex(6) })
	testkit.MustPanic(t, "Mutable.SetIndex(-1)", "grid: Mutable.SetIndex: index -1 outside the 2x3 grid", func() { m.SetIndex(-1, '#') })
	m.SetIndex(4, '#')
	if m.At(Pt(1, 1)) != '#' || g.At(Pt(1, 1)) != '.' {
		t.Error("SetIndex(4) did not set (1,1) of the Mutable alone")
	}
}
