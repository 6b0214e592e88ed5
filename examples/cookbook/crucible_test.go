package cookbook

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Crucible: a map of digits 1 to 9, the heat lost on entering each cell.
// A cart goes from the top left cell to the bottom right one in straight
// runs, turning left or right between runs, never back; each run covers
// between minRun and maxRun cells, the last one too. Part 1: the least heat
// lost with runs of 1 to 3 cells; part 2 with runs of 4 to 10.

// crucible returns the least heat lost from the top left cell to the
// bottom right one in straight runs of minRun to maxRun cells, each run
// at right angles to the one before; or -1 if there is no such way.
// A state is a cell where a run ends and the axis of that run, and a step
// is a whole run, so runs of any length cost nothing extra.
func crucible(g grid.Grid[byte], minRun, maxRun int) (int, error) {
	sp, err := search.NewSpace(g, 1, 2) // extra: the axis, 0 up-down, 1 left-right
	if err != nil {
		return 0, err
	}
	goal := grid.Pt(g.Rows()-1, g.Cols()-1)
	var d search.Dijkstra
	d.Reset(sp.Len())
	d.Add(sp.ID(grid.Pt(0, 0), 0, 0), 0) // the first run may take either axis
	d.Add(sp.ID(grid.Pt(0, 0), 0, 1), 0)
	for i, cost := range d.All() {
		p, axis := sp.Point(i), sp.Extra(i)
		if p == goal {
			return cost, nil
		}
		for _, h := range [4]grid.Dir{grid.Up, grid.Right, grid.Down, grid.Left} {
			if int(h)%2 == axis {
				continue // runs alternate axes
			}
			// A run goes cell by cell, by index, as far as the edge
			// allows: Room says how far, so no step needs a bounds test.
			heat, j, step := 0, g.Index(p), g.Offset(h)
			for k, most := 1, min(maxRun, g.Room(p, h)); k <= most; k++ {
				j += step
				heat += int(g.AtIndex(j) - '0')
				if k < minRun {
					continue
				}
				// Better is Add's first test, inlined: most runs are no
				// cheaper than a way found before, and skip Add's call.
				if id := sp.IndexID(j, 0, int(h)%2); d.Better(id, heat) {
					d.Add(id, heat)
				}
			}
		}
	}
	return -1, nil
}

// genHeat returns a rows×cols map of digits 1 to 9: a gentle slope of
// heat from the middle outwards, with noise, so that the cheap ways wind.
func genHeat(rng *rand.Rand, rows, cols int) []string {
	lines := make([]string, rows)
	for r := range lines {
		b := make([]byte, cols)
		for c := range b {
			dr, dc := 2*r-rows, 2*c-cols
			v := 6 - 4*(abs(dr)+abs(dc))/(rows+cols+1) + rng.IntN(5) - 2
			b[c] = byte('0' + min(9, max(1, v)))
		}
		lines[r] = string(b)
	}
	return lines
}

// handCrucible is crucible with flat slices: the same states (cell, axis),
// a cost and a done flag each, and a binary heap of (cost, state) written
// out, with lazy deletion.
func handCrucible(cells []byte, rows, cols, minRun, maxRun int) int {
	const inf = 1 << 62
	cost := make([]int, 2*len(cells))
	done := make([]bool, 2*len(cells))
	for i := range cost {
		cost[i] = inf
	}
	heap := make(testkit.Heap, 0, 1024)
	steps := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	cost[0], cost[1] = 0, 0
	heap.Push(testkit.HeapItem{Cost: 0, ID: 0})
	heap.Push(testkit.HeapItem{Cost: 0, ID: 1})
	goal := len(cells) - 1
	for len(heap) > 0 {
		it := heap.Pop()
		i := int(it.ID)
		if done[i] {
			continue
		}
		done[i] = true
		cell, axis := i/2, i%2
		if cell == goal {
			return it.Cost
		}
		r, c := cell/cols, cell%cols
		for h := range 4 {
			if h%2 == axis {
				continue
			}
			heat := 0
			for k := 1; k <= maxRun; k++ {
				nr, nc := r+k*steps[h][0], c+k*steps[h][1]
				if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
					break
				}
				heat += int(cells[nr*cols+nc] - '0')
				if k < minRun {
					continue
				}
				if j := (nr*cols+nc)*2 + h%2; it.Cost+heat < cost[j] {
					cost[j] = it.Cost + heat
					heap.Push(testkit.HeapItem{Cost: cost[j], ID: int32(j)})
				}
			}
		}
	}
	return -1
}

// TestCrucibleRuns compares crucible with the reference for many run
// limits, besides the recipe's two.
func TestCrucibleRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 17))
	for k := range 150 {
		lines := genHeat(rng, 1+rng.IntN(12), 1+rng.IntN(12))
		g, err := grid.ParseString(strings.Join(lines, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		minRun := 1 + rng.IntN(4)
		maxRun := minRun + rng.IntN(5)
		want := testkit.Crucible(lines, minRun, maxRun)
		if got, err := crucible(g, minRun, maxRun); got != want || err != nil {
			t.Fatalf("input %d: crucible(runs %d-%d) = %d, %v, want %d, on\n%s", k, minRun, maxRun, got, err, want, strings.Join(lines, "\n"))
		}
		cells, rows, cols := flat(g)
		if got := handCrucible(cells, rows, cols, minRun, maxRun); got != want {
			t.Fatalf("input %d: handCrucible(runs %d-%d) = %d, want %d", k, minRun, maxRun, got, want)
		}
	}
}

func crucibleRecipe() recipe {
	return recipe{
		name:   "crucible",
		shared: []string{"crucible"},
		rows:   141, cols: 141,
		refMax: 16,
		gen:    genHeat,
		solve: func(g grid.Grid[byte]) [2]int {
			a, err := crucible(g, 1, 3)
			if err != nil {
				panic(err)
			}
			b, err := crucible(g, 4, 10)
			if err != nil {
				panic(err)
			}
			return [2]int{a, b}
		},
		ref: func(lines []string) [2]int {
			return [2]int{testkit.Crucible(lines, 1, 3), testkit.Crucible(lines, 4, 10)}
		},
		hand: func(cells []byte, rows, cols int) [2]int {
			return [2]int{handCrucible(cells, rows, cols, 1, 3), handCrucible(cells, rows, cols, 4, 10)}
		},
	}
}
