package rng_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/examples/internal/rng"
)

// A generator seeds a Source with the seed it is given and a stream word of
// its own, then draws from it; the same seed gives the same numbers on
// every platform.
func Example() {
	const stream = 0x6578616d706c6531 // "example1" in ASCII
	s := rng.New(42, stream)
	for range 3 {
		fmt.Print(s.IntN(6)+1, " ")
	}
	fmt.Printf("%.3f\n", s.Float64())
	// Output:
	// 3 4 5 0.333
}
