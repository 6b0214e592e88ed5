package mapgen_test

import (
	"bytes"
	"fmt"
)

// This file holds a plain reference solver for the guard-patrol puzzle, kept
// simple enough to be obviously correct. It is the oracle the tests check
// generated maps against.

// pos is a cell: row, then column.
type pos struct{ r, c int }

// state is where the guard stands and which way it faces.
type state struct {
	p pos
	d int // 0 up, 1 right, 2 down, 3 left
}

var moves = [4]pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

// puzzle is a parsed map.
type puzzle struct {
	rows  []string
	start state
}

// parsePuzzle checks that data is a well-formed map (rectangular rows of
// ".#^>v<", each ended by '\n', exactly one guard) and parses it.
func parsePuzzle(data []byte) (puzzle, error) {
	var z puzzle
	if len(data) == 0 || data[len(data)-1] != '\n' {
		return z, fmt.Errorf("map does not end with a newline")
	}
	guards := 0
	for i, line := range bytes.Split(data[:len(data)-1], []byte("\n")) {
		if len(line) == 0 || i > 0 && len(line) != len(z.rows[0]) {
			return z, fmt.Errorf("line %d: %d cells", i+1, len(line))
		}
		for j, ch := range line {
			switch d := bytes.IndexByte([]byte("^>v<"), ch); {
			case d >= 0:
				guards++
				z.start = state{pos{i, j}, d}
			case ch != '.' && ch != '#':
				return z, fmt.Errorf("line %d: cell %d is %q", i+1, j+1, ch)
			}
		}
		z.rows = append(z.rows, string(line))
	}
	if guards != 1 {
		return z, fmt.Errorf("%d guards, want 1", guards)
	}
	return z, nil
}

func (z puzzle) inside(p pos) bool {
	return p.r >= 0 && p.r < len(z.rows) && p.c >= 0 && p.c < len(z.rows[0])
}

// step returns the guard's next state from s, with an extra obstacle at
// extra, and false if the guard leaves the map instead.
func (z puzzle) step(s state, extra pos) (state, bool) {
	next := pos{s.p.r + moves[s.d].r, s.p.c + moves[s.d].c}
	switch {
	case !z.inside(next):
		return s, false
	case z.rows[next.r][next.c] == '#' || next == extra:
		s.d = (s.d + 1) % 4
	default:
		s.p = next
	}
	return s, true
}

// route walks the guard one step at a time until it leaves the map or
// repeats a state. It returns the states it went through, in order, and
// whether the guard loops.
func (z puzzle) route() (states []state, loops bool) {
	seen := map[state]bool{}
	for s, ok := z.start, true; ok; s, ok = z.step(s, pos{-1, -1}) {
		if seen[s] {
			return states, true
		}
		seen[s] = true
		states = append(states, s)
	}
	return states, false
}

// cells returns the number of cells states cover.
func cells(states []state) int {
	seen := map[pos]bool{}
	for _, s := range states {
		seen[s.p] = true
	}
	return len(seen)
}

// loops reports whether the guard, starting in state from, loops with an
// extra obstacle at extra. It walks one step at a time but records only the
// states in which the guard turns: a loop must turn (a straight line leaves
// the map), so it repeats a turning state as surely as any other.
func (z puzzle) loops(from state, extra pos) bool {
	seen := map[state]bool{}
	for s, ok := from, true; ok; {
		next, stays := z.step(s, extra)
		if stays && next.d != s.d {
			if seen[s] {
				return true
			}
			seen[s] = true
		}
		s, ok = next, stays
	}
	return false
}

// solve returns the puzzle's answers: the number of cells the guard visits
// before leaving, and the number of cells where one more obstacle makes it
// loop. exits is false if the guard loops on the map as given.
//
// Part 2 tries every cell of the path but the start. An obstacle there
// changes nothing until the guard first faces the cell, so each trial starts
// from that state of the original walk rather than from the start. (States
// the trial skips can still be part of its loop: it then comes back to the
// state it started from, which turns, so the loop is still found.)
func (z puzzle) solve() (part1, part2 int, exits bool) {
	states, loops := z.route()
	visited := map[pos]bool{z.start.p: true}
	for i := 1; i < len(states); i++ {
		if p := states[i].p; !visited[p] {
			visited[p] = true
			if !loops && z.loops(states[i-1], p) {
				part2++
			}
		}
	}
	return len(visited), part2, !loops
}
