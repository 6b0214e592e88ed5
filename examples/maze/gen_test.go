package main

import (
	"bytes"
	"math"
	"testing"

	"github.com/gridsearch/gridsearch/examples/internal/clitest"
)

// The answers for default.txt, generate(defaultGen).
const (
	defaultPart1 = 137504
	defaultPart2 = 726
)

func TestDefaultMaze(t *testing.T) {
	got, err := generate(defaultGen)
	if err != nil {
		t.Fatalf("generate(%+v): %v", defaultGen, err)
	}
	clitest.CheckDefault(t, "maze", defaultGen.Seed, got)
	part1, part2, err := solveText(t, string(got))
	if err != nil || part1 != defaultPart1 || part2 != defaultPart2 {
		t.Errorf("default maze: solve = %d, %d, %v, want %d, %d", part1, part2, err, defaultPart1, defaultPart2)
	}
	// Several cheapest walks tie: the cells on them outnumber the cells on
	// one walk, which has part1%1000 steps when it turns fewer than 1000
	// times.
	if one := part1%1000 + 1; part2 <= one {
		t.Errorf("default maze: %d cells on the cheapest walks, no more than on one (%d): no ties", part2, one)
	}
}

// TestGenerateShape checks generated mazes of many sizes: walls all
// round, one S at the bottom-left room and one E at the top-right one,
// every room reachable, and with no loops a tree: one passage fewer than
// rooms.
func TestGenerateShape(t *testing.T) {
	for rows := 3; rows <= 16; rows++ {
		for cols := 3; cols <= 16; cols++ {
			if (rows-1)/2*((cols-1)/2) < 2 {
				continue
			}
			for _, loops := range []float64{0, 0.3, 1} {
				c := genConfig{Rows: rows, Cols: cols, Seed: uint64(rows*100 + cols), Loops: loops}
				m, err := generate(c)
				if err != nil {
					t.Fatalf("generate(%+v): %v", c, err)
				}
				checkShape(t, c, m)
				again, _ := generate(c)
				if !bytes.Equal(again, m) {
					t.Fatalf("generate(%+v) gave two different mazes", c)
				}
			}
		}
	}
}

func checkShape(t *testing.T, c genConfig, m []byte) {
	t.Helper()
	lines := bytes.Split(bytes.TrimSuffix(m, []byte("\n")), []byte("\n"))
	if len(lines) != c.Rows {
		t.Fatalf("generate(%+v) has %d lines, want %d", c, len(lines), c.Rows)
	}
	rooms, floor := 0, 0
	lastRow, lastCol := c.Rows-2-(c.Rows-2+1)%2, c.Cols-2-(c.Cols-2+1)%2
	for r, line := range lines {
		if len(line) != c.Cols {
			t.Fatalf("generate(%+v) line %d has %d cells, want %d", c, r+1, len(line), c.Cols)
		}
		for k, ch := range line {
			edge := r == 0 || k == 0 || r == c.Rows-1 || k == c.Cols-1
			room := r%2 == 1 && k%2 == 1 && r <= lastRow && k <= lastCol
			switch {
			case edge && ch != '#':
				t.Fatalf("generate(%+v) has %q on the edge at line %d, column %d", c, ch, r+1, k+1)
			case room && ch == '#':
				t.Fatalf("generate(%+v) left room %d,%d walled up", c, r, k)
			case ch == 'S' && (r != lastRow || k != 1), ch == 'E' && (r != 1 || k != lastCol):
				t.Fatalf("generate(%+v) has %c at line %d, column %d", c, ch, r+1, k+1)
			}
			rooms += btoi(room)
			floor += btoi(ch != '#')
		}
	}
	if bytes.Count(m, []byte("S")) != 1 || bytes.Count(m, []byte("E")) != 1 {
		t.Fatalf("generate(%+v) does not have one S and one E:\n%s", c, m)
	}
	if c.Loops == 0 && floor != 2*rooms-1 {
		t.Fatalf("generate(%+v) with no loops has %d floor cells for %d rooms, want %d:\n%s", c, floor, rooms, 2*rooms-1, m)
	}
	if _, _, ok := refSolve(string(m)); !ok {
		t.Fatalf("generate(%+v): E out of reach:\n%s", c, m)
	}
}

func TestGenerateRefuses(t *testing.T) {
	for _, c := range []genConfig{
		{Rows: 2, Cols: 9},
		{Rows: 9, Cols: 0},
		{Rows: 3, Cols: 4},
		{Rows: 4, Cols: 3},
		{Rows: maxSide + 1, Cols: 9},
		{Rows: 9, Cols: 9, Loops: -0.1},
		{Rows: 9, Cols: 9, Loops: 1.5},
		{Rows: 9, Cols: 9, Loops: math.NaN()},
	} {
		if m, err := generate(c); err == nil {
			t.Errorf("generate(%+v) = %q, nil, want an error", c, m)
		}
	}
}

// TestGenerateSeeds checks that generated 141x141 mazes at the default loop
// share, like the embedded one, have cheapest walks that tie.
func TestGenerateSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("solves 8 mazes")
	}
	ties := 0
	for seed := range uint64(8) {
		c := defaultGen
		c.Seed = seed + 100
		m, err := generate(c)
		if err != nil {
			t.Fatal(err)
		}
		part1, part2, err := solveText(t, string(m))
		if err != nil {
			t.Fatalf("generate(%+v): %v", c, err)
		}
		if part2 > part1%1000+1 {
			ties++
		}
	}
	if ties < 4 {
		t.Errorf("%d of 8 generated mazes have tying cheapest walks, want at least 4", ties)
	}
}
