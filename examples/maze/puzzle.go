package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
	"github.com/gridsearch/gridsearch/grid"
)

// A maze is a parsed map: its cells and where the walk starts and ends.
type maze struct {
	cells      grid.Grid[byte]
	start, end grid.Point
}

// parse reads a maze. It refuses unknown characters, a second start or
// end, and the malformed text that the parser refuses (ragged rows, a
// blank line inside, empty input) with a *grid.ParseError naming the line
// and column of the fault, and a missing start or end with a plain error.
//
// A well-formed maze, the common case, is read by grid.Parse, which copies
// each row whole, and checked in one pass over its cells. Anything else is
// read again, from the bytes Parse read and the rest, by checkedParse,
// whose grid.ParseFunc checks each cell as it goes, so that the first
// fault in reading order is the one reported.
func parse(r io.Reader) (maze, error) {
	var read bytes.Buffer
	if g, err := grid.Parse(io.TeeReader(r, &read)); err == nil {
		if m, ok := plainMaze(g); ok {
			return m, nil
		}
	}
	return checkedParse(io.MultiReader(&read, r))
}

// cellKind sorts the bytes of a maze: 0 for wall and floor, 1 for 'S', 2
// for 'E' and 3 for anything else.
var cellKind = func() (k [256]uint8) {
	for i := range k {
		k[i] = 3
	}
	k['#'], k['.'], k['S'], k['E'] = 0, 0, 1, 2
	return k
}()

// plainMaze returns the maze of g and true if g holds only '#', '.', one
// 'S' and one 'E'; false otherwise.
func plainMaze(g grid.Grid[byte]) (maze, bool) {
	m := maze{cells: g}
	var n [4]int
	var row []byte
	for r := range g.Rows() {
		row = g.AppendRow(row[:0], r)
		for c, b := range row {
			if k := cellKind[b]; k != 0 {
				n[k]++
				switch k {
				case 1:
					m.start = grid.Pt(r, c)
				case 2:
					m.end = grid.Pt(r, c)
				}
			}
		}
	}
	return m, n[1] == 1 && n[2] == 1 && n[3] == 0
}

// checkedParse is parse by grid.ParseFunc, every cell checked as it is
// read.
func checkedParse(r io.Reader) (maze, error) {
	var m maze
	var seenStart, seenEnd bool
	g, err := grid.ParseFunc(r, func(p grid.Point, c byte) (byte, error) {
		var at *grid.Point
		var seen *bool
		switch c {
		case '#', '.':
			return c, nil
		case 'S':
			at, seen = &m.start, &seenStart
		case 'E':
			at, seen = &m.end, &seenEnd
		default:
			return 0, fmt.Errorf("unknown cell %s (want '#', '.', 'S' or 'E')", cli.Quote(c))
		}
		if *seen {
			return 0, fmt.Errorf("second %c; the first is at line %d, column %d", c, at.Row+1, at.Col+1)
		}
		*at, *seen = p, true
		return c, nil
	})
	switch {
	case err != nil:
		return maze{}, err
	case !seenStart:
		return maze{}, errors.New("no start 'S' on the map")
	case !seenEnd:
		return maze{}, errors.New("no end 'E' on the map")
	}
	m.cells = g
	return m, nil
}
