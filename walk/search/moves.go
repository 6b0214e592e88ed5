package search

import (
	"iter"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Searches over the cells of a grid whose steps a rule on the two cells'
// values decides: the fast form of a successor function such as
// grid.Grid.Moves4. The ids are g's dense indices (grid.Grid.Index), which
// are also the ids of Cells(g).

// Moves4 runs b as a breadth-first search over the cells of g, stepping
// from a cell to each of its four neighbours to for which ok(from, to)
// holds, and returns an iterator over the cells reached, each with its
// distance, as [BFS.All] does. Reset b for g.Len() ids and add the starts
// before ranging:
//
//	b.Reset(g.Len())
//	b.Add(g.Index(start))
//	climb := func(from, to byte) bool { return to <= from+1 }
//	for i, d := range search.Moves4(&b, g, climb) {
//		if i == goal { ... }
//	}
//
// It costs what the loop written out over [BFS.All] and
// grid.Grid.Neighbors4Index does, O(V+E) with no allocation, since the
// compiler inlines ok into the search. It panics, when the range starts, if b
// was not reset for g.Len() ids. A break stops the search; b then holds what was reached.
func Moves4[T any](b *BFS, g grid.Grid[T], ok func(from, to T) bool) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		checkSize("search: Moves4", len(b.node), g.Len())
		for i, d := range b.All() {
			if !yield(i, d) {
				return
			}
			v := g.AtIndex(i)
			for j := range g.Neighbors4Index(i) {
				if ok(v, g.AtIndex(j)) {
					b.Add(j)
				}
			}
		}
	}
}

// Costs4 runs d as Dijkstra's search over the cells of g, stepping from a
// cell to each of its four neighbours to for which cost(from, to) returns
// true, at the cost it returns, and returns an iterator over the cells in
// the order of their cheapest cost, each with that cost, as
// [Dijkstra.All] does. Reset d for g.Len() ids and add the starts before
// ranging:
//
//	d.Reset(g.Len())
//	d.Add(g.Index(start), 0)
//	enter := func(_, to byte) (int, bool) { return int(to - '0'), true }
//	for i, c := range search.Costs4(&d, g, enter) {
//		if i == goal { ... }
//	}
//
// It costs what the loop written out over [Dijkstra.All] does, with no
// allocation once d has grown. It panics if d was not reset for g.Len()
// ids, and, as [Dijkstra.Add] does, if a cost is negative.
func Costs4[T any](d *Dijkstra, g grid.Grid[T], cost func(from, to T) (int, bool)) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		checkSize("search: Costs4", d.n, g.Len())
		for {
			i, ok := d.settle()
			if !ok {
				return
			}
			c := d.curCost
			if !yield(int(i), c) {
				return
			}
			// The neighbours listed, then Dijkstra.Add written out: its
			// common case, a way no cheaper than one found before, costs
			// no call.
			v, cols, at := g.AtIndex(int(i)), g.Cols(), int(i)
			col := at % cols
			var next [4]int
			k := 0
			if at >= cols {
				next[k], k = at-cols, k+1
			}
			if col > 0 {
				next[k], k = at-1, k+1
			}
			if col < cols-1 {
				next[k], k = at+1, k+1
			}
			if at+cols < g.Len() {
				next[k], k = at+cols, k+1
			}
			for _, j := range next[:k] {
				if w, ok := cost(v, g.AtIndex(j)); ok && !d.noBetter(j, w) {
					d.add("search: Costs4", j, w, 0)
				}
			}
		}
	}
}

// checkSize panics for call unless a search sized for n ids fits a grid
// of cells cells.
func checkSize(call string, n, cells int) {
	if n != cells {
		misuse.Panicf(call, "search reset for %d ids, grid has %d cells: Reset(g.Len()) first", n, cells)
	}
}
