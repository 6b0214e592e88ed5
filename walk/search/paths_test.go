package search_test

import (
	"fmt"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// A graph is a weighted digraph on the integers 0 to len(graph)-1:
// graph[u] lists u's edges.
type graph [][]edge

type edge struct{ to, cost int }

// randGraph returns a random graph of n nodes with about n*degree edges,
// costs in [0, maxCost], a third of them 0 when zeros is set.
func randWeighted(rng *rand.Rand, n int, degree float64, maxCost int, zeros bool) graph {
	g := make(graph, n)
	for range int(float64(n) * degree) {
		e := edge{rng.IntN(n), rng.IntN(maxCost + 1)}
		if zeros && rng.IntN(3) == 0 {
			e.cost = 0
		}
		u := rng.IntN(n)
		g[u] = append(g[u], e)
	}
	return g
}

func (g graph) next(u int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for _, e := range g[u] {
			if !yield(e.to, e.cost) {
				return
			}
		}
	}
}

const unreached = 1 << 60

// relax is the reference for costs: from[v] is the cheapest cost from any of
// starts to v, by relaxing every edge until nothing changes (Bellman-Ford).
func (g graph) relax(starts []int) []int {
	from := make([]int, len(g))
	for v := range from {
		from[v] = unreached
	}
	for _, s := range starts {
		from[s] = 0
	}
	for changed := true; changed; {
		changed = false
		for u, es := range g {
			for _, e := range es {
				if from[u] != unreached && from[u]+e.cost < from[e.to] {
					from[e.to], changed = from[u]+e.cost, true
				}
			}
		}
	}
	return from
}

// relaxTo is the reference for the way back: to[v] is the cheapest cost
// from v to any of targets.
func (g graph) relaxTo(targets []int) []int {
	to := make([]int, len(g))
	for v := range to {
		to[v] = unreached
	}
	for _, t := range targets {
		to[t] = 0
	}
	for changed := true; changed; {
		changed = false
		for u, es := range g {
			for _, e := range es {
				if to[e.to] != unreached && to[e.to]+e.cost < to[u] {
					to[u], changed = to[e.to]+e.cost, true
				}
			}
		}
	}
	return to
}

// onBest is the reference for OnBest: v lies on a cheapest path to the
// cheapest targets exactly when the cost to v and the cost on from v to the
// nearest target add up to the cheapest target's cost.
func onBest(from, to []int, targets []int) map[int]bool {
	best := unreached
	for _, t := range targets {
		best = min(best, from[t])
	}
	on := make(map[int]bool)
	if best == unreached {
		return on
	}
	for v := range from {
		if from[v] != unreached && to[v] != unreached && from[v]+to[v] == best {
			on[v] = true
		}
	}
	return on
}

// results is what *search.Paths[int] and *search.Dijkstra have in common.
type results interface {
	Cost(int) (int, bool)
	Path(int) []int
	OnBest(...int) iter.Seq[int]
}

// runDijkstra runs d over g from starts to the end and returns it.
func runDijkstra(d *search.Dijkstra, g graph, starts []int) *search.Dijkstra {
	d.ResetPaths(len(g))
	for _, s := range starts {
		d.Add(s, 0)
	}
	for u := range d.All() {
		for _, e := range g[u] {
			d.Add(e.to, e.cost)
		}
	}
	return d
}

// countPaths is the reference for Dijkstra.Count: the number of cheapest
// paths to each node, by going over the nodes in order of cost, on a graph
// with no step of cost 0.
func countPaths(g graph, from []int, starts []int) []int {
	order := make([]int, 0, len(g))
	for v := range g {
		if from[v] != unreached {
			order = append(order, v)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return from[a] - from[b] })
	count := make([]int, len(g))
	for _, s := range starts {
		count[s] = 1
	}
	for _, u := range order {
		for _, e := range g[u] {
			if from[u]+e.cost == from[e.to] && e.cost > 0 {
				count[e.to] += count[u]
			}
		}
	}
	return count
}

// checkPaths compares p with the reference costs of g from starts, checks
// every path it gives, and compares OnBest for a few target sets.
func checkPaths(t *testing.T, name string, p results, g graph, starts []int, rng *rand.Rand) {
	t.Helper()
	from := g.relax(starts)
	for v, want := range from {
		got, ok := p.Cost(v)
		if want == unreached {
			if ok || p.Path(v) != nil {
				t.Fatalf("%s: Cost(%d) = %d, %v and Path %v, want unreached", name, v, got, ok, p.Path(v))
			}
			continue
		}
		if !ok || got != want {
			t.Fatalf("%s: Cost(%d) = %d, %v, want %d, true", name, v, got, ok, want)
		}
		checkPath(t, name, p.Path(v), g, starts, v, want)
	}
	for range 4 {
		targets := make([]int, 1+rng.IntN(3))
		for i := range targets {
			targets[i] = rng.IntN(len(g))
		}
		want := onBest(from, g.relaxTo(targets), targets)
		checkOnBest(t, fmt.Sprintf("%s: OnBest(%v)", name, targets), slices.Collect(p.OnBest(targets...)), want, targets)
	}
}

// checkOnBest checks what an OnBest call yielded, got, against want, the
// reference's set: each id once, every id of want and no other, and the
// cheapest targets first.
func checkOnBest(t *testing.T, call string, got []int, want map[int]bool, targets []int) {
	t.Helper()
	seen := make(map[int]bool)
	for _, v := range got {
		if seen[v] {
			t.Fatalf("%s yielded %d twice: %v", call, v, got)
		}
		seen[v] = true
	}
	if len(seen) != len(want) {
		t.Fatalf("%s = %v, want the %d states %v", call, got, len(want), want)
	}
	for v := range want {
		if !seen[v] {
			t.Fatalf("%s = %v, missing %d", call, got, v)
		}
	}
	// The cheapest targets come first.
	var ends []int
	for _, v := range targets {
		if want[v] && !slices.Contains(ends, v) {
			ends = append(ends, v)
		}
	}
	for _, v := range got[:len(ends)] {
		if !slices.Contains(ends, v) {
			t.Fatalf("%s = %v, want the cheapest targets %v first", call, got, ends)
		}
	}
}

// checkPath checks that path is a path of g from one of starts to v that
// costs want.
func checkPath(t *testing.T, name string, path []int, g graph, starts []int, v, want int) {
	t.Helper()
	if len(path) == 0 || !slices.Contains(starts, path[0]) || path[len(path)-1] != v {
		t.Fatalf("%s: Path(%d) = %v, want a path from one of %v", name, v, path, starts)
	}
	cost := 0
	for i := 1; i < len(path); i++ {
		step := unreached
		for _, e := range g[path[i-1]] {
			if e.to == path[i] {
				step = min(step, e.cost)
			}
		}
		if step == unreached {
			t.Fatalf("%s: Path(%d) = %v: no edge from %d to %d", name, v, path, path[i-1], path[i])
		}
		cost += step
	}
	if cost != want {
		t.Fatalf("%s: Path(%d) = %v costs %d, want %d", name, v, path, cost, want)
	}
}

// reusedDijkstra is one Dijkstra for every search of the tests, so that
// each search runs on tables left by the one before.
var reusedDijkstra search.Dijkstra

func TestShortestPathsRandomGraphs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 1))
	for i := range 500 {
		n := 1 + rng.IntN(40)
		g := randWeighted(rng, n, rng.Float64()*3, []int{1, 3, 10, 1000}[rng.IntN(4)], rng.IntN(2) == 0)
		starts := make([]int, 1+rng.IntN(3)) // duplicates allowed
		for j := range starts {
			starts[j] = rng.IntN(n)
		}
		name := fmt.Sprintf("graph %d %v from %v", i, g, starts)
		checkPaths(t, "ShortestPaths "+name, search.ShortestPaths(starts, g.next), g, starts, rng)
		d := runDijkstra(&reusedDijkstra, g, starts)
		checkPaths(t, "Dijkstra "+name, d, g, starts, rng)
		if zeros := slices.ContainsFunc(g, func(es []edge) bool {
			return slices.ContainsFunc(es, func(e edge) bool { return e.cost == 0 })
		}); !zeros {
			want := countPaths(g, g.relax(starts), starts)
			for v := range g {
				if got := d.Count(v); got != want[v] {
					t.Fatalf("Dijkstra %s: Count(%d) = %d, want %d", name, v, got, want[v])
				}
			}
		}
	}
}

// TestDijkstraOnBestReuse checks that OnBest, which keeps its working memory
// in the Dijkstra, gives the same answer however its ranges follow each
// other: again after a full range, after one broken off early, and nested
// inside another range over the same search. The answers themselves are
// checked against the reference in TestShortestPathsRandomGraphs.
func TestDijkstraOnBestReuse(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 3))
	var d search.Dijkstra
	for i := range 300 {
		n := 1 + rng.IntN(40)
		g := randWeighted(rng, n, rng.Float64()*3, []int{1, 3, 10}[rng.IntN(3)], rng.IntN(2) == 0)
		runDijkstra(&d, g, []int{rng.IntN(n)})
		a, b := []int{rng.IntN(n), rng.IntN(n)}, []int{rng.IntN(n)}
		wantA, wantB := slices.Collect(d.OnBest(a...)), slices.Collect(d.OnBest(b...))
		for k := range d.OnBest(a...) {
			_ = k
			break
		}
		if got := slices.Collect(d.OnBest(a...)); !slices.Equal(got, wantA) {
			t.Fatalf("graph %d: OnBest(%v) after a range broken off = %v, want %v", i, a, got, wantA)
		}
		var outer []int
		for v := range d.OnBest(a...) {
			outer = append(outer, v)
			if got := slices.Collect(d.OnBest(b...)); !slices.Equal(got, wantB) {
				t.Fatalf("graph %d: OnBest(%v) inside a range over OnBest(%v) = %v, want %v", i, b, a, got, wantB)
			}
		}
		if !slices.Equal(outer, wantA) {
			t.Fatalf("graph %d: OnBest(%v) around ranges over OnBest(%v) = %v, want %v", i, a, b, outer, wantA)
		}
	}
}

// TestDijkstraOnBestAllocs checks that OnBest on a Dijkstra that has walked
// back as far before allocates only the sequence itself, however many ids
// it walks back over.
func TestDijkstraOnBestAllocs(t *testing.T) {
	g := openMap(rand.New(rand.NewPCG(8, 3)), 30, 30, 0.2)
	sp := search.Cells(g)
	var d search.Dijkstra
	d.ResetPaths(sp.Len())
	d.Add(0, 0)
	for i := range d.All() {
		for q := range g.Neighbors4(sp.Point(i)) {
			if g.At(q) != '#' {
				d.Add(sp.CellID(q), 1)
			}
		}
	}
	goal := sp.Len() - 1
	n := 0
	walkBack := func() {
		n = 0
		for range d.OnBest(goal) {
			n++
		}
	}
	walkBack() // grow the stamps and the queue
	if n < 59 {
		t.Fatalf("OnBest(far corner) yielded %d ids, want at least the 59 of one path", n)
	}
	if got := testing.AllocsPerRun(20, walkBack); got > onBestAllocs {
		t.Errorf("OnBest of a reused Dijkstra over %d ids: %v allocations, want at most %d", n, got, onBestAllocs)
	}
}

// onBestAllocs is what a call of Dijkstra.OnBest and a range over it
// allocate: the sequence and its list of the cheapest targets, and the loop
// body and its variables, which range hands to a sequence it cannot inline.
// Before OnBest kept its queue, the walk above took 13.
const onBestAllocs = 4

// mazeMoves returns the next function of a walker on the free cells of g
// who pays 1 to step ahead and 1000 to turn 90° either way.
func mazeMoves(g grid.Grid[byte]) func(walk.State) iter.Seq2[walk.State, int] {
	return func(s walk.State) iter.Seq2[walk.State, int] {
		return func(yield func(walk.State, int) bool) {
			if a, ok := g.Get(s.Ahead()); ok && a != '#' && !yield(s.Step(), 1) {
				return
			}
			if !yield(s.TurnLeft(), 1000) {
				return
			}
			yield(s.TurnRight(), 1000)
		}
	}
}

// stateGraph numbers the walker states of g as States does and returns
// the graph of mazeMoves over them, for the reference.
func stateGraph(g grid.Grid[byte]) graph {
	sp := search.States(g)
	n, index := sp.Len(), sp.StateID
	out := make(graph, n)
	for p, c := range g.All() {
		if c == '#' {
			continue
		}
		for d := grid.Up; d <= grid.Left; d++ {
			s := walk.State{Pos: p, Dir: d}
			for t, cost := range mazeMoves(g)(s) {
				out[index(s)] = append(out[index(s)], edge{index(t), cost})
			}
		}
	}
	return out
}

func TestShortestPathsMazes(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 2))
	for i := range 150 {
		var g grid.Grid[byte]
		if i%2 == 0 {
			g = carveMaze(rng, 3+2*rng.IntN(8), 3+2*rng.IntN(8), rng.Float64()*0.3)
		} else {
			g = openMap(rng, 1+rng.IntN(12), 1+rng.IntN(12), rng.Float64()*0.4)
		}
		var starts []walk.State
		for range 1 + rng.IntN(2) {
			if p, ok := openCell(rng, g); ok {
				starts = append(starts, walk.State{Pos: p, Dir: grid.Dir(rng.IntN(4))})
			}
		}
		if len(starts) == 0 {
			continue
		}
		sp := search.States(g)
		n, index := sp.Len(), sp.StateID
		ref := stateGraph(g)
		var ids []int
		for _, s := range starts {
			ids = append(ids, index(s))
		}
		// The same search with the dense Dijkstra over the states' ids.
		var asInts search.Dijkstra
		asInts.ResetPaths(n)
		for _, i := range ids {
			asInts.Add(i, 0)
		}
		for v := range asInts.All() {
			for t, c := range mazeMoves(g)(sp.State(v)) {
				asInts.Add(index(t), c)
			}
		}
		// Check both searches through the integer numbering of the states.
		for _, tc := range []struct {
			name string
			p    *search.Paths[walk.State]
		}{
			{"ShortestPaths", search.ShortestPaths(starts, mazeMoves(g))},
		} {
			name := fmt.Sprintf("%s, map %d from %v:\n%s", tc.name, i, starts, g)
			from := ref.relax(ids)
			for v := range n {
				s := walk.State{Pos: g.PointAt(v / 4), Dir: grid.Dir(v % 4)}
				got, ok := tc.p.Cost(s)
				if want := from[v]; (want == unreached) == ok || ok && got != want {
					t.Fatalf("%s: Cost(%v) = %d, %v, want %d", name, s, got, ok, want)
				}
				if got2, ok2 := asInts.Cost(v); got2 != got || ok2 != ok {
					t.Fatalf("Dijkstra: Cost(%v) = %d, %v, want %d, %v", s, got2, ok2, got, ok)
				}
				if ok {
					checkPath(t, "Dijkstra "+name, asInts.Path(v), ref, ids, v, from[v])
				}
				if ok {
					path := tc.p.Path(s)
					pathIDs := make([]int, len(path))
					for k, q := range path {
						pathIDs[k] = index(q)
					}
					checkPath(t, name, pathIDs, ref, ids, v, from[v])
				}
			}
			// OnBest to every heading at one cell, as in the maze example.
			end, _ := openCell(rng, g)
			var targets []walk.State
			var targetIDs []int
			for d := grid.Up; d <= grid.Left; d++ {
				targets = append(targets, walk.State{Pos: end, Dir: d})
				targetIDs = append(targetIDs, index(targets[d]))
			}
			want := onBest(from, ref.relaxTo(targetIDs), targetIDs)
			got := make(map[int]bool)
			for s := range tc.p.OnBest(targets...) {
				if got[index(s)] {
					t.Fatalf("%s: OnBest(%v) yielded %v twice", name, end, s)
				}
				got[index(s)] = true
			}
			var viaInts []int
			for v := range asInts.OnBest(targetIDs...) {
				viaInts = append(viaInts, v)
			}
			if len(got) != len(want) || len(viaInts) != len(want) {
				t.Fatalf("%s: OnBest(%v) has %d states (%d through ints), want %d", name, end, len(got), len(viaInts), len(want))
			}
			for v := range want {
				if !got[v] {
					t.Fatalf("%s: OnBest(%v) misses state %d", name, end, v)
				}
			}
		}
	}
}

func TestShortestPathsHand(t *testing.T) {
	// Two starts, a tie at d and a dead end at e:
	//
	//	a -1-> b -2-> d -0-> f
	//	c -3-> d      e -1-> a
	//	a -5-> f
	g := graph{
		0: {{1, 1}, {5, 5}}, // a
		1: {{3, 2}},         // b
		2: {{3, 3}},         // c
		3: {{5, 0}},         // d
		4: {{0, 1}},         // e
		5: nil,              // f
	}
	p := search.ShortestPaths([]int{0, 2}, g.next)
	for v, want := range []int{0, 1, 0, 3, -1, 3} {
		got, ok := p.Cost(v)
		if want < 0 && ok || want >= 0 && (!ok || got != want) {
			t.Errorf("Cost(%d) = %d, %v, want %d", v, got, ok, want)
		}
	}
	if got, want := p.Path(5), []int{2, 3, 5}; !slices.Equal(got, want) {
		t.Errorf("Path(f) = %v, want %v (c d f, found first)", got, want)
	}
	if got := p.Path(4); got != nil {
		t.Errorf("Path(e) = %v, want nil", got)
	}
	got := slices.Collect(p.OnBest(5))
	slices.Sort(got)
	if want := []int{0, 1, 2, 3, 5}; !slices.Equal(got, want) {
		t.Errorf("OnBest(f) = %v, want %v", got, want)
	}
	got = slices.Collect(p.OnBest(5, 1, 4))
	if want := []int{1, 0}; !slices.Equal(got, want) {
		t.Errorf("OnBest(f, b, e) = %v, want %v (b is the cheapest)", got, want)
	}
	if got := slices.Collect(p.OnBest(4)); len(got) != 0 {
		t.Errorf("OnBest(e) = %v, want nothing", got)
	}
	// Breaking out of OnBest stops it.
	for range p.OnBest(5) {
		break
	}
}

func TestShortestPathsPanics(t *testing.T) {
	negative := graph{{{1, 2}}, {{0, -1}}}
	expectPanic(t, "ShortestPaths with a negative cost", func() { search.ShortestPaths([]int{0}, negative.next) })
	expectPanic(t, "Dijkstra with a negative cost", func() { runDijkstra(new(search.Dijkstra), negative, []int{0}) })
	huge := graph{{{1, math.MaxInt}}, {{2, 1}}, nil}
	expectPanic(t, "ShortestPaths with a cost that overflows", func() { search.ShortestPaths([]int{0}, huge.next) })
	expectPanic(t, "Dijkstra with a cost that overflows", func() { runDijkstra(new(search.Dijkstra), huge, []int{0}) })
	var d search.Dijkstra
	expectPanic(t, "Dijkstra.Reset(-1)", func() { d.Reset(-1) })
	d.ResetPaths(3)
	expectPanic(t, "Dijkstra.Add(3) on 3 ids", func() { d.Add(3, 0) })
	expectPanic(t, "Dijkstra.Add(-1)", func() { d.Add(-1, 0) })
}

// TestShortestPathsMaxInt checks that a step of cost math.MaxInt, which
// does not overflow from 0, gives a reached state with that cost.
func TestShortestPathsMaxInt(t *testing.T) {
	g := graph{{{1, math.MaxInt}}, nil}
	for name, p := range map[string]results{
		"ShortestPaths": search.ShortestPaths([]int{0}, g.next),
		"Dijkstra":      runDijkstra(new(search.Dijkstra), g, []int{0}),
	} {
		if c, ok := p.Cost(1); !ok || c != math.MaxInt {
			t.Errorf("%s: Cost(1) = %d, %v, want MaxInt, true", name, c, ok)
		}
		if got := p.Path(1); !slices.Equal(got, []int{0, 1}) {
			t.Errorf("%s: Path(1) = %v, want [0 1]", name, got)
		}
		if got := slices.Collect(p.OnBest(1)); len(got) != 2 {
			t.Errorf("%s: OnBest(1) = %v, want 1 and 0", name, got)
		}
	}
}

func TestShortestPathsNoStarts(t *testing.T) {
	g := graph{{{1, 1}}, nil}
	for _, p := range []results{
		search.ShortestPaths(nil, g.next),
		runDijkstra(new(search.Dijkstra), g, nil),
	} {
		if _, ok := p.Cost(0); ok || p.Path(1) != nil || len(slices.Collect(p.OnBest(0, 1))) != 0 {
			t.Errorf("with no starts, state 0 or 1 was reached")
		}
	}
}

// BenchmarkShortestPaths solves a 141x141 maze whose walker pays 1 a step
// and 1000 a turn, as the maze example does: the search, and the cells on
// every cheapest path to the far corner. It compares the map-based
// ShortestPaths with the dense, reused Dijkstra.
func BenchmarkShortestPaths(b *testing.B) {
	g, start, end := benchMaze()
	sp := search.States(g)
	ends := make([]walk.State, 4)
	endIDs := make([]int, 4)
	for d := range ends {
		ends[d] = walk.State{Pos: end, Dir: grid.Dir(d)}
		endIDs[d] = sp.StateID(ends[d])
	}
	var dj search.Dijkstra
	on := make([]bool, g.Len())
	want := 0
	for _, which := range []string{"ShortestPaths", "Dijkstra"} {
		b.Run(which, func(b *testing.B) {
			next := mazeMoves(g)
			b.ReportAllocs()
			for b.Loop() {
				clear(on)
				cells := 0
				mark := func(p grid.Point) {
					if i := g.Index(p); !on[i] {
						on[i] = true
						cells++
					}
				}
				if which == "ShortestPaths" {
					p := search.ShortestPaths([]walk.State{start}, next)
					for s := range p.OnBest(ends...) {
						mark(s.Pos)
					}
				} else {
					dj.ResetPaths(sp.Len())
					dj.Add(sp.StateID(start), 0)
					for i := range dj.All() {
						s := sp.State(i)
						if a, ok := g.Get(s.Ahead()); ok && a != '#' {
							dj.Add(sp.StateID(s.Step()), 1)
						}
						dj.Add(sp.StateID(s.TurnLeft()), 1000)
						dj.Add(sp.StateID(s.TurnRight()), 1000)
					}
					for i := range dj.OnBest(endIDs...) {
						mark(sp.Point(i))
					}
				}
				if want == 0 {
					want = cells
				} else if cells != want {
					b.Fatalf("%d cells on the cheapest paths, want %d", cells, want)
				}
			}
		})
	}
}

// TestAStarAdmissible checks A* on random graphs with estimates that never
// exceed the true cost to the target but are not consistent: the target
// comes out first at its cheapest cost, as Dijkstra finds it.
func TestAStarAdmissible(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	var d search.Dijkstra
	for i := range 500 {
		n := 2 + rng.IntN(40)
		g := randWeighted(rng, n, 1+rng.Float64()*3, []int{3, 10, 1000}[rng.IntN(3)], false)
		start, target := rng.IntN(n), rng.IntN(n)
		want := g.relax([]int{start})[target]
		toTarget := g.relaxTo([]int{target})
		estimate := make([]int, n)
		for v := range estimate {
			if toTarget[v] != unreached {
				estimate[v] = int(float64(toTarget[v]) * rng.Float64())
			}
		}
		d.ResetPaths(n)
		d.AddAStar(start, 0, estimate[start])
		got := unreached
		for u, c := range d.All() {
			if u == target {
				got = c
				break
			}
			for _, e := range g[u] {
				d.AddAStar(e.to, e.cost, estimate[e.to])
			}
		}
		if got != want {
			t.Fatalf("graph %d %v from %d to %d: A* cost %d, want %d", i, g, start, target, got, want)
		}
	}
}

// TestCheapest checks Cheapest against the reference relaxation on random
// graphs: every reachable state once, at its cheapest cost, in order of
// cost; and a break at a random state yields a prefix of the full order.
func TestCheapest(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	for i := range 500 {
		n := 1 + rng.IntN(40)
		g := randWeighted(rng, n, rng.Float64()*3, []int{1, 3, 10, 1000}[rng.IntN(4)], rng.IntN(2) == 0)
		starts := []int{rng.IntN(n), rng.IntN(n)}
		want := g.relax(starts)
		var order []int
		last := 0
		for v, c := range search.Cheapest(starts, g.next) {
			if want[v] != c {
				t.Fatalf("graph %d %v from %v: Cheapest yields %d at %d, want %d", i, g, starts, v, c, want[v])
			}
			if c < last {
				t.Fatalf("graph %d %v from %v: Cheapest yields %d at %d after cost %d", i, g, starts, v, c, last)
			}
			if slices.Contains(order, v) {
				t.Fatalf("graph %d %v from %v: Cheapest yields %d twice", i, g, starts, v)
			}
			last = c
			order = append(order, v)
		}
		reachable := 0
		for _, c := range want {
			if c != unreached {
				reachable++
			}
		}
		listed := 0
		for v, c := range search.ShortestPaths(starts, g.next).All() {
			if listed++; want[v] != c {
				t.Fatalf("graph %d %v from %v: Paths.All lists %d at %d, want %d", i, g, starts, v, c, want[v])
			}
		}
		if listed != reachable {
			t.Fatalf("graph %d %v from %v: Paths.All lists %d states, %d reachable", i, g, starts, listed, reachable)
		}
		if len(order) != reachable {
			t.Fatalf("graph %d %v from %v: Cheapest yields %d states, %d reachable", i, g, starts, len(order), reachable)
		}
		stop := order[rng.IntN(len(order))]
		var got []int
		for v := range search.Cheapest(starts, g.next) {
			got = append(got, v)
			if v == stop {
				break
			}
		}
		if k := slices.Index(order, stop); !slices.Equal(got, order[:k+1]) {
			t.Fatalf("graph %d: broken at %d, Cheapest yields %v, want %v", i, stop, got, order[:k+1])
		}
	}
}

// TestCheapestUnbounded checks that Cheapest returns on an unbounded plane
// once the goal is settled: steps right cost 1, steps down cost 2.
func TestCheapestUnbounded(t *testing.T) {
	next := func(p grid.Point) iter.Seq2[grid.Point, int] {
		return func(yield func(grid.Point, int) bool) {
			_ = yield(p.Move(grid.Right, 1), 1) && yield(p.Move(grid.Down, 1), 2) &&
				yield(p.Move(grid.Left, 1), 1) && yield(p.Move(grid.Up, 1), 2)
		}
	}
	goal := grid.Pt(3, -5)
	for p, c := range search.Cheapest([]grid.Point{{}}, next) {
		if p == goal {
			if c != 11 {
				t.Fatalf("cost of %v = %d, want 11", goal, c)
			}
			return
		}
	}
	t.Fatal("Cheapest ended without reaching the goal")
}

// TestCheapestPanicNamesIt checks that Cheapest's panics name Cheapest.
func TestCheapestPanicNamesIt(t *testing.T) {
	negative := graph{{{1, 2}}, {{0, -1}}}
	testkit.MustPanic(t, "negative", "search: Cheapest: step from 1 to 0 costs -1", func() {
		for range search.Cheapest([]int{0}, negative.next) {
		}
	})
}

// into returns the steps into each node of g: for OnBestBack.
func (g graph) into() func(i int, yield func(j, w int) bool) {
	in := make([][]edge, len(g))
	for u, es := range g {
		for _, e := range es {
			in[e.to] = append(in[e.to], edge{u, e.cost})
		}
	}
	return func(i int, yield func(j, w int) bool) {
		for _, e := range in[i] {
			if !yield(e.to, e.cost) {
				return
			}
		}
	}
}

// TestDijkstraOnBestBack checks OnBestBack against the reference on random
// graphs, zero-cost steps and large ones included, for searches that keep
// no paths and searches that do, run to the end or stopped once every id
// as cheap as the targets has come out; and that its ranges nest.
func TestDijkstraOnBestBack(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 5))
	var d search.Dijkstra
	for i := range 500 {
		n := 1 + rng.IntN(40)
		g := randWeighted(rng, n, rng.Float64()*3, []int{1, 3, 10, 1000}[rng.IntN(4)], rng.IntN(2) == 0)
		starts := []int{rng.IntN(n), rng.IntN(n)}[:1+rng.IntN(2)]
		targets := make([]int, 1+rng.IntN(3))
		for k := range targets {
			targets[k] = rng.IntN(n)
		}
		from := g.relax(starts)
		best := unreached
		for _, v := range targets {
			best = min(best, from[v])
		}
		paths, stop := i%3 == 0, i%2 == 0
		if paths {
			d.ResetPaths(n)
		} else {
			d.Reset(n)
		}
		for _, s := range starts {
			d.Add(s, 0)
		}
		for u, c := range d.All() {
			if stop && c > best {
				break
			}
			for _, e := range g[u] {
				d.Add(e.to, e.cost)
			}
		}
		into := g.into()
		want := onBest(from, g.relaxTo(targets), targets)
		name := fmt.Sprintf("graph %d %v from %v (paths %t, stopped %t): OnBestBack(%v)", i, g, starts, paths, stop, targets)
		got := slices.Collect(d.OnBestBack(into, targets...))
		checkOnBest(t, name, got, want, targets)
		var outer []int
		for v := range d.OnBestBack(into, targets...) {
			outer = append(outer, v)
			if inner := slices.Collect(d.OnBestBack(into, targets...)); !slices.Equal(inner, got) {
				t.Fatalf("%s inside a range over itself = %v, want %v", name, inner, got)
			}
		}
		if !slices.Equal(outer, got) {
			t.Fatalf("%s with a range nested in it = %v, want %v", name, outer, got)
		}
	}
}

// TestDijkstraOnBestBackAllocs checks that a range over OnBestBack
// allocates as one over OnBest does, once d's working memory has walked
// back this way before.
func TestDijkstraOnBestBackAllocs(t *testing.T) {
	g := randWeighted(rand.New(rand.NewPCG(1, 1)), 30, 2, 5, false)
	into := g.into()
	var d search.Dijkstra
	runDijkstra(&d, g, []int{0})
	var sink int
	back := testing.AllocsPerRun(100, func() {
		for v := range d.OnBestBack(into, 5, 7) {
			sink += v
		}
	})
	paths := testing.AllocsPerRun(100, func() {
		for v := range d.OnBest(5, 7) {
			sink += v
		}
	})
	if back != paths {
		t.Errorf("a range over OnBestBack: %v allocations, over OnBest %v; want the same", back, paths)
	}
}
