package search

import "math/bits"

// window is how many consecutive costs a bucketQueue keeps in buckets: a
// step of up to window-1 from the cost being expanded lands in a bucket. It
// is a power of two, so a cost's bucket is its low bits.
const window = 256

// A bucketQueue is a monotone bucket queue (Dial's algorithm) with a binary
// heap beside it for what falls outside its window. Dijkstra's searches
// take ids out in order of cost, and a step adds a small cost to the cost
// being expanded, so nearly every entry lands within window of the lowest:
// it goes into the bucket of its cost, and push and pop cost O(1). Entries
// outside the window, such as a step of 1000 or an A* estimate that drops,
// go to the heap, and pop takes the lower of the two, so the order is
// always right; only the speed depends on the costs.
//
// The buckets are lists threaded through one slice of entries, with the
// entries popped kept on a free list for the next pushes, so a fresh queue
// allocates O(log n) times for at most n entries at once, rather than once
// per bucket; the slice and the heap keep their memory from one search to
// the next.
type bucketQueue struct {
	head [window]int32       // 1 + the index in ents of bucket k's last entry; 0 when empty
	used [window / 64]uint64 // bit k set when bucket k is not empty
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

// reset empties q, keeping its memory.
func (q *bucketQueue) reset() {
	if q.n > 0 {
		q.head = [window]int32{}
		q.used = [window / 64]uint64{}
	}
	q.n, q.lo, q.ents, q.free, q.over = 0, 0, q.ents[:0], 0, q.over[:0]
}

// push adds e.
func (q *bucketQueue) push(e heapEntry) {
	if q.n == 0 && len(q.over) == 0 {
		q.lo = e.cost
	}
	if uint(e.cost-q.lo) >= window {
		q.over.push(e)
		return
	}
	f := q.free
	if f == 0 {
		f = q.grow()
	}
	k := e.cost & (window - 1) // e.cost modulo window, for any sign
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
	k = q.lo & (window - 1)
	return k, q.head[k] != 0 && (len(q.over) == 0 || q.over[0].cost >= q.lo)
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
	return q.take(c&(window-1), c)
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
	for len(q.over) > 0 && q.over[0].cost-q.lo < window {
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
