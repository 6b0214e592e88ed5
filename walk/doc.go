// Package walk moves a walker with a heading across a grid: a [State] is a
// cell and a heading, [Ray] and [Line] look along a heading or any step,
// and [Patrol] is the walk of a guard who steps ahead and turns at
// obstacles. Each walk is an iterator, so a caller takes as much of it as
// it needs:
//
//	g := grid.MustParse(`
//	..#.
//	....
//	.^..
//	`)
//	start, _ := grid.Find(g, '^')
//	wall := func(p grid.Point) bool { return g.At(p) == '#' }
//	for s := range walk.Patrol(g, walk.State{Pos: start, Dir: grid.Up}, wall) {
//		fmt.Println(s) // (2,1) Up, (1,1) Up, (0,1) Up, then off the map
//	}
//
// Start here:
//   - [Patrol] walks until the walker leaves the grid; bound a walk that
//     may loop with walk/cycle's Loops or IDSet.Loops, or with a break.
//   - [Ray] lists the cells ahead of a point, not the point itself, to the
//     edge; [Line] the same for any step, such as the vector between two
//     antennas.
//   - [State.Ahead], [State.Step], [State.TurnRight] and [State.TurnLeft]
//     move a walker by hand.
//
// The packages below walk build on it, one idea each:
//   - walk/search: breadth-first, Dijkstra and A* searches over the states
//     of a grid, numbered densely by a Space, with working memory reused
//     between searches.
//   - walk/cycle: whether a sequence repeats (Loops, Set, IDSet) and where
//     an iterated function falls into a cycle (Find, Nth).
//   - walk/patrol: the fast tools for a patrolling guard: the cells it
//     covers (Trail, Cover) and, in O(turns), whether one more obstacle
//     makes it loop (Jumps, Route).
//   - walk/junction: a maze compressed to its junctions and corridors, and
//     the longest path through it.
//   - walk/ant: an ant that turns by the state of its cell and changes it,
//     on an endless plane (Langton's ant, a virus carrier), taking long
//     runs up to 15 steps at a lookup.
//
// Every walk here is a pure function of its arguments: it can be ranged
// over again, giving the same sequence, and from several goroutines at
// once, provided the callbacks it was given are safe for that. A walk
// ranged over directly in a for loop allocates nothing. Misuse, such as an
// invalid heading, panics at the call with an error that names the call
// and the bad argument: "walk: Ray: invalid heading Dir(9)".
package walk
