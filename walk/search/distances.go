package search

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Distances is a breadth-first search over the open cells of one grid,
// stepping between the four neighbours, run whole from a set of starts:
// the fewest steps from the nearest start to every cell it reaches, and
// how many cells lie at each distance. It suits the puzzles that ask how
// far every cell is, or how many cells lie within k steps, from one or
// several places of a fixed map:
//
//	d := search.NewDistances(g, func(v byte) bool { return v != '#' })
//	d.Run(start)
//	steps, ok := d.Dist(end)
//	layers := d.Layers() // layers[k]: the cells k steps from start
//
// [NewDistances] reads the grid once, into a copy of which cells are open
// with a closed border, so that a step costs one load and no bounds test,
// and each search is a queue over that copy, with no call per cell or
// step and no distance written until one is asked for: it is the search
// a strong solver writes by hand on a padded flat slice. A Distances runs any number of searches on the same
// map, from different starts; each costs O(V) for the V cells it reaches,
// and a copy of a byte a cell to begin.
//
// A Distances is not safe for concurrent use: its readers show the last
// search. Give each goroutine its own. The zero Distances is an empty
// grid's: it reaches nothing.
type Distances struct {
	rows, cols, w int
	shut          []byte  // per padded cell: 1 for closed cells and the border, else 0
	seen          []byte  // per padded cell: shut's value, or with reached set
	dist          []int32 // per padded cell, valid where seen is reached once built
	queue         []int32 // the cells reached, in order of distance
	layers        []int   // cells reached at each distance
	built         bool    // whether dist holds the last search's distances
}

// reached marks a cell of Distances.seen that the last search reached.
// A closed cell a step meets gets it too, with its closed mark kept, so
// that only a value of exactly reached means reached.
const reached = 2

// NewDistances returns a Distances over g, whose open cells are those for
// which open(v) holds. It calls open once a cell and allocates 6 bytes a
// cell of g and its border and a row of g, in five allocations, and
// [Distances.Dist] 4 bytes a cell more on its first call: a copy, so later changes to what open
// reports do not show. It panics if g and its border hold
// 2^31 cells or more.
func NewDistances[T any](g grid.Grid[T], open func(v T) bool) *Distances {
	rows, cols := g.Rows(), g.Cols()
	w := cols + 2
	if rows+2 > maxIDs/w {
		misuse.Panicf("search: NewDistances", "a %dx%d grid and its border exceed %d cells", rows, cols, maxIDs)
	}
	n := (rows + 2) * w
	d := &Distances{rows: rows, cols: cols, w: w, shut: make([]byte, n), seen: make([]byte, n),
		queue: make([]int32, n)}
	for i := range d.shut {
		d.shut[i] = 1
	}
	var row []T
	for r := range rows {
		row = g.AppendRow(row[:0], r)
		line := d.shut[(r+1)*w+1:]
		for c, v := range row {
			if open(v) {
				line[c] = 0
			}
		}
	}
	return d
}

// Run searches from starts, each at distance 0, to every open cell they
// reach. A start need not be open: it is reached, and the search goes on
// from it. Run returns an error naming the first start outside the grid,
// and then searches nothing, so that the readers show no cell reached.
// It costs O(V) time for the V cells reached, and a copy of a byte a cell
// of the grid to begin, and allocates only as [Distances.Layers] grows
// past every search before.
func (d *Distances) Run(starts ...grid.Point) error {
	return d.run("search: Distances.Run", maxIDs, starts)
}

// RunWithin is [Distances.Run] stopped at distance most: it reaches only
// the cells at most most steps from a start, and costs O(V) for those V.
// A negative most reaches nothing, though a start outside the grid is
// still an error.
func (d *Distances) RunWithin(most int, starts ...grid.Point) error {
	return d.run("search: Distances.RunWithin", min(most, maxIDs), starts)
}

func (d *Distances) run(call string, most int, starts []grid.Point) error {
	copy(d.seen, d.shut)
	d.layers, d.built = d.layers[:0], false
	for k, p := range starts {
		if uint(p.Row) >= uint(d.rows) || uint(p.Col) >= uint(d.cols) {
			return fmt.Errorf("%s: start %d at %v lies outside the %dx%d grid", call, k, p, d.rows, d.cols)
		}
	}
	if most < 0 {
		return nil
	}
	seen, queue, w := d.seen, d.queue, int32(d.w)
	n := 0
	for _, p := range starts {
		i := int32((p.Row+1)*d.w + p.Col + 1)
		if seen[i] != reached {
			seen[i], queue[n] = reached, i
			n++
		}
	}
	// The queue is expanded a layer at a time: the cells of layer k are
	// queue[lo:hi]. A step stores its cell at the end of the queue and
	// moves the end on only if the cell is new. No distance is written:
	// the layers give them, and Dist writes them all when first asked.
	for lo, k := 0, 0; lo < n; k++ {
		hi := n
		d.layers = append(d.layers, hi-lo)
		if k == most {
			break
		}
		for _, i := range queue[lo:hi] {
			n = step(seen, queue, i-w, n)
			n = step(seen, queue, i+1, n)
			n = step(seen, queue, i+w, n)
			n = step(seen, queue, i-1, n)
		}
		lo = hi
	}
	return nil
}

// step reaches cell j, if it is open and new, as the n-th of queue, and
// returns the new length of the queue. It stores j whether or not it is
// new, which leaves one branch, on the length.
func step(seen []byte, queue []int32, j int32, n int) int {
	s := seen[j]
	queue[n] = j
	seen[j] = s | reached
	if s == 0 {
		n++
	}
	return n
}

// Dist returns the fewest steps from a start of the last search to p, and
// true; or 0 and false if the search did not reach p, or p lies outside
// the grid. Its first call after a search writes the distance of every
// cell reached, in O(V); later calls cost O(1).
func (d *Distances) Dist(p grid.Point) (int, bool) {
	if uint(p.Row) >= uint(d.rows) || uint(p.Col) >= uint(d.cols) {
		return 0, false
	}
	i := (p.Row+1)*d.w + p.Col + 1
	if d.seen[i] != reached {
		return 0, false
	}
	if !d.built {
		d.build()
	}
	return int(d.dist[i]), true
}

// build writes the distance of each cell the last search reached, layer
// by layer along the queue.
func (d *Distances) build() {
	if d.dist == nil {
		d.dist = make([]int32, len(d.seen))
	}
	lo := 0
	for k, size := range d.layers {
		for _, j := range d.queue[lo : lo+size] {
			d.dist[j] = int32(k)
		}
		lo += size
	}
	d.built = true
}

// Layers returns how many cells the last search reached at each
// distance: Layers()[k] cells lie k steps from the nearest start, and
// the sum is every cell reached. The slice belongs to d and is
// overwritten by the next search.
func (d *Distances) Layers() []int { return d.layers }
