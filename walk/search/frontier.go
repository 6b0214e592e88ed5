package search

import (
	"iter"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Frontier is a breadth-first search kept one step at a time: the ids
// reached in exactly k steps, and nothing of the steps before. It is the
// search for moves that change with the step, such as dodging obstacles
// that move every minute, where only this minute's cells need keeping. An
// id may come back in a later step, as a walker who waits does; within a
// step each id counts once. The caller writes the moves:
//
//	f.Reset(cells)
//	f.Add(start) // step 0
//	for minute := 1; f.Len() > 0; minute++ {
//		for i := range f.Step() { // the ids of step minute-1
//			for _, j := range moves(i, minute) {
//				f.Add(j) // in step minute, once
//			}
//		}
//		if f.Has(goal) {
//			return minute
//		}
//	}
//
// When testing a move costs more than a lookup, ask [Frontier.Has] first.
// Reset costs O(1), and a Frontier allocates only for more ids, or a bigger
// step, than any search before it: 4 bytes an id, and 4 an id of the two
// largest steps. Each step costs O(V+E) for its V ids and E calls of Add.
// The zero Frontier is ready for Reset. A Frontier is not safe for
// concurrent use: give each goroutine its own.
type Frontier struct {
	stamp []uint32 // one per id in [0, n): len(stamp) is n
	gen   uint32   // the generation of the step being built, in next
	cur   []int32  // the step being yielded
	next  []int32  // the step being built by Add
}

// Reset empties f for a new search over the ids in [0, n): the step being
// built (step 0, for the starts) is empty. It costs O(1), except when n
// exceeds every n before it, when it allocates the table (4 bytes per id),
// and once in 2^32-1 steps, when it clears it. Reset panics if n is negative
// or 2^31 or more.
func (f *Frontier) Reset(n int) {
	if uint(n) > maxIDs {
		misuse.Panicf("search: Frontier.Reset", "size %d outside [0, %d]", n, maxIDs)
	}
	if n > cap(f.stamp) {
		f.stamp = make([]uint32, n)
	}
	f.stamp, f.cur, f.next = f.stamp[:n], f.cur[:0], f.next[:0]
	f.advance()
}

// advance starts a new generation for the step about to be built.
func (f *Frontier) advance() {
	if f.gen++; f.gen == 0 {
		clear(f.stamp[:cap(f.stamp)])
		f.gen = 1
	}
}

// Add puts id j in the step being built and reports whether it is new to
// that step. Called before the first range over [Frontier.Step], it adds a
// start. Add panics if j is outside [0, n).
func (f *Frontier) Add(j int) bool {
	if uint(j) >= uint(len(f.stamp)) {
		panic(misuse.ID{Call: "search: Frontier.Add", I: j, N: len(f.stamp)})
	}
	if f.stamp[j] == f.gen {
		return false
	}
	f.stamp[j] = f.gen
	f.next = append(f.next, int32(j))
	return true
}

// Has reports whether id j is in the step being built: after a range over
// [Frontier.Step], whether the search reaches j in the step that range
// built. It reports false for j outside [0, n).
func (f *Frontier) Has(j int) bool {
	return uint(j) < uint(len(f.stamp)) && f.stamp[j] == f.gen
}

// Len returns how many ids the step being built holds. When it is 0 after
// a range over [Frontier.Step], the search has died out.
func (f *Frontier) Len() int { return len(f.next) }

// Step makes the step built so far the current one, starts building the
// next, empty, and returns an iterator over the current step's ids, in the
// order they were added, for the loop body to move on from by calling
// [Frontier.Add]. If the range stops early, the ids not yet yielded are
// dropped from the search. The iterator is single-use: the step moves on
// when the range starts, and a second range yields the next step.
func (f *Frontier) Step() iter.Seq[int] {
	return func(yield func(int) bool) {
		f.cur, f.next = f.next, f.cur[:0]
		f.advance()
		for _, i := range f.cur {
			if !yield(int(i)) {
				return
			}
		}
	}
}
