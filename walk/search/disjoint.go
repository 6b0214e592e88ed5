package search

import "github.com/gridsearch/gridsearch/internal/misuse"

// A DisjointSet keeps ids [0, n) in sets that only ever merge (union-find):
// the connectivity of a map whose cells open one by one, such as the way
// across that the last few fallen obstacles cut, found by opening them in
// reverse until the two ends join, instead of a search after each fall.
//
//	d.Reset(g.Len())
//	for each pair i, j of neighbouring open cells {
//		d.Union(i, j)
//	}
//	d.Same(start, goal) // is there a way?
//
// Union and Find cost amortised nearly O(1) each (union by size, paths
// halved as they are walked). Reset costs O(n) and allocates only when n
// exceeds every n before it: 4 bytes an id. The zero DisjointSet is ready
// for Reset. A DisjointSet is not safe for concurrent use, Find included,
// since it shortens paths.
type DisjointSet struct {
	// up holds, for each id, its parent, or, for the root of a set, minus
	// the set's size: one table, 4 bytes an id, where a parent and a size
	// table took 8 and two stores an id to reset.
	up   []int32
	sets int
}

// Reset makes each id in [0, n) a set of its own. It panics if n is
// negative or 2^31 or more.
func (d *DisjointSet) Reset(n int) {
	if uint(n) > maxIDs {
		misuse.Panicf("search: DisjointSet.Reset", "size %d outside [0, %d]", n, maxIDs)
	}
	if n > cap(d.up) {
		d.up = make([]int32, n)
	}
	d.up, d.sets = d.up[:n], n
	for i := range d.up {
		d.up[i] = -1
	}
}

// Find returns the id that stands for i's set: two ids are in one set
// when Find returns the same for both. It panics if i is outside [0, n).
func (d *DisjointSet) Find(i int) int { return int(d.root("search: DisjointSet.Find", i)) }

// root is Find, panicking in the name of call.
func (d *DisjointSet) root(call string, i int) int32 {
	if uint(i) >= uint(len(d.up)) {
		panic(misuse.ID{Call: call, I: i, N: len(d.up)})
	}
	return d.find(int32(i))
}

// find returns the root of x's set, halving the path to it.
func (d *DisjointSet) find(x int32) int32 {
	up := d.up
	for {
		p := up[x]
		if p < 0 {
			return x
		}
		if g := up[p]; g >= 0 {
			up[x] = g // halve the path
			p = g
		}
		x = p
	}
}

// Union merges the sets of i and j and reports whether they were apart.
// It panics if i or j is outside [0, n).
func (d *DisjointSet) Union(i, j int) bool {
	for _, k := range [2]int{i, j} {
		if uint(k) >= uint(len(d.up)) {
			panic(misuse.ID{Call: "search: DisjointSet.Union", I: k, N: len(d.up)})
		}
	}
	a, b := d.find(int32(i)), d.find(int32(j))
	if a == b {
		return false
	}
	if d.up[a] > d.up[b] { // a's set is the smaller: sizes are negated
		a, b = b, a
	}
	d.up[a] += d.up[b]
	d.up[b] = a
	d.sets--
	return true
}

// Same reports whether i and j are in one set. It panics if either is
// outside [0, n).
func (d *DisjointSet) Same(i, j int) bool {
	return d.root("search: DisjointSet.Same", i) == d.root("search: DisjointSet.Same", j)
}

// Size returns the number of ids in i's set. It panics if i is outside
// [0, n).
func (d *DisjointSet) Size(i int) int {
	return int(-d.up[d.root("search: DisjointSet.Size", i)])
}

// Sets returns the number of sets.
func (d *DisjointSet) Sets() int { return d.sets }
