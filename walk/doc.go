// Package walk moves over a [grid.Grid] and searches its states.
//
//   - Walks: [Ray] looks along a heading; [Patrol] is the walk of a guard
//     who turns at obstacles; [Jumps] follows a patrol turn to turn, and
//     answers whether one extra obstacle makes it loop, in O(turns).
//   - Repeats: [Loops] and the reusable [Seen] spot a repeated element of any
//     sequence; [Visited] does it for grid states with a dense table;
//     [FindCycle] and [Nth] find where a repeated function falls into a
//     cycle, to answer "apply this a billion times".
//   - Searches over any comparable state, with successors as iterators:
//     [BFS], [ShortestPaths] (Dijkstra, with one best path and the states
//     on every best path) and [Regions] (connected areas with their
//     perimeter and sides). Their Dense forms keep per-state data in slices
//     indexed by the caller, such as [StateIndex] for (cell, heading).
//
// Walks are iterators ([iter.Seq]) built on range-over-func, so a caller
// consumes as much of a walk as it needs and stops with break. Every
// iterator here is a pure function of its arguments: it can be ranged over
// again, giving the same sequence, and from several goroutines at once,
// provided the callbacks it was given are safe for that. The working state
// of a search or loop check ([Seen], [Visited], [JumpScratch]) belongs to
// one goroutine at a time.
package walk
