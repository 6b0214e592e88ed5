package main

import (
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

// parse reads a maze with grid.ParseFunc. It refuses unknown characters, a
// second start or end, and the malformed text that the parser refuses
// (ragged rows, a blank line inside, empty input) with a *grid.ParseError
// naming the line and column of the fault, and a missing start or end with
// a plain error.
func parse(r io.Reader) (maze, error) {
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
