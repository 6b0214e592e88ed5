package walk

import (
	"fmt"
	"iter"
	"math"
)

// Paths holds the cheapest paths from a set of start states to every state
// reachable from them, as found by [ShortestPaths] or [ShortestPathsDense]:
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
	ids    map[S]int32 // slot of each state; nil for a dense search
	index  func(S) int // slot of each state in a dense search
	states []S         // state of each slot
	cost   []int       // cost of each slot; unreached is math.MaxInt
	via    []int32     // the predecessor that first set the final cost, or -1
	more   []int32     // the slot's first other predecessor in links, or -1
	links  []predLink
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
// ShortestPaths calls next once for each state reached, from the calling
// goroutine, and ranges over each iterator it returns to the end before it
// calls next again. An iterator made per call is one small allocation per
// state; next may instead hand out one iterator over and over that reads
// the state from a variable next sets, and then the search itself
// allocates O(log V) times.
//
// It costs O((V+E) log V) time for V states reached and E steps yielded,
// and keeps the states in a map. For states that can be numbered densely,
// such as walker states on a grid, [ShortestPathsDense] keeps them in
// slices instead, which is about twice as fast.
//
// ShortestPaths panics if next yields a negative cost, for which Dijkstra's
// algorithm would give wrong answers. Costs add up in an int and must not
// overflow.
func ShortestPaths[S comparable](starts []S, next func(S) iter.Seq2[S, int]) *Paths[S] {
	p := &Paths[S]{ids: make(map[S]int32)}
	p.search(starts, next)
	return p
}

// ShortestPathsDense is [ShortestPaths] for states numbered densely: index
// maps every state reached to a number in [0, n), distinct states to
// distinct numbers. Costs and predecessors then live in slices of n entries,
// allocated at once, so the search makes no map operation and few
// allocations, but costs O(n) memory (about 16 bytes plus the size of S per
// number) whatever it reaches. For walker states on a grid, [StateIndex]
// gives n and index; for points, pass g.Len() and g.Index.
//
// ShortestPathsDense panics if n is negative or above math.MaxInt32, if next
// yields a negative cost, if index returns a number outside [0, n), and if
// it gives two states reached the same number.
func ShortestPathsDense[S comparable](starts []S, next func(S) iter.Seq2[S, int], n int, index func(S) int) *Paths[S] {
	if n < 0 || n > math.MaxInt32 {
		panic(fmt.Sprintf("walk: ShortestPathsDense with n %d outside [0, 2^31)", n))
	}
	p := &Paths[S]{
		index:  index,
		states: make([]S, n),
		cost:   make([]int, n),
		via:    make([]int32, n),
		more:   make([]int32, n),
	}
	for i := range p.cost {
		p.cost[i] = math.MaxInt
	}
	p.search(starts, next)
	return p
}

// reach returns the slot of s, making one if s is new. A new slot's cost is
// math.MaxInt, and it has no predecessors.
func (p *Paths[S]) reach(s S) int32 {
	if p.ids == nil {
		i := p.index(s)
		if uint(i) >= uint(len(p.cost)) {
			panic(indexError{"ShortestPathsDense", s, i, len(p.cost)})
		}
		switch {
		case p.cost[i] == math.MaxInt:
			p.states[i], p.via[i], p.more[i] = s, -1, -1
		case p.states[i] != s:
			panic(fmt.Sprintf("walk: ShortestPathsDense: index gives %v and %v the same number %d", p.states[i], s, i))
		}
		return int32(i)
	}
	if i, ok := p.ids[s]; ok {
		return i
	}
	if len(p.states) == math.MaxInt32 {
		panic("walk: ShortestPaths reached more than 2^31-1 states")
	}
	i := int32(len(p.states))
	p.ids[s] = i
	p.states = append(p.states, s)
	p.cost = append(p.cost, math.MaxInt)
	p.via = append(p.via, -1)
	p.more = append(p.more, -1)
	return i
}

// slot returns the slot of s, or false if s was not reached.
func (p *Paths[S]) slot(s S) (int32, bool) {
	if p.ids != nil {
		i, ok := p.ids[s]
		return i, ok
	}
	i := p.index(s)
	if uint(i) >= uint(len(p.cost)) || p.cost[i] == math.MaxInt || p.states[i] != s {
		return 0, false
	}
	return int32(i), true
}

// search is Dijkstra's algorithm with lazy deletion: a slot may sit in the
// heap several times, and an entry that costs more than its slot's cost is
// stale. Every slot is expanded once, with its final cost, so every edge
// into a slot that ties for cheapest is seen and kept.
func (p *Paths[S]) search(starts []S, next func(S) iter.Seq2[S, int]) {
	var h costHeap
	for _, s := range starts {
		if i := p.reach(s); p.cost[i] != 0 {
			p.cost[i] = 0
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
			panic(fmt.Sprintf("walk: ShortestPaths: step from %v to %v costs %d", from, t, step))
		}
		v, tc := p.reach(t), c+step
		switch {
		case tc < p.cost[v]:
			p.cost[v], p.via[v], p.more[v] = tc, u, -1
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
		next(from)(relax)
	}
}

// Cost returns the cost of the cheapest path from a start to s, and true;
// or 0 and false if s cannot be reached. It costs O(1). On a Paths made by
// ShortestPathsDense, Cost, Path and OnBest number their states with index,
// and take a number outside [0, n) for a state not reached.
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
// O(V+E) time for the V states and E tying steps it walks back over, and
// one bool per state reached (per number, for ShortestPathsDense).
func (p *Paths[S]) OnBest(targets ...S) iter.Seq[S] {
	best, ends := math.MaxInt, []int32(nil)
	for _, t := range targets {
		i, ok := p.slot(t)
		switch {
		case !ok || p.cost[i] > best:
		case p.cost[i] < best:
			best, ends = p.cost[i], append(ends[:0], i)
		default:
			ends = append(ends, i) // a repeat is dropped when ranged over
		}
	}
	return func(yield func(S) bool) {
		on := make([]bool, len(p.cost))
		queue := make([]int32, 0, len(ends))
		add := func(i int32) {
			if !on[i] {
				on[i] = true
				queue = append(queue, i)
			}
		}
		for _, i := range ends {
			add(i)
		}
		for k := 0; k < len(queue); k++ {
			i := queue[k]
			if !yield(p.states[i]) {
				return
			}
			if p.via[i] >= 0 {
				add(p.via[i])
			}
			for l := p.more[i]; l >= 0; l = p.links[l].next {
				add(p.links[l].from)
			}
		}
	}
}

// A heapEntry is a slot waiting in the heap with the cost it was pushed at.
type heapEntry struct {
	cost int
	slot int32
}

// costHeap is a binary min-heap of entries by cost. It is written out
// rather than built on container/heap, whose Push and Pop box every entry
// in an interface and so allocate. Push and pop cost O(log n).
type costHeap []heapEntry

func (h *costHeap) push(e heapEntry) {
	*h = append(*h, e)
	s := *h
	i := len(s) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if s[parent].cost <= e.cost {
			break
		}
		s[i] = s[parent]
		i = parent
	}
	s[i] = e
}

func (h *costHeap) pop() heapEntry {
	s := *h
	top, last := s[0], s[len(s)-1]
	s = s[:len(s)-1]
	*h = s
	if len(s) == 0 {
		return top
	}
	i := 0
	for {
		child := 2*i + 1
		if child >= len(s) {
			break
		}
		if child+1 < len(s) && s[child+1].cost < s[child].cost {
			child++
		}
		if last.cost <= s[child].cost {
			break
		}
		s[i] = s[child]
		i = child
	}
	s[i] = last
	return top
}
