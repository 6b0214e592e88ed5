package cookbook

import (
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Cheapest crossing: a map of digits 1 to 9, the cost of entering each
// cell. Part 1: the least total cost from the top left cell to the bottom
// right one, moving up, down, left or right; the start is not paid for.
// Part 2: the same on the map repeated five times in each direction, where
// each copy's digits are raised by its row plus its column among the
// copies, and a digit raised past 9 wraps round to 1.

// crossing returns the least cost from the top left cell of g to the
// bottom right one, paying the digit of every cell entered, or -1 if the
// map has no cell. CellCosts runs Dijkstra's search over a copy of the
// map's costs, a byte a cell, with a ring of buckets by cost.
func crossing(g grid.Grid[byte]) int {
	t, err := search.NewCellCosts(g, func(v byte) (int, bool) { return int(v - '0'), true })
	if err != nil {
		panic(err) // digits 1 to 9 cost 1 to 9
	}
	cost, ok, err := t.RunTo(grid.Pt(g.Rows()-1, g.Cols()-1), grid.Pt(0, 0))
	if err != nil || !ok {
		return -1 // an empty map: no corner to start from
	}
	return cost
}

// enlarge returns g repeated k times each way, each copy's digits raised
// by the sum of its tile coordinates, wrapping from 9 to 1: the 2k-1
// raised maps made once and stitched together.
func enlarge(g grid.Grid[byte], k int) grid.Grid[byte] {
	raised := make([]grid.Grid[byte], 2*k-1) // by the sum of the tile coordinates
	for s := range raised {
		raised[s] = g.Map(func(_ grid.Point, v byte) byte { return byte('0' + (int(v-'0')+s-1)%9 + 1) })
	}
	tiles := make([][]grid.Grid[byte], k)
	for r := range tiles {
		tiles[r] = make([]grid.Grid[byte], k)
		for c := range tiles[r] {
			tiles[r][c] = raised[r+c]
		}
	}
	big, err := grid.Stitch(tiles, 0)
	if err != nil {
		panic(err) // the tiles are copies of one map: they always fit
	}
	return big
}

// genCosts returns a rows×cols map of digits 1 to 9, mostly low, with
// ridges of high digits, as the real maps have.
func genCosts(rng *rand.Rand, rows, cols int) []string {
	lines := make([]string, rows)
	for r := range lines {
		b := make([]byte, cols)
		for c := range b {
			v := 1 + rng.IntN(4)
			if (r*3+c*5)%11 == 0 || rng.IntN(5) == 0 {
				v = 1 + rng.IntN(9)
			}
			b[c] = byte('0' + v)
		}
		lines[r] = string(b)
	}
	return lines
}

// refCrossing is the reference: the cost of every cell relaxed from its
// neighbours, sweep after sweep, until nothing changes, on the map and on
// the map enlarged as the rule says.
func refCrossing(lines []string) [2]int {
	solve := func(at func(r, c int) int, rows, cols int) int {
		const inf = 1 << 60
		cost := make([][]int, rows)
		for r := range cost {
			cost[r] = make([]int, cols)
			for c := range cost[r] {
				cost[r][c] = inf
			}
		}
		cost[0][0] = 0
		for changed := true; changed; {
			changed = false
			for r := range rows {
				for c := range cols {
					for _, d := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
						nr, nc := r+d[0], c+d[1]
						if nr >= 0 && nr < rows && nc >= 0 && nc < cols && cost[nr][nc]+at(r, c) < cost[r][c] {
							cost[r][c] = cost[nr][nc] + at(r, c)
							changed = true
						}
					}
				}
			}
		}
		return cost[rows-1][cols-1]
	}
	rows, cols := len(lines), len(lines[0])
	small := func(r, c int) int { return int(lines[r][c] - '0') }
	big := func(r, c int) int {
		v := small(r%rows, c%cols) + r/rows + c/cols
		for v > 9 {
			v -= 9
		}
		return v
	}
	return [2]int{solve(small, rows, cols), solve(big, 5*rows, 5*cols)}
}

// handCrossing is crossing written with flat slices: Dial's algorithm,
// a ring of 16 buckets of cell indices by cost, and the enlarged map built
// as a slice of costs.
func handCrossing(cells []byte, rows, cols int) [2]int {
	solve := func(cost []byte, rows, cols int) int {
		dist := make([]int32, len(cost))
		for i := range dist {
			dist[i] = 1<<31 - 1
		}
		var ring [16][]int32
		dist[0] = 0
		ring[0] = append(ring[0], 0)
		goal := int32(len(cost) - 1)
		for c := int32(0); ; c++ {
			b := &ring[c&15]
			for k := 0; k < len(*b); k++ {
				i := (*b)[k]
				if dist[i] != c {
					continue
				}
				if i == goal {
					return int(c)
				}
				r, col := int(i)/cols, int(i)%cols
				try := func(j int32) {
					if nc := c + int32(cost[j]); nc < dist[j] {
						dist[j] = nc
						ring[nc&15] = append(ring[nc&15], j)
					}
				}
				if r > 0 {
					try(i - int32(cols))
				}
				if col+1 < cols {
					try(i + 1)
				}
				if r+1 < rows {
					try(i + int32(cols))
				}
				if col > 0 {
					try(i - 1)
				}
			}
			*b = (*b)[:0]
		}
	}
	small := make([]byte, len(cells))
	for i, v := range cells {
		small[i] = v - '0'
	}
	big := make([]byte, 0, 25*len(cells))
	for r := range 5 * rows {
		for c := range 5 * cols {
			v := int(small[(r%rows)*cols+c%cols]) + r/rows + c/cols
			big = append(big, byte((v-1)%9+1))
		}
	}
	return [2]int{solve(small, rows, cols), solve(big, 5*rows, 5*cols)}
}

func crossingRecipe() recipe {
	return recipe{
		name:   "crossing",
		shared: []string{"crossing", "enlarge"},
		rows:   100, cols: 100,
		refMax: 16,
		checks: 60,
		gen:    genCosts,
		solve: func(g grid.Grid[byte]) [2]int {
			return [2]int{crossing(g), crossing(enlarge(g, 5))}
		},
		ref:  refCrossing,
		hand: handCrossing,
	}
}
