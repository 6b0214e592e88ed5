package search_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestReadersConcurrent reads a finished BFS and a finished Dijkstra from
// several goroutines at once, as their docs allow, and checks every answer
// against the same reads made serially; under -race it also checks that
// the readers only read.
func TestReadersConcurrent(t *testing.T) {
	g := grid.MustParse(`
S....#....
.##..#.##.
.#...#..#.
.#.###..#.
...#....#E
`)
	sp := search.Cells(g)
	start, _ := grid.Find(g, 'S')
	var b search.BFS
	var d search.Dijkstra
	b.ResetCounting(sp.Len())
	d.ResetPaths(sp.Len())
	b.AddCounting(sp.CellID(start))
	d.Add(sp.CellID(start), 0)
	for i := range b.All() {
		for q := range g.Neighbors4(sp.Point(i)) {
			if g.At(q) != '#' {
				b.AddCounting(sp.CellID(q))
			}
		}
	}
	for i := range d.All() {
		for q := range g.Neighbors4(sp.Point(i)) {
			if g.At(q) != '#' {
				d.Add(sp.CellID(q), 1)
			}
		}
	}
	type answer struct {
		dist, cost, count, dcount, from, dfrom int
		path, dpath                            []int
	}
	read := func(i int) answer {
		dist, _ := b.Dist(i)
		cost, _ := d.Cost(i)
		from, _ := b.From(i)
		dfrom, _ := d.From(i)
		return answer{dist, cost, b.Count(i), d.Count(i), from, dfrom, b.Path(i), d.Path(i)}
	}
	want := make([]answer, sp.Len())
	for i := range want {
		want[i] = read(i)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range sp.Len() {
				i := (k*7 + w) % sp.Len()
				got := read(i)
				if got.dist != want[i].dist || got.cost != want[i].cost || got.count != want[i].count ||
					got.dcount != want[i].dcount || got.from != want[i].from || got.dfrom != want[i].dfrom ||
					!slices.Equal(got.path, want[i].path) || !slices.Equal(got.dpath, want[i].dpath) {
					errs <- fmt.Sprintf("goroutine %d read id %d as %+v, serially %+v", w, i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
