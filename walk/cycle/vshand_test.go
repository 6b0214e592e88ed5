package cycle_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// BenchmarkVsHand and TestVsHandAgree run the library-against-hand pairs
// of this package (see testkit.VsHand); docs/performance.md has the table.
func BenchmarkVsHand(b *testing.B) { testkit.VsHand(b, vsHandCases()) }
func TestVsHandAgree(t *testing.T) { testkit.Agree(t, vsHandCases()) }

func vsHandCases() []testkit.Pair { return []testkit.Pair{patrolLoopCase(), recordCase()} }

// patrolLoopCase: the guard of the patrol puzzle on a 130x130 map, with one
// extra obstacle at each of 300 cells of its route: how many make it loop,
// each a walk cell by cell with a loop check over (cell, heading).
func patrolLoopCase() testkit.Pair {
	rng := rand.New(rand.NewPCG(8, 1))
	var g grid.Grid[bool]
	var start walk.State
	var extras []grid.Point
	// A map whose guard walks long enough to give 300 candidates.
	for len(extras) < 300 {
		m := randMapBool(rng, 130, 130, 0.02)
		g = m
		start = walk.State{Pos: grid.Pt(65, 65), Dir: grid.Up}
		extras = extras[:0]
		seen := map[grid.Point]bool{start.Pos: true}
		for s := range walk.Patrol(g, start, func(p grid.Point) bool { return g.At(p) }) {
			if !seen[s.Pos] && len(extras) < 300 {
				seen[s.Pos] = true
				extras = append(extras, s.Pos)
			}
			if len(seen) > 20000 {
				break
			}
		}
	}
	sp := search.States(g)
	var v cycle.IDSet
	v.Reset(sp.Len())
	lib := func() int {
		n := 0
		for _, x := range extras {
			if v.Loops(sp.Patrol(start, func(p grid.Point) bool { return p == x || g.At(p) })) {
				n++
			}
		}
		return n
	}

	rows, cols := g.Rows(), g.Cols()
	walls := slices.Collect(g.Values())
	stamp := make([]uint32, 4*len(walls))
	gen := uint32(0)
	hand := func() int {
		n := 0
		for _, x := range extras {
			gen++
			r, c, d := start.Pos.Row, start.Pos.Col, 0
			xi := x.Row*cols + x.Col
			for {
				i := (r*cols+c)*4 + d
				if stamp[i] == gen {
					n++
					break
				}
				stamp[i] = gen
				nr, nc := r+testkit.Neighbors4[d][0], c+testkit.Neighbors4[d][1]
				if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
					break
				}
				if j := nr*cols + nc; walls[j] || j == xi {
					d = (d + 1) % 4
				} else {
					r, c = nr, nc
				}
			}
		}
		return n
	}
	return testkit.Pair{Name: "patrol_loop", Lib: lib, Hand: hand, NoAlloc: true}
}

// randMapBool returns a rows×cols map of obstacles, each cell one with
// probability density.
func randMapBool(rng *rand.Rand, rows, cols int, density float64) grid.Grid[bool] {
	g := grid.New(rows, cols, false)
	m := g.ToRows()
	for r := range m {
		for c := range m[r] {
			m[r][c] = rng.Float64() < density
		}
	}
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	return g
}
