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
// largest steps, with room for steps of 256 ids made at the first Reset.
// Each step costs O(V+E) for its V ids and E calls of Add.
// The zero Frontier is ready for Reset. A Frontier is not safe for
// concurrent use: give each goroutine its own.
type Frontier struct {
	stamp []uint32 // one per id in [0, n): len(stamp) is n
	gen   uint32   // the generation of the step being built, in next
	cur   []int32  // the step being yielded
	next  []int32  // the step being built by Add

	// Kept by AddWays only: the ways to each id of cur and of next, one
	// entry per id (read only where the id's stamp is current), and how
	// many ids of next AddWays put there.
	curWays, nextWays []int
	added             int
}

// Reset empties f for a new search over the ids in [0, n): the step being
// built (step 0, for the starts) is empty. It costs O(1), except when n
// exceeds every n before it, when it allocates the table (4 bytes per id),
// and once in 2^32-1 steps, when it clears it. Reset panics if n is negative
// or 2^31 or more.
func (f *Frontier) Reset(n int) { f.reset("search: Frontier.Reset", n) }

// reset is Reset, panicking in the name of call.
func (f *Frontier) reset(call string, n int) {
	if uint(n) > maxIDs {
		misuse.Panicf(call, "size %d outside [0, %d]", n, maxIDs)
	}
	if n > cap(f.stamp) {
		f.stamp = make([]uint32, n)
	}
	if cap(f.next) == 0 {
		f.cur, f.next = make([]int32, 0, min(n, firstStep)), make([]int32, 0, min(n, firstStep))
	}
	f.stamp, f.cur, f.next = f.stamp[:n], f.cur[:0], f.next[:0]
	f.curWays, f.nextWays, f.added = f.curWays[:0], f.nextWays[:0], 0
	f.advance()
}

// firstStep is the room a Frontier makes for each step at its first Reset,
// so that a search used once does not grow its steps from nothing.
const firstStep = 256

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

// ResetWays is [Frontier.Reset] for a search that counts walks by
// [Frontier.AddWays] and [Frontier.StepWays]. The ways take 16 bytes an
// id, allocated when n exceeds every n of a ResetWays before; so when a
// step is a row, as for a beam falling down a map, let an id be a column.
// Otherwise it costs what Reset does, and panics as Reset does.
func (f *Frontier) ResetWays(n int) {
	f.reset("search: Frontier.ResetWays", n)
	if cap(f.nextWays) < n || cap(f.curWays) < n {
		f.curWays, f.nextWays = make([]int, n), make([]int, n)
	}
	f.curWays, f.nextWays = f.curWays[:n], f.nextWays[:n]
}

// AddWays is [Frontier.Add] for a search that counts walks, made by
// [Frontier.ResetWays]: it puts id j in the step being built with ways
// more ways to reach it, adding them to those of j's earlier adds in the
// step, and reports whether j is new to the step. [Frontier.StepWays]
// yields each id with its ways: the number of walks of exactly k steps
// from the starts, when each start is added with 1 and each id moved on
// from adds its own ways to each next id, as a beam that splits on its way
// down a map does. Use AddWays for every id of the search: an Add among
// them panics at the next StepWays. Ways are ints and wrap around beyond
// 2^63-1. AddWays panics if j is outside [0, n), or if the search was made
// by Reset.
func (f *Frontier) AddWays(j, ways int) bool {
	w := f.nextWays
	if uint(j) >= uint(len(w)) {
		panic(misuse.ID{Call: "search: Frontier.AddWays", I: j, N: len(f.stamp), Unready: "the search was made by Reset: use ResetWays to count ways"})
	}
	if f.stamp[j] == f.gen {
		w[j] += ways
		return false
	}
	f.stamp[j], w[j] = f.gen, ways
	f.next = append(f.next, int32(j))
	f.added++
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
		f.move()
		for _, i := range f.cur {
			if !yield(int(i)) {
				return
			}
		}
	}
}

// StepWays is [Frontier.Step] for a search that counts walks by
// [Frontier.AddWays]: it yields each id of the current step with the
// number of ways to reach it. After the last step's moves, a range over
// StepWays that adds nothing reads the final counts, and leaves the
// search empty. It panics, naming the fault, if the step holds ids put
// there by Add.
func (f *Frontier) StepWays() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		if f.added != len(f.next) {
			misuse.Panicf("search: Frontier.StepWays", "ids were added by Add, which counts no ways: use AddWays for every id, or Add and Step")
		}
		f.move()
		w := f.curWays
		for _, i := range f.cur {
			if !yield(int(i), w[i]) {
				return
			}
		}
	}
}

// move makes the step built so far the current one and starts building
// the next, empty.
func (f *Frontier) move() {
	f.cur, f.next = f.next, f.cur[:0]
	f.curWays, f.nextWays, f.added = f.nextWays, f.curWays, 0
	f.advance()
}
