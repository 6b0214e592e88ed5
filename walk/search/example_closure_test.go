package search_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/walk/search"
)

// Rooms joined by one-way doors, each room holding some of ten coins: how
// many coins can be collected from each room? Rooms 1 and 2 lead to each
// other, so they are one component, and share one set of coins.
func ExampleClosure() {
	coins := [][]int{{0, 1}, {2}, {3, 4}, {5}, {}}
	doors := [][2]int{{0, 1}, {1, 2}, {2, 1}, {2, 3}, {4, 3}}
	c := search.NewClosure(len(coins), 10)
	for room, cs := range coins {
		for _, coin := range cs {
			c.Mark(room, coin)
		}
	}
	for _, d := range doors {
		c.Edge(d[0], d[1])
	}
	c.Close()
	for room := range coins {
		fmt.Println("from room", room, "coins:", c.Count(room))
	}
	// Output:
	// from room 0 coins: 6
	// from room 1 coins: 4
	// from room 2 coins: 4
	// from room 3 coins: 1
	// from room 4 coins: 1
}
