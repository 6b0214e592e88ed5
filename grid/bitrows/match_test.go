package bitrows_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
)

// TestMatchesAgainstGrid compares Grid.Matches with grid.Matches, whose
// wildcard is the clear cell, on 1,500 random grids and patterns, with
// widths up to 200 so that both straddle word boundaries, patterns as wide
// as the grid, and patterns with no set cell.
func TestMatchesAgainstGrid(t *testing.T) {
	rng := rand.New(rand.NewPCG(71, 72))
	on := func(v byte) bool { return v == '#' }
	for trial := range 1500 {
		rows, cols := 1+rng.IntN(8), 1+rng.IntN(200)
		dense := 0.5 + rng.Float64()*0.5 // mostly set, so that patterns match
		g := grid.FromFunc(rows, cols, func(grid.Point) byte {
			if rng.Float64() < dense {
				return '#'
			}
			return '.'
		})
		pr, pc := 1+rng.IntN(rows), 1+rng.IntN(min(cols, 70))
		if rng.IntN(10) == 0 {
			pc = cols
		}
		sparse := rng.Float64() * 0.5
		pat := grid.FromFunc(pr, pc, func(grid.Point) byte {
			if rng.Float64() < sparse {
				return '#'
			}
			return '.'
		})
		want := slices.Collect(grid.Matches(g, pat, '.'))
		got := slices.Collect(bitrows.From(g, on).Matches(bitrows.From(pat, on)))
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d: %dx%d grid, %dx%d pattern:\n%s\n%s\nMatches = %v, want %v", trial, rows, cols, pr, pc, g, pat, got, want)
		}
	}
	big := bitrows.New(2, 3)
	if got := slices.Collect(bitrows.New(1, 2).Matches(big)); len(got) != 0 {
		t.Errorf("a pattern larger than the grid matched at %v", got)
	}
	for _, size := range [][2]int{{1, 0}, {0, 1}, {0, 0}} {
		if got := slices.Collect(bitrows.New(1, 64).Matches(bitrows.New(size[0], size[1]))); len(got) != 0 {
			t.Errorf("a %dx%d pattern matched at %v, want nowhere", size[0], size[1], got)
		}
	}
	var seen []grid.Point
	for p := range bitrows.New(3, 3).Matches(bitrows.New(1, 1)) {
		seen = append(seen, p)
		break // a range that stops early
	}
	if len(seen) != 1 || seen[0] != grid.Pt(0, 0) {
		t.Errorf("a range stopped at its first point saw %v, want [(0,0)]", seen)
	}
}

// TestOrAt compares Grid.OrAt with setting the pattern's points one by one
// on 2,000 random pairs, with offsets that put the pattern partly or wholly
// outside the grid on every side and widths that straddle words.
func TestOrAt(t *testing.T) {
	rng := rand.New(rand.NewPCG(73, 74))
	random := func(rows, cols int) *bitrows.Grid {
		g := bitrows.New(rows, cols)
		for r := range rows {
			for c := range cols {
				if rng.IntN(3) == 0 {
					g.Set(grid.Pt(r, c), true)
				}
			}
		}
		return g
	}
	for trial := range 2000 {
		rows, cols := rng.IntN(9), rng.IntN(200)
		g, pat := random(rows, cols), random(rng.IntN(6), rng.IntN(150))
		at := grid.Pt(rng.IntN(rows+12)-6, rng.IntN(cols+160)-140)
		want := g.Clone()
		for p := range pat.All() {
			if q := at.Add(p); q.Row >= 0 && q.Row < rows && q.Col >= 0 && q.Col < cols {
				want.Set(q, true)
			}
		}
		if got := g.Clone().OrAt(pat, at); !got.Equal(want) {
			t.Fatalf("trial %d: %dx%d grid, %dx%d pattern at %v: OrAt gave %v, want %v",
				trial, rows, cols, pat.Rows(), pat.Cols(), at, slices.Collect(got.All()), slices.Collect(want.All()))
		}
	}
}
