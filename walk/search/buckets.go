package search

import "math/bits"

// The window of a bucketQueue is how many consecutive costs it keeps in
// buckets: a step of up to window-1 from the lowest cost lands in a bucket.
// It is a power of two, so a cost's bucket is its low bits. It starts at
// minWindow and doubles, up to maxWindow, when an entry lands beyond it, so
// that searches with large steps (a turn that costs 1000) keep O(1) pushes
// and pops, while those with small ones keep a small ring in cache.
const (
	minWindow = 256
	maxWindow = 1 << 16
)

// A bucketQueue is a monotone bucket queue (Dial's algorithm) with a binary
// heap beside it for what falls outside its window. Dijkstra's searches
// take ids out in order of cost, and a step adds a small cost to the cost
// being expanded, so nearly every entry lands within the window of the
// lowest: it goes into the bucket of its cost, and push and pop cost O(1).
// Entries below the lowest, such as an A* estimate that drops, or beyond
// maxWindow above it, go to the heap, and pop takes the lower of the two,
// so the order is always right; only the speed depends on the costs.
//
// The buckets are lists threaded through one slice of entries, with the
// entries popped kept on a free list for the next pushes, so a fresh queue
// allocates O(log n) times for at most n entries at once, rather than once
// per bucket; the slice, the ring and the heap keep their memory from one
// search to the next.
type bucketQueue struct {
	head []int32  // 1 + the index in ents of bucket k's last entry; 0 when empty; len is the window
	used []uint64 // bit k set when bucket k is not empty
	ents []bucketEntry
	free int32    // 1 + the index of the first free entry of ents; 0 for none
	lo   int      // every bucketed cost lies in [lo, lo+window); bucket k holds those ≡ k
	n    int      // entries in the buckets
	over costHeap // entries outside [lo, lo+window) when pushed
}

// A bucketEntry is an entry of a bucket's list: next is the head value
// below it. Its cost is the bucket's, so it is not kept: 8 bytes an entry
// rather than 24 leaves more of the queue in cache.
type bucketEntry struct {
	slot, next int32
}

// reset empties q, keeping its memory, its window among it.
func (q *bucketQueue) reset() {
	if q.head == nil {
		q.widen(0)
	} else if q.n > 0 {
		clear(q.head)
		clear(q.used)
	}
	q.n, q.lo, q.ents, q.free, q.over = 0, 0, q.ents[:0], 0, q.over[:0]
}

// widen makes the window a power of two above d, at least twice what it
// was and at least minWindow, and moves each bucket to its place in it:
// the buckets hold distinct costs in [lo, lo+window), which keep distinct
// low bits in a larger window.
//
//go:noinline
func (q *bucketQueue) widen(d int) {
	w := max(minWindow, 2*len(q.head))
	for w <= d {
		w *= 2
	}
	head, used := make([]int32, w), make([]uint64, w/64)
	if old := len(q.head); q.n > 0 {
		for k, h := range q.head {
			if h != 0 {
				c := q.lo + (k-q.lo)&(old-1) // the cost of bucket k
				nk := c & (w - 1)
				head[nk] = h
				used[nk/64] |= 1 << (nk % 64)
			}
		}
	}
	q.head, q.used = head, used
}

// push adds e.
func (q *bucketQueue) push(e heapEntry) {
	if q.n == 0 && len(q.over) == 0 {
		q.lo = e.cost
	}
	if d := e.cost - q.lo; uint(d) >= uint(len(q.head)) {
		if d < 0 || d >= maxWindow {
			q.over.push(e)
			return
		}
		q.widen(d)
	}
	f := q.free
	if f == 0 {
		f = q.grow()
	}
	k := e.cost & (len(q.head) - 1) // e.cost modulo window, for any sign
	q.free = q.ents[f-1].next
	q.ents[f-1] = bucketEntry{e.slot, q.head[k]}
	q.head[k] = f
	q.used[k/64] |= 1 << (k % 64)
	q.n++
}

// grow adds a free entry to ents, for an empty free list, and returns 1 +
// its index.
//
//go:noinline
func (q *bucketQueue) grow() int32 {
	q.ents = append(q.ents, bucketEntry{})
	return int32(len(q.ents))
}

// len returns the number of entries in q.
func (q *bucketQueue) len() int { return q.n + len(q.over) }

// pop removes and returns an entry of the lowest cost. q must not be
// empty. The common case is an entry at the cost lo, where the last one
// came out (see ready); a caller in a hot loop tests ready itself and
// calls take, with no call for the test, as Dijkstra.settle does.
func (q *bucketQueue) pop() heapEntry {
	if k, ok := q.ready(); ok {
		return q.take(k, q.lo)
	}
	return q.popRest()
}

// ready reports whether an entry of the lowest cost waits in bucket k,
// the bucket of lo, as it does for most pops; then take(k, lo) pops it.
func (q *bucketQueue) ready() (k int, ok bool) {
	k = q.lo & (len(q.head) - 1)
	// A queue never reset or pushed to has no ring: nothing is ready.
	return k, len(q.head) > 0 && q.head[k] != 0 && (len(q.over) == 0 || q.over[0].cost >= q.lo)
}

// popRest is pop for the other cases: the next cost lies above lo, or
// below it in the heap.
func (q *bucketQueue) popRest() heapEntry {
	if q.n == 0 {
		q.refill()
	}
	c := q.lo + q.next()
	if len(q.over) > 0 && q.over[0].cost < c {
		return q.over.pop() // below the window: an estimate that dropped
	}
	return q.take(c&(len(q.head)-1), c)
}

// take removes and returns the last entry of bucket k, which is not
// empty and holds the entries of cost c, the lowest.
func (q *bucketQueue) take(k, c int) heapEntry {
	h := q.head[k]
	be := q.ents[h-1]
	q.head[k] = be.next
	q.ents[h-1].next, q.free = q.free, h
	if be.next == 0 {
		q.used[k/64] &^= 1 << (k % 64)
	}
	q.n--
	q.lo = c
	return heapEntry{c, be.slot} // every entry of a bucket costs the same
}

// refill, for empty buckets, starts the window again at the heap's lowest
// cost and moves the entries that now fall inside it into the buckets. The
// heap must not be empty.
func (q *bucketQueue) refill() {
	q.lo = q.over[0].cost
	for len(q.over) > 0 && q.over[0].cost-q.lo < len(q.head) {
		q.push(q.over.pop()) // into its bucket, as the heap is not empty or n > 0
	}
}

// min returns the lowest cost in q, which must not be empty.
func (q *bucketQueue) min() int {
	if q.n == 0 {
		q.refill()
	}
	c := q.lo + q.next()
	if len(q.over) > 0 && q.over[0].cost < c {
		return q.over[0].cost
	}
	return c
}

// next returns how far above lo the lowest non-empty bucket lies. Some
// bucket is not empty.
func (q *bucketQueue) next() int {
	window := len(q.head)
	s := q.lo & (window - 1) // q.lo modulo window, for any sign
	// Look from s to the end of the ring, then from its start.
	for w := s / 64; w < len(q.used); w++ {
		m := q.used[w]
		if w == s/64 {
			m &= ^uint64(0) << (s % 64)
		}
		if m != 0 {
			return w*64 + bits.TrailingZeros64(m) - s
		}
	}
	for w := 0; w <= s/64; w++ {
		if m := q.used[w]; m != 0 {
			return w*64 + bits.TrailingZeros64(m) + window - s
		}
	}
	panic("search: bucketQueue.next on empty buckets")
}
