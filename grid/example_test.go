package grid_test

import (
	"errors"
	"fmt"
	"log"
	"slices"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
)

func ExampleParseString() {
	// Pasted input often has a byte order mark, CRLF line endings and a
	// trailing blank line; ParseString accepts them all.
	g, err := grid.ParseString("\ufeff#..\r\n.S.\r\n..#\r\n\r\n")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(g.Rows(), "x", g.Cols())
	fmt.Printf("%c\n", g.At(grid.Pt(1, 1)))
	fmt.Print(g)

	// Malformed input is refused with an error that names the line.
	_, err = grid.ParseString("#..\n.S\n..#\n")
	fmt.Println(err)
	fmt.Println(errors.Is(err, grid.ErrRagged))
	// Output:
	// 3 x 3
	// S
	// #..
	// .S.
	// ..#
	// grid: line 2: ragged rows: row has 2 cells, want 3
	// true
}

func ExampleGrid_All() {
	g := grid.MustParse(`
1.2
.3.
`)
	sum := 0
	for p, c := range g.All() {
		if c >= '0' && c <= '9' {
			fmt.Println(p, string(c))
			sum += int(c - '0')
		}
	}
	fmt.Println("sum", sum)
	// Output:
	// (0,0) 1
	// (0,2) 2
	// (1,1) 3
	// sum 6
}

func ExampleGrid_Neighbors4() {
	g := grid.MustParse(`
#.#
...
.##
`)
	// Open cells next to the centre, Up, Right, Down, Left.
	for q := range g.Neighbors4(grid.Pt(1, 1)) {
		if g.At(q) == '.' {
			fmt.Println(q)
		}
	}
	// Only points inside the grid are yielded: a corner has two.
	fmt.Println(slices.Collect(g.Neighbors4(grid.Pt(0, 0))))
	// Output:
	// (0,1)
	// (1,2)
	// (1,0)
	// [(0,1) (1,0)]
}

// A search that numbers cells by dense index reads them and their
// neighbours by index, without building points.
func ExampleGrid_Neighbors4Index() {
	g := grid.MustParse(`
#.#
...
.##
`)
	centre := g.Index(grid.Pt(1, 1)) // 4
	for j := range g.Neighbors4Index(centre) {
		fmt.Println(j, g.PointAt(j), string(g.AtIndex(j)))
	}
	// Output:
	// 1 (0,1) .
	// 5 (1,2) .
	// 7 (2,1) #
	// 3 (1,0) .
}

func ExampleFind() {
	g := grid.MustParse(`
..#
#S.
.#.
`)
	start, ok := grid.Find(g, 'S')
	fmt.Println(start, ok)
	_, ok = grid.Find(g, 'E')
	fmt.Println(ok)
	fmt.Println(grid.FindAll(g, '#'), grid.Count(g, '#'))
	// Output:
	// (1,1) true
	// false
	// [(0,2) (1,0) (2,1)] 3
}

// The inside of a walled valley, cut out to wrap round: a blizzard that
// leaves on the right comes back on the left, inside the walls.
func ExampleGrid_Sub() {
	g := grid.MustParse(`
#.####
#>..<#
#.v..#
####.#
`)
	inside := g.Sub(grid.Pt(1, 1), g.Rows()-2, g.Cols()-2)
	fmt.Print(inside, "\n")
	wrap := inside.Torus()
	fmt.Printf("%c\n", wrap.At(grid.Pt(0, 4))) // one past the right edge
	// Output:
	// >..<
	// .v..
	//
	// >
}

func ExampleGrid_RotateCW() {
	g := grid.MustParse(`
abc
def
`)
	fmt.Print(g.RotateCW(), "\n")
	fmt.Print(g.RotateCCW(), "\n")
	fmt.Print(g.Transpose(), "\n")
	fmt.Print(g.FlipH())
	// Output:
	// da
	// eb
	// fc
	//
	// cf
	// be
	// ad
	//
	// ad
	// be
	// cf
	//
	// cba
	// fed
}

func ExampleGrid_Render() {
	g := grid.MustParse(`
.....
.#...
.....
`)
	path := []grid.Point{{0, 0}, {0, 1}, {0, 2}, {1, 2}, {2, 2}, {2, 3}}
	// The last layer wins where two draw: the start and end stay visible.
	fmt.Print(g.Render(
		grid.Mark('o', slices.Values(path)),
		grid.Mark('S', slices.Values(path[:1])),
		grid.Mark('E', slices.Values(path[len(path)-1:])),
	))
	// Output:
	// Soo..
	// .#o..
	// ..oE.
}

// Tile is a cell type for ParseFunc.
type Tile uint8

const (
	Floor Tile = iota
	Wall
	Box
)

func (t Tile) String() string { return string(".#O"[t]) }

func ExampleParseFunc() {
	tile := func(p grid.Point, c byte) (Tile, error) {
		switch c {
		case '.':
			return Floor, nil
		case '#':
			return Wall, nil
		case 'O':
			return Box, nil
		}
		return 0, fmt.Errorf("unknown tile %q", c)
	}

	g, err := grid.ParseFunc(strings.NewReader("#####\n#.O.#\n#####\n"), tile)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(g.At(grid.Pt(1, 2)) == Box, grid.Count(g, Wall))
	fmt.Print(g)

	// An error from the cell function is located by line and column.
	_, err = grid.ParseFunc(strings.NewReader("#####\n#.O.#\n#.@.#\n"), tile)
	fmt.Println(err)
	var pe *grid.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Col)
	}
	// Output:
	// true 12
	// #####
	// #.O.#
	// #####
	// grid: line 3, column 3: unknown tile '@'
	// 3 3
}

func ExampleDirOf() {
	for _, r := range "^>v<NX" {
		d, ok := grid.DirOf(r)
		fmt.Printf("%c %v %v\n", r, d, ok)
	}
	// Output:
	// ^ Up true
	// > Right true
	// v Down true
	// < Left true
	// N Up true
	// X Up false
}

func ExampleDir_TurnRight() {
	var turns []grid.Dir
	for d := grid.Up; len(turns) < 5; d = d.TurnRight() {
		turns = append(turns, d)
	}
	fmt.Println(turns)
	fmt.Println(grid.UpRight.TurnRight(), grid.Left.Reverse(), grid.Down.TurnLeft())
	fmt.Println(grid.Pt(5, 5).Move(grid.Right, 3), grid.Right.Delta())
	// Output:
	// [Up Right Down Left Up]
	// DownRight Right Right
	// (5,8) (0,1)
}

// Rock paths drawn into a working grid, each corner joined to the next by
// Segment, the grid sized by the box around the corners.
func ExampleSegment() {
	paths := [][]grid.Point{
		{grid.XY(2, 1), grid.XY(2, 3), grid.XY(5, 3)},
		{grid.XY(6, 0), grid.XY(6, 2), grid.XY(4, 0)},
	}
	lo, hi, _ := grid.Bounds(func(yield func(grid.Point) bool) {
		for _, path := range paths {
			for _, p := range path {
				if !yield(p) {
					return
				}
			}
		}
	})
	m := grid.NewMutable(hi.Row-lo.Row+1, hi.Col-lo.Col+1, byte('.'))
	for _, path := range paths {
		for k := 1; k < len(path); k++ {
			if !path[k-1].Aligned(path[k]) {
				fmt.Println("not straight:", path[k-1], path[k])
				return
			}
			for p := range grid.Segment(path[k-1], path[k]) {
				m.Set(p.Sub(lo), '#')
			}
		}
	}
	fmt.Println("corners from", lo, "to", hi)
	fmt.Print(m.Grid())
	// Output:
	// corners from (0,2) to (3,6)
	// ..#.#
	// #..##
	// #...#
	// ####.
}

// Neighbours tried in reading order, for a rule that breaks ties that way:
// of the open cells next to p, the first in reading order wins.
func ExampleReadingOrder() {
	g := grid.MustParse(`
#.#
..#
.#.
`)
	p := grid.Pt(1, 1)
	for _, d := range grid.ReadingOrder() {
		if q := p.Move(d, 1); g.In(q) && g.At(q) == '.' {
			fmt.Println("step to", q)
			break
		}
	}
	pts := []grid.Point{grid.Pt(2, 0), grid.Pt(0, 1), grid.Pt(1, 0)}
	slices.SortFunc(pts, grid.Point.Compare)
	fmt.Println(pts)
	// Output:
	// step to (0,1)
	// [(0,1) (1,0) (2,0)]
}
