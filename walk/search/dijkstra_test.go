package search_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestDijkstraCostRanges checks one reused Dijkstra against Bellman-Ford on
// random graphs whose step costs span each regime of its queue: costs that
// fit its buckets (up to 255 above the lowest), costs at and past the
// window's edge, and costs far past it, with zero-cost steps and several
// starts, as the whole search and stopped early at a target.
func TestDijkstraCostRanges(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	var d search.Dijkstra
	// Costs from 1<<30 up cross 2^31-1 and more, where a cost may no longer
	// fit an id's 4-byte stamp and moves to the wide table.
	ranges := []int{0, 1, 9, 255, 256, 257, 300, 1000, 1 << 20, 1 << 30, 1 << 40, math.MaxInt32}
	for trial := range 900 {
		maxCost := ranges[trial%len(ranges)]
		g := randWeighted(rng, 1+rng.IntN(80), 1+rng.Float64()*3, maxCost, trial%2 == 0)
		starts := []int{rng.IntN(len(g))}
		if rng.IntN(3) == 0 {
			starts = append(starts, rng.IntN(len(g)))
		}
		want := g.relax(starts)
		d.ResetPaths(len(g))
		for _, s := range starts {
			d.Add(s, 0)
		}
		last := -1
		for i, c := range d.All() {
			if c < last {
				t.Fatalf("trial %d (max cost %d): id %d came out at %d after a cost of %d", trial, maxCost, i, c, last)
			}
			last = c
			if c != want[i] {
				t.Fatalf("trial %d (max cost %d): id %d came out at %d, want %d", trial, maxCost, i, c, want[i])
			}
			for j, w := range g.next(i) {
				d.Add(j, w)
			}
		}
		for v, w := range want {
			got, ok := d.Cost(v)
			if (w == unreached) == ok || ok && got != w {
				t.Fatalf("trial %d (max cost %d): Cost(%d) = %d, %v, want %d", trial, maxCost, v, got, ok, w)
			}
		}

		// Stopped at a target, then reused: the next search must not see
		// what the first left in the queue.
		target := rng.IntN(len(g))
		d.ResetPaths(len(g))
		d.Add(starts[0], 0)
		for i := range d.All() {
			if i == target {
				break
			}
			for j, w := range g.next(i) {
				d.Add(j, w)
			}
		}
	}
}

// TestResetCostsOnly checks that a search started by Reset, which keeps no
// path tables, finds the same costs in the same order as one started by
// ResetPaths, on random graphs, reusing both searches; and that the path
// readers then panic, naming ResetPaths.
func TestResetCostsOnly(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	var plain, full search.Dijkstra
	for i := range 500 {
		n := 1 + rng.IntN(40)
		g := randWeighted(rng, n, rng.Float64()*3, []int{1, 3, 10, 1000}[rng.IntN(4)], rng.IntN(2) == 0)
		start := rng.IntN(n)
		run := func(d *search.Dijkstra, reset func(int)) (order [][2]int) {
			reset(n)
			d.Add(start, 0)
			for u, c := range d.All() {
				order = append(order, [2]int{u, c})
				for _, e := range g[u] {
					d.Add(e.to, e.cost)
				}
			}
			return order
		}
		a, b := run(&plain, plain.Reset), run(&full, full.ResetPaths)
		if !slices.Equal(a, b) {
			t.Fatalf("graph %d %v: Reset settles %v, ResetPaths %v", i, g, a, b)
		}
	}
	for name, f := range map[string]func(){
		"From":   func() { plain.From(0) },
		"Count":  func() { plain.Count(0) },
		"Path":   func() { plain.Path(0) },
		"OnBest": func() { plain.OnBest(0) },
	} {
		testkit.MustPanic(t, name, "search: Dijkstra."+name+": the search keeps no paths: start it with ResetPaths, not Reset", f)
	}
}

// TestBetter checks Better against Add on random graphs whose step costs
// span the queue's regimes, with and without paths: every step that Add
// keeps, Better reported first, and after it Better refuses a dearer step
// (and, without paths, the same one); and a search that calls Add only where
// Better says so gives the same costs and the same cheapest-path counts
// as one that calls Add on every step. Bad arguments report true, so that
// Add panics for them.
func TestBetter(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	var all, some search.Dijkstra
	ranges := []int{0, 1, 9, 255, 300, 1000, 1 << 20, 1 << 40}
	for trial := range 600 {
		maxCost := ranges[trial%len(ranges)]
		g := randWeighted(rng, 1+rng.IntN(80), 1+rng.Float64()*3, maxCost, trial%2 == 0)
		start := rng.IntN(len(g))
		paths := trial%3 == 0
		for _, d := range []*search.Dijkstra{&all, &some} {
			if paths {
				d.ResetPaths(len(g))
			} else {
				d.Reset(len(g))
			}
			d.Add(start, 0)
		}
		small := maxCost <= 1000 // every cost fits a stamp: Better is exact
		for i, c := range all.All() {
			for j, w := range g.next(i) {
				better := all.Better(j, w)
				kept := all.Add(j, w)
				if kept && !better {
					t.Fatalf("trial %d: Add(%d, %d) from %d at %d kept a step Better refused", trial, j, w, i, c)
				}
				// Once a step is kept, a dearer one is no better, and
				// without paths, neither is the same one again.
				if kept && small && (all.Better(j, w+1) || !paths && all.Better(j, w)) {
					t.Fatalf("trial %d: Better(%d, %d or %d) from %d at %d after Add kept %d", trial, j, w, w+1, i, c, w)
				}
			}
		}
		for i := range some.All() {
			for j, w := range g.next(i) {
				if some.Better(j, w) {
					some.Add(j, w)
				}
			}
		}
		for v := range g {
			ca, oka := all.Cost(v)
			cs, oks := some.Cost(v)
			if ca != cs || oka != oks {
				t.Fatalf("trial %d: Cost(%d) = %d, %v with Better, want %d, %v", trial, v, cs, oks, ca, oka)
			}
			if paths && oka && all.Count(v) != some.Count(v) {
				t.Fatalf("trial %d: Count(%d) = %d with Better, want %d", trial, v, some.Count(v), all.Count(v))
			}
		}
	}
	var d search.Dijkstra
	d.Reset(3)
	for _, bad := range [][2]int{{-1, 0}, {3, 0}, {0, -1}, {1, math.MaxInt}} {
		if !d.Better(bad[0], bad[1]) {
			t.Errorf("Better(%d, %d) = false, want true for Add to panic", bad[0], bad[1])
		}
	}
}
