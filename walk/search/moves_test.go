package search_test

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestMovesAgainstReference checks Moves4 against the plain map-based
// BreadthFirst over grid.Moves4, and Costs4 against ShortestPaths over the
// same steps, on random digit maps with random rules, from one or two
// starts, run to the end and stopped at a random cell; the searches are
// reused between maps of different sizes.
func TestMovesAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	var b search.BFS
	var d search.Dijkstra
	for n := range 400 {
		rows, cols := 1+rng.IntN(9), 1+rng.IntN(9)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return byte('0' + rng.IntN(10)) })
		climb := byte(rng.IntN(3))
		ok := func(from, to byte) bool { return to != '9' && to <= from+climb }
		cost := func(from, to byte) (int, bool) { return int(to-'0') * int(from%3), to != '9' }
		starts := []grid.Point{{Row: rng.IntN(rows), Col: rng.IntN(cols)}}
		if rng.IntN(2) == 0 {
			starts = append(starts, grid.Pt(rng.IntN(rows), rng.IntN(cols)))
		}
		stop := rng.IntN(g.Len())

		want := map[int]int{} // reference distances, over every start
		for _, s := range starts {
			for p, dist := range search.BreadthFirst(s, g.Moves4(ok)) {
				if old, seen := want[g.Index(p)]; !seen || dist < old {
					want[g.Index(p)] = dist
				}
			}
		}
		b.Reset(g.Len())
		for _, s := range starts {
			b.Add(g.Index(s))
		}
		got := map[int]int{}
		for i, dist := range search.Moves4(&b, g, ok) {
			got[i] = dist
			if i == stop {
				break
			}
		}
		for i, dist := range got {
			if want[i] != dist {
				t.Fatalf("map %d %q from %v: Moves4 gives cell %d at %d, reference %d", n, g, starts, i, dist, want[i])
			}
		}
		if _, stopped := got[stop]; !stopped && len(got) != len(want) {
			t.Fatalf("map %d %q from %v: Moves4 reached %d cells, reference %d", n, g, starts, len(got), len(want))
		}

		paths := search.ShortestPaths(starts, func(p grid.Point) iter.Seq2[grid.Point, int] {
			return func(yield func(grid.Point, int) bool) {
				for q := range g.Neighbors4(p) {
					if w, ok := cost(g.At(p), g.At(q)); ok && !yield(q, w) {
						return
					}
				}
			}
		})
		d.Reset(g.Len())
		for _, s := range starts {
			d.Add(g.Index(s), 0)
		}
		seen, broke := 0, false
		for i, c := range search.Costs4(&d, g, cost) {
			seen++
			if w, ok := paths.Cost(g.PointAt(i)); !ok || w != c {
				t.Fatalf("map %d %q from %v: Costs4 gives cell %d at %d, reference %d (%v)", n, g, starts, i, c, w, ok)
			}
			if i == stop {
				broke = true
				break
			}
		}
		if !broke {
			reach := 0
			for p := range g.Points() {
				if _, ok := paths.Cost(p); ok {
					reach++
				}
			}
			if seen != reach {
				t.Fatalf("map %d %q from %v: Costs4 settled %d cells, reference %d", n, g, starts, seen, reach)
			}
		}
	}
}

// TestMovesSizeMisuse checks that a search not reset for the grid's cells
// panics naming the call and both sizes, rather than reading out of range.
func TestMovesSizeMisuse(t *testing.T) {
	g := grid.MustParse("123\n456\n")
	var b search.BFS
	b.Reset(5)
	testkit.MustPanic(t, "moves4", "search: Moves4: search reset for 5 ids, grid has 6 cells", func() {
		for range search.Moves4(&b, g, func(_, _ byte) bool { return true }) {
		}
	})
	var d search.Dijkstra
	testkit.MustPanic(t, "costs4", "search: Costs4: search reset for 0 ids, grid has 6 cells", func() {
		for range search.Costs4(&d, g, func(_, _ byte) (int, bool) { return 1, true }) {
		}
	})
}

// The fewest steps up a height map, climbing at most one level a step.
func ExampleMoves4() {
	g := grid.MustParse(`
0123
9994
8765
`)
	var b search.BFS
	b.Reset(g.Len())
	b.Add(g.Index(grid.Pt(0, 0)))
	climb := func(from, to byte) bool { return to <= from+1 }
	goal := g.Index(grid.Pt(1, 0))
	for i, d := range search.Moves4(&b, g, climb) {
		if i == goal {
			fmt.Println("steps to the top:", d)
		}
	}
	// Output: steps to the top: 9
}

// The cheapest path across a map of entry costs: each step costs the digit
// of the cell it enters.
func ExampleCosts4() {
	g := grid.MustParse(`
131
191
111
`)
	var d search.Dijkstra
	d.Reset(g.Len())
	d.Add(0, 0)
	enter := func(_, to byte) (int, bool) { return int(to - '0'), true }
	for i, c := range search.Costs4(&d, g, enter) {
		if i == g.Len()-1 {
			fmt.Println("cheapest:", c)
			break
		}
	}
	// Output: cheapest: 4
}
