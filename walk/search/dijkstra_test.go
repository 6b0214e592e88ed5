package search_test

import (
	"math/rand/v2"
	"testing"

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
	for trial := range 600 {
		maxCost := []int{0, 1, 9, 255, 256, 257, 300, 1000, 1 << 20}[trial%9]
		g := randWeighted(rng, 1+rng.IntN(80), 1+rng.Float64()*3, maxCost, trial%2 == 0)
		starts := []int{rng.IntN(len(g))}
		if rng.IntN(3) == 0 {
			starts = append(starts, rng.IntN(len(g)))
		}
		want := g.relax(starts)
		d.Reset(len(g))
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
		d.Reset(len(g))
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
