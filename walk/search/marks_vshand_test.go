package search_test

import (
	"math/bits"
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// The BenchmarkVsHand pairs of Marks: the distance table between marked
// cells of a duct map, and the shortest tour of them.

// ductMap returns a 41x181 map with walls a quarter of the cells and n
// distinct open marked cells.
func ductMap(n int) (grid.Grid[byte], []grid.Point) {
	rng := rand.New(rand.NewPCG(71, 72))
	g := openMap(rng, 41, 181, 0.25)
	var marks []grid.Point
	for _, p := range randMarks(rng, g, 4*n) {
		if g.At(p) != '#' && len(marks) < n {
			marks = append(marks, p)
		}
	}
	return g, marks
}

// poiMatrixCase: steps and marks passed between every pair of 24 marks,
// one search per mark, as a solve does once.
func poiMatrixCase() testkit.Pair {
	g, marks := ductMap(24)
	open := func(v byte) bool { return v != '#' }
	digest := func(steps func(a, b int) int, passes func(a, b int) uint64) int {
		sum := 0
		for a := range marks {
			for b := range marks {
				sum += steps(a, b) + bits.OnesCount64(passes(a, b))*1000
			}
		}
		return sum
	}
	lib := func() int {
		m, err := search.NewMarks(g, marks, open)
		if err != nil {
			panic(err)
		}
		return digest(func(a, b int) int {
			s, ok := m.Steps(a, b)
			if !ok {
				return -1
			}
			return s
		}, m.Passes)
	}

	rows, cols := g.Rows(), g.Cols()
	cells := make([]byte, 0, g.Len())
	for v := range g.Values() {
		cells = append(cells, v)
	}
	hand := func() int {
		n := len(marks)
		steps, passes := make([]int32, n*n), make([]uint64, n*n)
		mark := make([]int8, len(cells))
		for i := range mark {
			mark[i] = -1
		}
		for k, p := range marks {
			mark[p.Row*cols+p.Col] = int8(k)
		}
		dist := make([]int32, len(cells))
		via := make([]uint64, len(cells))
		queue := make([]int32, 0, len(cells))
		for a, p := range marks {
			for k := range n {
				steps[a*n+k] = -1
			}
			for i := range dist {
				dist[i] = -1
			}
			s := p.Row*cols + p.Col
			dist[s], via[s] = 0, 0
			queue = append(queue[:0], int32(s))
			for h := 0; h < len(queue); h++ {
				i := int(queue[h])
				inside := via[i]
				if k := mark[i]; k >= 0 {
					steps[a*n+int(k)], passes[a*n+int(k)] = dist[i], inside
					if i != s {
						inside |= 1 << uint(k)
					}
				}
				r, c := i/cols, i%cols
				for _, d := range testkit.Neighbors4 {
					nr, nc := r+d[0], c+d[1]
					if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
						continue
					}
					if j := nr*cols + nc; cells[j] != '#' && dist[j] < 0 {
						dist[j], via[j] = dist[i]+1, inside
						queue = append(queue, int32(j))
					}
				}
			}
		}
		return digest(func(a, b int) int { return int(steps[a*n+b]) }, func(a, b int) uint64 { return passes[a*n+b] })
	}
	return testkit.Pair{Name: "poi_matrix", Lib: lib, Hand: hand}
}

// tourCase: the shortest walk from mark 0 through 10 marks, and back.
func tourCase() testkit.Pair {
	g, marks := ductMap(10)
	m, err := search.NewMarks(g, marks, func(v byte) bool { return v != '#' })
	if err != nil {
		panic(err)
	}
	lib := func() int {
		a, _, err := m.Tour(0, false)
		if err != nil {
			panic(err)
		}
		b, _, _ := m.Tour(0, true)
		return a*100000 + b
	}

	n := len(marks)
	dist := make([]int, n*n)
	for a := range n {
		for b := range n {
			dist[a*n+b], _ = m.Steps(a, b)
		}
	}
	const inf = 1 << 60
	tour := func(back bool) int {
		dp := make([]int, (1<<n)*n)
		for i := range dp {
			dp[i] = inf
		}
		dp[1*n+0] = 0
		for set := 1; set < 1<<n; set += 2 { // sets holding mark 0
			for last := range n {
				c := dp[set*n+last]
				if c == inf {
					continue
				}
				for k := 1; k < n; k++ {
					if set&(1<<k) == 0 {
						if j := (set|1<<k)*n + k; c+dist[last*n+k] < dp[j] {
							dp[j] = c + dist[last*n+k]
						}
					}
				}
			}
		}
		best := inf
		for last := range n {
			c := dp[(1<<n-1)*n+last]
			if back {
				c += dist[last*n]
			}
			best = min(best, c)
		}
		return best
	}
	hand := func() int { return tour(false)*100000 + tour(true) }
	return testkit.Pair{Name: "tour", Lib: lib, Hand: hand}
}
