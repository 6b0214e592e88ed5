package search_test

import (
	"fmt"
	"iter"
	"log"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// The fewest steps from S to each lettered cell, and the search stopped as
// soon as the nearest is found. BreadthFirst keeps the states in a map, so it
// suits any state; on a bounded grid, BFS is the fast form.
func ExampleBreadthFirst() {
	g := grid.MustParse(`S..#....
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
	for p, d := range search.BreadthFirst(start, open) {
		if c := g.At(p); c != '.' && c != 'S' {
			fmt.Printf("%c at %v: %d steps\n", c, p, d)
		}
	}
	for p, d := range search.BreadthFirst(start, open) {
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
	g := grid.MustParse(`S....
.#.#.
....E
`)
	sp := search.Cells(g)
	var b search.BFS // reusable: each Reset costs O(1)
	count := func(from grid.Point) {
		b.ResetCounting(sp.Len())
		b.AddCounting(sp.CellID(from)) // before the range: a start
		for i := range b.All() {
			for q := range g.Neighbors4(sp.Point(i)) {
				if g.At(q) != '#' {
					b.AddCounting(sp.CellID(q))
				}
			}
		}
	}
	start, _ := grid.Find(g, 'S')
	end, _ := grid.Find(g, 'E')
	count(start)
	var far []grid.Point
	farthest := 0
	for p := range g.Points() {
		if d, ok := b.Dist(sp.CellID(p)); ok && d >= farthest {
			if d > farthest {
				far, farthest = far[:0], d
			}
			far = append(far, p)
		}
	}
	fmt.Println(farthest, "steps:", far)
	var path []grid.Point
	for _, i := range b.Path(sp.CellID(end)) {
		path = append(path, sp.Point(i))
	}
	fmt.Println("to E:", path, "one of", b.Count(sp.CellID(end)))

	count(end) // the same tables, no allocation
	d, _ := b.Dist(sp.CellID(start))
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
	g := grid.MustParse(`1163
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
	paths := search.ShortestPaths([]grid.Point{from}, enter)
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
	g := grid.MustParse(`#######
#...#E#
#.....#
#.....#
#S..#.#
#######
`)
	sp := search.States(g)
	start, _ := grid.Find(g, 'S')
	end, _ := grid.Find(g, 'E')
	var d search.Dijkstra
	d.ResetPaths(sp.Len())
	d.Add(sp.StateID(walk.State{Pos: start, Dir: grid.Right}), 0)
	best, goals := -1, []int(nil)
	for i, c := range d.All() {
		if best >= 0 && c > best {
			break // every end state that ties with the first has been yielded
		}
		s := sp.State(i)
		if s.Pos == end {
			best, goals = c, append(goals, i)
			continue
		}
		if g.At(s.Ahead()) != '#' {
			d.Add(sp.StateID(s.Step()), 1)
		}
		d.Add(sp.StateID(s.TurnLeft()), 1000)
		d.Add(sp.StateID(s.TurnRight()), 1000)
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
	g := grid.MustParse(`2413432
3215453
3255245
3446585
4546657
`)
	const minRun, maxRun = 2, 3
	sp, err := search.NewSpace(g, 1, 2) // extra: 0 vertical, 1 horizontal
	if err != nil {
		log.Fatal(err)
	}
	goal := grid.Pt(g.Rows()-1, g.Cols()-1)
	cheapest := func(estimate func(grid.Point) int) int {
		var d search.Dijkstra
		d.ResetPaths(sp.Len())
		d.Add(sp.ID(grid.Pt(0, 0), 0, 0), 0) // as if it had moved vertically...
		d.Add(sp.ID(grid.Pt(0, 0), 0, 1), 0) // ...or horizontally
		for i, c := range d.All() {
			p := sp.Point(i)
			if p == goal {
				return c
			}
			axis := sp.Extra(i)
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

// Trails on a height map that climb by exactly one at each step, from a 0
// to a 9: from each 0, how many 9s a trail reaches, and how many distinct
// trails there are. Every trail from a 0 to a 9 has nine steps, so each is
// a shortest path, and AddCounting counts them. One BFS serves every 0.
func ExampleBFS_AddCounting() {
	g := grid.MustParse(`0123
1234
8765
9876
`)
	sp := search.Cells(g)
	var b search.BFS
	for p, h := range g.All() {
		if h != '0' {
			continue
		}
		b.ResetCounting(sp.Len())
		b.AddCounting(sp.CellID(p))
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
					b.AddCounting(sp.CellID(r))
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
	g := grid.MustParse(`..\..
.....
../.\
.....
`)
	sp := search.States(g)
	var f search.Flood
	f.Reset(sp.Len())
	f.Add(sp.StateID(walk.State{Pos: grid.Pt(0, 0), Dir: grid.Right}))
	var lit cycle.IDSet
	lit.Reset(g.Len())
	for i := range f.All() {
		s, cell := sp.State(i), sp.Cell(i)
		lit.Visit(cell)
		d := s.Dir
		switch g.AtIndex(cell) {
		case '/': // Up and Right swap, Down and Left
			d = [4]grid.Dir{grid.Right, grid.Up, grid.Left, grid.Down}[d]
		case '\\': // Up and Left swap, Down and Right
			d = [4]grid.Dir{grid.Left, grid.Down, grid.Right, grid.Up}[d]
		}
		if j := sp.StateID(walk.State{Pos: s.Pos.Add(d.Delta()), Dir: d}); j >= 0 {
			f.Add(j) // -1 off the map: the beam has left
		}
	}
	fmt.Println("states:", f.Len(), "cells lit:", lit.Len())
	// Output:
	// states: 7 cells lit: 7
}

// Every node on a cheapest path from node 0 to node 4, found by a search
// that keeps no paths: OnBestBack walks back from 4 over the costs, given
// the edges into a node. The two ways 0-1-3-4 and 0-2-3-4 tie at 6; the
// edge 2-4 costs more.
func ExampleDijkstra_OnBestBack() {
	type edge struct{ from, to, cost int }
	edges := []edge{{0, 1, 1}, {0, 2, 2}, {1, 3, 3}, {2, 3, 2}, {3, 4, 2}, {2, 4, 7}}
	var d search.Dijkstra
	d.Reset(5)
	d.Add(0, 0)
	for i := range d.All() {
		for _, e := range edges {
			if e.from == i {
				d.Add(e.to, e.cost)
			}
		}
	}
	into := func(i int, yield func(j, w int) bool) {
		for _, e := range edges {
			if e.to == i {
				yield(e.from, e.cost)
			}
		}
	}
	cost, _ := d.Cost(4)
	fmt.Println("cost", cost, "nodes", slices.Sorted(d.OnBestBack(into, 4)))
	// Output:
	// cost 6 nodes [0 1 2 3 4]
}

// Better before Add: in a loop that tries many steps, most of them no
// cheaper than a way found before, Better's inlined test skips Add's call
// for those, and the search is the same.
func ExampleDijkstra_Better() {
	g := grid.MustParse(`
1163
1381
2136
`)
	var d search.Dijkstra
	d.Reset(g.Len())
	d.Add(0, 0)
	for i, c := range d.All() {
		if i == g.Len()-1 {
			fmt.Println("least cost:", c)
			break
		}
		for j := range g.Neighbors4Index(i) {
			if w := int(g.AtIndex(j) - '0'); d.Better(j, w) {
				d.Add(j, w)
			}
		}
	}
	// Output:
	// least cost: 13
}
