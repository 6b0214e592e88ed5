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
// Regions costs O(Rows*Cols) time and makes a handful of allocations
// whatever the number of regions: all the Cells share one backing array of
// g.Len() points, each slice capped at its own length so that appending to
// one does not overwrite another. It allocates about 30 bytes a cell, and
// up to about 80 when most cells are regions of their own, as on a
// checkerboard (some 10 GB at the default cell cap). Regions is safe for
// concurrent use.
func Regions[T comparable](g Grid[T]) []Region {
	return RegionsFunc(g, func(a, b T) bool { return a == b })
}

// RegionsFunc is [Regions] with neighbouring cells a and b joined when
// same(a, b) is true: the regions are the connected parts of the graph of
// those links. same must be symmetric but need not be transitive: a chain
// of links can join two cells for which same is false. RegionsFunc calls
// same at most four times per cell.
func RegionsFunc[T any](g Grid[T], same func(a, b T) bool) []Region {
	rows, cols := g.Rows(), g.Cols()
	// label[i] is 1 + the region number of cell i, or 0 before the flood
	// fill reaches it.
	label := make([]int32, g.Len())
	var stack []int32
	n := int32(0)
	for i := range label {
		if label[i] != 0 {
			continue
		}
		n++
		label[i] = n
		stack = append(stack[:0], int32(i))
		for len(stack) > 0 {
			j := int(stack[len(stack)-1])
			stack = stack[:len(stack)-1]
			p := Pt(j/cols, j%cols)
			v := g.At(p)
			for d := Up; d <= Left; d++ {
				q := p.Add(d.Delta())
				if w, ok := g.Get(q); ok {
					if k := q.Row*cols + q.Col; label[k] == 0 && same(v, w) {
						label[k] = n
						stack = append(stack, int32(k))
					}
				}
			}
		}
	}
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
	all := make([]Point, g.Len())
	fill := slices.Clone(start[:n]) // the next free place of each region
	in := func(r, c int, l int32) bool {
		return uint(r) < uint(rows) && uint(c) < uint(cols) && label[r*cols+c] == l
	}
	i := 0
	for r := range rows {
		for c := range cols {
			l := label[i]
			reg := &regions[l-1]
			all[fill[l-1]] = Pt(r, c)
			fill[l-1]++
			up, right, down, left := in(r-1, c, l), in(r, c+1, l), in(r+1, c, l), in(r, c-1, l)
			reg.Perimeter += 4 - oneIf(up) - oneIf(right) - oneIf(down) - oneIf(left)
			reg.Sides += corner(up, right, in(r-1, c+1, l)) + corner(right, down, in(r+1, c+1, l)) +
				corner(down, left, in(r+1, c-1, l)) + corner(left, up, in(r-1, c-1, l))
			i++
		}
	}
	for l := range regions {
		regions[l].Cells = all[start[l]:start[l+1]:start[l+1]]
	}
	return regions
}

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
