package walk

import "fmt"

// A Prefix is the start of a simple path in a [Graph]: the node it has
// reached, the set of nodes it has visited (bit i for node i, Node
// included) and its length so far. [Graph.Prefixes] splits a longest-path
// search into prefixes, which [Graph.LongestFrom] finishes independently,
// for example in parallel.
type Prefix struct {
	Node    int
	Visited uint64
	Length  int
}

// Longest returns the length of the longest simple path from node from to
// node to, one that visits no node twice, and true; or 0 and false if to
// cannot be reached from from. A path from a node to itself has length 0.
// Longest panics if from or to is not in [0, Len()).
//
// Finding a longest path is NP-hard: Longest tries every simple path that
// starts at from, by depth-first search, at a cost of O(1) for each edge
// out of the last node of each path: exponential in the worst case, but
// fine for the 30-40 junctions of a puzzle maze, whose nodes have at most
// four edges. It skips only what cannot lead to a longer path, so each of
// these holds for any directed graph: it stops a path when it reaches to;
// and when to has a single node u with an edge into it, it ends every path
// that reaches u with the edge from u to to, since a path that leaves u
// any other way cannot come back to u and so never reaches to.
//
// Longest makes no allocations: it keeps its working state, a frame for
// each node on the current path, in an array on the goroutine's stack. It
// is safe to call from many goroutines at once.
// To spread one search over several cores, see [Graph.Prefixes].
func (g *Graph) Longest(from, to int) (length int, ok bool) {
	g.check("Longest", from)
	g.check("Longest", to)
	return g.longest(from, 1<<from, 0, to)
}

// LongestFrom is [Graph.Longest] for paths that begin with p: it returns
// p.Length plus the length of the longest simple path from p.Node to to
// that visits no node in p.Visited other than p.Node, and true; or 0 and
// false if there is none. With the prefixes from [Graph.Prefixes](from, to,
// depth), the largest result of LongestFrom(p, to) is Longest(from, to).
// LongestFrom panics if p.Node or to is not in [0, Len()). Its cost is that
// of Longest on the part of the graph p has not visited; it makes no
// allocations and is safe for concurrent use.
func (g *Graph) LongestFrom(p Prefix, to int) (length int, ok bool) {
	g.check("LongestFrom", p.Node)
	g.check("LongestFrom", to)
	return g.longest(p.Node, p.Visited|1<<p.Node, p.Length, to)
}

// Prefixes splits the search for the longest simple path from node from to
// node to into independent pieces: it returns the simple paths from from
// with depth edges, and those with fewer edges that end at to, so that
// every simple path from from to to begins with exactly one of them. It
// leaves out paths that cannot go on to to, such as those that stop short
// of depth edges elsewhere, so the result may be empty when to cannot be
// reached. Finish each
// prefix p with [Graph.LongestFrom](p, to), on as many goroutines as
// suit; the largest result is Longest(from, to).
//
// The pieces differ in size, so ask for several times as many as there
// are cores: on a 6×6 lattice of junctions, depth 4 gives 10 prefixes and
// depth 8 a few hundred. Prefixes costs O(1) for each simple path of up to
// depth edges from from, and allocates the result. It panics if from or to
// is not in [0, Len()) or depth is negative.
func (g *Graph) Prefixes(from, to, depth int) []Prefix {
	g.check("Prefixes", from)
	g.check("Prefixes", to)
	if depth < 0 {
		panic(fmt.Sprintf("walk: Graph.Prefixes: negative depth %d", depth))
	}
	var out []Prefix
	u := int(g.sole[to])
	var grow func(p Prefix, depth int)
	grow = func(p Prefix, depth int) {
		if p.Node == to || depth == 0 {
			out = append(out, p)
			return
		}
		if p.Node == u { // the only way on is the edge to to
			out = append(out, Prefix{to, p.Visited | 1<<to, p.Length + int(g.soleLen[to])})
			return
		}
		for e := g.off[p.Node]; e < g.off[p.Node+1]; e++ {
			v := int(g.to[e])
			if p.Visited>>v&1 == 0 {
				grow(Prefix{v, p.Visited | 1<<v, p.Length + int(g.length[e])}, depth-1)
			}
		}
	}
	grow(Prefix{from, 1 << from, 0}, depth)
	return out
}

// longest is the depth-first search behind Longest and LongestFrom: the
// longest simple path from at to to that avoids visited (which holds at),
// plus length.
func (g *Graph) longest(at int, visited uint64, length int, to int) (int, bool) {
	if at == to {
		return length, true
	}
	if visited>>to&1 != 0 {
		return 0, false
	}
	// A path must arrive at to from u, if to has a single in-neighbour u.
	u, last := g.sole[to], int(g.soleLen[to])
	if int(u) == at {
		return length + last, true
	}
	if u >= 0 && visited>>u&1 != 0 {
		return 0, false // the path went through u and did not stop there
	}

	// The stack of the search: frame i is the i-th node on the current
	// path, with the range of its edges not yet tried. A path holds each
	// node at most once, so MaxNodes frames suffice.
	type frame struct {
		node, e, end int32
		length       int
	}
	var stack [MaxNodes]frame
	off, dst, w := g.off, g.to, g.length
	t := int32(to)
	best := -1
	stack[0] = frame{int32(at), off[at], off[at+1], length}
	for sp := 0; sp >= 0; {
		f := &stack[sp]
		if f.e == f.end {
			visited &^= 1 << f.node
			sp--
			continue
		}
		e := f.e
		f.e++
		v := dst[e]
		if visited>>v&1 != 0 {
			continue
		}
		l := f.length + int(w[e])
		switch v {
		case t:
			best = max(best, l)
			continue
		case u:
			best = max(best, l+last)
			continue
		}
		sp++
		stack[sp] = frame{v, off[v], off[v+1], l}
		visited |= 1 << v
	}
	if best < 0 {
		return 0, false
	}
	return best, true
}
