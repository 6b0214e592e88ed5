package cookbook

import (
	"math/rand/v2"

	"github.com/samber/lo"

	"github.com/gridsearch/gridsearch/grid"
)

// Garden fences: a map of letters, each a crop. A region is a largest set
// of cells of one crop joined through their up, down, left and right
// neighbours. Part 1 sums over the regions area times perimeter; part 2
// area times the number of straight sides of its fence, holes included.

// fences returns the sums over the regions of g of area times perimeter
// and of area times sides.
func fences(g grid.Grid[byte]) (perimeter, sides int) {
	regions := grid.Outlines(g)
	perimeter = lo.SumBy(regions, func(o grid.Outline) int { return o.Area * o.Perimeter })
	sides = lo.SumBy(regions, func(o grid.Outline) int { return o.Area * o.Sides })
	return perimeter, sides
}

// genGarden returns a rows×cols garden of plots: each cell copies its left
// neighbour two times in three, else its upper neighbour one time in two,
// else takes a new crop from A to Z, so plots sprawl, touch at corners and
// enclose others.
func genGarden(rng *rand.Rand, rows, cols int) []string {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			switch {
			case c > 0 && rng.IntN(3) > 0:
				m[r][c] = m[r][c-1]
			case r > 0 && rng.IntN(2) > 0:
				m[r][c] = m[r-1][c]
			default:
				m[r][c] = byte('A' + rng.IntN(26))
			}
		}
	}
	lines := make([]string, rows)
	for r := range m {
		lines[r] = string(m[r])
	}
	return lines
}

// refFences is the reference: each region flooded through a map, its
// perimeter the cell edges that face another crop or the outside, and its
// sides those edges that do not continue a side begun by the region's
// cell before them along the edge (to the left of an up or down edge,
// above a left or right edge).
func refFences(lines []string) [2]int {
	type pt struct{ r, c int }
	crop := func(p pt) byte {
		if p.r < 0 || p.r >= len(lines) || p.c < 0 || p.c >= len(lines[p.r]) {
			return 0
		}
		return lines[p.r][p.c]
	}
	dirs := []pt{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	done := map[pt]bool{}
	var out [2]int
	for r := range lines {
		for c := range lines[r] {
			if done[pt{r, c}] {
				continue
			}
			region := map[pt]bool{{r, c}: true}
			todo := []pt{{r, c}}
			for len(todo) > 0 {
				p := todo[0]
				todo = todo[1:]
				for _, d := range dirs {
					q := pt{p.r + d.r, p.c + d.c}
					if crop(q) == crop(p) && !region[q] {
						region[q] = true
						todo = append(todo, q)
					}
				}
			}
			fenced := func(p, d pt) bool { return region[p] && !region[pt{p.r + d.r, p.c + d.c}] }
			perimeter, sides := 0, 0
			for p := range region {
				done[p] = true
				for _, d := range dirs {
					if !fenced(p, d) {
						continue
					}
					perimeter++
					before := pt{p.r, p.c - 1} // along an up or down edge
					if d.r == 0 {
						before = pt{p.r - 1, p.c} // along a left or right edge
					}
					if !fenced(before, d) {
						sides++
					}
				}
			}
			out[0] += len(region) * perimeter
			out[1] += len(region) * sides
		}
	}
	return out
}

// handFences is fences with a flat label per cell and a stack: a flood
// fill per region, its perimeter counted edge by edge and its sides as its
// corners, outer and inner.
func handFences(cells []byte, rows, cols int) [2]int {
	label := make([]int32, len(cells))
	stack := make([]int32, 0, 64)
	steps := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	same := func(r, c int, v byte) bool {
		return r >= 0 && r < rows && c >= 0 && c < cols && cells[r*cols+c] == v
	}
	perimeterSum, sidesSum, n := 0, 0, int32(0)
	for s := range cells {
		if label[s] != 0 {
			continue
		}
		n++
		label[s] = n
		area, perimeter, corners := 0, 0, 0
		stack = append(stack[:0], int32(s))
		for len(stack) > 0 {
			i := int(stack[len(stack)-1])
			stack = stack[:len(stack)-1]
			area++
			r, c, v := i/cols, i%cols, cells[i]
			for k, d := range steps {
				e := steps[(k+1)%4] // the next side, clockwise
				a, b := same(r+d[0], c+d[1], v), same(r+e[0], c+e[1], v)
				if !a && !b || a && b && !same(r+d[0]+e[0], c+d[1]+e[1], v) {
					corners++
				}
				if !a {
					perimeter++
				} else if j := (r+d[0])*cols + c + d[1]; label[j] == 0 {
					label[j] = n
					stack = append(stack, int32(j))
				}
			}
		}
		perimeterSum += area * perimeter
		sidesSum += area * corners
	}
	return [2]int{perimeterSum, sidesSum}
}

func gardenRecipe() recipe {
	return recipe{
		name:   "garden",
		shared: []string{"fences"},
		rows:   140, cols: 140,
		refMax: 30,
		gen:    genGarden,
		solve: func(g grid.Grid[byte]) [2]int {
			perimeter, sides := fences(g)
			return [2]int{perimeter, sides}
		},
		ref:  refFences,
		hand: handFences,
	}
}
