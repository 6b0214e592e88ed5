package search

import (
	"iter"
	"math"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Paths holds the cheapest paths from a set of start states to every state
// reachable from them, as found by [ShortestPaths]:
// the cost of each state ([Paths.Cost]), one cheapest path to it
// ([Paths.Path]) and every state on any cheapest path ([Paths.OnBest]).
//
// For every state reached, a Paths keeps its cost, the predecessor through
// which the search first found that cost, and a list of the others that
// tie, so that OnBest can find them all: 16 bytes plus the state itself per
// state (and a map entry, for ShortestPaths), plus 8 bytes per tying step.
// A Paths is never changed once returned and is safe for concurrent use.
// The zero Paths is not usable.
type Paths[S comparable] struct {
	ids    map[S]int32 // slot of each state
	states []S         // state of each slot
	cost   []int       // cost of each slot, if set
	set    []bool      // whether the slot has a cost: it was reached
	via    []int32     // the predecessor that first set the final cost, or -1
	more   []int32     // the slot's first other predecessor in links, or -1
	links  []predLink
	call   string // the function that made it, for panics
}

// A predLink is a predecessor on a cheapest path, in a list of them.
type predLink struct {
	from, next int32
}

// ShortestPaths finds the cheapest paths from the states in starts, each of
// which costs 0, to every state reachable from them. next(s) yields the
// states one step from s with the cost of the step; the cost of a path is
// the sum of its steps. It is Dijkstra's algorithm with a binary heap, and
// runs to the end: every reachable state is settled before it returns.
//
// ShortestPaths is the search for states that cannot be numbered densely,
// but only when finitely many can be reached: on an unbounded map it never
// returns: there, range over [Cheapest] and break at the goal. It keeps
// the states in a map, and allocates a new Paths and its tables on every
// call, as well as whatever next allocates (an iterator made per call is
// one small allocation per state). For states of a [Space], the reusable
// [Dijkstra] does the same with no map and no allocation per run.
//
// ShortestPaths calls next once for each state reached, from the calling
// goroutine, and ranges over each iterator it returns to the end before it
// calls next again. It costs O((V+E) log V) time for V states reached and
// E steps yielded.
//
// Any cost from 0 to math.MaxInt is allowed. ShortestPaths panics if next
// yields a negative cost, for which Dijkstra's algorithm would give wrong
// answers, and if the cost of a path overflows an int.
func ShortestPaths[S comparable](starts []S, next func(S) iter.Seq2[S, int]) *Paths[S] {
	p := &Paths[S]{ids: make(map[S]int32), call: "search: ShortestPaths"}
	p.search(starts, next, nil)
	return p
}

// Cheapest returns an iterator over the states reachable from starts, in
// order of their cheapest cost, each once with that cost, as [ShortestPaths]
// settles them. A break ends the search there, so with a goal it returns
// even on an unbounded map, as long as the goal can be reached:
//
//	for s, c := range search.Cheapest(starts, next) {
//		if s == goal {
//			return c
//		}
//	}
//
// Each range searches afresh, with the costs and panics of ShortestPaths
// for the states settled so far. Use ShortestPaths instead when the paths
// themselves are wanted.
func Cheapest[S comparable](starts []S, next func(S) iter.Seq2[S, int]) iter.Seq2[S, int] {
	return func(yield func(S, int) bool) {
		p := &Paths[S]{ids: make(map[S]int32), call: "search: Cheapest"}
		p.search(starts, next, yield)
	}
}

// reach returns the slot of s, making one if s is new. A new slot is not
// reached (its cost is meaningless) and has no predecessors.
func (p *Paths[S]) reach(s S) int32 {
	if i, ok := p.ids[s]; ok {
		return i
	}
	if len(p.states) == math.MaxInt32 {
		misuse.Panicf(p.call, "reached more than 2^31-1 states")
	}
	i := int32(len(p.states))
	p.ids[s] = i
	p.states = append(p.states, s)
	p.cost = append(p.cost, 0)
	p.set = append(p.set, false)
	p.via = append(p.via, -1)
	p.more = append(p.more, -1)
	return i
}

// slot returns the slot of s, or false if s was not reached.
func (p *Paths[S]) slot(s S) (int32, bool) {
	i, ok := p.ids[s]
	return i, ok && p.set[i]
}

// search is Dijkstra's algorithm with lazy deletion: a slot may sit in the
// heap several times, and an entry that costs more than its slot's cost is
// stale. Every slot is expanded once, with its final cost, so every edge
// into a slot that ties for cheapest is seen and kept. If yield is not nil,
// each state is passed to it as it is settled, before it is expanded, and
// the search stops when yield returns false.
func (p *Paths[S]) search(starts []S, next func(S) iter.Seq2[S, int], yield func(S, int) bool) {
	var h costHeap
	for _, s := range starts {
		if i := p.reach(s); !p.set[i] {
			p.cost[i], p.set[i] = 0, true
			h.push(heapEntry{0, i})
		}
	}
	// relax is next's yield function, made once rather than a range body
	// that would be a new closure on the heap for every state expanded.
	var (
		u    int32 // the state being expanded
		from S
		c    int // its cost
	)
	relax := func(t S, step int) bool {
		if step < 0 {
			misuse.Panicf(p.call, "step from %v to %v costs %d", from, t, step)
		}
		tc := c + step
		if tc < c {
			misuse.Panicf(p.call, "cost of %v overflows an int", t)
		}
		v := p.reach(t)
		switch {
		case !p.set[v] || tc < p.cost[v]:
			p.cost[v], p.set[v], p.via[v], p.more[v] = tc, true, u, -1
			h.push(heapEntry{tc, v})
		case tc == p.cost[v]:
			p.links = append(p.links, predLink{u, p.more[v]})
			p.more[v] = int32(len(p.links) - 1)
		}
		return true
	}
	for len(h) > 0 {
		e := h.pop()
		if e.cost > p.cost[e.slot] {
			continue
		}
		u, from, c = e.slot, p.states[e.slot], e.cost
		if yield != nil && !yield(from, c) {
			return
		}
		next(from)(relax)
	}
}

// All returns an iterator over the states reached, each once with the
// cost of its cheapest path, in the order the search first reached them.
func (p *Paths[S]) All() iter.Seq2[S, int] {
	return func(yield func(S, int) bool) {
		for i, s := range p.states {
			if p.set[i] && !yield(s, p.cost[i]) {
				return
			}
		}
	}
}

// Cost returns the cost of the cheapest path from a start to s, and true;
// or 0 and false if s cannot be reached. It costs O(1).
func (p *Paths[S]) Cost(s S) (int, bool) {
	i, ok := p.slot(s)
	if !ok {
		return 0, false
	}
	return p.cost[i], true
}

// Path returns one cheapest path that ends at to: the states from a start
// to to, both included, each step one that next yielded. Where paths tie,
// it follows at each state the predecessor the search found first. It
// returns nil if to cannot be reached. Path costs O(len) time and one
// allocation.
func (p *Paths[S]) Path(to S) []S {
	i, ok := p.slot(to)
	if !ok {
		return nil
	}
	n := 0
	for j := i; j >= 0; j = p.via[j] {
		n++
	}
	path := make([]S, n)
	for j := i; j >= 0; j = p.via[j] {
		n--
		path[n] = p.states[j]
	}
	return path
}

// OnBest returns an iterator over the states that lie on at least one
// cheapest path from a start to the cheapest of targets, each once: the
// targets that cost the least come first, then the states before them,
// walking back towards the starts breadth first. Targets that cost more
// than the cheapest, or cannot be reached, are left out, with the states
// that lead only to them; if none of targets can be reached the sequence is
// empty. With one target, the sequence is every state of every cheapest
// path to it.
//
// OnBest reads targets when it is called. Each range over the sequence costs
// O(V+E) time for the V states and E tying steps it walks back over, plus
// O(N) to allocate 4 bytes for each of the N states reached: a Paths is
// immutable, so it cannot keep this memory from one range to the next.
func (p *Paths[S]) OnBest(targets ...S) iter.Seq[S] {
	ends := bestOf(targets, p.slot, func(i int32) int { return p.cost[i] })
	return func(yield func(S) bool) {
		var w backWalk
		w.start(len(p.cost))
		w.run(ends, p.via, p.more, p.links, func(i int32) bool { return yield(p.states[i]) })
	}
}

// bestOf returns the slots of the targets that cost the least, among those
// that slot finds, by costOf; a repeat may appear twice.
func bestOf[S any](targets []S, slot func(S) (int32, bool), costOf func(int32) int) []int32 {
	var ends []int32
	for _, t := range targets {
		i, ok := slot(t)
		switch {
		case !ok || len(ends) > 0 && costOf(i) > costOf(ends[0]):
		case len(ends) == 0 || costOf(i) < costOf(ends[0]):
			ends = append(ends[:0], i)
		default:
			ends = append(ends, i) // a repeat is dropped by walkBack
		}
	}
	return ends
}

// A backWalk is the working memory of a walk back over cheapest paths
// (see run): a stamp per slot marks those queued in the current walk, and
// queue lists them in the order they are yielded.
type backWalk struct {
	stamp []uint32
	gen   uint32
	queue []int32
	busy  bool // a range is walking with it (see Dijkstra.OnBest)

	// For Dijkstra.OnBestBack: the search walked back over, the cost of
	// the id whose steps in are being followed, and stepBack as a func
	// value, made once for the backWalk stepOf, which a copy is not.
	d      *Dijkstra
	cost   int
	step   func(j, w int) bool
	stepOf *backWalk
}

// stepBack queues j, the start of a step of cost s into the id of cost
// w.cost, if j lies on a cheapest path through that id: it was reached and
// its cost plus s is w.cost. It always reports true, to go on.
func (w *backWalk) stepBack(j, s int) bool {
	d := w.d
	if uint(j) < uint(d.n) && s >= 0 && d.Reached(j) && d.costOf(int32(j)) == w.cost-s {
		w.add(int32(j))
	}
	return true
}

// start readies w for a walk over the slots [0, n). It costs O(1), except
// when n exceeds every n before it, when it allocates the stamps (4 bytes
// per slot), and once in 2^32-1 walks, when it clears them.
func (w *backWalk) start(n int) {
	if len(w.stamp) < n {
		w.stamp, w.gen = make([]uint32, n), 0
	}
	if w.gen++; w.gen == 0 {
		clear(w.stamp)
		w.gen = 1
	}
	w.queue = w.queue[:0]
}

// run yields ends and every slot before them on a cheapest path, breadth
// first towards the starts, each once, following via and the tie lists that
// start at more. It allocates only when the queue outgrows every walk's
// before it.
func (w *backWalk) run(ends, via, more []int32, links []predLink, yield func(int32) bool) {
	for _, i := range ends {
		w.add(i)
	}
	for k := 0; k < len(w.queue); k++ {
		i := w.queue[k]
		if !yield(i) {
			return
		}
		if via[i] >= 0 {
			w.add(via[i])
		}
		for l := more[i]; l >= 0; l = links[l].next {
			w.add(links[l].from)
		}
	}
}

// add queues slot i unless this walk has queued it already.
func (w *backWalk) add(i int32) {
	if w.stamp[i] != w.gen {
		w.stamp[i] = w.gen
		w.queue = append(w.queue, i)
	}
}
