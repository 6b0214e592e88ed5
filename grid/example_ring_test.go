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

// Three things on a ring of 7 places come together once a lap: the spread
// of their places, which TickSpread gives with each tick, is least at that
// tick (0 when they all meet).
func ExampleRing_TickSpread() {
	r := grid.NewRing(7, []int{0, 2, 4}, []int{3, 2, 1})
	best, when := -1, 0
	for t := 1; t <= r.Size(); t++ {
		if s := r.TickSpread(); best < 0 || s < best {
			best, when = s, t
		}
	}
	fmt.Println("least spread", best, "at tick", when)
	// Output:
	// least spread 0 at tick 2
}
