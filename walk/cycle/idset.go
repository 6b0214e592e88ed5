package cycle

import (
	"iter"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// maxIDs bounds the range of ids an IDSet takes, as it does a search's
// in package search: stamps are indexed by int32-sized ids.
const maxIDs = 1<<31 - 1

// An IDSet is a set of dense ids, such as those of a search.Space, kept as one
// 32-bit generation stamp per id: an id is in the set when its stamp equals
// the current generation. [IDSet.Reset] therefore costs O(1) instead of
// clearing memory, so one IDSet serves any number of loop checks or
// searches without allocating after the first. It has the methods of
// [Set], for ids, with the range of ids given to Reset.
//
// The zero IDSet holds no ids and takes none: call Reset first. An IDSet
// is not safe for concurrent use: give each goroutine its own, for instance
// as the per-worker scratch value of parallel.MapWith.
type IDSet struct {
	stamp []uint32 // one per id in [0, n): len(stamp) is the range
	gen   uint32
	n     int // ids in the set
}

// Reset empties v and makes it take the ids in [0, n). It costs O(1),
// except when it must grow the table (allocating 4 bytes per id) or clear
// the ids that come back into range after a smaller n, and once in 2^32-1
// calls, when it clears the table. Reset panics if n is negative or 2^31
// or more.
func (v *IDSet) Reset(n int) {
	if uint(n) > maxIDs {
		misuse.Panicf("cycle: IDSet.Reset", "size %d outside [0, %d]", n, maxIDs)
	}
	switch {
	case n > cap(v.stamp):
		v.stamp = make([]uint32, n)
	case n > len(v.stamp):
		// Stamps past the old range are stale, and may be from before a
		// wrap-around, which clears only the range: clear them now.
		clear(v.stamp[len(v.stamp):n])
	}
	v.stamp = v.stamp[:n]
	v.empty(0)
}

// Visit adds id i to v and reports whether it was there already. It costs
// O(1) and allocates nothing. Visit panics if i is outside [0, n).
func (v *IDSet) Visit(i int) (seen bool) {
	if v.add(i, "cycle: IDSet.Visit") {
		return true
	}
	if v.n >= 0 {
		v.n++
	}
	return false
}

// add is Visit without the count; call names the caller in a panic.
func (v *IDSet) add(i int, call string) (seen bool) {
	if uint(i) >= uint(len(v.stamp)) {
		panic(misuse.ID{Call: call, I: i, N: len(v.stamp)})
	}
	if v.stamp[i] == v.gen {
		return true
	}
	v.stamp[i] = v.gen
	return false
}

// Has reports whether id i is in v. Ids outside [0, n) are not.
func (v *IDSet) Has(i int) bool {
	return uint(i) < uint(len(v.stamp)) && v.stamp[i] == v.gen
}

// Len returns the number of ids in v: after [IDSet.Loops], how many
// distinct ids it consumed. It costs O(1), except for the first call after
// Loops, which counts them in O(n) for the range n given to Reset. Like
// every other method, it writes to v.
func (v *IDSet) Len() int {
	// Loops does not count as it goes, which would cost its loop a store a
	// step; the first Len after it counts and keeps the count.
	if v.n < 0 {
		v.n = 0
		for _, s := range v.stamp {
			if s == v.gen {
				v.n++
			}
		}
	}
	return v.n
}

// Loops empties v, keeping its range of ids, then reports whether seq
// yields any id twice, like [Loops], visiting the ids into v as it goes. It
// allocates nothing. It panics like [IDSet.Visit] on an id outside the
// range, such as the -1 that search.Space.IDs gives a state outside its
// space.
func (v *IDSet) Loops(seq iter.Seq[int]) (loops bool) {
	v.empty(-1) // uncounted: see Len
	for i := range seq {
		if loops = v.add(i, "cycle: IDSet.Loops"); loops {
			break
		}
	}
	return loops
}

// empty is Reset keeping the range of ids, with n as the count: 0, or -1
// for not counted.
func (v *IDSet) empty(n int) {
	if v.gen++; v.gen == 0 {
		clear(v.stamp)
		v.gen = 1
	}
	v.n = n
}
