package search

import (
	"iter"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A BFS is the reusable working memory of a breadth-first search over dense
// ids, such as those of a [Space]: a queue and, per id, a generation stamp,
// the distance and the predecessor. The caller writes the expansion, so the
// search costs what a hand-written one does:
//
//	b.Reset(sp.Len())
//	b.Add(sp.CellID(start)) // before the range: a start, at distance 0
//	for i, d := range b.All() {
//		for q := range g.Neighbors4(sp.Point(i)) {
//			if g.At(q) != '#' {
//				b.Add(sp.CellID(q)) // at distance d+1, unless reached before
//			}
//		}
//	}
//
// Afterwards [BFS.Dist], [BFS.From], [BFS.Path] and [BFS.Count] read the
// result tables. A break in the range stops the search, for instance at
// the first target reached: with several starts and several targets, that
// is the nearest pair.
//
// [BFS.Reset] costs O(1), by advancing the generation, so one BFS runs any
// number of searches and allocates only when a search needs more ids than
// any before it. Each search costs O(V+E) time for V ids reached and E
// calls of Add.
//
// The zero BFS is ready for Reset. A BFS is not safe for concurrent use:
// give each goroutine its own, for instance as the per-worker scratch value
// of parallel.MapWith. Once a search is over, its readers (Reached, Dist,
// From, Count, Path and Len) only read, and may be called from several
// goroutines at once.
type BFS struct {
	node     []bfsNode // one per id in [0, n): len(node) is n
	count    []int     // shortest paths to each id, kept by AddCounting
	queue    []int32
	head     int   // next index of queue to expand
	cur      int32 // the id being expanded, -1 before the first
	curDist  int32 // its distance, -1 before the first
	curCount int   // its shortest paths, 1 before the first; kept by a counting search
	gen      uint32
}

// bfsNode is an id's record, kept together so that reaching an id touches
// one cache line.
type bfsNode struct {
	gen  uint32 // the id is reached when gen is the BFS's gen
	dist int32
	from int32 // predecessor, -1 for a start
}

// Reset empties b for a new search over the ids in [0, n). It costs O(1),
// except when n exceeds every n before it, when it allocates the tables
// and a queue for every id (16 bytes per id) in two allocations, so that a
// search made for one use allocates no more than that, and once in 2^32-1
// searches, when it clears them.
// Reset panics if n is negative or 2^31 or more.
func (b *BFS) Reset(n int) { b.reset("search: BFS.Reset", n) }

// reset is Reset, panicking in the name of call.
func (b *BFS) reset(call string, n int) {
	if uint(n) > maxIDs {
		misuse.Panicf(call, "size %d outside [0, %d]", n, maxIDs)
	}
	if n > cap(b.node) {
		b.node, b.queue = make([]bfsNode, n), make([]int32, 0, n)
	}
	b.count = b.count[:0]
	b.gen++
	if b.gen == 0 {
		clear(b.node[:cap(b.node)])
		b.gen = 1
	}
	b.node, b.queue, b.head, b.cur, b.curDist, b.curCount = b.node[:n], b.queue[:0], 0, -1, -1, 1
}

// Add reaches id j from the id being expanded, the one the range over
// [BFS.All] last yielded, at one step more than its distance, and reports
// whether j is new. An id reached before keeps its distance and
// predecessor. Called before the range, Add reaches a start, at distance 0.
// Add panics if j is outside [0, n).
func (b *BFS) Add(j int) bool {
	if uint(j) >= uint(len(b.node)) {
		panic(misuse.ID{Call: "search: BFS.Add", I: j, N: len(b.node)})
	}
	if b.node[j].gen == b.gen {
		return false
	}
	b.node[j] = bfsNode{b.gen, b.curDist + 1, b.cur}
	b.queue = append(b.queue, int32(j))
	return true
}

// ResetCounting is [BFS.Reset] for a search that counts shortest paths by
// [BFS.AddCounting]. The counts take 8 bytes an id more, allocated when n
// exceeds every n of a ResetCounting before. Otherwise it costs what Reset
// does, and panics as Reset does.
func (b *BFS) ResetCounting(n int) {
	b.reset("search: BFS.ResetCounting", n)
	if cap(b.count) < n {
		b.count = make([]int, n)
	}
	b.count = b.count[:n]
}

// AddCounting is [BFS.Add] for a search made by [BFS.ResetCounting] that
// also counts the shortest paths to j: the sum of the counts of its
// predecessors at one step less, where a start counts 1. Use it for every
// step of the search, or [BFS.Count] is meaningless. Counts are ints and
// wrap around beyond 2^63-1. AddCounting panics if j is outside [0, n), or
// if the search was made by Reset.
func (b *BFS) AddCounting(j int) bool {
	if uint(j) >= uint(len(b.count)) {
		panic(countFault{j, len(b.node)}) // one test for both faults
	}
	if b.node[j].gen != b.gen {
		b.node[j] = bfsNode{b.gen, b.curDist + 1, b.cur}
		b.count[j] = b.curCount
		b.queue = append(b.queue, int32(j))
		return true
	}
	if b.node[j].dist > b.curDist { // a shortest path, as b.cur's are one step shorter
		b.count[j] += b.curCount
	}
	return false
}

// countFault is AddCounting's panic value: id i outside [0, n), or, inside,
// a search made by Reset. It is smaller than a [misuse.ID], which keeps
// AddCounting within the compiler's inlining budget.
type countFault struct{ i, n int }

func (e countFault) Error() string {
	const call = "search: BFS.AddCounting"
	if 0 <= e.i && e.i < e.n {
		return call + ": the search was made by Reset: use ResetCounting to count paths"
	}
	return misuse.ID{Call: call, I: e.i, N: e.n}.Error()
}

// All returns an iterator over the ids the search reaches, in the order it
// reaches them, each with its distance; the loop body expands each one by
// calling [BFS.Add] for its neighbours. Distances never decrease along the
// sequence. The iterator is single-use: it takes ids from b's queue, so a
// second range resumes where a break left the first, and yields nothing
// once the queue is empty.
func (b *BFS) All() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for b.head < len(b.queue) {
			i := b.queue[b.head]
			b.head++
			b.cur, b.curDist = i, b.node[i].dist
			if len(b.count) > 0 {
				if b.node[i].from < 0 {
					b.count[i] = 1 // a start, however often added
				}
				b.curCount = b.count[i]
			}
			if !yield(int(i), int(b.curDist)) {
				return
			}
		}
	}
}

// Reached reports whether the search has reached id i. Ids outside
// [0, n) are not reached.
func (b *BFS) Reached(i int) bool {
	return uint(i) < uint(len(b.node)) && b.node[i].gen == b.gen
}

// Dist returns the distance of id i from the nearest start, and true; or 0
// and false if i has not been reached.
func (b *BFS) Dist(i int) (int, bool) {
	if !b.Reached(i) {
		return 0, false
	}
	return int(b.node[i].dist), true
}

// From returns the id through which the search first reached i, and true;
// or -1 and false if i is a start or has not been reached.
func (b *BFS) From(i int) (int, bool) {
	if !b.Reached(i) || b.node[i].from < 0 {
		return -1, false
	}
	return int(b.node[i].from), true
}

// Count returns the number of shortest paths from the starts to i, when
// every step was added with [BFS.AddCounting], or 0 if i has not been
// reached or the search was made by Reset. A count is final once the range
// has yielded every id at i's distance.
func (b *BFS) Count(i int) int {
	if !b.Reached(i) || len(b.count) == 0 {
		return 0
	}
	if b.node[i].from < 0 {
		return 1
	}
	return b.count[i]
}

// Path returns a shortest path to i, the ids from a start to i, both
// included, following the first predecessor of each; or nil if i has not
// been reached. It costs O(len) and one allocation.
func (b *BFS) Path(i int) []int {
	if !b.Reached(i) {
		return nil
	}
	return path(i, func(j int32) int32 { return b.node[j].from })
}

// Len returns the number of ids the search has reached so far.
func (b *BFS) Len() int { return len(b.queue) }

// path walks the predecessors that from gives back from i to a start (-1).
func path(i int, from func(int32) int32) []int {
	n := 0
	for j := int32(i); j >= 0; j = from(j) {
		n++
	}
	p := make([]int, n)
	for j := int32(i); j >= 0; j = from(j) {
		n--
		p[n] = int(j)
	}
	return p
}
