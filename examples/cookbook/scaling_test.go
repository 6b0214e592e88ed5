package cookbook

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
)

// BenchmarkScaling times the two recipes that fan out over cores, light
// beams from every edge and the long walk, on generated maps of growing
// size, with 1, 2, 4 and 16 workers, for the speed-up by size of work in
// docs/performance.md. Worker counts above GOMAXPROCS run GOMAXPROCS
// workers.
func BenchmarkScaling(b *testing.B) {
	workers := []int{1, 2, 4, 16}
	for _, side := range []int{15, 30, 60, 110, 220} {
		g := grid.MustParse(strings.Join(genMirrors(rand.New(rand.NewPCG(uint64(side), 9)), side, side), "\n"))
		for _, w := range workers {
			b.Run(fmt.Sprintf("beams/%dx%d/workers=%d", side, side, w), func(b *testing.B) {
				for b.Loop() {
					beamsFlood(g, parallel.Workers(w))
				}
			})
		}
	}
	// The sizes where the generated maze has corridors to share out: at
	// 41x41 the search ends within its first eight corridors.
	for _, side := range []int{81, 141} {
		g := grid.MustParse(strings.Join(genHike(rand.New(rand.NewPCG(uint64(side), 9)), side, side), "\n"))
		for _, w := range workers {
			b.Run(fmt.Sprintf("hike/%dx%d/workers=%d", side, side, w), func(b *testing.B) {
				for b.Loop() {
					if _, _, err := longWalk(g, parallel.Workers(w)); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
