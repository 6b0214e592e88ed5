package cookbook

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Duct tour: a map of open cells and walls, with a handful of cells
// numbered 0, 1, 2 and so on. A robot starts on 0 and moves up, down, left
// or right between open cells. Part 1: the fewest steps to visit every
// numbered cell, in any order. Part 2: the same, ending back on 0.

// ducts returns the fewest steps from the cell marked 0 through every
// numbered cell, and the fewest that also come back to 0. The numbered
// cells are marks: search.NewMarks measures the steps between every pair,
// and Marks.Tour orders them.
func ducts(g grid.Grid[byte]) (visit, back int, err error) {
	var marks []grid.Point
	for p, v := range g.All() {
		if v >= '0' && v <= '9' {
			marks = append(marks, p)
		}
	}
	slices.SortFunc(marks, func(a, b grid.Point) int { return int(g.At(a)) - int(g.At(b)) })
	if len(marks) == 0 || g.At(marks[0]) != '0' {
		return 0, 0, fmt.Errorf("no cell numbered 0")
	}
	m, err := search.NewMarks(g, marks, func(v byte) bool { return v != '#' })
	if err != nil {
		return 0, 0, err
	}
	if visit, _, err = m.Tour(0, false); err != nil {
		return 0, 0, err
	}
	back, _, err = m.Tour(0, true)
	return visit, back, err
}

// genDucts returns a rows×cols map with a wall all round and a quarter of
// the rest walls, and up to eight numbered cells, all reachable from 0.
func genDucts(rng *rand.Rand, rows, cols int) []string {
	rows, cols = max(rows, 3), max(cols, 3)
	b := make([][]byte, rows)
	for r := range b {
		b[r] = make([]byte, cols)
		for c := range b[r] {
			b[r][c] = '.'
			if r == 0 || c == 0 || r == rows-1 || c == cols-1 || rng.IntN(4) == 0 {
				b[r][c] = '#'
			}
		}
	}
	r0, c0 := 1+rng.IntN(rows-2), 1+rng.IntN(cols-2)
	b[r0][c0] = '0'
	// The cells reachable from 0, in the order a plain search finds them.
	seen := map[[2]int]bool{{r0, c0}: true}
	reach := [][2]int{{r0, c0}}
	for k := 0; k < len(reach); k++ {
		r, c := reach[k][0], reach[k][1]
		for _, d := range [][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}} {
			q := [2]int{r + d[0], c + d[1]}
			if b[q[0]][q[1]] != '#' && !seen[q] {
				seen[q] = true
				reach = append(reach, q)
			}
		}
	}
	rng.Shuffle(len(reach)-1, func(i, j int) { reach[i+1], reach[j+1] = reach[j+1], reach[i+1] })
	for n := 1; n < 8 && n < len(reach); n++ {
		b[reach[n][0]][reach[n][1]] = byte('0' + n)
	}
	lines := make([]string, rows)
	for r := range b {
		lines[r] = string(b[r])
	}
	return lines
}

// refDucts is the reference: a plain search from each numbered cell, and
// every order of the others tried.
func refDucts(lines []string) [2]int {
	var pts [][2]int
	for d := byte('0'); d <= '9'; d++ {
		for r := range lines {
			for c := range lines[r] {
				if lines[r][c] == d {
					pts = append(pts, [2]int{r, c})
				}
			}
		}
	}
	n := len(pts)
	dist := make([][]int, n)
	for a, s := range pts {
		seen := map[[2]int]int{s: 0}
		queue := [][2]int{s}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			for _, d := range [][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}} {
				q := [2]int{p[0] + d[0], p[1] + d[1]}
				if _, ok := seen[q]; !ok && lines[q[0]][q[1]] != '#' {
					seen[q] = seen[p] + 1
					queue = append(queue, q)
				}
			}
		}
		dist[a] = make([]int, n)
		for b, t := range pts {
			dist[a][b] = seen[t]
		}
	}
	best := [2]int{-1, -1}
	var try func(order []int, rest []int)
	try = func(order, rest []int) {
		if len(rest) == 0 {
			walk := 0
			for k := 1; k < len(order); k++ {
				walk += dist[order[k-1]][order[k]]
			}
			round := walk + dist[order[len(order)-1]][0]
			if best[0] < 0 || walk < best[0] {
				best[0] = walk
			}
			if best[1] < 0 || round < best[1] {
				best[1] = round
			}
			return
		}
		for i, k := range rest {
			try(append(order, k), append(slices.Clone(rest[:i]), rest[i+1:]...))
		}
	}
	var rest []int
	for k := 1; k < n; k++ {
		rest = append(rest, k)
	}
	try([]int{0}, rest)
	return best
}

// handDucts is ducts with flat slices: a search per numbered cell with a
// queue and a distance per cell, and the bitmask table over visiting
// orders.
func handDucts(cells []byte, rows, cols int) [2]int {
	var at [10]int
	n := 0
	for i, v := range cells {
		if v >= '0' && v <= '9' {
			at[v-'0'] = i
			n = max(n, int(v-'0')+1)
		}
	}
	dist := make([]int, n*n)
	seen := make([]int32, len(cells))
	queue := make([]int32, 0, len(cells))
	for a := range n {
		for i := range seen {
			seen[i] = -1
		}
		seen[at[a]] = 0
		queue = append(queue[:0], int32(at[a]))
		for h := 0; h < len(queue); h++ {
			i := int(queue[h])
			for _, j := range [4]int{i - cols, i + 1, i + cols, i - 1} { // the wall all round keeps j inside
				if cells[j] != '#' && seen[j] < 0 {
					seen[j] = seen[i] + 1
					queue = append(queue, int32(j))
				}
			}
		}
		for b := range n {
			dist[a*n+b] = int(seen[at[b]])
		}
	}
	const inf = 1 << 60
	best := make([]int, (1<<n)*n)
	for i := range best {
		best[i] = inf
	}
	best[1*n] = 0
	for set := 1; set < 1<<n; set += 2 {
		for last := range n {
			if c := best[set*n+last]; c < inf {
				for k := 1; k < n; k++ {
					if j := (set|1<<k)*n + k; set&(1<<k) == 0 && c+dist[last*n+k] < best[j] {
						best[j] = c + dist[last*n+k]
					}
				}
			}
		}
	}
	out := [2]int{inf, inf}
	for last := range n {
		c := best[(1<<n-1)*n+last]
		out[0] = min(out[0], c)
		out[1] = min(out[1], c+dist[last*n])
	}
	return out
}

func ductsRecipe() recipe {
	return recipe{
		name:   "ducts",
		shared: []string{"ducts"},
		rows:   41, cols: 181,
		refMax: 40,
		checks: 60,
		gen:    genDucts,
		solve: func(g grid.Grid[byte]) [2]int {
			visit, back, err := ducts(g)
			if err != nil {
				panic(err)
			}
			return [2]int{visit, back}
		},
		ref:  refDucts,
		hand: handDucts,
	}
}
