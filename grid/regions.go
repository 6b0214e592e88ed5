package grid

import (
	"slices"
)

// A Region is a set of cells of a grid connected through their four
// cardinal neighbours, as found by [Regions] and [RegionsFunc], with the
// measures of its outline. A Region is a plain value: copies share Cells.
type Region struct {
	// Cells are the region's cells row by row, top to bottom and left to
	// right within a row, so Cells[0] is its first cell in reading order.
	Cells []Point

	// Perimeter is the number of cell edges between a cell of the region
	// and a cell outside it or the edge of the grid: the length of fence
	// around the region, holes included.
	Perimeter int

	// Sides is the number of straight stretches of that fence, around the
	// outside and around each hole: the number of its corners. A stretch
	// ends at every corner, also where two cells of the region meet only
	// at a corner, so that there the fence turns twice.
	Sides int
}

// Area returns the number of cells in r.
func (r Region) Area() int { return len(r.Cells) }

// Regions returns the regions of g: the largest sets of equal cells
// connected through their four cardinal neighbours. Every cell is in
// exactly one region. Regions come in reading order of their first cells,
// and a zero Grid has none.
//
// Regions costs O(Rows*Cols) time in a few passes over the cells in
// reading order (the links to the left and upper neighbours; labels joined
// in a union-find forest; labels made final by one read of a table; the
// labels counted and copied into a grid with a border; each cell placed in
// its region and its share of the region's outline read from one table by
// its eight neighbours). It makes a handful of allocations, and a few
// dozen more on a map of many small regions as its table of labels grows:
// all the Cells share one backing array of g.Len() points, each slice
// capped at its own length so that appending to one does not overwrite
// another. It allocates about 30 bytes a cell, and up to about 105 when
// most cells are regions of their own, as on a checkerboard (some 13 GB at
// the default cell cap). A
// program that needs only each region's measures can call [Outlines],
// which lists no cells. Regions is safe for concurrent use.
func Regions[T comparable](g Grid[T]) []Region {
	label, n := labels(sameLinks(g), g.Cols())
	return measure(label, n, g.Rows(), g.Cols())
}

// sameLinks returns the links of each cell of g to its left and upper
// neighbours where they are equal to it.
func sameLinks[T comparable](g Grid[T]) []uint8 {
	rows, cols, cells := g.Rows(), g.Cols(), g.cells
	join := make([]uint8, len(cells))
	for r, i := 0, 0; r < rows; r++ {
		for c := range cols {
			join[i] = links(c > 0 && cells[i] == cells[i-1], r > 0 && cells[i] == cells[i-cols])
			i++
		}
	}
	return join
}

// An Outline measures one region of a grid, as [Outlines] finds them:
// its size and its fence, without the list of its cells that a [Region]
// carries.
type Outline struct {
	// First is the region's first cell in reading order.
	First Point

	// Area is the number of cells in the region.
	Area int

	// Perimeter and Sides are as a [Region]'s: the cell edges between
	// the region and what is outside it, and the straight stretches of
	// that fence.
	Perimeter, Sides int
}

// Outlines returns the outlines of the regions of g, the largest sets of
// equal cells connected through their four cardinal neighbours, as
// [Regions] finds them and in the same order, for a program that needs
// each region's area, perimeter or sides but not its cells. It costs
// O(Rows*Cols) time in the passes of Regions, with no cell placed in a
// list, and as few allocations: about 15 bytes a cell, and up to about 75
// when most cells are regions of their own, where Regions takes about 30
// and 105. Outlines is safe for concurrent use.
func Outlines[T comparable](g Grid[T]) []Outline {
	label, n := labels(sameLinks(g), g.Cols())
	return outlines(label, n, g.Rows(), g.Cols())
}

// RegionsFunc is [Regions] with neighbouring cells a and b joined when
// same(a, b) is true: the regions are the connected parts of the graph of
// those links. same must be symmetric but need not be transitive: a chain
// of links can join two cells for which same is false. RegionsFunc calls
// same at most twice per cell.
func RegionsFunc[T any](g Grid[T], same func(a, b T) bool) []Region {
	rows, cols, cells := g.Rows(), g.Cols(), g.cells
	join := make([]uint8, len(cells))
	for r, i := 0, 0; r < rows; r++ {
		for c := range cols {
			join[i] = links(c > 0 && same(cells[i], cells[i-1]), r > 0 && same(cells[i], cells[i-cols]))
			i++
		}
	}
	label, n := labels(join, cols)
	return measure(label, n, rows, cols)
}

// Links of a cell to the neighbours before it in reading order.
const (
	linkLeft uint8 = 1 << iota
	linkUp
)

// links returns cell i's links: to its left neighbour and to the one
// above.
func links(left, up bool) uint8 {
	var l uint8
	if left {
		l |= linkLeft
	}
	if up {
		l |= linkUp
	}
	return l
}

// labels gives each cell of a grid of cols columns, whose links to its
// left and upper neighbours are join, the label 1 + its region's number, regions
// numbered in reading order of their first cells, and returns the labels
// and the number of regions. It is the two-pass labelling of connected
// parts: a pass in reading order gives each cell a provisional label, its
// left or upper neighbour's, joining the two in a union-find forest where
// both link; a second pass replaces each label by its root's number. Each
// pass reads the cells in order, so it costs a few operations a cell.
func labels(join []uint8, cols int) ([]int32, int32) {
	label := make([]int32, len(join))
	parent := make([]int32, 0, 64) // of provisional labels; a root is its own
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]] // halve the path
			x = parent[x]
		}
		return x
	}
	for i, l := range join {
		switch l {
		case 0:
			label[i] = int32(len(parent))
			parent = append(parent, int32(len(parent)))
		case linkLeft:
			label[i] = label[i-1]
		case linkUp:
			label[i] = label[i-cols]
		default:
			a, b := find(label[i-1]), find(label[i-cols])
			if a > b {
				a, b = b, a
			}
			parent[b] = a // the earlier label stays the root
			label[i] = a
		}
	}
	// Number the roots in reading order of their first cells. A label is
	// made at its first cell, so labels run in that order, and a root is
	// its set's earliest label: a label's parent is below it, and numbered
	// before it, in one pass over the labels with no find.
	number := make([]int32, len(parent)) // 1 + the region's number
	n := int32(0)
	for x, up := range parent {
		if up == int32(x) {
			n++
			number[x] = n
		} else {
			number[x] = number[up]
		}
	}
	for i, l := range label {
		label[i] = number[l]
	}
	return label, n
}

// measure makes the regions of a rows×cols grid from its cells' labels,
// 1 to n: each region's cells in one shared array, in reading order, and
// the measures of its outline.
func measure(label []int32, n int32, rows, cols int) []Region {
	if n == 0 {
		return nil
	}
	// Place each region's cells in one shared array, in reading order: a
	// counting sort by label. Region l-1 (label l) gets all[start[l-1]:start[l]].
	start := make([]int, n+1)
	for _, l := range label {
		start[l]++
	}
	for l := 1; l <= int(n); l++ {
		start[l] += start[l-1]
	}
	regions := make([]Region, n)
	all := make([]Point, len(label))
	tally(label, rows, cols, nil, regions, all, slices.Clone(start[:n]))
	for l := range regions {
		regions[l].Cells = all[start[l]:start[l+1]:start[l+1]]
	}
	return regions
}

// outlines measures the regions of a rows×cols grid from its cells'
// labels, 1 to n.
func outlines(label []int32, n int32, rows, cols int) []Outline {
	if n == 0 {
		return nil
	}
	fences := make([]Outline, n)
	tally(label, rows, cols, fences, nil, nil, nil)
	return fences
}

// tally adds each cell of a rows×cols grid, labelled 1 to n, to its
// region: to fences[l-1] if fences is not nil, and otherwise to
// regions[l-1], with the cell placed at all[fill[l-1]], the next free
// place of the region's cells. The labels are copied into a grid with a
// border of 0, which is no region's label, so that a cell's eight
// neighbours are read at fixed offsets with no bounds test, and its share
// of the outline is one read of a table.
func tally(label []int32, rows, cols int, fences []Outline, regions []Region, all []Point, fill []int) {
	w := cols + 2
	pad := make([]int32, (rows+2)*w)
	for r := range rows {
		copy(pad[(r+1)*w+1:], label[r*cols:(r+1)*cols])
	}
	for r := range rows {
		// The padded rows above, through and below row r: cell c of the
		// grid is column c+1 of each.
		above, here, below := pad[r*w:(r+1)*w], pad[(r+1)*w:(r+2)*w], pad[(r+2)*w:(r+3)*w]
		for c, l := range label[r*cols : (r+1)*cols] {
			a, h, b := above[c:c+3], here[c:c+3], below[c:c+3] // one bounds test each
			m := oneIf(a[1] == l) | oneIf(h[2] == l)<<1 | oneIf(b[1] == l)<<2 | oneIf(h[0] == l)<<3 |
				oneIf(a[2] == l)<<4 | oneIf(b[2] == l)<<5 | oneIf(b[0] == l)<<6 | oneIf(a[0] == l)<<7
			edges, corners := int(outline[m]&7), int(outline[m]>>3)
			if fences != nil {
				o := &fences[l-1]
				if o.Area == 0 {
					o.First = Pt(r, c)
				}
				o.Area++
				o.Perimeter += edges
				o.Sides += corners
				continue
			}
			reg := &regions[l-1]
			all[fill[l-1]] = Pt(r, c)
			fill[l-1]++
			reg.Perimeter += edges
			reg.Sides += corners
		}
	}
}

// outline holds, for each way a cell's eight neighbours can be in its
// region or not (bits: up, right, down, left, then the diagonals up-right,
// down-right, down-left and up-left), the cell's share of the region's
// outline: its fence edges in the low three bits, and the corners where
// the fence turns above them, so that a cell's share is one table read.
var outline = func() (t [256]uint8) {
	for m := range t {
		in := func(bit int) bool { return m>>bit&1 == 1 }
		up, right, down, left := in(0), in(1), in(2), in(3)
		edges := 4 - oneIf(up) - oneIf(right) - oneIf(down) - oneIf(left)
		corners := corner(up, right, in(4)) + corner(right, down, in(5)) + corner(down, left, in(6)) + corner(left, up, in(7))
		t[m] = uint8(edges | corners<<3)
	}
	return t
}()

// corner reports, as 0 or 1, whether a cell's outline turns at the corner
// between two of its neighbours a and b at right angles and the diagonal
// neighbour between them: it does where neither a nor b is in the region
// (an outer corner) and where both are but the diagonal is not (an inner
// corner).
func corner(a, b, diagonal bool) int {
	if a == b && !(a && diagonal) {
		return 1
	}
	return 0
}

func oneIf(b bool) int {
	if b {
		return 1
	}
	return 0
}
