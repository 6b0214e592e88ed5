package search_test

import (
	"iter"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestFloodMatchesReach runs one Flood over many random directed graphs of
// different sizes, growing and shrinking its range, with several starts,
// and compares the ids it reaches with the map-based BreadthFirst. Each id must
// come out of All exactly once, and Len and Reached must agree with it.
func TestFloodMatchesReach(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	var f search.Flood
	for round := range 2000 {
		n := 1 + rng.IntN(60)
		edges := make([][]int, n)
		for i := range edges {
			for range rng.IntN(4) {
				edges[i] = append(edges[i], rng.IntN(n))
			}
		}
		starts := []int{rng.IntN(n)}
		if rng.IntN(3) == 0 {
			starts = append(starts, rng.IntN(n), rng.IntN(n))
		}
		want := map[int]bool{}
		for _, s := range starts {
			for i := range search.BreadthFirst(s, func(i int) iter.Seq[int] { return slices.Values(edges[i]) }) {
				want[i] = true
			}
		}
		f.Reset(n)
		for _, s := range starts {
			f.Add(s)
		}
		var got []int
		for i := range f.All() {
			got = append(got, i)
			for _, j := range edges[i] {
				f.Add(j)
			}
		}
		slices.Sort(got)
		if len(got) != len(want) || f.Len() != len(want) {
			t.Fatalf("round %d: Flood from %v reached %v (Len %d), BreadthFirst reaches %d ids", round, starts, got, f.Len(), len(want))
		}
		for k, i := range got {
			if !want[i] || (k > 0 && got[k-1] == i) {
				t.Fatalf("round %d: Flood from %v reached %v; BreadthFirst reaches %v", round, starts, got, want)
			}
		}
		for i := -1; i <= n; i++ {
			if f.Reached(i) != want[i] {
				t.Fatalf("round %d: Reached(%d) = %v, want %v", round, i, f.Reached(i), want[i])
			}
		}
	}
}

func TestFloodBreakResumes(t *testing.T) {
	var f search.Flood
	f.Reset(10)
	f.Add(0)
	var got []int
	for i := range f.All() {
		got = append(got, i)
		if i+1 < 10 {
			f.Add(i + 1)
		}
		if i == 4 {
			break
		}
	}
	for i := range f.All() {
		got = append(got, i)
		if i+1 < 10 {
			f.Add(i + 1)
		}
	}
	if want := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}; !slices.Equal(got, want) {
		t.Errorf("a chain, broken off at 4 and resumed: %v, want %v", got, want)
	}
}

func TestFloodPanics(t *testing.T) {
	var f search.Flood
	f.Reset(3)
	testkit.MustPanic(t, "Add(3)", "search: Flood.Add: id 3 outside [0, 3)", func() { f.Add(3) })
	testkit.MustPanic(t, "Add(-1)", "search: Flood.Add: id -1 outside [0, 3)", func() { f.Add(-1) })
	testkit.MustPanic(t, "Reset(-1)", "search: Flood.Reset: size -1 outside [0, 2147483647]", func() { f.Reset(-1) })
}
