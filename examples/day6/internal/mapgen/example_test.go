package mapgen_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/examples/day6/internal/mapgen"
)

func ExampleGenerate() {
	m, err := mapgen.Generate(mapgen.Config{Rows: 10, Cols: 24, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(m))
	// Output:
	// .....#..................
	// ........#...............
	// ..#...#..........#......
	// ....#.............#.....
	// .#............#.#.......
	// .......#............#...
	// .......#................
	// ..............^..#......
	// .....#..................
	// ...#...............#....
}

func ExampleGenerate_error() {
	_, err := mapgen.Generate(mapgen.Config{Rows: 130, Cols: 0})
	fmt.Println(err)
	// Output:
	// mapgen: size 130x0, want at least 1x1
}
