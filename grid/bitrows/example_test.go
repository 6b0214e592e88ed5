package bitrows_test

import (
	"fmt"
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
)

// Two herds on a torus: east-movers step right, then south-movers step
// down, each only into a cell that was empty. The map after three steps.
func Example() {
	g := grid.MustParse(`
>.v..>
.>..v.
v..>..
..v.>.
`)
	east := bitrows.From(g, func(v byte) bool { return v == '>' })
	south := bitrows.From(g, func(v byte) bool { return v == 'v' })
	free, ahead, move := bitrows.New(4, 6), bitrows.New(4, 6), bitrows.New(4, 6)
	for range 3 {
		for _, h := range []struct {
			herd *bitrows.Grid
			d    grid.Dir
		}{{east, grid.Right}, {south, grid.Down}} {
			free.Nor(east, south)
			ahead.Rotate(free, h.d.Reverse(), 1) // ahead at p: free at p+d
			move.And(h.herd, ahead)
			h.herd.AndNot(h.herd, move).Or(h.herd, ahead.Rotate(move, h.d, 1))
		}
	}
	fmt.Print(grid.FromFunc(4, 6, func(p grid.Point) byte {
		switch {
		case east.Has(p):
			return '>'
		case south.Has(p):
			return 'v'
		}
		return '.'
	}))
	// Output:
	// >.>...
	// ....>.
	// >.v...
	// v.v.v>
}

// Conway's game of life on a 6x6 board: a live cell with two or three live
// neighbours lives on, and a dead cell with exactly three comes alive.
// The glider below moves one cell down and right every four generations.
func ExampleCounts() {
	g := grid.MustParse(`
.#....
..#...
###...
......
......
......
`)
	live := bitrows.From(g, func(v byte) bool { return v == '#' })
	three, two := bitrows.New(6, 6), bitrows.New(6, 6)
	var n bitrows.Counts
	for range 4 {
		n.Count8(live)
		n.Exactly(three, 3)
		two.And(live, n.Exactly(two, 2)) // live with exactly two
		live.Or(three, two)
	}
	fmt.Print(grid.FromFunc(6, 6, func(p grid.Point) byte {
		if live.Has(p) {
			return '#'
		}
		return '.'
	}))
	// Output:
	// ......
	// ..#...
	// ...#..
	// .###..
	// ......
	// ......
}

// The same glider stepped a word at a time: the rule reads each word's
// cells and counts and makes the next word in one pass, where the
// whole-grid form above reads and writes every word once an operation.
func ExampleCount_AtLeast() {
	g := grid.MustParse(`
.#....
..#...
###...
......
......
......
`)
	live, next := bitrows.From(g, func(v byte) bool { return v == '#' }), bitrows.New(6, 6)
	var n bitrows.Counts
	for range 4 {
		n.Count8(live)
		for j := range live.Words() {
			c := n.At(j) // the neighbour counts of the word's 64 cells
			born := c.Exactly(3)
			kept := live.Word(j) & c.AtLeast(2) & ^c.AtLeast(4) // two or three
			next.SetWord(j, born|kept)
		}
		live, next = next, live
	}
	fmt.Print(grid.FromFunc(6, 6, func(p grid.Point) byte {
		if live.Has(p) {
			return '#'
		}
		return '.'
	}))
	// Output:
	// ......
	// ..#...
	// ...#..
	// .###..
	// ......
	// ......
}

// A walker who may step to a neighbour or wait each minute, on a map with
// walls: Spread gives the cells it can be on a minute later, AndNot takes
// the walls away, and Bounds gives the box round them.
func ExampleGrid_Spread() {
	g := grid.MustParse(`
S..#.
.#.#.
.#...
`)
	walls := bitrows.From(g, func(v byte) bool { return v == '#' })
	reach := bitrows.From(g, func(v byte) bool { return v == 'S' })
	next := bitrows.New(g.Rows(), g.Cols())
	for minute := 1; minute <= 3; minute++ {
		next.Spread(reach)
		reach.AndNot(next, walls)
		lo, hi, _ := reach.Bounds()
		fmt.Println("minute", minute, "cells", reach.Count(), "box", lo, hi)
	}
	// Output:
	// minute 1 cells 3 box (0,0) (1,1)
	// minute 2 cells 5 box (0,0) (2,2)
	// minute 3 cells 6 box (0,0) (2,2)
}

// A pattern of set bits found in a map, 64 places at a time: its clear
// bits match anything.
func ExampleGrid_Matches() {
	g := grid.MustParse(`
#.#..#.#
.#....#.
#.#..#.#
`)
	pat := grid.MustParse(`
#.#
.#.
`)
	on := func(v byte) bool { return v == '#' }
	for p := range bitrows.From(g, on).Matches(bitrows.From(pat, on)) {
		fmt.Println(p)
	}
	// Output:
	// (0,0)
	// (0,5)
}

// Marking what the matches of a pattern cover, a row of the pattern at a
// time, and counting the set cells left over.
func ExampleGrid_OrAt() {
	g := bitrows.Of(grid.MustParse(`
#.#..#.#
.#....#.
#.#..#..
`), '#')
	pat := bitrows.Of(grid.MustParse(`
#.#
.#.
`), '#')
	covered := bitrows.New(g.Rows(), g.Cols())
	for p := range g.Matches(pat) {
		covered.OrAt(pat, p)
	}
	fmt.Print(grid.FromFunc(g.Rows(), g.Cols(), func(p grid.Point) byte {
		if covered.Has(p) {
			return '#'
		}
		return '.'
	}))
	fmt.Println(g.Count()-covered.Count(), "set cells outside every match")
	// Output:
	// #.#..#.#
	// .#....#.
	// ........
	// 3 set cells outside every match
}

// Three pieces dropped straight down into a chamber four cells wide: each
// falls while the row below lets it, then rests. AppendAir lists, from
// the top row down, the cells a fourth piece could still reach.
func ExamplePile() {
	p := bitrows.NewPile(4)
	bar, corner := bitrows.NewPiece(0b111), bitrows.NewPiece(0b11, 0b01)
	for _, drop := range []struct {
		piece bitrows.Piece
		x     int
	}{{bar, 0}, {corner, 2}, {bar, 1}} {
		y := p.Height() + 3
		for p.Fits(drop.piece, drop.x, y-1) {
			y--
		}
		p.Place(drop.piece, drop.x, y)
	}
	for y := p.Height() - 1; y >= 0; y-- {
		fmt.Printf("%04b\n", bits.Reverse8(p.Row(y))>>4) // column 0 first
	}
	for _, row := range p.AppendAir(nil) {
		fmt.Printf("air %04b\n", bits.Reverse8(row)>>4)
	}
	// Output:
	// 0111
	// 0010
	// 0011
	// 1110
	// air 1000
	// air 1100
	// air 1100
	// air 0000
}

// Of reads the cells of one value as bits; Key joins two grids' bits into
// one string, the key of a state made of both.
func ExampleOf() {
	g := grid.MustParse(`
|.#
.||
#..
`)
	trees, yards := bitrows.Of(g, '|'), bitrows.Of(g, '#')
	fmt.Println(trees.Count(), yards.Count())
	seen := map[string]int{bitrows.Key(trees, yards): 0}
	_, again := seen[bitrows.Key(bitrows.Of(g, '|'), bitrows.Of(g, '#'))]
	fmt.Println(again)
	// Output:
	// 3 2
	// true
}

// A jigsaw tile's inside as one word: its 8x8 cells inside the border,
// turned a quarter turn clockwise and placed into an image of bit rows.
func ExampleBlock() {
	tile := grid.MustParse(`
##########
##.......#
#.#......#
#..#.....#
#...#....#
#....#...#
#.....#..#
#......#.#
#........#
##########
`)
	inner := bitrows.BlockOf(tile, grid.Pt(1, 1), '#') // a diagonal of seven
	image := bitrows.New(8, 16)
	image.OrBlock(inner, grid.Pt(0, 0))
	image.OrBlock(inner.Orient(1), grid.Pt(0, 8)) // turned clockwise
	fmt.Print(grid.FromFunc(8, 16, func(p grid.Point) byte {
		if image.Has(p) {
			return '#'
		}
		return '.'
	}))
	// Output:
	// #..............#
	// .#............#.
	// ..#..........#..
	// ...#........#...
	// ....#......#....
	// .....#....#.....
	// ......#..#......
	// ................
}

// A jigsaw tile read straight into bits, its edges as bit strings (each
// read clockwise, bit 0 first: printed here highest bit first), and the
// inside of its border from a Block.
func ExampleFromSection() {
	sections := grid.Sections("Tile 7:\n#.##\n#..#\n.#..\n####\n")
	_, body := sections[0].Header()
	tile, err := bitrows.FromSection(body, '#', '.')
	if err != nil {
		fmt.Println(err)
		return
	}
	e := tile.Edges()
	fmt.Printf("up %04b, right %04b, down %04b, left %04b\n", e[grid.Up], e[grid.Right], e[grid.Down], e[grid.Left])
	// The 2x2 inside the border: cells (0, 0), (0, 1), (1, 0) and (1, 1)
	// of the Block from (1, 1), bits 0, 1, 8 and 9.
	fmt.Printf("inside %#x\n", tile.Block(grid.Pt(1, 1))&0x0303)
	// Output:
	// up 1101, right 1011, down 1111, left 1101
	// inside 0x100
}

// A walker who may step or wait, kept off the cells a storm covers each
// minute: the set of cells it can be on, one minute at a time.
func ExampleGrid_SpreadAvoiding() {
	storm := bitrows.Of(grid.MustParse(`
..#..
..#..
.....
`), '#')
	reach := bitrows.New(3, 5)
	reach.Set(grid.Pt(0, 0), true)
	next := bitrows.New(3, 5)
	for range 3 {
		next.SpreadAvoiding(reach, storm)
		reach, next = next, reach
	}
	fmt.Print(grid.FromFunc(3, 5, func(p grid.Point) byte {
		if reach.Has(p) {
			return 'o'
		}
		return '.'
	}))
	// Output:
	// oo...
	// oo...
	// oo...
}

// A MaskSet counts the masks that share no bit with a query, or hold all
// of it, 64 masks at a time: here shapes of a 2x2 block, bit 2r+c for the
// cell at row r, column c.
func ExampleMaskSet() {
	keys := bitrows.NewMaskSet([]uint64{
		0b0011, // the top row
		0b1100, // the bottom row
		0b0101, // the left column
		0b1100, // the bottom row again
	})
	lock := uint64(0b0001)           // the top left cell
	fmt.Println(keys.Count(0, lock)) // keys without the top left cell
	fmt.Println(keys.Count(0b0100, 0))
	fmt.Println(keys.Equal(0b1100))
	// Output:
	// 2
	// 3
	// 2
}

// Drop lets each rock fall as the jets push it: here a flat rock and a
// square one into a pile 7 wide, each from column 2 and three rows above
// the top, with the jets "><<".
func ExamplePile_Drop() {
	p := bitrows.NewPile(7)
	flat := bitrows.NewPiece(0b1111)
	square := bitrows.NewPiece(0b11, 0b11)
	jets := []byte("><<")
	next := p.Drop(flat, 2, 3, jets, 0)
	next = p.Drop(square, 2, 3, jets, next)
	for y := p.Height() - 1; y >= 0; y-- {
		fmt.Printf("%07b\n", bits.Reverse8(p.Row(y))>>1) // column 0 on the left
	}
	fmt.Println("next jet:", next)
	// Output:
	// 1100000
	// 1111110
	// next jet: 0
}

// A rule that needs more than counts, written over rows and words: a cell
// stays lit when lit cells flank it on the left and right, or above and
// below. The words of the row and the rows around, and the cells beside a
// word from Beside, make the next word in registers, 64 cells at a time.
func ExampleGrid_Row() {
	g := bitrows.Of(grid.MustParse(`
.#.#.
#####
.#.#.
`), '#')
	next := bitrows.New(g.Rows(), g.Cols())
	for r := range g.Rows() {
		row, out := g.Row(r), next.Row(r)
		var up, down []uint64
		if r > 0 {
			up = g.Row(r - 1)
		}
		if r+1 < g.Rows() {
			down = g.Row(r + 1)
		}
		for w, x := range row {
			left, right := bitrows.Beside(row, w)
			across := left & right
			if up != nil && down != nil {
				across |= up[w] & down[w]
			}
			out[w] = x & across
		}
	}
	for p := range next.All() {
		fmt.Println(p)
	}
	// Output:
	// (1,1)
	// (1,2)
	// (1,3)
}
