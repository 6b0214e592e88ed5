package junction

import (
	"cmp"
	"fmt"
	"iter"
	"math"
	"math/bits"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// MaxNodes is the most nodes a [Graph] holds, so that any set of its nodes
// fits in the bits of a uint64.
const MaxNodes = 64

// A Graph is a small weighted directed graph of at most [MaxNodes] nodes,
// numbered from 0 to Len()-1, as made by [New] from a grid maze: a node
// is a cell of the maze and an edge is a corridor between two of them,
// weighted by its length in steps. There is at most one edge from one node
// to another, and none from a node to itself; a node has at most four
// edges out, one for each heading a corridor can leave it by.
//
// A Graph is immutable once made, so it is safe for concurrent use by any
// number of goroutines: [Graph.Longest] and [Graph.LongestFrom] may run on
// the same Graph from many goroutines at once. The zero Graph has no nodes.
type Graph struct {
	points []grid.Point

	// The edges from node i are arcs[i][:deg[i]], sorted by target. A
	// corridor leaves a cell in one of four headings, so no node has more
	// than four edges; fixed arrays let a search walk them without bounds
	// checks or pointers to chase.
	deg  [MaxNodes]uint8
	arcs [MaxNodes][4]arc

	// sole[v] is the only node with an edge into v, and soleLen[v] the
	// length of that edge; sole[v] is -1 when v has no such edge or several.
	// A simple path that ends at v must arrive from sole[v], which lets
	// Longest stop early (see longestSearch.from).
	sole    [MaxNodes]int32
	soleLen [MaxNodes]int32
}

// An arc is an edge of a Graph seen from its source.
type arc struct {
	to, length int32
}

// New compresses a grid maze into the Graph of its junctions and the
// corridors between them, for [Graph.Longest].
//
// open reports whether a walker may step from cell from to the next cell in
// heading d (Up, Right, Down or Left); New calls it only when both cells lie
// inside g, and it must say false when either is a wall. One-way cells,
// such as slopes, are rules in open. A cell linked
// to three or more neighbours is a junction.
//
// The nodes are start (node 0), end (node 1, unless it is start) and every
// junction reachable from either. An edge from a to b is the longest
// corridor from a to b that passes no other node, weighted by its steps, so
// the longest simple path is the same in the Graph as in the maze.
//
// New returns an error if start or end lies outside g, if g has 2^31 cells
// or more (a corridor's length, and a simple path's, is kept in an int32,
// and never exceeds the number of cells), or if there are more than
// [MaxNodes] nodes. It costs O(Rows*Cols) time and six bytes a cell,
// and calls open at most eight times a cell it reaches.
func New[T any](g grid.Grid[T], start, end grid.Point, open func(from grid.Point, d grid.Dir) bool) (*Graph, error) {
	for _, e := range [...]struct {
		name string
		p    grid.Point
	}{{"start", start}, {"end", end}} {
		if !g.In(e.p) {
			return nil, fmt.Errorf("junction: New: %s %v outside the %dx%d grid", e.name, e.p, g.Rows(), g.Cols())
		}
	}
	if g.Len() > math.MaxInt32 {
		return nil, fmt.Errorf("junction: New: %d cells, more than 2^31-1", g.Len())
	}
	cols := g.Cols()

	// links[i] describes cell i once it has been looked at: bit 8 set, bits
	// 0-3 the headings in which a step from the cell is allowed, bits 4-7
	// the headings of its links. Zero means not looked at yet.
	links := make([]uint16, g.Len())
	look := func(p grid.Point) uint16 {
		i := p.Row*cols + p.Col
		if v := links[i]; v != 0 {
			return v
		}
		v := uint16(1 << 8)
		for d := grid.Up; d <= grid.Left; d++ {
			q := p.Add(d.Delta())
			if !g.In(q) {
				continue
			}
			if open(p, d) {
				v |= 1<<d | 1<<(4+d)
			} else if open(q, d.Reverse()) {
				v |= 1 << (4 + d)
			}
		}
		links[i] = v
		return v
	}

	// id[i] is 1 + the node number of cell i, or 0 if it is not a node.
	id := make([]int32, g.Len())
	var points []grid.Point
	node := func(p grid.Point) int32 {
		i := p.Row*cols + p.Col
		if id[i] == 0 {
			points = append(points, p)
			id[i] = int32(len(points))
		}
		return id[i] - 1
	}
	node(start)
	node(end)

	type edge struct{ from, to, length int32 }
	var edges []edge
	// Every node found is in points; follow each corridor out of each one,
	// which finds the nodes reachable from start and end.
	for n := 0; n < len(points); n++ {
		p := points[n]
		steps := look(p) & 0xF
		for d := grid.Up; d <= grid.Left; d++ {
			if steps&(1<<d) == 0 {
				continue
			}
			q, heading, length := p.Add(d.Delta()), d, int32(1)
			for {
				v := look(q)
				if q == start || q == end || bits.OnesCount16(v>>4&0xF) >= 3 {
					if t := node(q); t != int32(n) {
						edges = append(edges, edge{int32(n), t, length})
					}
					break
				}
				// A corridor cell has at most two links, one of them back
				// where the walker came from: the way on is the other.
				ahead := v >> 4 & 0xF &^ (1 << heading.Reverse())
				if ahead == 0 {
					break // dead end
				}
				heading = grid.Dir(bits.TrailingZeros16(ahead))
				if v&(1<<heading) == 0 {
					break // one-way against the walker
				}
				q = q.Add(heading.Delta())
				length++
			}
		}
	}
	if len(points) > MaxNodes {
		return nil, fmt.Errorf("junction: New: %d nodes (start, end and the junctions reachable from them), more than MaxNodes (%d)", len(points), MaxNodes)
	}

	// Sort by source, target and longest first, then keep the first edge
	// of each pair.
	slices.SortFunc(edges, func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to), cmp.Compare(b.length, a.length))
	})
	edges = slices.CompactFunc(edges, func(a, b edge) bool { return a.from == b.from && a.to == b.to })

	gr := &Graph{points: slices.Clip(points)}
	var in [MaxNodes]int
	for _, e := range edges {
		gr.arcs[e.from][gr.deg[e.from]] = arc{e.to, e.length}
		gr.deg[e.from]++
		in[e.to]++
		gr.sole[e.to], gr.soleLen[e.to] = e.from, e.length
	}
	for i := range points {
		if in[i] != 1 {
			gr.sole[i] = -1
		}
	}
	return gr, nil
}

// Len returns the number of nodes in g, at most [MaxNodes].
func (g *Graph) Len() int { return len(g.points) }

// Node returns the cell of node i. Node panics if i is not in [0, Len()).
func (g *Graph) Node(i int) grid.Point {
	g.check("Node", i)
	return g.points[i]
}

// Index returns the number of the node at cell p, and true; or 0 and false
// if p is not a node. It costs O(Len()).
func (g *Graph) Index(p grid.Point) (int, bool) {
	i := slices.Index(g.points, p)
	return max(i, 0), i >= 0
}

// Edges returns an iterator over the edges from node i: the node each leads
// to and its length, in increasing order of the node. Edges panics if i is
// not in [0, Len()).
func (g *Graph) Edges(i int) iter.Seq2[int, int] {
	g.check("Edges", i)
	return func(yield func(int, int) bool) {
		for _, a := range g.arcs[i][:g.deg[i]] {
			if !yield(int(a.to), int(a.length)) {
				return
			}
		}
	}
}

// check panics if i is not a node of g, naming the method the caller used.
func (g *Graph) check(method string, i int) {
	if uint(i) >= uint(len(g.points)) {
		misuse.Panicf("junction: Graph."+method, "node %d out of range [0, %d)", i, len(g.points))
	}
}
