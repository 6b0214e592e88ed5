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

// TestAStarBuckets checks A* in a search that keeps no paths, where ids
// wait in the buckets by cost plus estimate: on random maps of entering
// costs 0 to 9 with walls, the first target out comes out at the cost
// plain Dijkstra finds, with a consistent estimate (Manhattan distance
// times the least cost), with an admissible one far from consistent (a
// random share of the true cost), and when AddAStar starts only after ids
// have come out (the heap then). With the consistent one, every id comes
// out once.
func TestAStarBuckets(t *testing.T) {
	rng := rand.New(rand.NewPCG(61, 62))
	var plain, astar search.Dijkstra
	for trial := range 500 {
		rows, cols := 1+rng.IntN(13), 1+rng.IntN(13)
		walls := []float64{0, 0.15, 0.3}[trial%3]
		g := grid.FromFunc(rows, cols, func(grid.Point) byte {
			if rng.Float64() < walls {
				return '#'
			}
			return byte('0' + rng.IntN(10))
		})
		start, target := grid.Pt(rng.IntN(rows), rng.IntN(cols)), grid.Pt(rng.IntN(rows), rng.IntN(cols))
		// to holds the true cost from each cell to target, -1 for none.
		to := make([]int, g.Len())
		for i := range to {
			to[i] = -1
		}
		to[g.Index(target)] = 0
		for changed := true; changed; {
			changed = false
			for p := range g.Points() {
				for _, d := range grid.Cardinals() {
					q := p.Add(d.Delta())
					if g.In(q) && g.At(q) != '#' && to[g.Index(q)] >= 0 {
						if c := to[g.Index(q)] + int(g.At(q)-'0'); to[g.Index(p)] < 0 || c < to[g.Index(p)] {
							to[g.Index(p)], changed = c, true
						}
					}
				}
			}
		}
		least := 9
		for v := range g.Values() {
			if v != '#' {
				least = min(least, int(v-'0'))
			}
		}
		manhattan := func(i int) int {
			p := g.PointAt(i)
			return least * (max(p.Row-target.Row, target.Row-p.Row) + max(p.Col-target.Col, target.Col-p.Col))
		}
		share := make([]int, g.Len())
		for i, c := range to {
			share[i] = math.MaxInt
			if c >= 0 {
				share[i] = rng.IntN(c + 1)
			}
		}
		// run returns the cost at which target comes out, or -1, and
		// whether any id came out twice.
		run := func(d *search.Dijkstra, h func(int) int, late bool) (int, bool) {
			d.Reset(g.Len())
			out := make([]int, g.Len())
			add := func(j, w int) {
				if h == nil || late && out[g.Index(start)] == 0 {
					d.Add(j, w)
				} else {
					d.AddAStar(j, w, h(j))
				}
			}
			add(g.Index(start), 0)
			twice := false
			for i, c := range d.All() {
				out[i]++
				twice = twice || out[i] > 1
				if i == g.Index(target) {
					return c, twice
				}
				for _, dir := range grid.Cardinals() {
					q := g.PointAt(i).Add(dir.Delta())
					if g.In(q) && g.At(q) != '#' {
						add(g.Index(q), int(g.At(q)-'0'))
					}
				}
			}
			return -1, twice
		}
		want, _ := run(&plain, nil, false)
		for _, tt := range []struct {
			name string
			h    func(int) int
			late bool
		}{
			{"manhattan", manhattan, false},
			{"random share", func(i int) int { return share[i] }, false},
			{"late", manhattan, true},
		} {
			got, twice := run(&astar, tt.h, tt.late)
			if got != want || tt.name == "manhattan" && twice {
				t.Fatalf("map %d, %v to %v, %s estimate: target out at %d (an id out twice: %v), want %d\n%s",
					trial, start, target, tt.name, got, twice, want, g)
			}
		}
	}
}
