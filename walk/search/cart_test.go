package search_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// The cart puzzle: from the top left cell to the bottom right one, paying
// the digit of every cell entered, going straight for at least minRun and
// at most maxRun cells between turns (and before the goal), never turning
// back.

// refCart is the reference: states (cell, heading, run so far), relaxed in
// rounds until nothing changes. It returns -1 if the goal cannot be reached.
func refCart(g grid.Grid[byte], minRun, maxRun int) int {
	const inf = 1 << 60
	rows, cols := g.Rows(), g.Cols()
	cost := make([][][4][]int, rows)
	for r := range cost {
		cost[r] = make([][4][]int, cols)
		for c := range cost[r] {
			for d := range 4 {
				cost[r][c][d] = make([]int, maxRun+1)
				for k := range cost[r][c][d] {
					cost[r][c][d][k] = inf
				}
			}
		}
	}
	delta := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	enter := func(r, c, d, k, base int) bool {
		if r < 0 || r >= rows || c < 0 || c >= cols {
			return false
		}
		if v := base + int(g.At(grid.Pt(r, c))-'0'); v < cost[r][c][d][k] {
			cost[r][c][d][k] = v
			return true
		}
		return false
	}
	for d := range 4 {
		enter(delta[d][0], delta[d][1], d, 1, 0)
	}
	for changed := true; changed; {
		changed = false
		for r := range rows {
			for c := range cols {
				for d := range 4 {
					for k := 1; k <= maxRun; k++ {
						base := cost[r][c][d][k]
						if base == inf {
							continue
						}
						if k < maxRun && enter(r+delta[d][0], c+delta[d][1], d, k+1, base) {
							changed = true
						}
						if k >= minRun {
							for _, t := range []int{(d + 1) % 4, (d + 3) % 4} {
								if enter(r+delta[t][0], c+delta[t][1], t, 1, base) {
									changed = true
								}
							}
						}
					}
				}
			}
		}
	}
	best := inf
	for d := range 4 {
		for k := minRun; k <= maxRun; k++ {
			best = min(best, cost[rows-1][cols-1][d][k])
		}
	}
	if best == inf {
		return -1
	}
	return best
}

// libCart solves the cart puzzle as ExampleDijkstra_runs does: a state is
// a cell and the axis of the last run, a step is a whole run, and estimate
// guides an A* search (return 0 for Dijkstra).
func libCart(d *search.Dijkstra, g grid.Grid[byte], minRun, maxRun int, estimate func(grid.Point) int) int {
	sp, err := search.NewSpace(g, 1, 2)
	if err != nil {
		panic(err)
	}
	goal := grid.Pt(g.Rows()-1, g.Cols()-1)
	d.Reset(sp.Len())
	d.Add(sp.ID(grid.Pt(0, 0), 0, 0), 0)
	d.Add(sp.ID(grid.Pt(0, 0), 0, 1), 0)
	for i, c := range d.All() {
		p := sp.Point(i)
		if p == goal {
			return c
		}
		axis := sp.Extra(i)
		for _, h := range []grid.Dir{grid.Up, grid.Right, grid.Down, grid.Left} {
			if int(h)%2 == axis {
				continue
			}
			step := 0
			for k := 1; k <= maxRun; k++ {
				q := p.Move(h, k)
				v, ok := g.Get(q)
				if !ok {
					break
				}
				step += int(v - '0')
				if k >= minRun {
					d.AddAStar(sp.ID(q, 0, int(h)%2), step, estimate(q))
				}
			}
		}
	}
	return -1
}

// digitMap returns a rows×cols map of digits 1 to 9.
func digitMap(rng *rand.Rand, rows, cols int) grid.Grid[byte] {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = byte('1' + rng.IntN(9))
		}
	}
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	return g
}

func TestCartMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 17))
	var d search.Dijkstra
	for i := range 300 {
		g := digitMap(rng, 1+rng.IntN(12), 1+rng.IntN(12))
		runs := [][2]int{{1, 3}, {4, 10}, {2, 3}, {1, 1}}[rng.IntN(4)]
		goal := grid.Pt(g.Rows()-1, g.Cols()-1)
		want := refCart(g, runs[0], runs[1])
		if g.Len() == 1 {
			want = 0 // the start is the goal
		}
		name := fmt.Sprintf("map %d, runs %v:\n%s", i, runs, g)
		if got := libCart(&d, g, runs[0], runs[1], func(grid.Point) int { return 0 }); got != want {
			t.Fatalf("Dijkstra on %s= %d, want %d", name, got, want)
		}
		if got := libCart(&d, g, runs[0], runs[1], func(q grid.Point) int { return q.Manhattan(goal) }); got != want {
			t.Fatalf("A* on %s= %d, want %d", name, got, want)
		}
	}
}
