// Package junction finds the longest path through a grid maze that never
// visits a cell twice. Searching every simple path cell by cell is hopeless
// on a puzzle-sized maze; compressed to its junctions and the corridors
// between them, the same maze is a graph of a few dozen nodes, small
// enough for a depth-first search over bitmasks:
//
//	open := func(p grid.Point, d grid.Dir) bool { // any step between open cells
//		return g.At(p) != '#' && g.At(p.Add(d.Delta())) != '#'
//	}
//	jg, err := junction.New(g, start, end, open)
//	if err != nil {
//		return err // more than MaxNodes junctions
//	}
//	n, ok := jg.Longest(0, 1) // start is node 0, end node 1
//
// Start here:
//   - [New] builds the [Graph] of a maze; one-way cells, such as slopes,
//     are rules in its step function.
//   - [Graph.Longest] finds the longest simple path between two nodes,
//     allocating nothing.
//   - [Graph.Prefixes] and [Graph.LongestFrom] split that search into
//     pieces, to spread over cores with parallel.Map.
//
// A Graph is immutable and safe for concurrent use. Misuse, such as a node
// out of range, panics with an error that names the call and the node:
// "junction: Graph.Longest: node 5 out of range [0, 2)".
package junction
