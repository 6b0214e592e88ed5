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
