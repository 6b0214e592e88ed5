package main

import (
	"fmt"

	"github.com/gridsearch/gridsearch/examples/internal/rng"
)

// A genConfig describes a maze for generate to make.
type genConfig struct {
	// Rows and Cols are the maze's size, each in [3, maxSide], with room
	// for at least two rooms (see generate).
	Rows, Cols int

	// Seed selects the maze: the same genConfig always gives the same
	// maze, on every platform.
	Seed uint64

	// Loops is the share of the walls left between two neighbouring rooms
	// that are knocked through after carving, in [0, 1]. With none the
	// maze is a tree and has exactly one path between any two cells;
	// openings make loops, so that several cheapest paths can tie.
	Loops float64
}

// maxSide is the largest side generate accepts.
const maxSide = 2001

// pcgStream is the second PCG seed word; genConfig.Seed is the first.
const pcgStream = 0x6d617a6567656e31 // "mazegen1" in ASCII

// defaultGen makes default.txt; its answers are checked in gen_test.go.
var defaultGen = genConfig{Rows: 141, Cols: 141, Seed: 9, Loops: 0.06}

// generate returns the maze c describes: c.Rows lines of c.Cols cells, each
// line ended by '\n', with '#' for a wall, '.' for floor, 'S' for the start
// in the bottom-left room and 'E' for the end in the top-right one.
//
// Rooms are the cells whose row and column are both odd, short of the last
// row and column; every other cell starts as wall. A randomised depth-first
// search from the start room carves a passage to each room in turn,
// knocking out the wall between them, which makes long winding corridors
// and a path from S to E. Then a share c.Loops of the walls still standing
// between two rooms are knocked out too. The outer rows and columns stay
// wall.
//
// Random numbers come from a PCG seeded with c.Seed, drawn through
// [rng.Source] the same way on every platform. generate costs time and
// memory linear in c.Rows*c.Cols: well under a millisecond for 141x141.
func generate(c genConfig) ([]byte, error) {
	if c.Rows < 3 || c.Cols < 3 || c.Rows > maxSide || c.Cols > maxSide {
		return nil, fmt.Errorf("maze size %dx%d, want each side in [3, %d]", c.Rows, c.Cols, maxSide)
	}
	if (c.Rows-1)/2*((c.Cols-1)/2) < 2 {
		return nil, fmt.Errorf("maze size %dx%d has room for one room only, want two", c.Rows, c.Cols)
	}
	if !(c.Loops >= 0 && c.Loops <= 1) { // also catches NaN
		return nil, fmt.Errorf("loops %v, want in [0, 1]", c.Loops)
	}
	rows, cols := c.Rows, c.Cols
	m := make([]byte, rows*cols)
	for i := range m {
		m[i] = '#'
	}
	at := func(r, c int) *byte { return &m[r*cols+c] }
	// The last room row and column: the largest odd numbers short of the
	// outer wall.
	lastRow, lastCol := rows-2, cols-2
	if lastRow%2 == 0 {
		lastRow--
	}
	if lastCol%2 == 0 {
		lastCol--
	}
	isRoom := func(r, c int) bool { return r >= 1 && r <= lastRow && c >= 1 && c <= lastCol }

	src := rng.New(c.Seed, pcgStream)
	type room struct{ r, c int }
	steps := [4]room{{-2, 0}, {0, 2}, {2, 0}, {0, -2}}
	*at(lastRow, 1) = '.'
	stack := []room{{lastRow, 1}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		var open [4]room
		n := 0
		for _, d := range steps {
			if q := (room{p.r + d.r, p.c + d.c}); isRoom(q.r, q.c) && *at(q.r, q.c) == '#' {
				open[n] = q
				n++
			}
		}
		if n == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		q := open[src.IntN(n)]
		*at((p.r+q.r)/2, (p.c+q.c)/2) = '.'
		*at(q.r, q.c) = '.'
		stack = append(stack, q)
	}
	// Knock through a share of the walls between two rooms: those with
	// one odd and one even coordinate, rooms on either side.
	for r := 1; r <= lastRow; r++ {
		for k := 1; k <= lastCol; k++ {
			if r%2 == k%2 || *at(r, k) != '#' {
				continue
			}
			if src.Float64() < c.Loops {
				*at(r, k) = '.'
			}
		}
	}
	*at(lastRow, 1), *at(1, lastCol) = 'S', 'E'

	out := make([]byte, 0, rows*(cols+1))
	for r := range rows {
		out = append(out, m[r*cols:(r+1)*cols]...)
		out = append(out, '\n')
	}
	return out, nil
}
