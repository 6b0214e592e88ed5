package search

// pairList holds pairs of int32 values in blocks that are never copied:
// a full block stays where it is and the next is twice its size, up to
// maxPairBlock pairs. n pairs take at most 16(n+minPairBlock) bytes, all
// of them written once, where an append-grown slice copies its values at
// every growth and allocates up to five times their size in all. The
// zero pairList is empty.
type pairList struct {
	full [][]int32 // the blocks filled, in order
	cur  []int32   // the block being filled
	n    int       // pairs held
}

const (
	minPairBlock = 64
	maxPairBlock = 1 << 13
)

// add appends the pair (x, y).
func (l *pairList) add(x, y int32) {
	if len(l.cur) == cap(l.cur) {
		l.next()
	}
	l.cur = append(l.cur, x, y)
	l.n++
}

// next files the current block and starts one twice its size.
func (l *pairList) next() {
	size := min(max(2*cap(l.cur), 2*minPairBlock), 2*maxPairBlock)
	if len(l.cur) > 0 {
		l.full = append(l.full, l.cur)
	}
	l.cur = make([]int32, 0, size)
}

// blocks returns the blocks in order, each an even number of values,
// x then y.
func (l *pairList) blocks() [][]int32 {
	return append(l.full, l.cur)
}
