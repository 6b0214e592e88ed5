package search_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// refCounts is the reference for BFS.Count: the number of shortest paths
// from any of starts to every free cell of m, from the distances of
// plainBFS run from each start, by going over the cells in order of
// distance.
func refCounts(g grid.Grid[byte], starts []grid.Point) (dist, count map[grid.Point]int) {
	dist, count = map[grid.Point]int{}, map[grid.Point]int{}
	m := g.ToRows()
	for p := range g.Points() {
		best := -1
		for _, s := range starts {
			if d := plainBFS(m, s)[p.Row][p.Col]; d >= 0 && (best < 0 || d < best) {
				best = d
			}
		}
		if best >= 0 {
			dist[p] = best
		}
	}
	for d := 0; ; d++ {
		any := false
		for p, dp := range dist {
			if dp != d {
				continue
			}
			any = true
			for _, s := range starts {
				if s == p {
					count[p] = 1
				}
			}
			for q := range g.Neighbors4(p) {
				if dq, ok := dist[q]; ok && dq == d-1 {
					count[p] += count[q]
				}
			}
		}
		if !any {
			return dist, count
		}
	}
}

// TestBFSCounts checks distances, counts of shortest paths, predecessors
// and paths of the dense BFS against references on random maps with one to
// three starts, with one BFS reused throughout.
func TestBFSCounts(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 1))
	var b search.BFS
	for i := range 300 {
		g := openMap(rng, 1+rng.IntN(12), 1+rng.IntN(12), rng.Float64()*0.4)
		var starts []grid.Point
		for range 1 + rng.IntN(3) {
			if p, ok := openCell(rng, g); ok {
				starts = append(starts, p)
			}
		}
		if len(starts) == 0 {
			continue
		}
		sp := search.Cells(g)
		b.ResetCounting(sp.Len())
		for _, s := range starts {
			b.AddCounting(sp.CellID(s))
		}
		last := 0
		for i, d := range b.All() {
			if d < last {
				t.Fatalf("distance went down from %d to %d", last, d)
			}
			last = d
			for q := range g.Neighbors4(sp.Point(i)) {
				if g.At(q) != '#' {
					b.AddCounting(sp.CellID(q))
				}
			}
		}
		dist, count := refCounts(g, starts)
		name := fmt.Sprintf("map %d from %v:\n%s", i, starts, g)
		if b.Len() != len(dist) {
			t.Fatalf("%s: Len() = %d, want %d", name, b.Len(), len(dist))
		}
		for p := range g.Points() {
			id := sp.CellID(p)
			d, ok := b.Dist(id)
			wd, wok := dist[p]
			if d != wd || ok != wok {
				t.Fatalf("%s: Dist(%v) = %d, %v, want %d, %v", name, p, d, ok, wd, wok)
			}
			if got := b.Count(id); got != count[p] {
				t.Fatalf("%s: Count(%v) = %d, want %d", name, p, got, count[p])
			}
			path := b.Path(id)
			if !ok {
				if path != nil || b.Reached(id) {
					t.Fatalf("%s: unreached %v has Path %v", name, p, path)
				}
				continue
			}
			if len(path) != d+1 || path[len(path)-1] != id || dist[sp.Point(path[0])] != 0 {
				t.Fatalf("%s: Path(%v) = %v, want %d cells from a start", name, p, path, d+1)
			}
			for k := 1; k < len(path); k++ {
				if sp.Point(path[k]).Manhattan(sp.Point(path[k-1])) != 1 {
					t.Fatalf("%s: Path(%v) = %v jumps", name, p, path)
				}
			}
			if from, ok := b.From(id); ok != (d > 0) || ok && from != path[len(path)-2] {
				t.Fatalf("%s: From(%v) = %d, %v, want the cell before it on %v", name, p, from, ok, path)
			}
		}
	}
}

// TestBFSResume checks that a second range over All resumes where a break
// left the first.
func TestBFSResume(t *testing.T) {
	var b search.BFS
	b.Reset(10)
	b.Add(0)
	var got []int
	expand := func(i int) {
		if i+1 < 10 {
			b.Add(i + 1)
		}
	}
	for i := range b.All() {
		got = append(got, i)
		expand(i)
		if i == 3 {
			break
		}
	}
	for i := range b.All() {
		got = append(got, i)
		expand(i)
	}
	if len(got) != 10 || got[4] != 4 || got[9] != 9 {
		t.Errorf("ranging twice over All yielded %v, want 0 to 9", got)
	}
}

// TestSearchesReuseAllocs checks that a reused BFS, Dijkstra, Flood and IDSet
// allocate nothing per search once they have their tables.
func TestSearchesReuseAllocs(t *testing.T) {
	g := openMap(rand.New(rand.NewPCG(8, 2)), 30, 30, 0.2)
	sp := search.Cells(g)
	var b search.BFS
	var d search.Dijkstra
	bfs := func() {
		b.ResetCounting(sp.Len())
		b.AddCounting(0)
		for i := range b.All() {
			for q := range g.Neighbors4(sp.Point(i)) {
				if g.At(q) != '#' {
					b.AddCounting(sp.CellID(q))
				}
			}
		}
	}
	dijkstra := func() {
		d.Reset(sp.Len())
		d.Add(0, 0)
		for i := range d.All() {
			for q := range g.Neighbors4(sp.Point(i)) {
				d.Add(sp.CellID(q), 1+int(g.At(q)&3))
			}
		}
	}
	var fl search.Flood
	flood := func() {
		fl.Reset(sp.Len())
		fl.Add(0)
		for i := range fl.All() {
			for j := range g.Neighbors4Index(i) {
				if g.AtIndex(j) != '#' {
					fl.Add(j)
				}
			}
		}
	}
	for name, f := range map[string]func(){"BFS": bfs, "Dijkstra": dijkstra, "Flood": flood} {
		f() // grow the tables and the queue or heap
		if got := testing.AllocsPerRun(20, f); got != 0 {
			t.Errorf("a reused %s: %v allocations per search, want 0", name, got)
		}
	}
}
