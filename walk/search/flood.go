package search

import (
	"iter"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Flood is the reusable working memory of a search that asks only which
// ids are reachable, not how far away they are or by which path: a stack
// and one generation stamp per id, 8 bytes an id where a [BFS] keeps 16
// (its records and its queue).
// Light spreading through mirrors, water filling a basin and the cells of
// a region are floods. The caller writes the expansion:
//
//	f.Reset(sp.Len())
//	f.Add(sp.StateID(start)) // before the range: a start
//	for i := range f.All() {
//		for _, j := range next(i) {
//			f.Add(j) // reached, unless it was before
//		}
//	}
//
// [Flood.Reset] costs O(1), by advancing the generation, so one Flood runs
// any number of searches and allocates only when a search needs more ids
// than any before it. Each search costs O(V+E) time for V ids reached and
// E calls of Add.
//
// The zero Flood is ready for Reset. A Flood is not safe for concurrent
// use: give each goroutine its own, for instance as the per-worker scratch
// value of parallel.MapWith.
type Flood struct {
	stamp []uint32 // one per id in [0, n): len(stamp) is n
	stack []int32
	gen   uint32
	n     int // ids reached
}

// Reset empties f for a new search over the ids in [0, n). It costs O(1),
// except when n exceeds every n before it, when it allocates the table and
// the stack (8 bytes per id: the stack never holds an id twice), and once
// in 2^32-1 searches, when it clears the table. Reset panics if n is
// negative or 2^31 or more.
func (f *Flood) Reset(n int) {
	if uint(n) > maxIDs {
		misuse.Panicf("search: Flood.Reset", "size %d outside [0, %d]", n, maxIDs)
	}
	if n > cap(f.stamp) {
		f.stamp, f.stack = make([]uint32, n), make([]int32, 0, n)
	}
	if f.gen++; f.gen == 0 {
		clear(f.stamp[:cap(f.stamp)])
		f.gen = 1
	}
	f.stamp, f.stack, f.n = f.stamp[:n], f.stack[:0], 0
}

// Add reaches id j and reports whether it is new; a new id is expanded
// later by the range over [Flood.All]. Called before the range, Add reaches
// a start. Add panics if j is outside [0, n).
func (f *Flood) Add(j int) bool {
	if uint(j) >= uint(len(f.stamp)) {
		panic(misuse.ID{Call: "search: Flood.Add", I: j, N: len(f.stamp)})
	}
	if f.stamp[j] == f.gen {
		return false
	}
	f.stamp[j] = f.gen
	f.stack = append(f.stack, int32(j))
	f.n++
	return true
}

// All returns an iterator over the ids the search reaches, each once, for
// the loop body to expand by calling [Flood.Add]. The order is depth first,
// last reached first; use a [BFS] when the order or the distance matters.
// The iterator is single-use: it takes ids from f's stack, so a second
// range resumes where a break left the first, and yields nothing once the
// stack is empty.
func (f *Flood) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for len(f.stack) > 0 {
			i := f.stack[len(f.stack)-1]
			f.stack = f.stack[:len(f.stack)-1]
			if !yield(int(i)) {
				return
			}
		}
	}
}

// Reached reports whether the search has reached id i. Ids outside [0, n)
// are not reached.
func (f *Flood) Reached(i int) bool {
	return uint(i) < uint(len(f.stamp)) && f.stamp[i] == f.gen
}

// Len returns how many ids the search has reached so far.
func (f *Flood) Len() int { return f.n }
