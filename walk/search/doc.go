// Package search finds shortest and cheapest paths over the states of a
// grid. A [Space] numbers the states (a cell, a heading, a small extra
// field) densely, and the searches keep their tables in slices indexed by
// those ids, reused from one search to the next. The caller writes the
// expansion as the body of a range loop, so a search costs what a
// hand-written one does:
//
//	g := grid.MustParse(`
//	S.#
//	..#
//	#.E
//	`)
//	sp := search.Cells(g)
//	start, _ := grid.Find(g, 'S')
//	end, _ := grid.Find(g, 'E')
//	var b search.BFS
//	b.Reset(sp.Len())
//	b.Add(sp.CellID(start))
//	for i := range b.All() {
//		for q := range g.Neighbors4(sp.Point(i)) {
//			if g.At(q) != '#' {
//				b.Add(sp.CellID(q))
//			}
//		}
//	}
//	fmt.Println(b.Dist(sp.CellID(end))) // 4 true
//
// Start here:
//   - [Cells], [States] and [NewSpace] number the cells, the walker
//     states (a cell and a cardinal heading) or any mix; [Space.CellID],
//     [Space.StateID] and [Space.ID] encode, [Space.Point], [Space.Cell],
//     [Space.Dir], [Space.Extra] and [Space.State] decode.
//   - [Moves4] and [Costs4] when the steps between neighbouring cells
//     follow a rule on the two cells' values (climb at most one, pay the
//     digit entered): one line over a BFS or Dijkstra, as fast as the loop
//     written out.
//   - [BFS] for the fewest steps, with distances, predecessors, paths and
//     path counts ([BFS.ResetCounting]); [Flood] when only "reachable?"
//     matters.
//   - [Distances] for the fewest steps from one or more cells to every
//     open cell of a fixed map, and how many lie at each distance: the
//     whole search in one call over a padded copy of the map, with none
//     of the calls and bounds tests of a BFS driven by a neighbour
//     iterator, for a map searched from many places.
//   - [CellCosts] for the cheapest way across a map where entering a cell
//     costs a small number of its own (a digit): Dial's ring of buckets
//     over a byte a cell of a padded copy, in one call.
//   - [TurnCosts] for a walker who pays one cost a step ahead and another
//     a quarter turn (a reindeer in a maze): the cheapest cost to every
//     state (cell, heading), a queue for each move's cost and no heap, in
//     one call, and every cell on a cheapest walk to a goal
//     ([TurnCosts.OnBest]).
//   - [Dijkstra] for the cheapest path with step costs, with A*
//     ([Dijkstra.AddAStar]) and, after [Dijkstra.ResetPaths], the paths
//     themselves and every id on a cheapest path ([Dijkstra.OnBest]); or
//     every such id from the costs alone, given the moves into an id
//     ([Dijkstra.OnBestBack]), with a search that keeps no paths;
//     [Dijkstra.Better], Add's first test inlined, spares a hot loop Add's
//     call for the steps that are no cheaper.
//   - [Frontier] for a breadth-first search one step at a time, when the
//     moves change with the step, such as obstacles that move each minute;
//     [Frontier.ResetWays] counts the walks, as for beams that split.
//   - [NewMarks] for the steps between marked cells (keys, doors) and the
//     shortest tour of them; [Closure] for what each node of a graph
//     reaches, such as the cells lit from each way into a map of
//     splitters, once per cycle of nodes; [DisjointSet] for which cells
//     are joined as a map's cells open one by one; [Widest4] for the
//     widest way across a map, as wide as its narrowest cell, such as the
//     last moment a way stays open as cells close one by one.
//   - [BreadthFirst], [Cheapest] and [ShortestPaths] for states that
//     cannot be numbered, keeping them in maps and allocating per run.
//     BreadthFirst and Cheapest yield as they go, so a break at a goal ends
//     them even on an unbounded map; ShortestPaths settles every reachable
//     state before it returns, so it needs finitely many.
//
// A Space is immutable and safe for concurrent use. The working memory of
// a search ([BFS], [Dijkstra], [Flood], [Frontier]) belongs to one
// goroutine at a time: give each worker its own, as the scratch value of
// parallel.MapWith. Its zero value is ready to use after Reset. Misuse
// panics with an error that names the call and the bad id:
// "search: BFS.Add: id 7 outside [0, 5)".
package search
