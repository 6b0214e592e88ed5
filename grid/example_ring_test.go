package grid_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// Three things move round a ring of 5 places: the first one place a tick,
// the second two places back, the third stays. Tick moves them one tick
// on, Advance any number of ticks, forwards or back, at once.
func ExampleRing() {
	r := grid.NewRing(5, []int{0, 1, 4}, []int{1, -2, 0})
	for range 3 {
		fmt.Println(r.Places())
		r.Tick()
	}
	r.Advance(-3) // three ticks back: where they began
	fmt.Println(r.Places())
	// Output:
	// [0 1 4]
	// [1 4 4]
	// [2 2 4]
	// [0 1 4]
}
