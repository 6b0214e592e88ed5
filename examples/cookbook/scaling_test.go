package cookbook

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// BenchmarkScaling times the two recipes that fan out over cores, light
// beams from every edge and the long walk, on generated maps of growing
// size, for the speed-up by size of work in docs/performance.md. Run it
// once for each worker count, with GOMAXPROCS set in the environment (1, 2,
// 4, 16): each recipe's parallel call uses GOMAXPROCS workers.
func BenchmarkScaling(b *testing.B) {
	for _, side := range []int{30, 60, 110, 220} {
		g := grid.MustParse(strings.Join(genMirrors(rand.New(rand.NewPCG(uint64(side), 9)), side, side), "\n"))
		b.Run(fmt.Sprintf("beams/%dx%d", side, side), func(b *testing.B) {
			for b.Loop() {
				beamsFlood(g)
			}
		})
	}
	for _, side := range []int{41, 141} {
		g := grid.MustParse(strings.Join(genHike(rand.New(rand.NewPCG(uint64(side), 9)), side, side), "\n"))
		b.Run(fmt.Sprintf("hike/%dx%d", side, side), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := longWalk(g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
