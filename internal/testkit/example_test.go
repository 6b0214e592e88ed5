package testkit_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// A test builds a random map with a start and an end from a fixed seed, so
// that it is the same on every run.
func Example() {
	rng := rand.New(rand.NewPCG(1, 2))
	m := testkit.Walls(rng, 3, 6, 0.3)
	testkit.Place(rng, m, 'S', 'E')
	fmt.Print(testkit.Text(m))
	// Output:
	// .S...E
	// ...#..
	// #.....
}
