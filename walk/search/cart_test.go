package search_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// The cart puzzle: from the top left cell to the bottom right one, paying
// the digit of every cell entered, going straight for at least minRun and
// at most maxRun cells between turns (and before the goal), never turning
// back.

// libCart solves the cart puzzle as ExampleDijkstra_runs does: a state is
// a cell and the axis of the last run, a step is a whole run, and estimate
// guides an A* search (return 0 for Dijkstra).
func libCart(d *search.Dijkstra, g grid.Grid[byte], minRun, maxRun int, estimate func(grid.Point) int) int {
	sp, err := search.NewSpace(g, 1, 2)
	if err != nil {
		panic(err)
	}
	goal := grid.Pt(g.Rows()-1, g.Cols()-1)
	d.ResetPaths(sp.Len())
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
		want := testkit.Crucible(strings.Split(strings.TrimSuffix(g.String(), "\n"), "\n"), runs[0], runs[1])
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
