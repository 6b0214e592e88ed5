package walk_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

func BenchmarkPatrolQuick(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	g := grid.New(130, 130, false)
	rows := g.ToRows()
	for r := range rows {
		for c := range rows[r] {
			rows[r][c] = rng.Float64() < 0.02
		}
	}
	rows[65][65] = false
	g, _ = grid.FromRows(rows)
	blocked := func(p grid.Point) bool { return g.At(p) }
	start := walk.State{Pos: grid.Pt(65, 65), Dir: grid.Up}
	v := walk.NewVisited(g)
	steps := 0
	b.ReportAllocs()
	for b.Loop() {
		v.Reset()
		for s := range walk.Patrol(g, start, blocked) {
			steps++
			if v.Visit(s) {
				break
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(steps), "ns/step")
	b.Logf("steps per walk %d", steps/b.N)
}
