package search

import (
	"math/bits"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Closure answers, for every node of a directed graph whose nodes carry
// marks (small integers, such as the cells a beam lights on its way to the
// next splitter), which marks the node reaches: its own and those of every
// node it reaches. It is what makes "the most cells lit from any way in"
// cheap when the ways share their ends: each strongly connected component
// (a set of nodes that all reach one another, found by Tarjan's algorithm)
// gets one bit set, the union of its nodes' marks and of the sets of the
// components it reaches, made once, in reverse topological order, so no
// path is followed twice.
//
// Build it with [NewClosure], [Closure.Mark] and [Closure.Edge], then call
// [Closure.Close] once; [Closure.Count] and [Closure.Has] read the result.
//
//	c := search.NewClosure(nodes, cells)
//	c.Mark(i, cell) // node i lights cell
//	c.Edge(i, j)    // and goes on to node j
//	c.Close()
//	n := c.Count(i) // cells lit from node i on
//
// Mark and Edge keep 8 bytes each until Close, in blocks that are never
// copied as they grow. Close costs O(N+E+K) time for N nodes, E edges and
// K calls of Mark, plus O((C+E) * M/64) for C components and M marks, and
// keeps C*M/8 bytes of sets. The zero
// Closure has no nodes. A Closure is not safe for concurrent use while it
// is built; once closed, its readers may be called from several goroutines
// at once.
type Closure struct {
	n, m   int
	words  int      // uint64 words a set takes
	edges  pairList // pairs from, to, until Close
	marks  pairList // pairs node, mark, until Close
	comp   []int32  // each node's component, after Close
	sets   []uint64 // the components' sets, words each, after Close
	counts []int32  // the marks in each component's set
	closed bool
}

// NewClosure returns an empty graph of nodes [0, nodes) whose marks lie in
// [0, marks). It panics if either is negative or 2^31 or more.
func NewClosure(nodes, marks int) *Closure {
	if uint(nodes) > maxIDs {
		misuse.Panicf("search: NewClosure", "%d nodes, want [0, %d]", nodes, maxIDs)
	}
	if uint(marks) > maxIDs {
		misuse.Panicf("search: NewClosure", "%d marks, want [0, %d]", marks, maxIDs)
	}
	return &Closure{n: nodes, m: marks, words: (marks + 63) / 64}
}

// Mark gives node i mark k. It panics if i or k is out of range, or after
// Close.
func (c *Closure) Mark(i, k int) {
	c.building("search: Closure.Mark")
	if uint(i) >= uint(c.n) {
		panic(misuse.ID{Call: "search: Closure.Mark", I: i, N: c.n})
	}
	if uint(k) >= uint(c.m) {
		misuse.Panicf("search: Closure.Mark", "mark %d outside [0, %d)", k, c.m)
	}
	c.marks.add(int32(i), int32(k))
}

// Edge adds an edge from node i to node j: i reaches whatever j reaches.
// It panics if i or j is out of range, or after Close.
func (c *Closure) Edge(i, j int) {
	c.building("search: Closure.Edge")
	if uint(i) >= uint(c.n) {
		panic(misuse.ID{Call: "search: Closure.Edge", I: i, N: c.n})
	}
	if uint(j) >= uint(c.n) {
		panic(misuse.ID{Call: "search: Closure.Edge", I: j, N: c.n})
	}
	c.edges.add(int32(i), int32(j))
}

// building panics for call if c is closed.
func (c *Closure) building(call string) {
	if c.closed {
		misuse.Panicf(call, "the closure is closed: build a new one")
	}
}

// Close finds the strongly connected components and makes each one's set
// of marks reached. Call it once, after every Mark and Edge; a second call
// does nothing.
func (c *Closure) Close() {
	if c.closed {
		return
	}
	c.closed = true
	n := c.n
	// The edges as lists by their first node (compressed rows).
	start := make([]int32, n+1)
	edges := c.edges.blocks()
	for _, b := range edges {
		for k := 0; k < len(b); k += 2 {
			start[b[k]+1]++
		}
	}
	for i := range n {
		start[i+1] += start[i]
	}
	to := make([]int32, c.edges.n)
	fill := append([]int32(nil), start[:n]...)
	for _, b := range edges {
		for k := 0; k < len(b); k += 2 {
			from := b[k]
			to[fill[from]] = b[k+1]
			fill[from]++
		}
	}
	c.edges = pairList{}

	// Tarjan's algorithm, without recursion: index and low of each node,
	// the stack of nodes in open components, and the call stack of nodes
	// with the next edge each has to follow. Components come out in
	// reverse topological order, every component after those it reaches.
	const unseen = -1
	index, low := make([]int32, n), make([]int32, n)
	for i := range index {
		index[i] = unseen
	}
	c.comp = make([]int32, n)
	onStack := make([]bool, n)
	var stack, calls, next []int32
	var count int32
	comps := int32(0)
	for root := range n {
		if index[root] != unseen {
			continue
		}
		calls, next = append(calls[:0], int32(root)), append(next[:0], start[root])
		index[root], low[root] = count, count
		count++
		stack = append(stack, int32(root))
		onStack[root] = true
		for len(calls) > 0 {
			top := len(calls) - 1
			v := calls[top]
			if e := next[top]; e < start[v+1] {
				next[top]++
				w := to[e]
				switch {
				case index[w] == unseen:
					index[w], low[w] = count, count
					count++
					stack = append(stack, w)
					onStack[w] = true
					calls, next = append(calls, w), append(next, start[w])
				case onStack[w]:
					low[v] = min(low[v], index[w])
				}
				continue
			}
			calls, next = calls[:top], next[:top]
			if top > 0 {
				u := calls[top-1]
				low[u] = min(low[u], low[v])
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					c.comp[w] = comps
					if w == v {
						break
					}
				}
				comps++
			}
		}
	}

	// The sets, made in the order the components came out: a component's
	// successors are done before it.
	words := c.words
	c.sets = make([]uint64, int(comps)*words)
	for _, b := range c.marks.blocks() {
		for k := 0; k < len(b); k += 2 {
			i, m := b[k], b[k+1]
			c.sets[int(c.comp[i])*words+int(m)/64] |= 1 << (m % 64)
		}
	}
	c.marks = pairList{}
	members := make([]int32, n) // the nodes by component
	first := make([]int32, comps+1)
	for _, k := range c.comp {
		first[k+1]++
	}
	for k := range comps {
		first[k+1] += first[k]
	}
	at := append([]int32(nil), first[:comps]...)
	for i, k := range c.comp {
		members[at[k]] = int32(i)
		at[k]++
	}
	c.counts = make([]int32, comps)
	for k := range comps {
		set := c.sets[int(k)*words : int(k+1)*words]
		for _, v := range members[first[k]:first[k+1]] {
			for _, w := range to[start[v]:start[v+1]] {
				if kw := c.comp[w]; kw != k {
					for x, word := range c.sets[int(kw)*words : int(kw+1)*words] {
						set[x] |= word
					}
				}
			}
		}
		n := 0
		for _, word := range set {
			n += bits.OnesCount64(word)
		}
		c.counts[k] = int32(n)
	}
}

// Count returns how many marks node i reaches: its own and those of every
// node it reaches. It is O(1). It panics if i is out of range or c is not
// closed.
func (c *Closure) Count(i int) int {
	c.reading("search: Closure.Count", i)
	return int(c.counts[c.comp[i]])
}

// Has reports whether node i reaches mark k. It is O(1), and false for k
// out of range. It panics if i is out of range or c is not closed.
func (c *Closure) Has(i, k int) bool {
	c.reading("search: Closure.Has", i)
	if uint(k) >= uint(c.m) {
		return false
	}
	return c.sets[int(c.comp[i])*c.words+k/64]>>(k%64)&1 != 0
}

// reading panics for call if c is not closed or i is out of range.
func (c *Closure) reading(call string, i int) {
	if !c.closed {
		misuse.Panicf(call, "the closure is not closed: call Close first")
	}
	if uint(i) >= uint(c.n) {
		panic(misuse.ID{Call: call, I: i, N: c.n})
	}
}
