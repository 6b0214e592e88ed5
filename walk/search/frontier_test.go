package search_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// open reports whether edge e of a graph may be taken in step k: an edge
// of cost c opens every c+1 steps, so the moves change from step to step.
func open(e edge, k int) bool { return k%(e.cost+1) == 0 }

// layers is the reference for Frontier: the ids reached in exactly k steps,
// for k = 0, …, steps, each step's in the order a plain loop over the step
// before finds them, built with a map.
func layers(g graph, starts []int, steps int) [][]int {
	var cur []int
	seen := map[int]bool{}
	for _, s := range starts {
		if !seen[s] {
			seen[s] = true
			cur = append(cur, s)
		}
	}
	out := [][]int{cur}
	for k := 1; k <= steps; k++ {
		var next []int
		seen := map[int]bool{}
		for _, u := range cur {
			for _, e := range g[u] {
				if open(e, k) && !seen[e.to] {
					seen[e.to] = true
					next = append(next, e.to)
				}
			}
		}
		out, cur = append(out, next), next
	}
	return out
}

// frontierCase returns a generated graph of 1 to 60 ids whose edges open
// and close with the step, and 1 to 3 starts, repeats allowed.
func frontierCase(rng *rand.Rand) (n int, g graph, starts []int) {
	n = 1 + rng.IntN(60)
	g = randWeighted(rng, n, rng.Float64()*4, 3, false)
	starts = make([]int, 1+rng.IntN(3))
	for j := range starts {
		starts[j] = rng.IntN(n)
	}
	return n, g, starts
}

// TestFrontierMatchesLayers runs one Frontier over 500 generated graphs of
// 1 to 60 ids, whose edges open and close with the step, and checks every
// step against the reference: the ids yielded, in order, and Has and Len
// for the step being built.
func TestFrontierMatchesLayers(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 24))
	var f search.Frontier
	for i := range 500 {
		n, g, starts := frontierCase(rng)
		want := layers(g, starts, 25)
		f.Reset(n)
		for _, s := range starts {
			f.Add(s)
		}
		for k := 1; k < len(want); k++ {
			var got []int
			for u := range f.Step() {
				got = append(got, u)
				for _, e := range g[u] {
					if open(e, k) {
						f.Add(e.to)
					}
				}
			}
			if !slices.Equal(got, want[k-1]) {
				t.Fatalf("graph %d %v from %v: step %d yielded %v, want %v", i, g, starts, k-1, got, want[k-1])
			}
			if f.Len() != len(want[k]) {
				t.Fatalf("graph %d: after step %d, Len() = %d, want %d", i, k-1, f.Len(), len(want[k]))
			}
			for v := range n + 1 {
				if got, wantHas := f.Has(v), slices.Contains(want[k], v); got != wantHas {
					t.Fatalf("graph %d: after step %d, Has(%d) = %v, want %v", i, k-1, v, got, wantHas)
				}
			}
		}
	}
}

// TestFrontierAdd checks what Add reports, and that a range broken off
// drops the rest of its step while the next step keeps what was added.
func TestFrontierAdd(t *testing.T) {
	var f search.Frontier
	f.Reset(10)
	if !f.Add(3) || f.Add(3) || !f.Add(5) || f.Len() != 2 {
		t.Fatal("Add(3), Add(3), Add(5) did not report true, false, true with Len 2")
	}
	if f.Has(-1) || f.Has(10) || f.Has(4) || !f.Has(5) {
		t.Fatal("Has is wrong for -1, 10, 4 or 5")
	}
	for range f.Step() {
		if !f.Add(3) { // 3 again, in the next step: new there
			t.Fatal("Add(3) in the step after the one holding 3 reported false")
		}
		break // drops 5
	}
	if got := slices.Collect(f.Step()); !slices.Equal(got, []int{3}) {
		t.Fatalf("the step after a range broken off = %v, want [3]", got)
	}
	if f.Len() != 0 || len(slices.Collect(f.Step())) != 0 {
		t.Fatal("a step with nothing added was not empty")
	}
}

// TestFrontierAllocs checks that a search on a reused Frontier allocates
// nothing.
func TestFrontierAllocs(t *testing.T) {
	g := randWeighted(rand.New(rand.NewPCG(1, 1)), 500, 3, 3, false)
	var f search.Frontier
	run := func() {
		f.Reset(len(g))
		f.Add(0)
		for k := 1; k <= 40 && f.Len() > 0; k++ {
			for u := range f.Step() {
				for _, e := range g[u] {
					if open(e, k) {
						f.Add(e.to)
					}
				}
			}
		}
	}
	run() // grow the table and the steps
	if got := testing.AllocsPerRun(20, run); got != 0 {
		t.Errorf("a run on a reused Frontier: %v allocations, want 0", got)
	}
}

func TestFrontierPanics(t *testing.T) {
	var f search.Frontier
	f.Reset(4)
	testkit.MustPanic(t, "Add(4)", "search: Frontier.Add: id 4 outside [0, 4)", func() { f.Add(4) })
	testkit.MustPanic(t, "Add(-1)", "search: Frontier.Add: id -1 outside [0, 4)", func() { f.Add(-1) })
	testkit.MustPanic(t, "Reset(-1)", "search: Frontier.Reset: size -1 outside [0, 2147483647]", func() { f.Reset(-1) })
}

// FuzzFrontier builds a graph from the input, its edges opening and closing
// with the step, and checks the steps of one reused Frontier against the
// map-based reference, as TestFrontierMatchesLayers does on generated
// graphs. data[0] is the id count, data[1] the start, and each byte pair
// after them an edge with its period.
func FuzzFrontier(f *testing.F) {
	f.Add([]byte{5, 0, 0x01, 0x12, 0x23, 0x34, 0x40})
	f.Add([]byte{1, 0, 0x00})
	f.Add([]byte{40, 7, 0xff, 0x10, 0x7a, 0x33, 0x91, 0x0c, 0xe4, 0x58})
	var fr search.Frontier
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		n := 1 + int(data[0])%64
		g := make(graph, n)
		for k := 2; k+1 < len(data) && k < 2+2*256; k += 2 {
			u, v := int(data[k])%n, int(data[k+1])%n
			g[u] = append(g[u], edge{v, int(data[k]>>6) % 4})
		}
		start := int(data[1]) % n
		want := layers(g, []int{start}, 20)
		fr.Reset(n)
		fr.Add(start)
		for k := 1; k < len(want); k++ {
			var got []int
			for u := range fr.Step() {
				got = append(got, u)
				for _, e := range g[u] {
					if open(e, k) {
						fr.Add(e.to)
					}
				}
			}
			if !slices.Equal(got, want[k-1]) {
				t.Fatalf("graph %v from %d: step %d yielded %v, want %v", g, start, k-1, got, want[k-1])
			}
			if fr.Len() != len(want[k]) {
				t.Fatalf("graph %v from %d: after step %d, Len() = %d, want %d", g, start, k-1, fr.Len(), len(want[k]))
			}
		}
	})
}

// walkCounts is the reference for AddWays: per step k, for k = 0, …,
// steps, the number of walks of exactly k steps from the starts to each
// id, a start counted once per time it is listed, by a dense table.
func walkCounts(g graph, starts []int, steps int) [][]int {
	cur := make([]int, len(g))
	for _, s := range starts {
		cur[s]++
	}
	out := [][]int{cur}
	for k := 1; k <= steps; k++ {
		next := make([]int, len(g))
		for u, n := range cur {
			for _, e := range g[u] {
				if open(e, k) {
					next[e.to] += n
				}
			}
		}
		out, cur = append(out, next), next
	}
	return out
}

// TestFrontierWays runs one Frontier, counting ways, over 500 generated
// graphs whose edges open and close with the step, and checks each step's
// ids and ways against the dense reference, including the step read after
// the last moves.
func TestFrontierWays(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 27))
	var f search.Frontier
	for i := range 500 {
		n, g, starts := frontierCase(rng)
		const steps = 20
		want := walkCounts(g, starts, steps)
		if i%2 == 0 {
			f.ResetWays(n)
		} else {
			// A plain search first, then ResetWays: AddWays must start clean.
			f.Reset(n)
			f.Add(starts[0])
			for range f.Step() {
			}
			f.ResetWays(n)
		}
		for _, s := range starts {
			f.AddWays(s, 1)
		}
		for k := 0; k <= steps; k++ {
			got := make([]int, n)
			for u, ways := range f.StepWays() {
				if got[u] != 0 {
					t.Fatalf("graph %d step %d: id %d yielded twice", i, k, u)
				}
				got[u] = ways
				if ways == 0 {
					t.Fatalf("graph %d step %d: id %d yielded with no ways", i, k, u)
				}
				if k == steps {
					continue
				}
				for _, e := range g[u] {
					if open(e, k+1) {
						f.AddWays(e.to, ways)
					}
				}
			}
			if !slices.Equal(got, want[k]) {
				t.Fatalf("graph %d step %d: ways %v, want %v", i, k, got, want[k])
			}
		}
		if f.Len() != 0 {
			t.Fatalf("graph %d: %d ids left after the last step", i, f.Len())
		}
	}
}

// TestFrontierWaysMisuse checks that AddWays in a search made by Reset,
// an Add in a counting search, or StepWays over a search built by Add,
// panics naming the call.
func TestFrontierWaysMisuse(t *testing.T) {
	var f search.Frontier
	f.Reset(4)
	testkit.MustPanic(t, "AddWays after Reset", "search: Frontier.AddWays: the search was made by Reset", func() { f.AddWays(1, 1) })
	f.Add(0)
	testkit.MustPanic(t, "StepWays after Add", "search: Frontier.StepWays: ids were added by Add", func() {
		for range f.StepWays() {
		}
	})
	f.ResetWays(8)
	f.Reset(4)
	testkit.MustPanic(t, "AddWays after ResetWays then Reset", "search: Frontier.AddWays: the search was made by Reset", func() { f.AddWays(1, 1) })
	f.ResetWays(4)
	f.AddWays(0, 1)
	f.Add(1)
	f.AddWays(2, 1)
	testkit.MustPanic(t, "StepWays after Add in a counting step", "search: Frontier.StepWays: ids were added by Add", func() {
		for range f.StepWays() {
		}
	})
	f.ResetWays(4)
	testkit.MustPanic(t, "AddWays(4, 1)", "search: Frontier.AddWays: id 4 outside [0, 4)", func() { f.AddWays(4, 1) })
	testkit.MustPanic(t, "AddWays(-1, 1)", "search: Frontier.AddWays: id -1 outside [0, 4)", func() { f.AddWays(-1, 1) })
	testkit.MustPanic(t, "ResetWays(-1)", "search: Frontier.ResetWays: size -1", func() { f.ResetWays(-1) })
}
