package grid_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// Matching tiles by their edges: each tile's four edges as bits, then the
// tile next to each side, found by the edge the two share. The middle
// tile is mirrored, so it reads the shared edges the same way round as
// its neighbours; the index finds them either way.
func ExampleEdgeIndex() {
	tiles := []grid.Grid[byte]{
		grid.MustParse(".#..\n...#\n#..#\n####"), // left
		grid.MustParse(".##.\n...#\n...#\n#.##"), // middle, mirrored left to right
		grid.MustParse("....\n...#\n....\n#..#"), // right
	}
	rock := func(v byte) bool { return v == '#' }
	edges := make([][4]uint64, len(tiles))
	for i, t := range tiles {
		edges[i] = grid.Edges(t, rock)
	}
	index := grid.NewEdgeIndex(edges, 4)
	for i, es := range edges {
		fmt.Printf("tile %d:", i)
		for _, side := range []grid.Dir{grid.Right, grid.Left} {
			for _, j := range index.Tiles(es[side]) {
				if j != i {
					fmt.Printf(" %v to tile %d", side, j)
				}
			}
		}
		fmt.Println()
	}
	// Output:
	// tile 0: Right to tile 1
	// tile 1: Right to tile 0 Left to tile 2
	// tile 2: Left to tile 1
}

// The turns that bring a tile's edge to the side where its neighbour
// needs it: here the neighbour on the left shows 0b1011 on its right,
// which this tile must show reversed, 0b1101, on its left. This tile
// holds that edge on three sides, read one way or the other, so three
// turns show it; a jigsaw's tiles, whose edges are all different, have
// one.
func ExampleShowing() {
	tile := grid.MustParse("#..#\n...#\n#...\n##.#")
	edges := grid.EdgesOf(tile, '#')
	want := grid.ReverseEdge(0b1011, 4)
	turns := grid.Showing(edges, 4, 4, grid.Left, want)
	for _, o := range grid.Orientations() {
		if turns.Has(o) {
			fmt.Printf("%v: left edge %04b\n", o, o.Edges(edges, 4, 4)[grid.Left])
		}
	}
	// Output:
	// turn 1: left edge 1101
	// mirror, turn 0: left edge 1101
	// mirror, turn 2: left edge 1101
}
