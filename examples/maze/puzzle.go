package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/gridsearch/gridsearch/grid"
)

// A maze is a parsed map: its cells and where the walk starts and ends.
type maze struct {
	cells      grid.Grid[byte]
	start, end grid.Point
}

// parse reads a maze. It refuses unknown characters, a missing or second
// start or end, and the malformed text that grid.Parse refuses (ragged
// rows, a blank line inside, empty input), with the line and column of the
// fault. Rows are lines one to one, so a cell's point gives its line and
// column.
func parse(r io.Reader) (maze, error) {
	g, err := grid.Parse(r)
	if err != nil {
		return maze{}, err
	}
	m := maze{cells: g}
	var seenStart, seenEnd bool
	for p, c := range g.All() {
		var at *grid.Point
		var seen *bool
		switch c {
		case '#', '.':
			continue
		case 'S':
			at, seen = &m.start, &seenStart
		case 'E':
			at, seen = &m.end, &seenEnd
		default:
			return maze{}, fmt.Errorf("line %d, column %d: unknown cell %s (want '#', '.', 'S' or 'E')", p.Row+1, p.Col+1, quote(c))
		}
		if *seen {
			return maze{}, fmt.Errorf("line %d, column %d: second %c; the first is at line %d, column %d",
				p.Row+1, p.Col+1, c, at.Row+1, at.Col+1)
		}
		*at, *seen = p, true
	}
	switch {
	case !seenStart:
		return maze{}, errors.New("no start 'S' on the map")
	case !seenEnd:
		return maze{}, errors.New("no end 'E' on the map")
	}
	return m, nil
}

// quote returns c quoted for an error message: as a Go character literal
// if it is ASCII, and as a hex escape if it is a byte of a longer UTF-8
// sequence, which would misprint as a character of its own.
func quote(c byte) string {
	if c < utf8.RuneSelf {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf(`'\x%02x'`, c)
}
