package search_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestAStarCountsMatchDijkstra checks issue 25's first defect: with a
// consistent estimate (Manhattan distance, every step costing 1), A*'s
// Count and OnBest must equal plain Dijkstra's, on open grids, where ties
// abound, and on walled ones, both when the search runs to the end and
// when it stops at the goal.
func TestAStarCountsMatchDijkstra(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	var plain, astar search.Dijkstra
	for trial := range 300 {
		rows, cols := 1+rng.IntN(9), 1+rng.IntN(9)
		walls := []float64{0, 0, 0.2, 0.35}[trial%4]
		g := grid.FromFunc(rows, cols, func(grid.Point) byte {
			if rng.Float64() < walls {
				return '#'
			}
			return '.'
		})
		start, goal := grid.Pt(0, 0), grid.Pt(rows-1, cols-1)
		g = g.With(start, '.').With(goal, '.')
		sp := search.Cells(g)
		run := func(d *search.Dijkstra, estimate bool, stop bool) {
			d.ResetPaths(sp.Len())
			d.Add(sp.CellID(start), 0)
			for i := range d.All() {
				if stop && i == sp.CellID(goal) {
					return
				}
				for q := range g.Neighbors4(sp.Point(i)) {
					if g.At(q) == '#' {
						continue
					}
					if estimate {
						d.AddAStar(sp.CellID(q), 1, q.Manhattan(goal))
					} else {
						d.Add(sp.CellID(q), 1)
					}
				}
			}
		}
		run(&plain, false, false)
		for _, stop := range []bool{false, true} {
			run(&astar, true, stop)
			id := sp.CellID(goal)
			if got, want := astar.Count(id), plain.Count(id); got != want {
				t.Fatalf("trial %d (stop %v): A* Count = %d, Dijkstra %d on\n%s", trial, stop, got, want, g)
			}
			got := slices.Sorted(astar.OnBest(id))
			want := slices.Sorted(plain.OnBest(id))
			if !slices.Equal(got, want) {
				t.Fatalf("trial %d (stop %v): A* OnBest = %v, Dijkstra %v on\n%s", trial, stop, got, want, g)
			}
		}
	}
}

// TestAStarAdmissibleNegative checks issue 25's third defect: with any
// admissible estimate, negative ones included, the first target out comes
// out at its cheapest cost, which Bellman-Ford gives.
func TestAStarAdmissibleNegative(t *testing.T) {
	rng := rand.New(rand.NewPCG(53, 54))
	var d search.Dijkstra
	for trial := range 500 {
		g := randWeighted(rng, 2+rng.IntN(40), 1+rng.Float64()*3, 1+rng.IntN(9), false)
		targets := []int{rng.IntN(len(g)), rng.IntN(len(g))}
		to := g.relaxTo(targets)
		from := g.relax([]int{0})
		best := unreached
		for _, tg := range targets {
			best = min(best, from[tg])
		}
		h := func(v int) int {
			if to[v] == unreached {
				return rng.IntN(50) - 10
			}
			return to[v] - rng.IntN(to[v]+10) // at most the true cost, often below 0
		}
		d.ResetPaths(len(g))
		d.Add(0, 0)
		got := unreached
		for i, c := range d.All() {
			if slices.Contains(targets, i) {
				got = c
				break
			}
			for j, w := range g.next(i) {
				d.AddAStar(j, w, h(j))
			}
		}
		if got != best {
			t.Fatalf("trial %d: first target out at %d, cheapest is %d", trial, got, best)
		}
	}
}

// TestAStarExtremeEstimates checks issue 25's fourth defect: an estimate of
// math.MaxInt for an id that cannot reach a target (admissible and
// consistent) must not wrap around; with the exact remaining cost as the
// estimate elsewhere, every id comes out once, at its cheapest cost.
func TestAStarExtremeEstimates(t *testing.T) {
	rng := rand.New(rand.NewPCG(55, 56))
	var d search.Dijkstra
	for trial := range 300 {
		g := randWeighted(rng, 2+rng.IntN(40), 1+rng.Float64()*2, 1+rng.IntN(9), false)
		target := rng.IntN(len(g))
		to := g.relaxTo([]int{target})
		from := g.relax([]int{0})
		h := func(v int) int {
			if to[v] == unreached {
				return math.MaxInt
			}
			return to[v]
		}
		d.ResetPaths(len(g))
		d.Add(0, 0)
		out := make([]int, len(g))
		for i, c := range d.All() {
			if out[i]++; out[i] > 1 {
				t.Fatalf("trial %d: id %d came out twice", trial, i)
			}
			if c != from[i] {
				t.Fatalf("trial %d: id %d came out at %d, cheapest is %d", trial, i, c, from[i])
			}
			for j, w := range g.next(i) {
				d.AddAStar(j, w, h(j))
			}
		}
	}
}

// FuzzAStar decodes a small graph (nodes, then edges of (from, to, cost))
// and a cut for each node's estimate, and checks that A* with the estimate
// cut below the true cost, negative ones included, gives the first target
// out at its cheapest cost, and that plain Dijkstra gives every id once at
// its cheapest cost.
func FuzzAStar(f *testing.F) {
	f.Add([]byte{5, 0, 1, 3, 1, 2, 4, 0, 2, 9, 2, 4, 1}, []byte{0, 3, 20})
	f.Add([]byte{3, 0, 1, 0, 1, 2, 0}, []byte{255})
	f.Fuzz(func(t *testing.T, data, cuts []byte) {
		if len(data) < 1 {
			return
		}
		n := 1 + int(data[0])%30
		g := make(graph, n)
		for k := 1; k+2 < len(data); k += 3 {
			u, v := int(data[k])%n, int(data[k+1])%n
			g[u] = append(g[u], edge{v, int(data[k+2]) % 20})
		}
		target := n - 1
		to, from := g.relaxTo([]int{target}), g.relax([]int{0})
		h := func(v int) int {
			if to[v] == unreached {
				return math.MaxInt
			}
			cut := 0
			if len(cuts) > 0 {
				cut = int(cuts[v%len(cuts)]) % 40
			}
			return to[v] - cut
		}
		var d search.Dijkstra
		d.ResetPaths(n)
		d.Add(0, 0)
		for i, c := range d.All() {
			if i == target {
				if c != from[target] {
					t.Fatalf("A*: target out at %d, cheapest %d", c, from[target])
				}
				break
			}
			for j, w := range g.next(i) {
				d.AddAStar(j, w, h(j))
			}
		}
		d.ResetPaths(n)
		d.Add(0, 0)
		seen := make([]bool, n)
		for i, c := range d.All() {
			if seen[i] || c != from[i] {
				t.Fatalf("Dijkstra: id %d out again (%v) or at %d, cheapest %d", i, seen[i], c, from[i])
			}
			seen[i] = true
			for j, w := range g.next(i) {
				d.Add(j, w)
			}
		}
	})
}

// TestAddPanicsNameTheCall checks that Add and AddAStar name themselves
// when given a bad id or step.
func TestAddPanicsNameTheCall(t *testing.T) {
	var d search.Dijkstra
	d.ResetPaths(3)
	testkit.MustPanic(t, "Add(5)", "search: Dijkstra.Add: id 5 outside [0, 3)", func() { d.Add(5, 1) })
	testkit.MustPanic(t, "AddAStar(5)", "search: Dijkstra.AddAStar: id 5 outside [0, 3)", func() { d.AddAStar(5, 1, 2) })
	testkit.MustPanic(t, "AddAStar(-1 step)", "search: Dijkstra.AddAStar: negative step cost -1 to id 1", func() { d.AddAStar(1, -1, 0) })
}
