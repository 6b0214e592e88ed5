package cookbook

import (
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Trail heights: a map of digits 0 to 9. A trail starts at a 0, steps up,
// down, left or right to a cell exactly one higher each time, and ends at a
// 9. Part 1 sums, over the 0s, the number of 9s each can reach; part 2 the
// number of distinct trails from each.

// trails returns, summed over the 0s of a height map, the number of 9s
// each reaches by steps that climb by exactly one, and the number of
// distinct such trails from each. Every trail takes nine steps, so each
// is a shortest path, and AddCounting counts them. The search runs over
// the cells' dense indices (Grid.AtIndex, Grid.Neighbors4Index), with no
// point made a step.
func trails(g grid.Grid[byte]) (peaks, paths int) {
	var b search.BFS // one search, reused from each 0
	for start := range g.Len() {
		if g.AtIndex(start) != '0' {
			continue
		}
		b.ResetCounting(g.Len())
		b.AddCounting(start)
		for i := range b.All() {
			v := g.AtIndex(i)
			if v == '9' {
				peaks++
				paths += b.Count(i) // final: every 8 before it is expanded
				continue
			}
			for j := range g.Neighbors4Index(i) {
				if g.AtIndex(j) == v+1 {
					b.AddCounting(j)
				}
			}
		}
	}
	return peaks, paths
}

// genHeights returns a rows×cols height map of hills: a few summits at
// random, each cell as high as 9 less its Manhattan distance to the
// nearest, going down to 0 and up again in rings further out, with one cell
// in six set at random.
func genHeights(rng *rand.Rand, rows, cols int) []string {
	summits := make([][2]int, 1+rows*cols/120)
	for i := range summits {
		summits[i] = [2]int{rng.IntN(rows), rng.IntN(cols)}
	}
	lines := make([]string, rows)
	for r := range rows {
		b := make([]byte, cols)
		for c := range cols {
			d := rows + cols
			for _, s := range summits {
				d = min(d, abs(r-s[0])+abs(c-s[1]))
			}
			h := 9 - d%18
			if h < 0 {
				h = -h
			}
			if rng.IntN(6) == 0 {
				h = rng.IntN(10)
			}
			b[c] = byte('0' + h)
		}
		lines[r] = string(b)
	}
	return lines
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// refTrails is the reference: from each 0, a depth-first walk of every
// trail, one by one, noting the 9s at their ends in a map.
func refTrails(lines []string) [2]int {
	var walkFrom func(r, c int, ends map[[2]int]bool) int
	walkFrom = func(r, c int, ends map[[2]int]bool) int {
		if lines[r][c] == '9' {
			ends[[2]int{r, c}] = true
			return 1
		}
		n := 0
		for _, d := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < len(lines) && nc >= 0 && nc < len(lines[nr]) && lines[nr][nc] == lines[r][c]+1 {
				n += walkFrom(nr, nc, ends)
			}
		}
		return n
	}
	var out [2]int
	for r := range lines {
		for c := range lines[r] {
			if lines[r][c] == '0' {
				ends := map[[2]int]bool{}
				out[1] += walkFrom(r, c, ends)
				out[0] += len(ends)
			}
		}
	}
	return out
}

// handTrails is trails written with flat slices: a queue, generation
// stamps and a count per cell.
func handTrails(cells []byte, rows, cols int) [2]int {
	stamp := make([]uint32, len(cells))
	count := make([]int, len(cells))
	queue := make([]int32, 0, len(cells))
	steps := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	gen := uint32(0)
	peaks, paths := 0, 0
	for s, h := range cells {
		if h != '0' {
			continue
		}
		gen++
		stamp[s], count[s] = gen, 1
		queue = append(queue[:0], int32(s))
		for head := 0; head < len(queue); head++ {
			i := int(queue[head])
			v := cells[i]
			if v == '9' {
				peaks++
				paths += count[i]
				continue
			}
			r, c := i/cols, i%cols
			for _, d := range steps {
				nr, nc := r+d[0], c+d[1]
				if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
					continue
				}
				j := nr*cols + nc
				if cells[j] != v+1 {
					continue
				}
				if stamp[j] != gen {
					stamp[j], count[j] = gen, count[i]
					queue = append(queue, int32(j))
				} else {
					count[j] += count[i]
				}
			}
		}
	}
	return [2]int{peaks, paths}
}

func trailsRecipe() recipe {
	return recipe{
		name:   "trails",
		shared: []string{"trails"},
		rows:   55, cols: 55,
		refMax: 30,
		gen:    genHeights,
		solve: func(g grid.Grid[byte]) [2]int {
			peaks, paths := trails(g)
			return [2]int{peaks, paths}
		},
		ref:  refTrails,
		hand: handTrails,
	}
}
