// Package walk moves over a grid and searches its states.
//
//   - Walks (ray.go, patrol.go, trail.go, jump.go, route.go): [Ray] and
//     [Line] look along a heading or any vector; [Patrol] is the walk of a
//     guard who turns at obstacles, and [Space.Patrol] the same walk as
//     state ids, for a loop check; [Trail] and [Cover] follow the same
//     guard leg by leg, listing or counting the cells she covers; [Jumps]
//     follows a patrol turn to turn, and answers whether one extra obstacle
//     makes it loop, in O(turns); its [Route] asks that of every cell of the
//     unobstructed walk, stopping each trial when it rejoins the walk.
//   - Dense ids (space.go): a [Space] numbers the states of a grid search,
//     a cell with a heading and a small extra field such as a run length,
//     from 0 to Len()-1, so that per-state data lives in slices. [Cells]
//     and [States] are the common spaces.
//   - Searches over ids, with reusable memory (bfs.go, dijkstra.go,
//     flood.go, frontier.go): [BFS] and [Dijkstra] (with A*) keep their
//     tables between runs and clear them in O(1), so a search allocates
//     nothing once warm.
//     The caller writes the expansion as the body of a range loop, so a
//     search costs what a hand-written one does. Afterwards they hold
//     distance or cost, predecessor, path and path-count tables. [Flood]
//     asks only what is reachable, at 8 bytes an id. [Frontier] keeps a
//     breadth-first search one step at a time, for moves that change with
//     the step, such as dodging obstacles that move every minute.
//   - Repeats (loops.go, seen.go, visited.go, cycle.go): [Loops] and the
//     reusable [Seen] spot a repeated element of any sequence; [Visited]
//     does it for ids with generation stamps; [FindCycle] and [Nth] find
//     where a repeated function falls into a cycle, to answer "apply this a
//     billion times".
//   - Searches over any comparable state, for states that cannot be
//     numbered, such as points on an unbounded map (reach.go, paths.go):
//     [Reach] (breadth first) and [ShortestPaths] (Dijkstra, with one best
//     path and the states on every best path). They keep states in maps and
//     allocate per run.
//   - Longest paths (junction.go, longest.go): [Junctions] compresses a
//     grid maze into a small [Graph] of its junctions and corridors (up to
//     [MaxNodes] nodes, one-way cells such as slopes given by a step rule),
//     and [Graph.Longest] finds the longest simple path by depth-first
//     search with a bitmask, allocating nothing. [Graph.Prefixes] and
//     [Graph.LongestFrom] split that search into pieces for package
//     parallel's Map; a Graph is immutable and safe for concurrent use.
//   - Areas (regions.go): [Regions] finds connected areas with their
//     perimeter and sides.
//
// Walks are iterators ([iter.Seq]) built on range-over-func, so a caller
// consumes as much of a walk as it needs and stops with break. Every walk
// iterator here is a pure function of its arguments: it can be ranged over
// again, giving the same sequence, and from several goroutines at once,
// provided the callbacks it was given are safe for that. The working memory
// of a search or loop check ([BFS], [Dijkstra], [Flood], [Frontier],
// [Visited], [Seen], [JumpScratch]) belongs to one goroutine at a time:
// give each worker its own, as the scratch value of parallel.MapWith.
package walk
