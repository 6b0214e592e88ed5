package search

import (
	"iter"
	"math"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Dijkstra is the reusable working memory of a cheapest-path search over
// dense ids, such as those of a [Space], with non-negative step costs: a
// queue and, per id, a stamp that holds the cost, the predecessor, the
// number of cheapest paths and the other predecessors that tie. The
// caller writes the expansion, so the search costs what a hand-written one
// does:
//
//	d.Reset(sp.Len())
//	d.Add(sp.StateID(start), 0) // before the range: a start, at cost 0
//	for i, c := range d.All() {
//		if i == goal {
//			break // c is the cheapest cost to goal
//		}
//		for each step from i to j costing w {
//			d.Add(j, w) // reach j at c+w, if that is cheaper
//		}
//	}
//
// Afterwards [Dijkstra.Cost] reads the costs. A search started with
// [Dijkstra.ResetPaths] instead of Reset also keeps the predecessors, so
// that [Dijkstra.From], [Dijkstra.Path], [Dijkstra.Count] and
// [Dijkstra.OnBest] can read the paths; one that needs only costs does not
// pay for them. Given an estimate of the cost still to go,
// [Dijkstra.AddAStar] makes the search A*.
//
// [Dijkstra.Reset] costs O(1), by starting the stamps above the last
// search's, so one Dijkstra
// runs any number of searches and allocates only when a search needs more
// ids or a longer queue than any before it. The queue keeps the ids whose
// cost lies close above the lowest in a ring of buckets (Dial's
// algorithm), at O(1) a step, and the rest in a binary heap. The ring
// starts with 256 buckets and doubles, up to 65,536, when a step lands
// beyond it (4 bytes a bucket, kept for the next search): a search costs
// O(V+E) time for V ids reached and E calls of Add when every step costs
// less than 65,536, plus O(W) for a ring of W buckets, and O((V+E) log V)
// at worst.
//
// The zero Dijkstra is ready for Reset. A Dijkstra is not safe for
// concurrent use: give each goroutine its own, for instance as the
// per-worker scratch value of parallel.MapWith. Once a search is over, its
// readers (Reached, Cost, From, Count and Path) only read, and may be
// called from several goroutines at once; OnBest uses working memory in d,
// so call it from one goroutine at a time.
type Dijkstra struct {
	node    []uint32 // per id, its stamp: base + cost once reached, wideStamp if the cost is in wide
	wide    []int    // the costs of ids whose stamp is wideStamp; empty until one is
	base    uint32   // the stamp of cost 0 in this search; every stamp of an earlier one is lower
	top     uint32   // the highest stamp this search has written, at least base
	room    uint     // a step from the id being expanded costs less than room if its stamp fits
	lim     uint32   // Add's quick test: a stamp below base + lim + w is no cheaper
	settled []uint32 // d.gen once an id has come out, when paths are kept
	from    []int32  // first predecessor at the cost, -1 for a start
	more    []int32  // first tying predecessor in links, or -1
	count   []int    // cheapest paths to each id
	links   []predLink
	queue   bucketQueue // ids added with no estimate, by cost
	astar   astarHeap   // ids added with an estimate above 0
	cur     int32       // the id being expanded, -1 before the first
	curCost int
	gen     uint32   // the generation of settled
	n       int      // ids are in [0, n)
	paths   bool     // whether from, more, count and links are kept
	guided  bool     // A* in the buckets: keys are cost plus estimate, and out says which ids are settled
	out     []uint64 // when guided, a bit per id: taken out at its current cost
	back    backWalk
}

// A stamp is an id's record, 4 bytes so that the table of a large grid
// stays in cache: base + cost for an id reached in this search, and
// anything below base for one that is not, since each search's base lies
// above every stamp written before it. Resetting therefore costs nothing
// until the bases pass maxBase, after 2^31 of cost summed over the
// searches, when the table is cleared. A cost that does not fit below
// wideStamp is kept in the wide table, and its stamp is wideStamp; the
// next Reset clears the table, as wideStamp is above every base.
const (
	// maxGuided caps an estimate in the buckets' keys, so that cost plus
	// estimate cannot overflow; an id so far from every target comes out
	// after all the others, as math.MaxInt puts it last in the heap.
	maxGuided = math.MaxInt / 4
	wideStamp = math.MaxUint32
	maxBase   = 1 << 31 // a search that would start above it clears the table, so that every search has 2^31-1 of cost in stamps
)

// Reset empties d for a new search over the ids in [0, n) that keeps the
// costs only: [Dijkstra.Cost] reads them, and From, Path, Count and OnBest
// panic (use [Dijkstra.ResetPaths] for those). It costs O(1), except when n
// exceeds every n before it, when it allocates the cost table (4 bytes an
// id, and 8 more the first time a cost does not fit a stamp, which takes
// a cost of 2^31-1 at least), and O(n) to clear it, which it does after a
// search with such a cost and once the costs of the searches since the
// last clearing add up to 2^31. Reset panics if n is negative or 2^31 or
// more.
func (d *Dijkstra) Reset(n int) { d.reset("search: Dijkstra.Reset", n, false) }

// ResetPaths is [Dijkstra.Reset] for a search that also keeps, per id, the
// predecessor, the other predecessors that tie and the number of cheapest
// paths, for [Dijkstra.From], [Dijkstra.Path], [Dijkstra.Count] and
// [Dijkstra.OnBest]: 28 bytes more an id, allocated once, and a few writes
// more per step that improves a cost.
func (d *Dijkstra) ResetPaths(n int) { d.reset("search: Dijkstra.ResetPaths", n, true) }

func (d *Dijkstra) reset(call string, n int, paths bool) {
	if uint(n) > maxIDs {
		misuse.Panicf(call, "size %d outside [0, %d]", n, maxIDs)
	}
	switch {
	case n > len(d.node):
		d.node, d.base = make([]uint32, n), 1
	case d.top >= maxBase:
		clear(d.node) // the bases ran out, or a cost went wide
		d.base = 1
	default:
		d.base = d.top + 1 // above every stamp written so far
	}
	d.top = d.base
	if paths && n > len(d.from) {
		d.from, d.more, d.count = make([]int32, n), make([]int32, n), make([]int, n)
		d.settled = make([]uint32, n)
	}
	d.gen++
	if d.gen == 0 {
		clear(d.settled)
		d.gen = 1
	}
	d.queue.reset()
	d.astar = d.astar[:0]
	d.n, d.links, d.cur, d.paths, d.guided = n, d.links[:0], -1, paths, false
	d.expand(0)
}

// Add reaches id j from the id being expanded, the one the range over
// [Dijkstra.All] last yielded, with a step costing w, and reports whether
// that is cheaper than any way to j found before. A way that costs the same
// is kept as a tie, for [Dijkstra.Count] and [Dijkstra.OnBest]. Called
// before the range, Add reaches a start at cost w (usually 0).
//
// Add panics if j is outside [0, n), if w is negative, or if the cost
// overflows an int.
func (d *Dijkstra) Add(j, w int) bool {
	// The common case, a way no cheaper than one found before, is checked
	// here, where the compiler can inline it into the caller's loop.
	if d.noBetter(j, w) {
		return false
	}
	return d.add("search: Dijkstra.Add", j, w, 0)
}

// Better reports whether a step costing w from the id being expanded to id
// j could be what [Dijkstra.Add] keeps: cheaper than every way to j found
// so far, or, in a search that keeps paths, as cheap. False is exact: Add
// would keep nothing. True may still be refused by Add, when costs have
// grown past what an id's 4-byte stamp holds (about 2^31 above the
// search's start), where Better leaves the answer to Add. It is Add's own
// first test, and unlike Add it inlines, so a loop that tries many steps,
// most of them no better, can skip Add's call for those:
//
//	if d.Better(j, w) {
//		d.Add(j, w)
//	}
//
// (about a tenth of the crucible recipe's time). It costs O(1) and never
// panics: for bad arguments it reports true, and Add then panics. Add
// alone gives the same search.
func (d *Dijkstra) Better(j, w int) bool { return !d.noBetter(j, w) }

// noBetter reports, without a call, what add would find for a step
// costing w from the id being expanded to id j, in the common case: a way
// no cheaper than one found before, and, unless ties are kept, none as
// cheap. False means add must look: a cheaper way, a tie to keep, a cost
// that does not fit a stamp, or a bad step, which add reports. A stamp
// below base (j not reached) wraps around above any bound room allows.
func (d *Dijkstra) noBetter(j, w int) bool {
	return uint(j) < uint(len(d.node)) && uint(w) < d.room && d.node[j]-d.base < d.lim+uint32(w)
}

// expand makes cost c the cost being expanded, and sets the bounds of
// noBetter's quick test for it: a step of w < room lands at a stamp below
// wideStamp, and lim is c, plus 1 when a way as cheap is no better.
func (d *Dijkstra) expand(c int) {
	d.curCost, d.room, d.lim = c, 0, 0
	if fit := int(wideStamp - d.base); c < fit {
		d.room, d.lim = uint(fit-c), uint32(c)
		if !d.paths {
			d.lim++
		}
	}
}

// AddAStar is [Dijkstra.Add] for an A* search: h is an estimate of the cost
// from j to the nearest target, and ids come out of the range in order of
// cost plus estimate (ties as below). If the estimate never exceeds
// the true cost (it is admissible), the first target to come out comes out
// at its cheapest cost. If, besides, it never drops by more than a step's
// cost along a step (it is consistent, as the Manhattan distance is on a
// grid where every step costs at least 1), every id comes out once, at its
// cheapest cost, and [Dijkstra.Count] and [Dijkstra.OnBest] are exact;
// otherwise an id may come out again, cheaper. An estimate below zero is
// taken as zero, and math.MaxInt (no target reachable) puts the id last
// (after every id of a cost plus estimate below math.MaxInt/4, in a search
// in the buckets). Use it for every step of a search.
//
// In a search that keeps no paths ([Dijkstra.Reset]), whose first AddAStar
// comes before the first id comes out, every id then waits in the buckets
// by cost plus estimate, O(1) a step as for Add, and ids of equal cost
// plus estimate come out in any order; this needs the estimate of an id to
// be the same at every call, and costs a bit an id, cleared once. In one
// that keeps paths ([Dijkstra.ResetPaths]), or that calls AddAStar only
// after ids have come out, ids with an estimate above zero wait in a
// binary heap, O(log n) a step, ties in order of cost as Count and OnBest
// need.
func (d *Dijkstra) AddAStar(j, w, h int) bool {
	if !d.guided && !d.paths && d.cur < 0 {
		d.guide()
	}
	return d.add("search: Dijkstra.AddAStar", j, w, h)
}

// guide starts A* in the buckets for the rest of the search: every id from
// now on waits by cost plus estimate, and a bit an id, clear until the id
// comes out at its current cost, tells its live entry from stale ones.
// Ids added before (by Add, with no estimate) are keyed by their cost, as
// they are anyway.
func (d *Dijkstra) guide() {
	words := (d.n + 63) / 64
	if cap(d.out) < words {
		d.out = make([]uint64, words)
	}
	d.out = d.out[:words]
	clear(d.out)
	d.guided = true
}

// add is Add and AddAStar; call names the one called, for its panics.
func (d *Dijkstra) add(call string, j, w, h int) bool {
	c := d.curCost + w
	if uint(j) >= uint(d.n) || w < 0 || c < d.curCost {
		d.badAdd(call, j, w)
	}
	if d.node[j] >= d.base {
		if old := d.costOf(int32(j)); c >= old {
			if d.paths && c == old && d.cur >= 0 && int(d.cur) != j {
				d.tie(j, d.settled[j] != d.gen)
			}
			return false
		}
	}
	d.setCost(j, c)
	if d.paths {
		d.from[j], d.more[j], d.settled[j] = d.cur, -1, 0
		if d.cur < 0 {
			d.count[j] = 1
		} else {
			d.count[j] = d.count[d.cur]
		}
	}
	if d.guided {
		d.out[j/64] &^= 1 << (j % 64) // to come out again at its new cost
		key := c + min(max(h, 0), maxGuided)
		if key < c {
			key = math.MaxInt // past every cost that fits an int
		}
		d.queue.push(heapEntry{key, int32(j)})
		return true
	}
	switch {
	case h <= 0:
		// An estimate below zero is admissible but says nothing: taken as
		// zero, it keeps a target's own estimate at zero, which the first
		// target out needs to be at its cheapest cost.
		d.queue.push(heapEntry{c, int32(j)})
	case h > math.MaxInt-c:
		d.astar.push(astarEntry{math.MaxInt, c, int32(j)}) // an estimate that overflows: last
	default:
		d.astar.push(astarEntry{c + h, c, int32(j)})
	}
	return true
}

// tie records the id being expanded as another cheapest predecessor of j,
// and adds its paths to j's count if j has not come out of the queue yet.
func (d *Dijkstra) tie(j int, open bool) {
	if open {
		d.count[j] += d.count[d.cur]
	}
	d.links = append(d.links, predLink{d.cur, d.more[j]})
	d.more[j] = int32(len(d.links) - 1)
}

// badAdd panics for a call of Add or AddAStar with bad arguments.
func (d *Dijkstra) badAdd(call string, j, w int) {
	switch {
	case uint(j) >= uint(d.n):
		panic(misuse.ID{Call: call, I: j, N: d.n})
	case w < 0:
		misuse.Panicf(call, "negative step cost %d to id %d", w, j)
	}
	misuse.Panicf(call, "cost %d + step %d to id %d overflows an int", d.curCost, w, j)
}

// All returns an iterator over the ids the search settles, cheapest first,
// each with its cost; the loop body expands each one by calling
// [Dijkstra.Add] for its neighbours. Each id comes once, at its cheapest
// cost (but see [Dijkstra.AddAStar] for estimates that are not
// consistent). The iterator is single-use: it takes ids from d's queue, so a second
// range resumes where a break left the first.
func (d *Dijkstra) All() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for {
			i, ok := d.settle()
			if !ok || !yield(int(i), d.curCost) {
				return
			}
		}
	}
}

// settle takes the next id out of the queues, skipping stale entries,
// marks it settled and makes it the id being expanded; ok is false when
// the queues are empty.
func (d *Dijkstra) settle() (i int32, ok bool) {
	for {
		var c int
		switch {
		case len(d.astar) == 0:
			var e heapEntry
			if k, ok := d.queue.ready(); ok {
				e = d.queue.take(k, d.queue.lo) // the common case, without a call
			} else if d.queue.len() > 0 {
				e = d.queue.pop()
			} else {
				return -1, false
			}
			i, c = e.slot, e.cost
			if d.guided {
				// An id's estimate does not change, so its entries come
				// out in order of cost, the live one, at its current
				// cost, first: the bit marks it out, and the rest stale.
				if w, b := d.out[i/64], uint64(1)<<(i%64); w&b == 0 {
					d.out[i/64] = w | b
					c = d.costOf(i)
				} else {
					continue
				}
			}
		case d.queue.len() == 0:
			e := d.astar.pop()
			i, c = e.id, e.g
		default:
			// An entry of the queue has no estimate: its f and g are
			// both its cost.
			if q := d.queue.min(); d.astar[0].before(astarEntry{f: q, g: q}) {
				e := d.astar.pop()
				i, c = e.id, e.g
			} else {
				e := d.queue.pop()
				i, c = e.slot, e.cost
			}
		}
		// An id is queued again only when its cost drops, so the entry
		// at its current cost is its one live entry; any other is stale.
		if d.costOf(i) != c {
			continue
		}
		if d.paths {
			d.settled[i] = d.gen
		}
		d.cur = i
		d.expand(c)
		return i, true
	}
}

// Reached reports whether the search has found a way to id i. Ids outside
// [0, n) are not reached.
func (d *Dijkstra) Reached(i int) bool {
	return uint(i) < uint(d.n) && d.node[i] >= d.base
}

// Cost returns the cost of the cheapest way found to id i, and true; or 0
// and false if i has not been reached. It is final once the range has
// yielded i.
func (d *Dijkstra) Cost(i int) (int, bool) {
	if !d.Reached(i) {
		return 0, false
	}
	return d.costOf(int32(i)), true
}

// From returns the id through which the search first found i's cost, and
// true; or -1 and false if i is a start or has not been reached.
func (d *Dijkstra) From(i int) (int, bool) {
	d.needPaths("search: Dijkstra.From")
	if !d.Reached(i) || d.from[i] < 0 {
		return -1, false
	}
	return int(d.from[i]), true
}

// Count returns the number of cheapest paths from the starts to i, or 0 if
// i has not been reached. It is final once the range has yielded i, and
// exact when every step costs more than 0. Counts are ints and wrap around
// beyond 2^63-1.
func (d *Dijkstra) Count(i int) int {
	d.needPaths("search: Dijkstra.Count")
	if !d.Reached(i) {
		return 0
	}
	return d.count[i]
}

// Path returns one cheapest path to i, the ids from a start to i, both
// included, following the first predecessor of each; or nil if i has not
// been reached. It costs O(len) and one allocation.
func (d *Dijkstra) Path(i int) []int {
	d.needPaths("search: Dijkstra.Path")
	if !d.Reached(i) {
		return nil
	}
	return path(i, func(j int32) int32 { return d.from[j] })
}

// OnBest returns an iterator over the ids that lie on at least one
// cheapest path from a start to the cheapest of targets, each once: those
// targets first, then the ids before them, back towards the starts.
// Targets that cost more than the cheapest, or were not reached, are left
// out.
//
// The answer is complete once the search has yielded every target that
// could be the cheapest: with one target and steps that cost more than 0,
// as soon as it yields it. With targets that may tie (one cell reached with
// any of four headings), keep the search going until it yields an id that
// costs more than the first target, or runs out.
//
// OnBest reads targets when called and makes two allocations. A range over
// it costs O(V+E) for the V ids and E tying steps it walks back over, using
// working memory kept in d (4 bytes an id; a range nested in another gets
// its own); d must not be Reset while a range runs.
func (d *Dijkstra) OnBest(targets ...int) iter.Seq[int] {
	d.needPaths("search: Dijkstra.OnBest")
	return d.walkBack(targets, nil)
}

// OnBestBack is [Dijkstra.OnBest] for a search that keeps no paths (started
// with Reset): it finds the ids on the cheapest paths by walking back over
// the costs, as the fastest solutions do. into(i, yield) must yield each
// step into id i, as the id j it comes from and its cost w (the steps the
// search's loop body would Add from j to reach i, with the same costs); j
// lies on a cheapest path through i when it was reached and its cost plus
// w is i's. Ids come out as from OnBest: the cheapest targets first, then
// the ids before them, back towards the starts, each once.
//
// The answer is complete under the conditions OnBest states, and exact
// when the costs of the ids it walks over are final: for a search by Add,
// and by AddAStar with a consistent estimate. Keeping no paths spares the
// search the four tables ResetPaths keeps and their upkeep at every Add.
//
// OnBestBack reads targets when called and makes two allocations, as
// OnBest does, and one more the first time d's working memory walks back
// this way. A range over it costs O(V+E) for the V ids it yields and the E
// steps into them, using working memory kept in d as OnBest does; d must
// not be Reset while a range runs.
func (d *Dijkstra) OnBestBack(into func(i int, yield func(j, w int) bool), targets ...int) iter.Seq[int] {
	return d.walkBack(targets, into)
}

// walkBack is OnBest, for a nil into, and OnBestBack: it picks the
// cheapest of targets when called, and each range takes d's working memory
// for the walk (its own, for a range nested in another) and walks back
// over the paths kept or, given into, over the costs.
func (d *Dijkstra) walkBack(targets []int, into func(i int, yield func(j, w int) bool)) iter.Seq[int] {
	ends := bestOf(targets, func(i int) (int32, bool) { return int32(i), d.Reached(i) }, d.costOf)
	return func(yield func(int) bool) {
		w := &d.back
		if w.busy {
			w = new(backWalk)
		}
		w.busy = true
		defer func() { w.busy = false }()
		w.start(d.n)
		if into == nil {
			w.run(ends, d.from, d.more, d.links, func(i int32) bool { return yield(int(i)) })
			return
		}
		for _, i := range ends {
			w.add(i)
		}
		w.d = d
		if w.stepOf != w { // made once, for this w: a method value allocates
			w.step, w.stepOf = w.stepBack, w
		}
		for k := 0; k < len(w.queue); k++ {
			i := w.queue[k]
			if !yield(int(i)) {
				return
			}
			w.cost = d.costOf(i)
			into(int(i), w.step)
		}
	}
}

// costOf returns the cost of reached id i.
func (d *Dijkstra) costOf(i int32) int {
	if v := d.node[i]; v != wideStamp {
		return int(v - d.base)
	}
	return d.wide[i]
}

// setCost reaches id j at cost c, keeping c in the wide table if its stamp
// would not fit below wideStamp.
func (d *Dijkstra) setCost(j, c int) {
	if c < int(wideStamp-d.base) {
		v := d.base + uint32(c)
		d.node[j], d.top = v, max(d.top, v)
		return
	}
	if len(d.wide) < len(d.node) {
		d.wide = make([]int, len(d.node))
	}
	d.node[j], d.top = wideStamp, wideStamp
	d.wide[j] = c
}

// needPaths panics for call unless the search was started by ResetPaths.
func (d *Dijkstra) needPaths(call string) {
	if !d.paths {
		misuse.Panicf(call, "the search keeps no paths: start it with ResetPaths, not Reset")
	}
}
