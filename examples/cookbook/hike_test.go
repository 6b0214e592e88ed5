package cookbook

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk/junction"
)

// Long walk: a maze of walls '#' and paths '.', entered by the one path
// cell of its top row and left by the one of its bottom row. Some path
// cells are slopes, '^', '>', 'v', '<'. A walk steps up, down, left or
// right, never onto a wall and never onto a cell it has stood on. Part 1:
// the most steps of a walk from the entrance to the exit that enters and
// leaves every slope only the way it points. Part 2: the same with the
// slopes taken as plain path. Each is -1 if no walk gets through.

// longWalk returns the most steps of a walk through the maze g from its
// top row to its bottom row, with the slopes one-way and then with the
// slopes as plain path, or -1 for no walk. opts tune the parallel search.
func longWalk(g grid.Grid[byte], opts ...parallel.Option) (slopes, dry int, err error) {
	path := func(v byte) bool { return v != '#' }
	start, ok := g.First(grid.Pt(0, 0), grid.Right, path)
	end, ok2 := g.First(grid.Pt(g.Rows()-1, 0), grid.Right, path)
	if !ok || !ok2 {
		return 0, 0, fmt.Errorf("no path cell in the top or the bottom row")
	}
	dryStep := func(p grid.Point, d grid.Dir) bool {
		return path(g.At(p)) && path(g.At(p.Move(d, 1)))
	}
	downhill := func(v byte, d grid.Dir) bool { // a slope is left and entered only its way
		s, ok := grid.DirOf(rune(v))
		return !ok || s == d
	}
	slopeStep := func(p grid.Point, d grid.Dir) bool {
		return dryStep(p, d) && downhill(g.At(p), d) && downhill(g.At(p.Move(d, 1)), d)
	}
	if slopes, err = longest(g, start, end, slopeStep, opts); err != nil {
		return 0, 0, err
	}
	if dry, err = longest(g, start, end, dryStep, opts); err != nil {
		return 0, 0, err
	}
	return slopes, dry, nil
}

// longest returns the most steps of a walk from start to end by the steps
// that open allows, or -1: the maze is cut down to its junctions and the
// corridors between them, and the search of that graph is split into the
// walks of its first eight corridors, searched on every core (opts, if
// any, go to parallel.Map).
func longest(g grid.Grid[byte], start, end grid.Point, open func(grid.Point, grid.Dir) bool, opts []parallel.Option) (int, error) {
	jg, err := junction.New(g, start, end, open)
	if err != nil {
		return 0, err
	}
	if start == end {
		return 0, nil
	}
	lengths := parallel.Map(jg.Prefixes(0, 1, 8), func(p junction.Prefix) int {
		n, ok := jg.LongestFrom(p, 1)
		if !ok {
			return -1
		}
		return n
	}, opts...)
	return slices.Max(append(lengths, -1)), nil
}

// genHike returns a rows×cols maze (at least 3×3) of straight paths: a few
// rows and columns of path, up to six of each, spread evenly give or take
// a quarter of their spacing, the first and last one cell in from the
// edges; they cross at
// junctions, a segment between two crossings is left out one time in
// sixteen, and a segment starts with a slope pointing right or down nine
// times in twelve, left or up one time, and none two times. The entrance is above the top-left crossing and the exit
// below the bottom-right one.
func genHike(rng *rand.Rand, rows, cols int) []string {
	rows, cols = max(rows, 3), max(cols, 3)
	// lines returns k places in [1, n-2], the first 1 and the last n-2,
	// at least two apart.
	lines := func(n int) []int {
		k := min(6, (n-2)/4+1)
		at := []int{1}
		for i := 1; i < k; i++ {
			// Evenly spread, each moved by up to a quarter of the spacing.
			gap := (n - 3) / (k - 1)
			jitter := 0
			if i < k-1 {
				jitter = rng.IntN(gap/2+1) - gap/4
			}
			at = append(at, min(n-2, 1+i*gap+jitter))
		}
		at[len(at)-1] = n - 2
		return at
	}
	rs, cs := lines(rows), lines(cols)
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = '#'
		}
	}
	// segment draws the path from (r0,c0) to (r1,c1), right or down, with
	// a slope on its second cell.
	segment := func(r0, c0, r1, c1 int, fwd, back byte) {
		if rng.IntN(16) == 0 {
			return
		}
		dr, dc := min(r1-r0, 1), min(c1-c0, 1)
		for r, c := r0, c0; ; r, c = r+dr, c+dc {
			m[r][c] = '.'
			if r == r1 && c == c1 {
				break
			}
		}
		if r1-r0+c1-c0 >= 3 {
			switch rng.IntN(12) {
			case 0:
				m[r0+dr][c0+dc] = back
			case 1, 2: // no slope
			default:
				m[r0+dr][c0+dc] = fwd
			}
		}
	}
	for i, r := range rs {
		for j, c := range cs {
			if j+1 < len(cs) {
				segment(r, c, r, cs[j+1], '>', '<')
			}
			if i+1 < len(rs) {
				segment(r, c, rs[i+1], c, 'v', '^')
			}
		}
	}
	m[0][1], m[1][1] = '.', '.'
	m[rows-1][cols-2], m[rows-2][cols-2] = '.', '.'
	out := make([]string, rows)
	for r := range m {
		out[r] = string(m[r])
	}
	return out
}

// refHike is the reference: every walk from the entrance tried cell by
// cell, by a depth-first search that marks the cells it stands on.
func refHike(lines []string) [2]int {
	rows, cols := len(lines), len(lines[0])
	var start, end [2]int
	for c := range cols {
		if lines[0][c] != '#' {
			start = [2]int{0, c}
			break
		}
	}
	for c := range cols {
		if lines[rows-1][c] != '#' {
			end = [2]int{rows - 1, c}
			break
		}
	}
	steps := map[byte][2]int{'^': {-1, 0}, '>': {0, 1}, 'v': {1, 0}, '<': {0, -1}}
	var out [2]int
	for part, slippery := range []bool{true, false} {
		on := make([][]bool, rows)
		for r := range on {
			on[r] = make([]bool, cols)
		}
		best := -1
		var dfs func(r, c, n int)
		dfs = func(r, c, n int) {
			if [2]int{r, c} == end {
				best = max(best, n)
				return
			}
			on[r][c] = true
			for _, d := range [][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}} {
				nr, nc := r+d[0], c+d[1]
				if nr < 0 || nr >= rows || nc < 0 || nc >= cols || lines[nr][nc] == '#' || on[nr][nc] {
					continue
				}
				if s, ok := steps[lines[r][c]]; slippery && ok && s != d {
					continue
				}
				if s, ok := steps[lines[nr][nc]]; slippery && ok && s != d {
					continue
				}
				dfs(nr, nc, n+1)
			}
			on[r][c] = false
		}
		dfs(start[0], start[1], 0)
		out[part] = best
	}
	return out
}

// handHike is the recipe on flat cells: the junctions found by counting
// open neighbours, each corridor followed cell by cell to the next
// junction, and the longest walk by a depth-first search over a bit mask
// of the junctions visited, on one goroutine.
func handHike(cells []byte, rows, cols int) [2]int {
	start, end := -1, -1
	for c := 0; c < cols; c++ {
		if start < 0 && cells[c] != '#' {
			start = c
		}
		if i := (rows-1)*cols + c; end < 0 && cells[i] != '#' {
			end = i
		}
	}
	var answer [2]int
	for part := range 2 {
		slippery := part == 0
		// step reports whether a walker may go from cell i to cell j in
		// heading d (0 up, 1 right, 2 down, 3 left).
		slope := func(v byte) int {
			switch v {
			case '^':
				return 0
			case '>':
				return 1
			case 'v':
				return 2
			case '<':
				return 3
			}
			return -1
		}
		delta := [4]int{-cols, 1, cols, -1}
		next := func(i, d int) int { // the cell in heading d, or -1
			r, c := i/cols, i%cols
			switch {
			case d == 0 && r == 0, d == 2 && r == rows-1, d == 3 && c == 0, d == 1 && c == cols-1:
				return -1
			}
			return i + delta[d]
		}
		step := func(i, d int) bool {
			j := next(i, d)
			if j < 0 || cells[i] == '#' || cells[j] == '#' {
				return false
			}
			if slippery {
				if s := slope(cells[i]); s >= 0 && s != d {
					return false
				}
				if s := slope(cells[j]); s >= 0 && s != d {
					return false
				}
			}
			return true
		}
		// Nodes: start, end, and every cell with three or more open
		// neighbours.
		node := make([]int, len(cells))
		for i := range node {
			node[i] = -1
		}
		nodes := []int{start}
		node[start] = 0
		if end != start {
			node[end] = 1
			nodes = append(nodes, end)
		}
		for i, v := range cells {
			if v == '#' || node[i] >= 0 {
				continue
			}
			links := 0
			for d := 0; d < 4; d++ {
				if j := next(i, d); j >= 0 && cells[j] != '#' {
					links++
				}
			}
			if links >= 3 {
				node[i] = len(nodes)
				nodes = append(nodes, i)
			}
		}
		// Edges: from each node, each corridor followed while it may be.
		n := len(nodes)
		length := make([]int, n*n) // 0: no edge
		for a, i := range nodes {
			for d := 0; d < 4; d++ {
				if !step(i, d) {
					continue
				}
				prev, cur, k := i, next(i, d), 1
				for node[cur] < 0 {
					moved := false
					for e := 0; e < 4; e++ {
						if j := next(cur, e); j >= 0 && j != prev && step(cur, e) {
							prev, cur, moved = cur, j, true
							break
						}
					}
					if !moved {
						break
					}
					k++
				}
				if b := node[cur]; b >= 0 && b != a && k > length[a*n+b] {
					length[a*n+b] = k
				}
			}
		}
		if start == end {
			answer[part] = 0
			continue
		}
		// When one node alone leads to the end, a walk there must go on
		// to the end.
		last := -1
		for a := 0; a < n; a++ {
			if length[a*n+1] > 0 {
				if last != -1 {
					last = -2
					break
				}
				last = a
			}
		}
		// The edges out of each node, as lists.
		type edge struct{ to, length int }
		out := make([][]edge, n)
		for a := 0; a < n; a++ {
			for b := 0; b < n; b++ {
				if l := length[a*n+b]; l > 0 {
					out[a] = append(out[a], edge{b, l})
				}
			}
		}
		best := -1
		var dfs func(a int, seen uint64, sofar int)
		dfs = func(a int, seen uint64, sofar int) {
			if a == 1 {
				best = max(best, sofar)
				return
			}
			if a == last {
				best = max(best, sofar+length[a*n+1])
				return
			}
			for _, e := range out[a] {
				if seen&(1<<e.to) == 0 {
					dfs(e.to, seen|1<<e.to, sofar+e.length)
				}
			}
		}
		dfs(0, 1, 0)
		answer[part] = best
	}
	return answer
}

func hikeRecipe() recipe {
	return recipe{
		name:   "hike",
		shared: []string{"longWalk", "longest"},
		rows:   141, cols: 141,
		refMax: 21,
		gen:    genHike,
		solve: func(g grid.Grid[byte]) [2]int {
			slopes, dry, err := longWalk(g)
			if err != nil {
				panic(err)
			}
			return [2]int{slopes, dry}
		},
		ref:  refHike,
		hand: handHike,
	}
}
