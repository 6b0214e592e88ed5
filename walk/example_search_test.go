package walk_test

import (
	"fmt"
	"iter"
	"log"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// mustParse is for examples only: it stops on a parse error.
func mustParse(s string) grid.Grid[byte] {
	g, err := grid.ParseString(s)
	if err != nil {
		log.Fatal(err)
	}
	return g
}

// The fewest steps from S to each lettered cell, and the search stopped as
// soon as the nearest is found.
func ExampleBFS() {
	g := mustParse(`S..#....
.#.#.#B.
.#...#..
A###C...
`)
	start, _ := grid.Find(g, 'S')
	open := func(p grid.Point) iter.Seq[grid.Point] {
		return func(yield func(grid.Point) bool) {
			for q := range g.Neighbors4(p) {
				if g.At(q) != '#' && !yield(q) {
					return
				}
			}
		}
	}
	for p, d := range walk.BFS(start, open) {
		if c := g.At(p); c != '.' && c != 'S' {
			fmt.Printf("%c at %v: %d steps\n", c, p, d)
		}
	}
	for p, d := range walk.BFS(start, open) {
		if g.At(p) == 'C' {
			fmt.Println("nearest C:", d, "steps")
			break // nothing beyond C is searched
		}
	}
	// Output:
	// A at (3,0): 3 steps
	// C at (3,4): 7 steps
	// B at (1,6): 11 steps
	// nearest C: 7 steps
}

// Distances over the points of a grid, kept in a slice of g.Len() bools
// indexed by g.Index: the cells farthest from S.
func ExampleBFSDense() {
	g := mustParse(`S.#..
.#...
...#.
`)
	start, _ := grid.Find(g, 'S')
	open := func(p grid.Point) iter.Seq[grid.Point] {
		return func(yield func(grid.Point) bool) {
			for q := range g.Neighbors4(p) {
				if g.At(q) != '#' && !yield(q) {
					return
				}
			}
		}
	}
	var far []grid.Point
	farthest := 0
	for p, d := range walk.BFSDense(start, open, g.Len(), g.Index) {
		if d > farthest {
			far, farthest = far[:0], d
		}
		far = append(far, p)
	}
	fmt.Println(farthest, "steps:", far)
	// Output:
	// 8 steps: [(0,4) (2,4)]
}

// A walk over digits that costs the digit of each cell entered, from the
// top left to the bottom right: the cost, one cheapest path, and every cell
// on any cheapest path.
func ExampleShortestPaths() {
	g := mustParse(`1163
2191
1311
9411
`)
	enter := func(p grid.Point) iter.Seq2[grid.Point, int] {
		return func(yield func(grid.Point, int) bool) {
			for q := range g.Neighbors4(p) {
				if !yield(q, int(g.At(q)-'0')) {
					return
				}
			}
		}
	}
	from, to := grid.Pt(0, 0), grid.Pt(3, 3)
	paths := walk.ShortestPaths([]grid.Point{from}, enter)
	cost, _ := paths.Cost(to)
	fmt.Println("cost", cost)
	fmt.Print(g.Render(grid.Mark('*', slices.Values(paths.Path(to)))), "\n")
	fmt.Print(g.Render(grid.Mark('o', paths.OnBest(to))))
	// Output:
	// cost 8
	// **63
	// 2*91
	// 1***
	// 941*
	//
	// oo63
	// 2o91
	// 1ooo
	// 94oo
}

// The maze walker of the maze example: a step ahead costs 1, a quarter turn
// 1000. The states are a position and a heading, numbered densely by
// StateIndex.
func ExampleShortestPathsDense() {
	g := mustParse(`#######
#...#E#
#.....#
#.....#
#S..#.#
#######
`)
	moves := func(s walk.State) iter.Seq2[walk.State, int] {
		return func(yield func(walk.State, int) bool) {
			if g.At(s.Ahead()) != '#' && !yield(s.Step(), 1) {
				return
			}
			if !yield(walk.State{Pos: s.Pos, Dir: s.Dir.TurnLeft()}, 1000) {
				return
			}
			yield(walk.State{Pos: s.Pos, Dir: s.Dir.TurnRight()}, 1000)
		}
	}
	start, _ := grid.Find(g, 'S')
	end, _ := grid.Find(g, 'E')
	n, index := walk.StateIndex(g)
	paths := walk.ShortestPathsDense([]walk.State{{Pos: start, Dir: grid.Right}}, moves, n, index)

	var ends []walk.State
	best := -1
	for d := grid.Up; d <= grid.Left; d++ {
		s := walk.State{Pos: end, Dir: d}
		ends = append(ends, s)
		if c, ok := paths.Cost(s); ok && (best < 0 || c < best) {
			best = c
		}
	}
	fmt.Println("lowest cost", best)
	on := func(yield func(grid.Point) bool) {
		for s := range paths.OnBest(ends...) {
			if !yield(s.Pos) {
				return
			}
		}
	}
	fmt.Print(g.Render(grid.Mark('O', on)))
	// Output:
	// lowest cost 3007
	// #######
	// #...#O#
	// #OOOOO#
	// #OOOOO#
	// #OOO#.#
	// #######
}

// Regions of a garden of letter plots, with the length of fence around
// each and its number of straight sides. The A region has a hole, and the
// fence around the hole counts too.
func ExampleRegions() {
	g := mustParse(`AAAB
ABAB
AAAC
DDCC
`)
	for _, r := range walk.Regions(g) {
		fmt.Printf("%c at %v: area %d, perimeter %d, sides %d\n",
			g.At(r.Cells[0]), r.Cells[0], r.Area(), r.Perimeter, r.Sides)
	}
	// Output:
	// A at (0,0): area 8, perimeter 16, sides 8
	// B at (0,3): area 2, perimeter 6, sides 4
	// B at (1,1): area 1, perimeter 4, sides 4
	// C at (2,3): area 3, perimeter 8, sides 6
	// D at (3,0): area 2, perimeter 6, sides 4
}

// Regions of cells whose heights differ by at most one from a neighbour's.
func ExampleRegionsFunc() {
	g := mustParse(`1239
2349
9999
`)
	near := func(a, b byte) bool { return a+1 >= b && b+1 >= a }
	// 1 and 4 share a region: each step between them is small.
	for _, r := range walk.RegionsFunc(g, near) {
		fmt.Println(r.Cells)
	}
	// Output:
	// [(0,0) (0,1) (0,2) (1,0) (1,1) (1,2)]
	// [(0,3) (1,3) (2,0) (2,1) (2,2) (2,3)]
}
