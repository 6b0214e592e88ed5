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
// exceeds every n before it: 8 bytes an id. The zero DisjointSet is ready
// for Reset. A DisjointSet is not safe for concurrent use, Find included,
// since it shortens paths.
type DisjointSet struct {
	parent []int32 // parent[i] == i for the root of a set
	size   []int32 // the size of each root's set
	sets   int
}

// Reset makes each id in [0, n) a set of its own. It panics if n is
// negative or 2^31 or more.
func (d *DisjointSet) Reset(n int) {
	if uint(n) > maxIDs {
		misuse.Panicf("search: DisjointSet.Reset", "size %d outside [0, %d]", n, maxIDs)
	}
	if n > cap(d.parent) {
		d.parent, d.size = make([]int32, n), make([]int32, n)
	}
	d.parent, d.size, d.sets = d.parent[:n], d.size[:n], n
	for i := range d.parent {
		d.parent[i], d.size[i] = int32(i), 1
	}
}

// Find returns the id that stands for i's set: two ids are in one set
// when Find returns the same for both. It panics if i is outside [0, n).
func (d *DisjointSet) Find(i int) int { return int(d.root("search: DisjointSet.Find", i)) }

// root is Find, panicking in the name of call.
func (d *DisjointSet) root(call string, i int) int32 {
	if uint(i) >= uint(len(d.parent)) {
		panic(misuse.ID{Call: call, I: i, N: len(d.parent)})
	}
	return d.find(int32(i))
}

// find is Find for an id known to be in range.
func (d *DisjointSet) find(x int32) int32 {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]] // halve the path
		x = d.parent[x]
	}
	return x
}

// Union merges the sets of i and j and reports whether they were apart.
// It panics if i or j is outside [0, n).
func (d *DisjointSet) Union(i, j int) bool {
	for _, k := range [2]int{i, j} {
		if uint(k) >= uint(len(d.parent)) {
			panic(misuse.ID{Call: "search: DisjointSet.Union", I: k, N: len(d.parent)})
		}
	}
	a, b := d.find(int32(i)), d.find(int32(j))
	if a == b {
		return false
	}
	if d.size[a] < d.size[b] {
		a, b = b, a
	}
	d.parent[b] = a
	d.size[a] += d.size[b]
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
	return int(d.size[d.root("search: DisjointSet.Size", i)])
}

// Sets returns the number of sets.
func (d *DisjointSet) Sets() int { return d.sets }
