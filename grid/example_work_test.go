package grid_test

import (
	"fmt"
	"log"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
)

// Sand falls from the top until it rests on rock or other sand: a
// simulation that changes one cell per grain, in place.
func ExampleMutable() {
	g, err := grid.ParseString(`
.......
.......
..#....
....###
`)
	if err != nil {
		log.Fatal(err)
	}
	m := g.Mutable()
	for range 6 {
		p := grid.Pt(0, 3)
		m.Set(p, 'o') // a new grain
	fall:
		for {
			for _, d := range []grid.Dir{grid.Down, grid.DownLeft, grid.DownRight} {
				if c, ok := m.Get(p.Move(d, 1)); ok && c == '.' {
					m.Swap(p, p.Move(d, 1)) // the grain falls one cell
					p = p.Move(d, 1)
					continue fall
				}
			}
			break
		}
	}
	final := m.Freeze() // m is now empty; final owns the cells
	fmt.Print(final)
	// Output:
	// .......
	// ...o...
	// ..#oo..
	// .ooo###
}

// A table of numbers kept per cell, here each cell's distance along a
// path, read a run of a row at a time: RowCells gives the row in place, so
// the loop over the run tests its bounds once.
func ExampleMutable_RowCells() {
	dist := grid.NewMutable(3, 6, -1) // -1: not on the path
	for c := range 6 {
		dist.Set(grid.Pt(1, c), c) // a path along the middle row
	}
	// The cells of row 1 in columns 2 to 4 that lie on the path.
	for c, d := range dist.RowCells(1)[2:5] {
		fmt.Println(2+c, d)
	}
	// Output:
	// 2 2
	// 3 3
	// 4 4
}

func ExampleFromFunc() {
	g := grid.FromFunc(3, 4, func(p grid.Point) byte {
		if (p.Row+p.Col)%2 == 0 {
			return '#'
		}
		return '.'
	})
	fmt.Print(g)
	// Output:
	// #.#.
	// .#.#
	// #.#.
}

// Robots that leave one edge come back at the opposite one.
func ExampleGrid_Torus() {
	g := grid.New(3, 5, '.')
	t := g.Torus()
	p, v := grid.Pt(1, 4), grid.Pt(2, 3)
	var path []grid.Point
	for range 3 {
		p = t.Wrap(p.Add(v))
		path = append(path, p)
	}
	fmt.Println(path)
	fmt.Println("neighbours of (0,0):", slices.Collect(t.Neighbors4(grid.Pt(0, 0))))
	// Output:
	// [(0,2) (2,0) (1,3)]
	// neighbours of (0,0): [(2,0) (0,1) (1,0) (0,4)]
}

// A garden repeated without end: count the plots reachable in exactly k
// steps, walking off the map into its copies.
func ExampleGrid_Tiled() {
	g, err := grid.ParseString(`
...
.#.
...
`)
	if err != nil {
		log.Fatal(err)
	}
	t := g.Tiled()
	plot := func(_ grid.Point, c byte) bool { return c != '#' }
	reach := map[grid.Point]bool{grid.Pt(1, 0): true}
	for range 4 {
		next := map[grid.Point]bool{}
		for p := range reach {
			for q := range t.Neighbors4Func(p, plot) {
				next[q] = true
			}
		}
		reach = next
	}
	fmt.Println(len(reach), "plots in 4 steps")
	fmt.Println("(-2,4) is", string(t.At(grid.Pt(-2, 4))), "in tile", t.Tile(grid.Pt(-2, 4)))
	// Output:
	// 20 plots in 4 steps
	// (-2,4) is # in tile (-1,1)
}

func ExamplePoint_Within() {
	g := grid.New(5, 5, '.')
	m := g.Mutable()
	for p := range grid.Pt(2, 2).Within(2) {
		m.Set(p, '#')
	}
	fmt.Print(m.Freeze())
	// Output:
	// ..#..
	// .###.
	// #####
	// .###.
	// ..#..
}

// The tiles inside a loop of pipe: every cell of the loop, in order.
func ExampleEnclosed() {
	var loop []grid.Point
	p := grid.Pt(0, 0)
	for _, d := range grid.Cardinals() { // a 4x5 rectangle of cells, clockwise
		d = d.TurnRight() // Right, Down, Left, Up
		n := 4
		if d == grid.Down || d == grid.Up {
			n = 3
		}
		for range n {
			loop = append(loop, p)
			p = p.Move(d, 1)
		}
	}
	inside, boundary := grid.Enclosed(loop)
	fmt.Println(inside, "inside,", boundary, "on the loop")
	// The corners alone of a dig plan give the same answer.
	inside, boundary = grid.Enclosed([]grid.Point{{0, 0}, {0, 4}, {3, 4}, {3, 0}})
	fmt.Println(inside, "inside,", boundary, "on the loop")
	// Output:
	// 6 inside, 14 on the loop
	// 6 inside, 14 on the loop
}

// Every way a beam can enter the map from outside.
func ExampleGrid_Entries() {
	g := grid.New(2, 3, '.')
	for p, d := range g.Entries() {
		fmt.Println(p, d)
	}
	// Output:
	// (0,0) Down
	// (0,1) Down
	// (0,2) Down
	// (0,2) Left
	// (1,2) Left
	// (1,0) Up
	// (1,1) Up
	// (1,2) Up
	// (0,0) Right
	// (1,0) Right
}

func ExampleCardinals() {
	for _, d := range grid.Cardinals() {
		fmt.Println(d, d.Delta())
	}
	fmt.Println(grid.Dirs())
	// Output:
	// Up (-1,0)
	// Right (0,1)
	// Down (1,0)
	// Left (0,-1)
	// [Up Right Down Left UpRight DownRight DownLeft UpLeft]
}

func ExampleXY() {
	p := grid.XY(7, 2) // x=7 across, y=2 down
	fmt.Println(p, p.Row, p.Col)
	x, y := p.XY()
	fmt.Printf("%d,%d\n", x, y)
	// Output:
	// (2,7) 2 7
	// 7,2
}

// Antennas: the step between two of them, reduced, finds every point on
// their line.
func ExamplePoint_Reduce() {
	a, b := grid.Pt(1, 2), grid.Pt(7, 11)
	step := b.Sub(a).Reduce()
	fmt.Println(b.Sub(a), "reduces to", step)
	fmt.Println(a.Add(step), a.Add(step.Mul(2)), "lie on the line")
	fmt.Println(grid.Pt(-3, 4).Abs(), grid.Pt(-3, 4).Sign(), grid.Pt(2, 3).Scale(grid.Pt(10, -1)))
	// Output:
	// (6,9) reduces to (2,3)
	// (3,5) (5,8) lie on the line
	// (3,4) (-1,1) (20,-3)
}

func ExampleGrid_Col() {
	g := grid.MustParse(`
ab
cd
ef
`)
	for c := range g.Col(1) {
		fmt.Print(string(c))
	}
	fmt.Println()
	// Output:
	// bdf
}

// The first and last wall in a row, and what a ray going up meets.
func ExampleGrid_First() {
	g := grid.MustParse(`
..#..#.
.......
.#.....
`)
	wall := func(c byte) bool { return c == '#' }
	first, _ := g.First(grid.Pt(0, 0), grid.Right, wall)
	last, _ := g.First(grid.Pt(0, g.Cols()-1), grid.Left, wall)
	hit, ok := g.First(grid.Pt(2, 5), grid.Up, wall)
	_, none := g.First(grid.Pt(1, 0), grid.Right, wall)
	fmt.Println(first, last, hit, ok, none)
	// Output:
	// (0,2) (0,5) (0,5) true false
}

// Neighbours that pass a test feed a search without a hand-written
// closure over Neighbors4.
func ExampleGrid_Neighbors4Func() {
	g := grid.MustParse(`
...
.#.
#..
`)
	open := func(_ grid.Point, c byte) bool { return c == '.' }
	for q := range g.Neighbors4Func(grid.Pt(1, 0), open) {
		fmt.Println(q)
	}
	// Output:
	// (0,0)
}

// A search's successor function from a rule on the cell left and the cell
// entered: here, climb at most one letter.
func ExampleGrid_Moves4() {
	g := grid.MustParse(`
abc
abd
zzz
`)
	next := g.Moves4(func(from, to byte) bool { return to <= from+1 })
	fmt.Println(slices.Collect(next(grid.Pt(1, 1))))
	fmt.Println(slices.Collect(next(grid.Pt(9, 9))))
	// Output:
	// [(0,1) (1,0)]
	// []
}

// A walker on a plane without edges flips each cell it stands on and
// turns right on a set cell, left on a clear one. Cell reads the cell
// and writes it back in one lookup; the plane grows as the walker
// wanders, and every point keeps its coordinates.
func ExamplePlane_Cell() {
	plane := grid.NewPlane(false)
	at, d := grid.Pt(0, 0), grid.Up
	for range 12 {
		cell := plane.Cell(at)
		if *cell {
			d = d.TurnRight()
		} else {
			d = d.TurnLeft()
		}
		*cell = !*cell
		at = at.Add(d.Delta())
	}
	lo, hi, _ := plane.Bounds()
	fmt.Println("walker at", at, "cells touched from", lo, "to", hi)
	fmt.Print(grid.Convert(plane.Grid(), func(_ grid.Point, on bool) byte {
		if on {
			return '#'
		}
		return '.'
	}))
	// Output:
	// walker at (0,2) cells touched from (-1,-1) to (1,2)
	// .##.
	// ##..
	// ####
}

// Every place a word reads in a word puzzle, in any of the eight headings.
func ExampleWords() {
	g := grid.MustParse(`
CAT.
A.A.
TAC.
`)
	for p, d := range grid.Words(g, "CAT") {
		fmt.Println(p, d)
	}
	// Output:
	// (0,0) Right
	// (0,0) Down
	// (2,2) Up
	// (2,2) Left
}

// How many times a word reads in a word puzzle, in any of the eight
// headings: the count of the places Words lists, each line read once.
func ExampleCountWords() {
	g := grid.MustParse(`
CAT.
A.A.
TAC.
`)
	fmt.Println(grid.CountWords(g, "CAT"), grid.CountWords(g, "A"))
	// Output:
	// 4 32
}

// Words that cross: the cells where a word reads along both diagonals,
// its middle on the cell, either way along each.
func ExampleCountCrosses() {
	g := grid.MustParse(`
M.S.
.A..
M.S.
`)
	fmt.Println(grid.CountCrosses(g, "MAS"))
	// Output:
	// 1
}
