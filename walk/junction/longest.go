package junction

import "github.com/gridsearch/gridsearch/internal/misuse"

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
// node to, and true; or 0 and false if to cannot be reached. A path from a
// node to itself has length 0. It panics if from or to is not in [0, Len()).
//
// Finding a longest path is NP-hard: Longest tries every simple path by
// depth-first search over bitmasks, skipping paths that can no longer reach
// to, which is exponential in the worst case but fine for the 30-40
// junctions of a puzzle maze. It allocates nothing and is safe for
// concurrent use; [Graph.Prefixes] splits it over several cores.
func (g *Graph) Longest(from, to int) (length int, ok bool) {
	// What the search skips holds for any directed graph: it stops a path
	// when it reaches to; and when to has a single node u with an edge into
	// it, it ends every path that reaches u with the edge from u to to,
	// since a path that leaves u any other way cannot come back to u and so
	// never reaches to.
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
// node to into independent pieces: the simple paths from from with depth
// edges, and shorter ones that end at to, leaving out those that cannot go
// on to to. Every simple path from from to to begins with exactly one of
// them, so the largest [Graph.LongestFrom](p, to) over them is
// Longest(from, to). The pieces differ in size: ask for several times as
// many as there are cores (on a 6x6 lattice of junctions depth 4 gives 10,
// depth 8 a few hundred). Prefixes costs O(1) per simple path of up to depth
// edges and allocates the result. It panics if from or to is not in
// [0, Len()) or depth is negative.
func (g *Graph) Prefixes(from, to, depth int) []Prefix {
	g.check("Prefixes", from)
	g.check("Prefixes", to)
	if depth < 0 {
		misuse.Panicf("junction: Graph.Prefixes", "negative depth %d", depth)
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
		for _, a := range g.arcs[p.Node][:g.deg[p.Node]] {
			if v := int(a.to); p.Visited>>v&1 == 0 {
				grow(Prefix{v, p.Visited | 1<<v, p.Length + int(a.length)}, depth-1)
			}
		}
	}
	grow(Prefix{from, 1 << from, 0}, depth)
	return out
}

// longest is the search behind Longest and LongestFrom: the longest
// simple path from at to to that avoids visited (which holds at), plus
// length.
func (g *Graph) longest(at int, visited uint64, length int, to int) (int, bool) {
	if at == to {
		return length, true
	}
	if visited>>to&1 != 0 {
		return 0, false
	}
	s := longestSearch{g: g, to: int32(to), u: g.sole[to], last: int(g.soleLen[to]), best: -1}
	switch {
	case int(s.u) == at:
		return length + s.last, true
	case s.u >= 0 && visited>>s.u&1 != 0:
		return 0, false // the path went through u and did not stop there
	}
	s.from(int32(at), visited, length)
	if s.best < 0 {
		return 0, false
	}
	return s.best, true
}

// A longestSearch is the state of one depth-first search for a longest
// path: the graph, the target to, and the best length found so far. If to
// has a single in-neighbour, u is that node and last the length of its
// edge to to; otherwise u is -1.
type longestSearch struct {
	g     *Graph
	to, u int32
	last  int
	best  int
}

// from tries every simple path onwards from at, a node other than to and
// u, that avoids the nodes in visited; the path so far has the given
// length. A path ends at to, or at u with the edge from u to to. The
// recursion is at most MaxNodes deep; nothing escapes to the heap.
func (s *longestSearch) from(at int32, visited uint64, length int) {
	g := s.g
	for _, a := range g.arcs[at&(MaxNodes-1)][:g.deg[at&(MaxNodes-1)]] {
		if visited>>a.to&1 != 0 {
			continue
		}
		l := length + int(a.length)
		switch a.to {
		case s.to:
			s.best = max(s.best, l)
		case s.u:
			s.best = max(s.best, l+s.last)
		default:
			s.from(a.to, visited|1<<a.to, l)
		}
	}
}
