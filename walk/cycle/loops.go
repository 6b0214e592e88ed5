package cycle

import "iter"

// Loops reports whether seq ever yields an element it yielded before. It
// stops consuming seq at the first repeat, and returns false when seq ends.
// Loops does not return if seq is infinite and never repeats.
//
// Loops keeps every element seen in a new map: O(n) memory and an amortised
// map insert per element. To run many checks, a [Set] reuses one map's
// memory; for elements numbered densely, such as the ids of a search.Space,
// [IDSet.Loops] does the same with no map at all.
func Loops[T comparable](seq iter.Seq[T]) bool {
	var s Set[T]
	return s.Loops(seq)
}
