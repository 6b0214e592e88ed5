// Package ant runs an ant across an endless plane of cells: on each step it
// turns by the state of the cell it stands on, changes that cell's state,
// and steps ahead. Langton's ant is the rule of two states (turn right on
// 0, left on 1, flipping the cell); a carrier that infects, weakens and
// flags nodes is a rule of four.
//
//	// Langton's ant: 0 turns right and becomes 1, 1 turns left and becomes 0.
//	a, err := ant.New(ant.Rule{Turn: [4]int{1, 3}, Next: [4]uint8{1, 0}})
//	if err != nil { ... }
//	black := a.Run(11_000, 1) // the steps that left a cell of state 1
//
// Cells hold states 0 to 3, packed four to a byte as 2x2 blocks, and the
// plane grows as the ant wanders, keeping every cell's coordinates. A
// long [Ant.Run] does not step cell by cell: it looks up, for the ant's
// place and heading in its block and the block's four states, where the ant
// leaves the block, with what states behind it and after how many steps,
// in a table of 4,096 entries made for the rule and the state it counts,
// and kept while the runs count that state. So it
// takes up to 15 steps at a lookup, as the fastest published solutions of
// such puzzles do: 10,000,000 steps of a four-state carrier take about
// half the time of a plain loop over a byte a cell.
//
// An Ant is not safe for concurrent use. Misuse, such as a state above 3,
// panics with an error that names the call: "ant: Ant.Set: state 4 above 3".
package ant
