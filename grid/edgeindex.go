package grid

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
)

// An EdgeIndex finds the tiles that have an edge, read either way round:
// the matching step of a jigsaw, where each tile's neighbour along a side
// is the other tile with that side's edge. Make one with [NewEdgeIndex];
// the zero EdgeIndex finds nothing. It is read-only once made, so
// goroutines may share it.
type EdgeIndex struct {
	n int
	// Edges of up to flatBits cells: the tiles of the edge named k (the
	// lesser of an edge and its reverse) are tiles[start[k]:start[k+1]].
	start []int32
	// Longer edges: keys sorted, tiles in the same order.
	keys  []uint64
	tiles []int
}

// flatBits is the longest edge that an EdgeIndex looks up in a table with
// an entry for every edge of that length (2^16 entries, 256 KiB, at most).
const flatBits = 16

// NewEdgeIndex indexes the edges of tiles, each tile's four edges of n bits
// as [Edges] gives them (tile i is edges[i]; which side an edge is on does
// not matter). It costs O(len(edges)) and 2 allocations for n up to 16,
// the table among them (4·2^n bytes); O(len(edges)·log) and 3 for longer
// edges. It panics if n is not in [0, 64].
func NewEdgeIndex(edges [][4]uint64, n int) EdgeIndex {
	if uint(n) > 64 {
		panic(fmt.Sprintf("grid: NewEdgeIndex: length %d, want 0 to 64", n))
	}
	x := EdgeIndex{n: n, tiles: make([]int, 4*len(edges))}
	if n <= flatBits {
		x.start = make([]int32, 1<<n+1)
		for _, es := range edges {
			for _, e := range es {
				x.start[shortName(e, uint(n))+1]++
			}
		}
		for k := 1; k < len(x.start); k++ {
			x.start[k] += x.start[k-1]
		}
		// Fill each edge's run from its end, so that the runs end up in
		// tile order and start[k] ends at the run's first place.
		for i := len(edges) - 1; i >= 0; i-- {
			for j := 3; j >= 0; j-- {
				k := shortName(edges[i][j], uint(n)) + 1
				x.start[k]--
				x.tiles[x.start[k]] = i
			}
		}
		// Each run was counted at start[k+1] and filled down to its first
		// place, which start[k+1] now holds: shift the table down by one.
		copy(x.start[:len(x.start)-1], x.start[1:])
		x.start[len(x.start)-1] = int32(len(x.tiles))
		return x
	}
	type entry struct {
		key  uint64
		tile int
	}
	all := make([]entry, 0, 4*len(edges))
	for i, es := range edges {
		for _, e := range es {
			all = append(all, entry{x.name(e), i})
		}
	}
	slices.SortStableFunc(all, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	x.keys = make([]uint64, len(all))
	for i, en := range all {
		x.keys[i], x.tiles[i] = en.key, en.tile
	}
	return x
}

// name is the edge's name whichever way it is read: the lesser of e and
// its reverse, of the index's n bits (bits from n up are ignored).
func (x EdgeIndex) name(e uint64) uint64 {
	if x.n <= flatBits {
		return shortName(e, uint(x.n))
	}
	if x.n < 64 {
		e &= 1<<x.n - 1
	}
	return min(e, ReverseEdge(e, x.n))
}

// shortName is name for an edge of n <= 16 cells: ReverseEdge's short
// case written out, so that it inlines into the loops over every edge.
func shortName(e uint64, n uint) uint64 {
	e &= 1<<n - 1
	return min(e, uint64(bits.Reverse16(uint16(e)))>>(16-n))
}

// Tiles returns the tiles with edge e, read either way round, in
// increasing order; a tile with e on two sides comes twice. The slice is
// the index's own: do not change it. An edge no tile has gives an empty
// slice, and one that a single tile has marks an outer side of a jigsaw.
// It costs O(1) for edges of up to 16 cells and O(log) for longer ones,
// and allocates nothing.
func (x EdgeIndex) Tiles(e uint64) []int {
	k := x.name(e)
	if x.start != nil {
		return x.tiles[x.start[k]:x.start[k+1]:x.start[k+1]]
	}
	lo, _ := slices.BinarySearch(x.keys, k)
	hi := lo
	for hi < len(x.keys) && x.keys[hi] == k {
		hi++
	}
	return x.tiles[lo:hi:hi]
}
