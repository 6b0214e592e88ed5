package grid_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// Three things move round a ring of 5 places: the first one place a tick,
// the second two places back, the third stays. Tick moves them one tick
// on, Advance any number at once.
func ExampleRing() {
	r, err := grid.NewRing(5, []int{0, 1, 4}, []int{1, -2, 0})
	if err != nil {
		fmt.Println(err)
		return
	}
	for range 3 {
		fmt.Println(r.At())
		r.Tick()
	}
	r.Advance(100) // a multiple of 5: back where they were
	fmt.Println(r.At())
	// Output:
	// [0 1 4]
	// [1 4 4]
	// [2 2 4]
	// [3 0 4]
}
