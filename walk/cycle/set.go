package cycle

import "iter"

// A Set is a set of elements of any comparable type, for spotting repeats
// in sequences whose elements cannot be numbered densely, such as points on
// an unbounded map. It keeps its memory from one use to the next. [IDSet]
// has the same methods for dense ids, with no map.
//
// The zero Set is empty and ready to use. A Set is not safe for
// concurrent use: give each goroutine its own, for instance as a
// per-worker scratch value in package parallel.
type Set[T comparable] struct {
	m map[T]struct{}
}

// Reset empties s. It costs O(size of the largest set s has held) and
// keeps the memory.
func (s *Set[T]) Reset() { clear(s.m) }

// Visit adds v to s and reports whether it was there already. It costs one
// map operation, which allocates only when s grows beyond anything it held
// before.
func (s *Set[T]) Visit(v T) (seen bool) {
	if s.m == nil {
		s.m = make(map[T]struct{})
	}
	// One map operation: an insert that does not grow the map found v
	// there already.
	n := len(s.m)
	s.m[v] = struct{}{}
	return len(s.m) == n
}

// Has reports whether v is in s.
func (s *Set[T]) Has(v T) bool {
	_, ok := s.m[v]
	return ok
}

// Len returns the number of elements in s: after [Set.Loops], how many
// distinct elements it consumed.
func (s *Set[T]) Len() int { return len(s.m) }

// Loops empties s, then reports whether seq yields any element twice, like
// [Loops], visiting the elements into s as it goes.
func (s *Set[T]) Loops(seq iter.Seq[T]) bool {
	s.Reset()
	for v := range seq {
		if s.Visit(v) {
			return true
		}
	}
	return false
}
