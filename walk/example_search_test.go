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
// soon as the nearest is found. Reach keeps the states in a map, so it
// suits any state; on a bounded grid, BFS is the fast form.
func ExampleReach() {
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
	for p, d := range walk.Reach(start, open) {
		if c := g.At(p); c != '.' && c != 'S' {
			fmt.Printf("%c at %v: %d steps\n", c, p, d)
		}
	}
	for p, d := range walk.Reach(start, open) {
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

// A distance table over the cells of a grid, one search reused for two
// starts: the cells farthest from S, a shortest path to E, and how many
// shortest paths lead there.
func ExampleBFS() {
	g := mustParse(`S....
.#.#.
....E
`)
	sp := walk.Cells(g)
	var b walk.BFS // reusable: each Reset costs O(1)
	search := func(from grid.Point) {
		b.Reset(sp.Len())
		b.AddCounting(sp.Cell(from)) // before the range: a start
		for i := range b.All() {
			for q := range g.Neighbors4(sp.Point(i)) {
				if g.At(q) != '#' {
					b.AddCounting(sp.Cell(q))
				}
			}
		}
	}
	start, _ := grid.Find(g, 'S')
	end, _ := grid.Find(g, 'E')
	search(start)
	var far []grid.Point
	farthest := 0
	for p := range g.Points() {
		if d, ok := b.Dist(sp.Cell(p)); ok && d >= farthest {
			if d > farthest {
				far, farthest = far[:0], d
			}
			far = append(far, p)
		}
	}
	fmt.Println(farthest, "steps:", far)
	var path []grid.Point
	for _, i := range b.Path(sp.Cell(end)) {
		path = append(path, sp.Point(i))
	}
	fmt.Println("to E:", path, "one of", b.Count(sp.Cell(end)))

	search(end) // the same tables, no allocation
	d, _ := b.Dist(sp.Cell(start))
	fmt.Println("from E back to S:", d, "steps")
	// Output:
	// 6 steps: [(2,4)]
	// to E: [(0,0) (0,1) (0,2) (0,3) (0,4) (1,4) (2,4)] one of 3
	// from E back to S: 6 steps
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
// 1000. The states are a position and a heading, numbered by States. The end
// may be reached with any heading, so the search goes on past the first end
// state it takes from the heap until the cost rises above it: then every end
// state that ties has been yielded, and OnBest gives every cell on any
// cheapest path to any of them.
func ExampleDijkstra() {
	g := mustParse(`#######
#...#E#
#.....#
#.....#
#S..#.#
#######
`)
	sp := walk.States(g)
	start, _ := grid.Find(g, 'S')
	end, _ := grid.Find(g, 'E')
	var d walk.Dijkstra
	d.Reset(sp.Len())
	d.Add(sp.State(walk.State{Pos: start, Dir: grid.Right}), 0)
	best, goals := -1, []int(nil)
	for i, c := range d.All() {
		if best >= 0 && c > best {
			break // every end state that ties with the first has been yielded
		}
		s := sp.StateOf(i)
		if s.Pos == end {
			best, goals = c, append(goals, i)
			continue
		}
		if g.At(s.Ahead()) != '#' {
			d.Add(sp.State(s.Step()), 1)
		}
		d.Add(sp.State(s.TurnLeft()), 1000)
		d.Add(sp.State(s.TurnRight()), 1000)
	}
	fmt.Println("lowest cost", best)
	on := func(yield func(grid.Point) bool) {
		for i := range d.OnBest(goals...) {
			if !yield(sp.Point(i)) {
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

// A cart that must go straight for at least 2 and at most 3 cells before
// it turns, paying the digit of each cell it enters. Rather than a state
// per run length, the fast model takes a whole straight run as one step:
// a state is a cell and the axis the cart last moved along, and from it the
// cart turns and runs 2 or 3 cells, paying for every cell on the way.
// Space numbers (cell, axis) with its extra field; A* with the Manhattan
// distance to the goal as the estimate (every cell costs at least 1) finds
// the same cost while taking fewer states from the heap.
func ExampleDijkstra_runs() {
	g := mustParse(`2413432
3215453
3255245
3446585
4546657
`)
	const minRun, maxRun = 2, 3
	sp, err := walk.NewSpace(g, 1, 2) // extra: 0 vertical, 1 horizontal
	if err != nil {
		log.Fatal(err)
	}
	goal := grid.Pt(g.Rows()-1, g.Cols()-1)
	cheapest := func(estimate func(grid.Point) int) int {
		var d walk.Dijkstra
		d.Reset(sp.Len())
		d.Add(sp.ID(grid.Pt(0, 0), 0, 0), 0) // as if it had moved vertically...
		d.Add(sp.ID(grid.Pt(0, 0), 0, 1), 0) // ...or horizontally
		for i, c := range d.All() {
			p := sp.Point(i)
			if p == goal {
				return c
			}
			axis := sp.ExtraOf(i)
			for _, h := range []grid.Dir{grid.Up, grid.Right, grid.Down, grid.Left} {
				if int(h)%2 == axis {
					continue // the same axis: no turn
				}
				step := 0
				for k := 1; k <= maxRun; k++ {
					q := p.Move(h, k)
					v, ok := g.Get(q)
					if !ok {
						break
					}
					step += int(v - '0')
					if k >= minRun {
						d.AddAStar(sp.ID(q, 0, int(h)%2), step, estimate(q))
					}
				}
			}
		}
		return -1
	}
	fmt.Println("Dijkstra:", cheapest(func(grid.Point) int { return 0 }))
	fmt.Println("A*:", cheapest(func(q grid.Point) int { return q.Manhattan(goal) }))
	// Output:
	// Dijkstra: 41
	// A*: 41
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

// Trails on a height map that climb by exactly one at each step, from a 0
// to a 9: from each 0, how many 9s a trail reaches, and how many distinct
// trails there are. Every trail from a 0 to a 9 has nine steps, so each is
// a shortest path, and AddCounting counts them. One BFS serves every 0.
func ExampleBFS_AddCounting() {
	g := mustParse(`0123
1234
8765
9876
`)
	sp := walk.Cells(g)
	var b walk.BFS
	for p, h := range g.All() {
		if h != '0' {
			continue
		}
		b.Reset(sp.Len())
		b.AddCounting(sp.Cell(p))
		peaks, trails := 0, 0
		for i := range b.All() {
			q := sp.Point(i)
			if g.At(q) == '9' {
				peaks++
				trails += b.Count(i)
				continue
			}
			for r := range g.Neighbors4(q) {
				if g.At(r) == g.At(q)+1 {
					b.AddCounting(sp.Cell(r))
				}
			}
		}
		fmt.Printf("from %v: %d peaks, %d trails\n", p, peaks, trails)
	}
	// Output:
	// from (0,0): 1 peaks, 16 trails
}

// The cells a beam of light reaches through mirrors: a flood over the
// states (cell, heading), as a beam that comes back to a state it has been
// in adds nothing. Only the cells lit are wanted, not how far away they
// are, so a Flood does, at 8 bytes a state.
func ExampleFlood() {
	g := mustParse(`..\..
.....
../.\
.....
`)
	sp := walk.States(g)
	var f walk.Flood
	f.Reset(sp.Len())
	f.Add(sp.State(walk.State{Pos: grid.Pt(0, 0), Dir: grid.Right}))
	var lit walk.Visited
	lit.Reset(g.Len())
	for i := range f.All() {
		s, cell := sp.StateOf(i), sp.CellOf(i)
		lit.Visit(cell)
		d := s.Dir
		switch g.AtIndex(cell) {
		case '/': // Up and Right swap, Down and Left
			d = [4]grid.Dir{grid.Right, grid.Up, grid.Left, grid.Down}[d]
		case '\\': // Up and Left swap, Down and Right
			d = [4]grid.Dir{grid.Left, grid.Down, grid.Right, grid.Up}[d]
		}
		if j := sp.State(walk.State{Pos: s.Pos.Add(d.Delta()), Dir: d}); j >= 0 {
			f.Add(j) // -1 off the map: the beam has left
		}
	}
	fmt.Println("states:", f.Len(), "cells lit:", lit.Len())
	// Output:
	// states: 7 cells lit: 7
}
