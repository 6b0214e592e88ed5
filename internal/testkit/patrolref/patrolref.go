// Package patrolref is the reference for the tests of a patrolling guard
// (packages walk, walk/patrol and walk/cycle): a plain walker to check the
// fast ones against, the turning rules, and the maps those tests draw, parse
// or decode from fuzz input.
package patrolref

import (
	"iter"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
)

// delta is each heading's step written out, not through grid.Dir.Delta,
// which is among the things tested.
var delta = [8]struct{ dr, dc int }{
	{-1, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 1}, {1, 1}, {1, -1}, {-1, -1},
}

// Walk is the reference walker that walk.Patrol should match, written the
// obvious way: an explicit loop over a [][]bool of blocked cells, with
// headings moved by delta and repeats found with a map. It returns the
// states of the walk from start, cut after limit states or at the first
// repeated state (which is included, and reported by loops).
func Walk(blocked [][]bool, start walk.State, turn func(grid.Dir) grid.Dir, limit int) (states []walk.State, loops bool) {
	rows := len(blocked)
	inside := func(r, c int) bool { return r >= 0 && r < rows && c >= 0 && c < len(blocked[r]) }
	if !inside(start.Pos.Row, start.Pos.Col) {
		return nil, false
	}
	seen := make(map[walk.State]bool)
	s := start
	for {
		states = append(states, s)
		if seen[s] {
			return states, true
		}
		if len(states) == limit {
			return states, false
		}
		seen[s] = true
		r, c := s.Pos.Row+delta[s.Dir].dr, s.Pos.Col+delta[s.Dir].dc
		if !inside(r, c) {
			return states, false
		}
		if blocked[r][c] {
			s.Dir = turn(s.Dir)
		} else {
			s.Pos = grid.Pt(r, c)
		}
	}
}

// Collect gathers seq the way Walk does: up to limit states, or up to
// and including the first repeated one.
func Collect(seq iter.Seq[walk.State], limit int) (states []walk.State, loops bool) {
	seen := make(map[walk.State]bool)
	for s := range seq {
		states = append(states, s)
		if seen[s] {
			return states, true
		}
		if len(states) == limit {
			return states, false
		}
		seen[s] = true
	}
	return states, false
}

// A Rule is a turning Rule in two forms: the walk.Option given to walk.Patrol and the
// Rule Walk follows, written without grid.Dir's methods where they are
// the thing being tested.
type Rule struct {
	Name string
	Opts []walk.Option
	Ref  func(grid.Dir) grid.Dir
}

var (
	Right = func(d grid.Dir) grid.Dir { return (d + 1) % 4 }
	Left  = func(d grid.Dir) grid.Dir { return (d + 3) % 4 }
	Back  = func(d grid.Dir) grid.Dir { return (d + 2) % 4 }
	// Shuffle is a custom Rule that is no rotation: Up→Down→Right→Left→Up.
	Shuffle = func(d grid.Dir) grid.Dir { return [4]grid.Dir{grid.Down, grid.Left, grid.Right, grid.Up}[d] }
	// Stay never turns, so a blocked guard repeats its state at once.
	Stay = func(d grid.Dir) grid.Dir { return d }
)

var Rules = []Rule{
	{"default", nil, Right},
	{"turning_nil", []walk.Option{walk.Turning(nil)}, Right},
	{"turn_right", []walk.Option{walk.Turning(grid.Dir.TurnRight)}, Right},
	{"turn_left", []walk.Option{walk.Turning(grid.Dir.TurnLeft)}, Left},
	{"reverse", []walk.Option{walk.Turning(grid.Dir.Reverse)}, Back},
	{"custom", []walk.Option{walk.Turning(Shuffle)}, Shuffle},
	{"Stay", []walk.Option{walk.Turning(Stay)}, Stay},
	{"last_option_wins", []walk.Option{walk.Turning(grid.Dir.Reverse), walk.Turning(grid.Dir.TurnLeft)}, Left},
}

// Grid turns a [][]bool into a grid and a blocked function over it that
// counts its calls. Through g.At, blocked panics if walk.Patrol ever asks about a
// point outside the grid.
func Grid(m [][]bool) (g grid.Grid[bool], blocked func(grid.Point) bool, calls *int) {
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	calls = new(int)
	return g, func(p grid.Point) bool { *calls++; return g.At(p) }, calls
}

// RandStart picks a start state on a rows×cols map: anywhere, on the edge
// facing out of the map, or on the edge facing anywhere.
func RandStart(rng *rand.Rand, rows, cols int) walk.State {
	s := walk.State{Pos: grid.Pt(rng.IntN(rows), rng.IntN(cols)), Dir: grid.Dir(rng.IntN(4))}
	switch rng.IntN(4) {
	case 0: // facing straight out of the map
		s.Dir = grid.Dir(rng.IntN(4))
		switch s.Dir {
		case grid.Up:
			s.Pos.Row = 0
		case grid.Right:
			s.Pos.Col = cols - 1
		case grid.Down:
			s.Pos.Row = rows - 1
		case grid.Left:
			s.Pos.Col = 0
		}
	case 1: // on the edge
		if rng.IntN(2) == 0 {
			s.Pos.Row = []int{0, rows - 1}[rng.IntN(2)]
		} else {
			s.Pos.Col = []int{0, cols - 1}[rng.IntN(2)]
		}
	}
	return s
}

// RandCase returns a random map of 1x1 to 40x40 cells, square or not, 0%
// to 45% blocked, and a start on it. Low densities are drawn more often,
// a third of the maps are walled in (the start may still be on the wall),
// and one in eight is a spiral with a few extra obstacles, because those
// give the long walks and the loops.
func RandCase(rng *rand.Rand) ([][]bool, walk.State) {
	if rng.IntN(8) == 0 {
		m, start := Spiral(5 + rng.IntN(36))
		for range rng.IntN(4) {
			m[rng.IntN(len(m))][rng.IntN(len(m))] = true
		}
		return m, start
	}
	rows, cols := 1+rng.IntN(40), 1+rng.IntN(40)
	density := float64(rng.IntN(46)) / 100
	if rng.IntN(2) == 0 {
		density /= 8
	}
	m := testkit.Bools(rng, rows, cols, density)
	if rng.IntN(3) == 0 {
		for r := range rows {
			for c := range cols {
				if r == 0 || c == 0 || r == rows-1 || c == cols-1 {
					m[r][c] = true
				}
			}
		}
	}
	return m, RandStart(rng, rows, cols)
}

// Parse reads a test map: '#' is blocked, one of "^>v<" marks the start
// (on an open cell), anything else is open.
func Parse(t testing.TB, s string) ([][]bool, walk.State) {
	t.Helper()
	g, err := grid.ParseString(strings.TrimPrefix(s, "\n"))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var start walk.State
	found := false
	m := make([][]bool, g.Rows())
	for p, c := range g.All() {
		if p.Col == 0 {
			m[p.Row] = make([]bool, g.Cols())
		}
		m[p.Row][p.Col] = c == '#'
		if d, ok := grid.DirOf(rune(c)); ok && strings.IndexByte("^>v<", c) >= 0 {
			start, found = walk.State{Pos: p, Dir: d}, true
		}
	}
	if !found {
		t.Fatalf("Parse: no start in\n%s", s)
	}
	return m, start
}

// St returns the state at (row, col) heading d, for short tables.
func St(row, col int, d grid.Dir) walk.State { return walk.State{Pos: grid.Pt(row, col), Dir: d} }

// Spiral returns an n×n map on which a guard starting in the middle
// facing up spirals outwards, clockwise, in rings two cells apart, and
// leaves the map after walking most of it: about n*n/2 steps.
func Spiral(n int) ([][]bool, walk.State) {
	m := make([][]bool, n)
	for i := range m {
		m[i] = make([]bool, n)
	}
	start := walk.State{Pos: grid.Pt(n/2, n/2), Dir: grid.Up}
	p, d := start.Pos, start.Dir
	for leg := 2; ; leg += 2 {
		for range 2 {
			p = p.Move(d, leg)
			stop := p.Move(d, 1)
			if stop.Row < 0 || stop.Row >= n || stop.Col < 0 || stop.Col >= n {
				return m, start
			}
			m[stop.Row][stop.Col] = true
			d = d.TurnRight()
		}
	}
}

// FromFuzz decodes a fuzz target's bytes, at least 5 of them, into a map of
// up to 16 rows and maxCols columns and a start state: rows, cols, start
// row, start col and heading, then one bit per cell, row by row (missing
// bytes are open cells). Start rows and columns run from -1 to rows (or
// cols), so some starts are outside the map.
func FromFuzz(data []byte, maxCols int) ([][]bool, walk.State) {
	rows, cols := 1+int(data[0])%16, 1+int(data[1])%maxCols
	start := walk.State{Pos: grid.Pt(int(data[2])%(rows+2)-1, int(data[3])%(cols+2)-1), Dir: grid.Dir(data[4] % 4)}
	bits := data[5:]
	m := make([][]bool, rows)
	for i := range m {
		m[i] = make([]bool, cols)
		for j := range m[i] {
			k := i*cols + j
			m[i][j] = k/8 < len(bits) && bits[k/8]>>(k%8)&1 == 1
		}
	}
	return m, start
}

// ContractMap is a map where a guard, started at different places, walks
// off the map or loops, so that walks over it give finite and infinite
// sequences.
const ContractMap = `.#........
.........#
..........
#.........
........#.
..........
.........#
.....#....
..........
..#.......
`
