package mapgen

import "github.com/gridsearch/gridsearch/examples/internal/rng"

// pcgStream is the second PCG seed word; Config.Seed is the first.
const pcgStream = 0x6d617067656e3036 // "mapgen06" in ASCII

// newSource returns the source of the random numbers for the map with seed.
// It draws them the same way on every platform (see package rng), so a
// seed gives the same map everywhere.
func newSource(seed uint64) *rng.Source {
	return rng.New(seed, pcgStream)
}
