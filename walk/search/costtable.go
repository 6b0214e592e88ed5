package search

import "math"

// A costTable is the cost of each node of a whole search run on a padded
// copy of a map (TurnCosts, CellCosts): unreached, shut for a node on a
// closed cell or the border, which no move makes cheaper, or the cheapest
// cost found. The first search runs on the table as made; each later one
// starts from a copy of it, made by the second.
type costTable struct {
	cost  []int32
	fresh bool    // whether cost is as made, every open node unreached
	blank []int32 // cost as made, for a search after the first
}

// reset makes every open node unreached again, for a new search. It costs
// nothing for the first search and a copy of the table for each later
// one, and allocates the copy to copy from once, at the second.
func (t *costTable) reset() {
	if !t.fresh {
		if t.blank == nil {
			// Every node a search reached is open: only closed ones
			// keep shut.
			t.blank = make([]int32, len(t.cost))
			for i, c := range t.cost {
				t.blank[i] = unreached ^ c>>31&math.MinInt32 // shut (-1) stays shut
			}
		}
		copy(t.cost, t.blank)
	}
	t.fresh = false
}
