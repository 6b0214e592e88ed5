package grid_test

import (
	"fmt"
	"log"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
)

// A puzzle input of a warehouse map, a blank line, then a list of moves.
// CRLF endings and an extra blank line change nothing.
func ExampleCutSection() {
	input := "#####\r\n#.O@#\r\n#####\r\n\r\n\r\n<<>\r\n^v\r\n"
	first, rest := grid.CutSection(input)
	g, err := first.Grid()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(g)
	i := 0
	for moves := range rest.Lines() {
		fmt.Printf("line %d: %s\n", rest.Line+i, moves)
		i++
	}
	// Output:
	// #####
	// #.O@#
	// #####
	// line 6: <<>
	// line 7: ^v
}

// Many small maps separated by blank lines; an error names the line in
// the whole input.
func ExampleSections() {
	input := `
#.#
.#.

##
##

#..
.#
`
	for _, sec := range grid.Sections(input) {
		g, err := sec.Grid()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("line %d: %dx%d\n", sec.Line, g.Rows(), g.Cols())
	}
	// Output:
	// line 2: 2x3
	// line 5: 2x2
	// grid: line 9: ragged rows: row has 2 cells, want 3
}

func ExampleParseInts() {
	input := "p=0,4 v=3,-3\np=6,3 v=-1,-3\n"
	lines, err := grid.ParseInts(input)
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range lines {
		p, v := grid.XY(n[0], n[1]), grid.XY(n[2], n[3])
		fmt.Println("at", p, "moving", v)
	}
	// Output:
	// at (4,0) moving (-3,3)
	// at (3,6) moving (-3,-1)
}

func ExampleParsePoints() {
	pts, err := grid.ParsePoints("5,4\n4,2\n4,5\n")
	if err != nil {
		log.Fatal(err)
	}
	g, err := grid.FromPoints(6, 7, '.', '#', slices.Values(pts))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(g)
	_, err = grid.ParsePoints("5,4\n4;2\n")
	fmt.Println(err)
	// Output:
	// .......
	// .......
	// ....#..
	// .......
	// .....#.
	// ....#..
	// grid: line 2, column 2: malformed line: want "x,y", no ',' after x
}

// Numbers beside symbols: the part numbers that touch a symbol.
func ExampleNumbers() {
	g, err := grid.ParseString(`
467..114..
...*......
..35..633.
......#...
`)
	if err != nil {
		log.Fatal(err)
	}
	nums, err := grid.Numbers(g)
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range nums {
		for p := range n.Around() {
			if c, ok := g.Get(p); ok && c != '.' {
				fmt.Println(n.Value, "at", n.At, "touches", string(c))
				break
			}
		}
	}
	// Output:
	// 467 at (0,0) touches *
	// 35 at (2,2) touches *
	// 633 at (2,6) touches #
}

func ExampleParseStringFunc() {
	heights, err := grid.ParseStringFunc("0123\n1234\n", func(p grid.Point, c byte) (int, error) {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("want a digit, found %q", c)
		}
		return int(c - '0'), nil
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(heights.At(grid.Pt(1, 3)))
	_, err = grid.ParseStringFunc("01\n2x\n", func(p grid.Point, c byte) (int, error) {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("want a digit, found %q", c)
		}
		return int(c - '0'), nil
	})
	fmt.Println(err)
	// Output:
	// 4
	// grid: line 2, column 2: want a digit, found 'x'
}

// Small blocks as one word each: locks hang from a full top row, keys rise
// from a full bottom one, and a lock and a key fit where no cell holds
// both, one AND.
func ExampleSection_Mask() {
	input := "###\n#.#\n...\n\n...\n..#\n###\n\n...\n.#.\n###\n"
	var locks, keys []uint64
	for _, s := range grid.Sections(input) {
		m, rows, cols, err := s.Mask('#')
		if err != nil {
			log.Fatal(err)
		}
		if rows != 3 || cols != 3 {
			log.Fatalf("line %d: %dx%d, want 3x3", s.Line, rows, cols)
		}
		if m&0b111 == 0b111 { // the top row, bits 0 to 2, all '#'
			locks = append(locks, m)
		} else {
			keys = append(keys, m)
		}
	}
	for _, l := range locks {
		for _, k := range keys {
			fmt.Printf("lock %09b, key %09b: fits %t\n", l, k, l&k == 0)
		}
	}
	// Output:
	// lock 000101111, key 111100000: fits false
	// lock 000101111, key 111010000: fits true
}

// The points of each letter of a map, gathered in one pass over it.
func ExampleGroups() {
	g := grid.MustParse(`
a..b
.a..
..b.
`)
	groups := grid.Groups(g, '.')
	for _, v := range []byte("ab") {
		fmt.Printf("%c: %v\n", v, groups[v])
	}
	// Output:
	// a: [(0,0) (1,1)]
	// b: [(0,3) (2,2)]
}

// Masks reads a whole input of small maps of one size, each into a word,
// in one pass when the input is laid out plainly.
func ExampleMasks() {
	input := "##\n#.\n\n..\n.#\n\n#.\n.#\n"
	masks, rows, cols, err := grid.Masks(input, '#')
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d maps of %dx%d\n", len(masks), rows, cols)
	for _, m := range masks {
		fmt.Printf("%04b\n", m) // bit 2r+c for the cell at row r, column c
	}
	_, _, _, err = grid.Masks("##\n#.\n\n...\n", '#')
	fmt.Println(err)
	// Output:
	// 3 maps of 2x2
	// 0111
	// 1000
	// 1001
	// grid: line 4: a 1x3 map, where the first is 2x2
}

// NumberAt finds the number that covers a cell, from the cell: here the
// numbers around a '*'.
func ExampleNumberAt() {
	g := grid.MustParse(`
467..
..*..
..35.
`)
	star, _ := grid.Find(g, '*')
	seen := map[grid.Point]bool{}
	for q := range g.Neighbors8(star) {
		if n, ok := grid.NumberAt(g, q); ok && !seen[n.At] {
			seen[n.At] = true
			fmt.Println(n.Value, "at", n.At)
		}
	}
	// Output:
	// 467 at (0,0)
	// 35 at (2,2)
}
