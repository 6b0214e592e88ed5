package grid_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// plainRegions is the reference: it joins neighbours with same in a
// union-find, then lists each set's cells in reading order, sets in
// reading order of their first cells, and measures each set with
// plainMeasure.
func plainRegions[T any](g grid.Grid[T], same func(a, b T) bool) []grid.Region {
	parent := make([]int, g.Len())
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	for p, v := range g.All() {
		for _, q := range []grid.Point{p.Move(grid.Right, 1), p.Move(grid.Down, 1)} {
			if w, ok := g.Get(q); ok && same(v, w) {
				parent[find(g.Index(p))] = find(g.Index(q))
			}
		}
	}
	var out []grid.Region
	at := make(map[int]int) // root → position in out
	for p := range g.Points() {
		root := find(g.Index(p))
		k, ok := at[root]
		if !ok {
			k = len(out)
			at[root] = k
			out = append(out, grid.Region{})
		}
		out[k].Cells = append(out[k].Cells, p)
	}
	for k := range out {
		out[k].Perimeter, out[k].Sides = plainMeasure(out[k].Cells)
	}
	return out
}

// plainMeasure counts the fence around cells edge by edge, and its sides
// as runs of fence: a fence edge on side d of a cell starts a side unless
// the cell before it along the fence (to its left for Up and Down fences,
// above it for Left and Right ones) is in the set with a fence on side d
// too.
func plainMeasure(cells []grid.Point) (perimeter, sides int) {
	in := make(map[grid.Point]bool)
	for _, p := range cells {
		in[p] = true
	}
	fence := func(p grid.Point, d grid.Dir) bool { return in[p] && !in[p.Move(d, 1)] }
	for _, p := range cells {
		for d := grid.Up; d <= grid.Left; d++ {
			if !fence(p, d) {
				continue
			}
			perimeter++
			before := grid.Left
			if d == grid.Left || d == grid.Right {
				before = grid.Up
			}
			if !fence(p.Move(before, 1), d) {
				sides++
			}
		}
	}
	return perimeter, sides
}

// checkRegions compares got with the reference want: same regions, same
// order, same measures, and Area equal to the number of cells.
func checkRegions(t *testing.T, name string, got, want []grid.Region) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d regions, want %d", name, len(got), len(want))
	}
	for k := range want {
		g, w := got[k], want[k]
		if !slices.Equal(g.Cells, w.Cells) || g.Perimeter != w.Perimeter || g.Sides != w.Sides || g.Area() != len(w.Cells) {
			t.Fatalf("%s: region %d = %v, perimeter %d, sides %d, area %d; want %v, %d, %d, %d",
				name, k, g.Cells, g.Perimeter, g.Sides, g.Area(), w.Cells, w.Perimeter, w.Sides, len(w.Cells))
		}
	}
}

// randLetters returns a rows×cols grid of letters from the first k of the
// alphabet, in patches: each cell copies the cell above or to its left
// with probability stick.
func randLetters(rng *rand.Rand, rows, cols, k int, stick float64) grid.Grid[byte] {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = 'A' + byte(rng.IntN(k))
			switch {
			case rng.Float64() >= stick:
			case r > 0 && (c == 0 || rng.IntN(2) == 0):
				m[r][c] = m[r-1][c]
			case c > 0:
				m[r][c] = m[r][c-1]
			}
		}
	}
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	return g
}

func TestRegionsMatchPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 1))
	eq := func(a, b byte) bool { return a == b }
	for i := range 600 {
		g := randLetters(rng, 1+rng.IntN(20), 1+rng.IntN(20), 1+rng.IntN(4), rng.Float64())
		name := fmt.Sprintf("Regions of map %d:\n%s", i, g)
		checkRegions(t, name, grid.Regions(g), plainRegions(g, eq))
	}
}

// TestOutlinesMatchPlain compares Outlines with the reference regions:
// same order, first cell, area, perimeter and sides.
func TestOutlinesMatchPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 3))
	eq := func(a, b byte) bool { return a == b }
	for i := range 600 {
		g := randLetters(rng, 1+rng.IntN(20), 1+rng.IntN(20), 1+rng.IntN(4), rng.Float64())
		want := plainRegions(g, eq)
		got := grid.Outlines(g)
		if len(got) != len(want) {
			t.Fatalf("Outlines of map %d: %d regions, want %d\n%s", i, len(got), len(want), g)
		}
		for k, w := range want {
			if o := got[k]; o.First != w.Cells[0] || o.Area != len(w.Cells) || o.Perimeter != w.Perimeter || o.Sides != w.Sides {
				t.Fatalf("Outlines of map %d: region %d = %+v, want first %v, area %d, perimeter %d, sides %d\n%s",
					i, k, o, w.Cells[0], len(w.Cells), w.Perimeter, w.Sides, g)
			}
		}
	}
	if got := grid.Outlines(grid.Grid[byte]{}); got != nil {
		t.Errorf("Outlines(zero Grid) = %v, want nil", got)
	}
}

func TestRegionsFuncMatchPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 2))
	// Not transitive: 'A' joins 'B', 'B' joins 'C', but 'A' does not join 'C'.
	near := func(a, b byte) bool { return a-b+1 <= 2 }
	vowel := func(a, b byte) bool { return (a == 'A' || a == 'E') == (b == 'A' || b == 'E') }
	for i := range 300 {
		g := randLetters(rng, 1+rng.IntN(16), 1+rng.IntN(16), 1+rng.IntN(6), rng.Float64())
		name := fmt.Sprintf("map %d:\n%s", i, g)
		checkRegions(t, "RegionsFunc(near) of "+name, grid.RegionsFunc(g, near), plainRegions(g, near))
		checkRegions(t, "RegionsFunc(vowel) of "+name, grid.RegionsFunc(g, vowel), plainRegions(g, vowel))
	}
}

func TestRegionsHand(t *testing.T) {
	type measure struct{ area, perimeter, sides int }
	tests := []struct {
		name string
		m    string
		want []measure // in reading order of first cells
	}{
		{"one_cell", "A\n", []measure{{1, 4, 4}}},
		{"row", "AAAA\n", []measure{{4, 10, 4}}},
		{"ell", "AA\nAB\n", []measure{{3, 8, 6}, {1, 4, 4}}},
		{"checkers", "AB\nBA\n", []measure{{1, 4, 4}, {1, 4, 4}, {1, 4, 4}, {1, 4, 4}}},
		// A hole: the fence around it counts, inside and out.
		{"ring", "AAA\nABA\nAAA\n", []measure{{8, 16, 8}, {1, 4, 4}}},
		// Two holes that meet at a corner: each has four sides.
		{"pinched_holes", "AAAA\nAABA\nABAA\nAAAA\n", []measure{{14, 24, 12}, {1, 4, 4}, {1, 4, 4}}},
		// The region meets itself at a corner: an S of cells around two
		// Bs, whose fence turns twice where the A cells touch.
		{"touching_corner", "AAB\nABA\nAAA\n", []measure{{7, 16, 10}, {1, 4, 4}, {1, 4, 4}}},
		{"comb", "ABABA\nAAAAA\n", []measure{{8, 18, 12}, {1, 4, 4}, {1, 4, 4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := grid.ParseString(tt.m)
			if err != nil {
				t.Fatal(err)
			}
			var got []measure
			for _, r := range grid.Regions(g) {
				got = append(got, measure{r.Area(), r.Perimeter, r.Sides})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Regions(%q) measure %v, want %v", tt.m, got, tt.want)
			}
			got = got[:0]
			for _, o := range grid.Outlines(g) {
				got = append(got, measure{o.Area, o.Perimeter, o.Sides})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Outlines(%q) measure %v, want %v", tt.m, got, tt.want)
			}
		})
	}
}

func TestRegionsZeroGrid(t *testing.T) {
	if got := grid.Regions(grid.Grid[byte]{}); got != nil {
		t.Errorf("Regions(zero Grid) = %v, want nil", got)
	}
}

// TestRegionsCellsCapped checks that appending to one region's Cells does
// not overwrite the next region's.
func TestRegionsCellsCapped(t *testing.T) {
	g, _ := grid.ParseString("AB\nAB\n")
	regs := grid.Regions(g)
	a := append(regs[0].Cells, grid.Pt(9, 9))
	if got := regs[1].Cells[0]; got != grid.Pt(0, 1) || len(a) != 3 {
		t.Errorf("after appending to region 0, region 1 starts at %v, want (0,1)", got)
	}
}

// BenchmarkRegions measures Regions and Outlines on one 140x140 map of
// many small regions.
func BenchmarkRegions(b *testing.B) {
	g := randLetters(rand.New(rand.NewPCG(8, 3)), 140, 140, 26, 0.9)
	for _, bm := range []struct {
		name string
		f    func()
	}{
		{"Regions", func() { grid.Regions(g) }},
		{"Outlines", func() { grid.Outlines(g) }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bm.f()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*g.Len()), "ns/cell")
		})
	}
}
