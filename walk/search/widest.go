package search

import (
	"math"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Widest4 returns the width of the widest way from start to goal through
// g, moving up, down, left or right: a way is as wide as the narrowest
// cell on it, start and goal included, and a cell of value v is width(v)
// wide, or cannot be passed at all where width reports false. It reports
// false if no way joins start and goal. Put another way, the result is the
// greatest w such that the cells at least w wide join start to goal: the
// time the last way closes, when each cell closes at the time width gives
// it, as for bytes that fall on a map one by one.
//
// It floods the cells wider than the narrowest met so far, first in first
// out, and keeps the cells it could not yet enter in a heap, widest first;
// when the flood stops, the widest of them is entered and the flood goes
// on from it, so that the narrowest cell entered by the time goal is
// reached gives the answer. This is how the fastest published solutions find the last byte
// to leave a way open. It costs O(Rows*Cols) time for the flood and
// O(b log b) for the b cells that wait in the heap, and at most a call of
// width a cell. It allocates a byte a cell, the queue (up to 4 bytes a
// cell) and the heap (16 bytes a cell waiting); a width of math.MinInt is
// taken as math.MinInt+1. It panics if start or goal is outside g. It is
// safe for concurrent use if width is.
func Widest4[T any](g grid.Grid[T], start, goal grid.Point, width func(T) (int, bool)) (int, bool) {
	const call = "search: Widest4"
	if !g.In(start) || !g.In(goal) {
		misuse.Panicf(call, "start %v or goal %v outside the %dx%d grid", start, goal, g.Rows(), g.Cols())
	}
	// seen marks a cell entered, or waiting in the heap or the queue.
	seen := make([]bool, g.Len())
	// open reports whether cell i can be passed at all, and its width.
	open := func(i int) (int, bool) { return width(g.AtIndex(i)) }
	from, to := g.Index(start), g.Index(goal)
	narrowest, ok := open(from)
	if !ok {
		return 0, false
	}
	var wait costHeap // cells not yet entered, by minus their width
	queue := []int32{int32(from)}
	seen[from] = true
	for {
		for k := 0; k < len(queue); k++ {
			i := int(queue[k])
			if i == to {
				return narrowest, true
			}
			for j := range g.Neighbors4Index(i) {
				if seen[j] {
					continue
				}
				w, ok := open(j)
				if !ok {
					continue
				}
				seen[j] = true
				if w >= narrowest {
					queue = append(queue, int32(j)) // no narrower than the way so far
				} else {
					wait.push(heapEntry{-max(w, math.MinInt+1), int32(j)})
				}
			}
		}
		if len(wait) == 0 {
			return 0, false
		}
		// The flood has stopped: enter the widest cell waiting, which
		// narrows the way to its width.
		e := wait.pop()
		narrowest = min(narrowest, -e.cost)
		queue = append(queue[:0], e.slot)
	}
}
