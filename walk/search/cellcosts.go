package search

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// CellCosts is Dijkstra's search over the cells of one grid where a step
// to one of the four neighbours pays the cost of entering it, a small
// number of its own (a digit of the map, say), run whole: the cheapest cost
// from the nearest start to every cell, or to a goal:
//
//	t, err := search.NewCellCosts(g, func(v byte) (int, bool) { return int(v - '0'), true })
//	cost, ok, err := t.RunTo(goal, start)
//
// The costs being small, the cells waiting come out of a ring of buckets,
// one for each cost from the lowest waiting to that plus the dearest cell
// (Dial's algorithm), O(1) a step with no heap. [NewCellCosts] reads the
// grid once, into a byte a cell of entering costs over a padded copy with
// a closed border, and the search is a loop over that copy, with no call a
// cell: the search a strong solver writes by hand, on flat slices.
//
// A CellCosts is not safe for concurrent use: its readers show the last
// search. Give each goroutine its own.
type CellCosts struct {
	rows, cols, w int
	enter         []uint8 // per padded cell: the cost of entering it, if open
	costTable             // per padded cell
	ring          [][]int32
}

// NewCellCosts returns a CellCosts over g, where entering a cell of value
// v costs enter(v), or cannot be done if enter returns false; enter must
// depend on v alone. It calls enter once a cell, or, for a grid of bytes,
// once for each byte value in it, and allocates 5 bytes a cell of g and
// its border. It returns an error naming the cell if a cost lies outside
// [0, 255], or if g is so large for its dearest cell that a cost could
// pass 2^31-1.
func NewCellCosts[T any](g grid.Grid[T], enter func(v T) (int, bool)) (*CellCosts, error) {
	rows, cols := g.Rows(), g.Cols()
	w := cols + 2
	n := (rows + 2) * w
	if rows+2 > maxIDs/w {
		return nil, fmt.Errorf("search: NewCellCosts: a %dx%d grid and its border exceed %d cells", rows, cols, maxIDs)
	}
	t := &CellCosts{rows: rows, cols: cols, w: w, enter: make([]uint8, n),
		costTable: costTable{cost: make([]int32, n), fresh: true}}
	for i := range t.cost[:w+1] { // the top border, and the left of row 0
		t.cost[i] = shut
	}
	most := 0
	// For a grid of bytes, enter is asked once for each byte value met,
	// and its answer kept in known: 0 for not yet asked, -1 for a cell
	// that cannot be entered, else 1 plus the cost.
	var known [256]int16
	var row []T
	for r := range rows {
		row = g.AppendRow(row[:0], r)
		at := (r+1)*w + 1
		if bs, ok := any(row).([]byte); ok {
			for c, b := range bs {
				k := known[b]
				if k == 0 {
					e, ok := enter(any(b).(T))
					switch {
					case !ok:
						k = -1
					case e < 0 || e > 255:
						return nil, fmt.Errorf("search: NewCellCosts: cell %v costs %d to enter, want [0, 255]", grid.Pt(r, c), e)
					default:
						k = int16(e) + 1
						most = max(most, e)
					}
					known[b] = k
				}
				if k < 0 {
					t.cost[at+c] = shut
				} else {
					t.enter[at+c], t.cost[at+c] = uint8(k-1), unreached
				}
			}
		} else {
			for c, v := range row {
				e, ok := enter(v)
				if !ok {
					t.cost[at+c] = shut
					continue
				}
				if e < 0 || e > 255 {
					return nil, fmt.Errorf("search: NewCellCosts: cell %v costs %d to enter, want [0, 255]", grid.Pt(r, c), e)
				}
				t.enter[at+c], t.cost[at+c] = uint8(e), unreached
				most = max(most, e)
			}
		}
		t.cost[at+cols], t.cost[at+cols+1] = shut, shut // the right border, and the left of the next row
	}
	for i := range t.cost[(rows+1)*w:] { // the bottom border
		t.cost[(rows+1)*w+i] = shut
	}
	// A cheapest cost is at most the dearest cell's for each cell.
	if most > 0 && rows+2 > maxIDs/most/w {
		return nil, fmt.Errorf("search: NewCellCosts: a %dx%d grid is too large for costs up to %d to fit 2^31-1", rows, cols, most)
	}
	size := 1
	for size <= most {
		size *= 2
	}
	t.ring = make([][]int32, size)
	return t, nil
}

// Run searches from starts, each at cost 0, to every cell they reach. It
// returns an error naming the first start outside the grid or on a cell
// that cannot be entered, and then searches nothing, so that the readers
// show no cell reached. It costs O(V+C) time
// for the V cells reached and C the dearest cost found, and, but for the
// first search, a copy of the blank costs of every cell to begin; it
// allocates only those blank costs, once, at the second search (4 bytes a
// cell), and as its buckets grow past every search before.
func (t *CellCosts) Run(starts ...grid.Point) error {
	_, _, err := t.run("search: CellCosts.Run", -1, starts)
	return err
}

// RunTo is [CellCosts.Run] that stops once goal comes out, at its
// cheapest cost: it returns that cost and true, or 0 and false if no
// start reaches goal. Costs read after it are exact for the cells cheaper
// than goal; others may be too high or unreached. It returns the errors
// Run does, and one if goal lies outside the grid.
func (t *CellCosts) RunTo(goal grid.Point, starts ...grid.Point) (int, bool, error) {
	if !t.inside(goal) {
		return 0, false, fmt.Errorf("search: CellCosts.RunTo: goal %v lies outside the %dx%d grid", goal, t.rows, t.cols)
	}
	return t.run("search: CellCosts.RunTo", t.cell(goal), starts)
}

func (t *CellCosts) inside(p grid.Point) bool {
	return uint(p.Row) < uint(t.rows) && uint(p.Col) < uint(t.cols)
}

// cell returns p's padded cell.
func (t *CellCosts) cell(p grid.Point) int { return (p.Row+1)*t.w + p.Col + 1 }

func (t *CellCosts) run(call string, goal int, starts []grid.Point) (int, bool, error) {
	t.reset()
	for k, p := range starts {
		switch {
		case !t.inside(p):
			return 0, false, fmt.Errorf("%s: start %d at %v lies outside the %dx%d grid", call, k, p, t.rows, t.cols)
		case t.cost[t.cell(p)] == shut:
			return 0, false, fmt.Errorf("%s: start %d at %v lies on a cell that cannot be entered", call, k, p)
		}
	}
	// The buckets' headers live in an array of the function's own while
	// it runs, so that a cell joining one writes no pointer to the heap
	// (which would cost a write barrier during a collection).
	var ring [256][]int32
	mask := int32(len(t.ring) - 1)
	for k, b := range t.ring {
		ring[k] = b[:0]
	}
	defer copy(t.ring, ring[:])
	waiting := 0
	for _, p := range starts {
		if i := int32(t.cell(p)); t.cost[i] != 0 {
			t.cost[i] = 0
			ring[0] = append(ring[0], i)
			waiting++
		}
	}
	cost, enter, w := t.cost, t.enter, int32(t.w)
	// Bucket c&mask holds the cells waiting at cost c, the lowest, while
	// the others hold costs up to c plus the dearest cell: a step adds at
	// most that, so no two costs waiting share a bucket.
	for c := int32(0); waiting > 0; c++ {
		k := c & mask
		for x := 0; x < len(ring[k]); x++ { // a cell that costs 0 to enter joins this bucket
			i := ring[k][x]
			if cost[i] != c {
				continue // stale: the cell got cheaper after this entry
			}
			if int(i) == goal {
				return int(c), true, nil
			}
			for _, j := range [4]int32{i - w, i + 1, i + w, i - 1} {
				// A closed cell costs shut, below every cost, so a step
				// onto it is never cheaper.
				if nc := c + int32(enter[j]); nc < cost[j] {
					cost[j] = nc
					ring[nc&mask] = append(ring[nc&mask], j)
					waiting++
				}
			}
		}
		waiting -= len(ring[k])
		ring[k] = ring[k][:0]
	}
	return 0, false, nil
}

// Cost returns the cheapest cost of the last search from a start to p,
// and true; or 0 and false if it did not reach p, or p lies outside the
// grid. After RunTo, a cell as dear as the goal or dearer may show a cost
// too high, or none.
func (t *CellCosts) Cost(p grid.Point) (int, bool) {
	if !t.inside(p) {
		return 0, false
	}
	c := t.cost[t.cell(p)]
	if c == unreached || c == shut {
		return 0, false
	}
	return int(c), true
}
