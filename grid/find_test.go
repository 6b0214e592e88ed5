package grid

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestFindSmall(t *testing.T) {
	g := mustFromRows(t, [][]byte{[]byte("..#"), []byte("#.S")})
	tests := []struct {
		name  string
		v     byte
		first Point
		found bool
		all   []Point
	}{
		{"start", 'S', Pt(1, 2), true, []Point{Pt(1, 2)}},
		{"walls", '#', Pt(0, 2), true, []Point{Pt(0, 2), Pt(1, 0)}},
		{"floor", '.', Pt(0, 0), true, []Point{Pt(0, 0), Pt(0, 1), Pt(1, 1)}},
		{"missing", 'E', Pt(0, 0), false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p, ok := Find(g, tt.v); p != tt.first || ok != tt.found {
				t.Errorf("Find(g, %q) = %v, %v, want %v, %v", tt.v, p, ok, tt.first, tt.found)
			}
			if got := FindAll(g, tt.v); !slices.Equal(got, tt.all) || (got == nil) != (tt.all == nil) {
				t.Errorf("FindAll(g, %q) = %#v, want %#v", tt.v, got, tt.all)
			}
			if got := Count(g, tt.v); got != len(tt.all) {
				t.Errorf("Count(g, %q) = %d, want %d", tt.v, got, len(tt.all))
			}
		})
	}
}

func TestFindVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		g := randGrid(rng, 8, ".#ab")
		rows := g.ToRows()
		for _, v := range []byte(".#abz") {
			var want []Point
			for r, row := range rows {
				for c, cell := range row {
					if cell == v {
						want = append(want, Pt(r, c))
					}
				}
			}
			if got := FindAll(g, v); !slices.Equal(got, want) {
				t.Fatalf("FindAll(%q, %q) = %v, want %v", g.String(), v, got, want)
			}
			if got := Count(g, v); got != len(want) {
				t.Fatalf("Count(%q, %q) = %d, want %d", g.String(), v, got, len(want))
			}
			p, ok := Find(g, v)
			if ok != (len(want) > 0) || (ok && p != want[0]) || (!ok && p != Point{}) {
				t.Fatalf("Find(%q, %q) = %v, %v, want first of %v", g.String(), v, p, ok, want)
			}
		}
	}
}

func TestEqual(t *testing.T) {
	a := mustFromRows(t, [][]int{{1, 2, 3}, {4, 5, 6}})
	tests := []struct {
		name string
		b    Grid[int]
		want bool
	}{
		{"same", a, true},
		{"copy", mustFromRows(t, [][]int{{1, 2, 3}, {4, 5, 6}}), true},
		{"one_cell_differs", a.With(Pt(1, 2), 7), false},
		{"first_cell_differs", a.With(Pt(0, 0), 0), false},
		{"transposed_shape", mustFromRows(t, [][]int{{1, 2}, {3, 4}, {5, 6}}), false},
		{"one_row", mustFromRows(t, [][]int{{1, 2, 3, 4, 5, 6}}), false},
		{"empty", Grid[int]{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Equal(a, tt.b); got != tt.want {
				t.Errorf("Equal(a, %v) = %v, want %v", tt.b.ToRows(), got, tt.want)
			}
			if got := Equal(tt.b, a); got != tt.want {
				t.Errorf("Equal(%v, a) = %v, want %v", tt.b.ToRows(), got, tt.want)
			}
		})
	}
}

func TestEqualVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 1000 {
		a, b := randGrid(rng, 3, "ab"), randGrid(rng, 3, "ab")
		ra, rb := a.ToRows(), b.ToRows()
		want := slices.EqualFunc(ra, rb, slices.Equal)
		if got := Equal(a, b); got != want {
			t.Fatalf("Equal(%q, %q) = %v, want %v", a.String(), b.String(), got, want)
		}
	}
}

// TestFindGeneric runs the checks of TestFindVsPlain on a Grid[rune], which
// takes the plain loops rather than the byte fast paths.
func TestFindGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 300 {
		g := Convert(randGrid(rng, 8, ".#ab"), func(_ Point, c byte) rune { return rune(c) })
		for _, v := range ".#abz" {
			var want []Point
			for p, cell := range g.All() {
				if cell == v {
					want = append(want, p)
				}
			}
			if got := FindAll(g, v); !slices.Equal(got, want) {
				t.Fatalf("FindAll(%q, %q) = %v, want %v", g.String(), v, got, want)
			}
			if got := Count(g, v); got != len(want) {
				t.Fatalf("Count(%q, %q) = %d, want %d", g.String(), v, got, len(want))
			}
			p, ok := Find(g, v)
			if ok != (len(want) > 0) || (ok && p != want[0]) || (!ok && p != Point{}) {
				t.Fatalf("Find(%q, %q) = %v, %v, want first of %v", g.String(), v, p, ok, want)
			}
		}
	}
}

// TestKeyVsEqual checks on 3,000 pairs of small random grids, of shapes
// that share a number of cells (2x3 and 3x2, 1x6 and 6x1), some equal and
// some one cell apart, that Key gives equal strings exactly when Equal
// reports the grids equal.
func TestKeyVsEqual(t *testing.T) {
	rng := rand.New(rand.NewPCG(191, 192))
	shapes := [][2]int{{2, 3}, {3, 2}, {1, 6}, {6, 1}, {1, 1}, {4, 4}}
	for trial := range 3000 {
		sa, sb := shapes[rng.IntN(len(shapes))], shapes[rng.IntN(len(shapes))]
		a := FromFunc(sa[0], sa[1], func(Point) byte { return "ab"[rng.IntN(2)] })
		b := FromFunc(sb[0], sb[1], func(Point) byte { return "ab"[rng.IntN(2)] })
		if trial%3 == 0 { // equal, or one cell apart
			b = a
			if trial%2 == 0 {
				b = a.With(Pt(rng.IntN(sa[0]), rng.IntN(sa[1])), 'c')
			}
		}
		if got, want := Key(a) == Key(b), Equal(a, b); got != want {
			t.Fatalf("%q and %q: keys equal %v, Equal %v", a.String(), b.String(), got, want)
		}
	}
	wide, tall := MustParse("abc\nabc\n"), MustParse("ab\nca\nbc\n") // the same cells, row by row
	if Key(wide) == Key(tall) {
		t.Fatal("a 2x3 grid and a 3x2 grid of the same cells have one key")
	}
}

// TestGroups compares Groups with FindAll for every byte on 500 random
// grids of bytes drawn from a few values, some of them the skipped one, and
// checks that the groups share one array without overlapping: appending to
// one does not change another.
func TestGroups(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	values := []byte{'.', 'a', 'A', '0', 0, 0xff}
	for range 500 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		kinds := 1 + rng.IntN(len(values))
		g := FromFunc(rows, cols, func(Point) byte { return values[rng.IntN(kinds)] })
		skip := values[rng.IntN(len(values))]
		groups := Groups(g, skip)
		if cap(groups[skip]) != 0 {
			t.Fatalf("%q skipping %q: the skipped group has room for %d points, want none", g, skip, cap(groups[skip]))
		}
		for v := range 256 {
			want := FindAll(g, byte(v))
			if byte(v) == skip {
				want = nil
			}
			if got := groups[v]; len(got) != len(want) || !slices.Equal(got, want) {
				t.Fatalf("%q skipping %q: Groups[%q] = %v, want %v", g, skip, byte(v), got, want)
			}
		}
		for v := range groups {
			if n := len(groups[v]); n > 0 {
				groups[v] = append(groups[v], Pt(-1, -1)) // must not overwrite the next group
			}
		}
		for v := range 256 {
			if byte(v) == skip {
				continue
			}
			want := FindAll(g, byte(v))
			if got := groups[v]; len(want) > 0 && !slices.Equal(got[:len(want)], want) {
				t.Fatalf("%q: appending to one group changed group %q: %v, want %v first", g, byte(v), got, want)
			}
		}
	}
	small := MustParse("a.b\n.a.")
	if n := testing.AllocsPerRun(20, func() { Groups(small, '.') }); n != 2 {
		t.Errorf("Groups: %v allocations, want 2", n)
	}
}
