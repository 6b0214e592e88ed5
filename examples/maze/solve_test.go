package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refSolve is the plain reference: it reads the maze with strings.Split,
// lists the walker's states and moves explicitly, and finds the cheapest
// cost from the start to every state, and from every state to the end, by
// relaxing moves from a work queue until nothing changes (Bellman-Ford).
// A cell is on a cheapest walk when, for some heading, the cost to it and
// the cost on from it add up to the cheapest. ok is false when E cannot be
// reached.
func refSolve(text string) (part1, part2 int, ok bool) {
	var m []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		if line != "" {
			m = append(m, line)
		}
	}
	rows, cols := len(m), len(m[0])
	// State k is cell (k/4/cols, k/4%cols) facing k%4: up, right, down, left.
	id := func(r, c, h int) int { return (r*cols+c)*4 + h }
	var start, end int
	fwd := make([][]refMove, rows*cols*4)
	back := make([][]refMove, rows*cols*4)
	dr, dc := [4]int{-1, 0, 1, 0}, [4]int{0, 1, 0, -1}
	for r := range rows {
		for c := range cols {
			switch m[r][c] {
			case '#':
				continue
			case 'S':
				start = id(r, c, 1)
			case 'E':
				end = id(r, c, 0)
			}
			for h := range 4 {
				from := id(r, c, h)
				moves := []refMove{{id(r, c, (h+1)%4), 1000}, {id(r, c, (h+3)%4), 1000}}
				if nr, nc := r+dr[h], c+dc[h]; nr >= 0 && nr < rows && nc >= 0 && nc < cols && m[nr][nc] != '#' {
					moves = append(moves, refMove{id(nr, nc, h), 1})
				}
				for _, mv := range moves {
					fwd[from] = append(fwd[from], mv)
					back[mv.to] = append(back[mv.to], refMove{from, mv.cost})
				}
			}
		}
	}
	ends := []int{end, end + 1, end + 2, end + 3}
	to := refRelax(fwd, []int{start})
	from := refRelax(back, ends)
	best := refInf
	for _, e := range ends {
		best = min(best, to[e])
	}
	if best == refInf {
		return 0, 0, false
	}
	for cell := range rows * cols {
		for h := range 4 {
			if k := cell*4 + h; to[k] < refInf && from[k] < refInf && to[k]+from[k] == best {
				part2++
				break
			}
		}
	}
	return best, part2, true
}

type refMove struct{ to, cost int }

const refInf = 1 << 60

// refRelax returns the cheapest cost from any of starts to every state
// along moves: a state whose cost drops goes back on the queue.
func refRelax(moves [][]refMove, starts []int) []int {
	cost := make([]int, len(moves))
	for i := range cost {
		cost[i] = refInf
	}
	var queue []int
	for _, s := range starts {
		cost[s] = 0
		queue = append(queue, s)
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, mv := range moves[u] {
			if c := cost[u] + mv.cost; c < cost[mv.to] {
				cost[mv.to] = c
				queue = append(queue, mv.to)
			}
		}
	}
	return cost
}

func solveText(t *testing.T, text string) (part1, part2 int, err error) {
	t.Helper()
	m, err := parse(strings.NewReader(text))
	if err != nil {
		t.Fatalf("parse(%q): %v", text, err)
	}
	return solve(m)
}

func TestSolveHand(t *testing.T) {
	tests := []struct {
		name         string
		m            string
		part1, part2 int
	}{
		{"straight", "S.E\n", 2, 3},
		// Turning round is two turns.
		{"behind", "E.S\n", 2002, 3},
		{"above", "E\n.\nS\n", 1002, 3},
		// Along the top row, then one turn down: not down first, which
		// takes two turns.
		{"open_room", "S....\n.....\n....E\n", 1006, 7},
		// Round either side of a pillar, three turns each way.
		{"pillar", "#####\n#...#\n#S#E#\n#...#\n#####\n", 3004, 8},
		// Every staircase up and right takes three turns: six tie.
		{"staircases", "#######\n#...#E#\n#.....#\n#.....#\n#S..#.#\n#######\n", 3007, 14},
		// The short way down and round takes 3 turns and 8 steps; the long
		// way round, 2 turns and 16 steps, is cheaper.
		{"long_way_round", "###########\n#S........#\n#.#######.#\n#.#E......#\n#.#.#######\n#...#######\n###########\n", 2016, 17},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			part1, part2, err := solveText(t, tt.m)
			if err != nil || part1 != tt.part1 || part2 != tt.part2 {
				t.Errorf("solve(%q) = %d, %d, %v, want %d, %d", tt.m, part1, part2, err, tt.part1, tt.part2)
			}
			if r1, r2, _ := refSolve(tt.m); r1 != tt.part1 || r2 != tt.part2 {
				t.Errorf("refSolve(%q) = %d, %d, want %d, %d", tt.m, r1, r2, tt.part1, tt.part2)
			}
		})
	}
}

// TestSolveGenerated compares solve with the reference on generated mazes
// from 3x3 to 61x61, some with many loops, and on open maps with walls
// scattered at random, where E is sometimes out of reach.
func TestSolveGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 1))
	unreachable := 0
	for i := range 240 {
		var text string
		if i%2 == 0 {
			side := 3 + rng.IntN(59)
			if i%10 == 0 {
				side = 3 + rng.IntN(8)
			}
			c := genConfig{Rows: side, Cols: 3 + rng.IntN(59), Seed: uint64(i), Loops: rng.Float64() * rng.Float64()}
			if (c.Rows-1)/2*((c.Cols-1)/2) < 2 {
				c.Cols = 5
			}
			m, err := generate(c)
			if err != nil {
				t.Fatalf("generate(%+v): %v", c, err)
			}
			text = string(m)
		} else {
			text = scattered(rng, 1+rng.IntN(30), 2+rng.IntN(30), rng.Float64()*0.45)
		}
		want1, want2, ok := refSolve(text)
		part1, part2, err := solveText(t, text)
		switch {
		case !ok && err != errNoPath:
			t.Fatalf("map %d:\n%ssolve = %d, %d, %v, want %v", i, text, part1, part2, err, errNoPath)
		case ok && (err != nil || part1 != want1 || part2 != want2):
			t.Fatalf("map %d:\n%ssolve = %d, %d, %v, want %d, %d", i, text, part1, part2, err, want1, want2)
		}
		unreachable += 1 - btoi(ok)
	}
	if unreachable < 10 || unreachable > 60 {
		t.Errorf("E was out of reach on %d maps of 240, want 10 to 60: the test maps have drifted", unreachable)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scattered returns a rows×cols map with a wall in each cell with
// probability density, and S and E on two different cells.
func scattered(rng *rand.Rand, rows, cols int, density float64) string {
	m := testkit.Walls(rng, rows, cols, density)
	testkit.Place(rng, m, 'S', 'E')
	return testkit.Text(m)
}

// TestParseErrors checks that a fault in a cell is a *grid.ParseError
// naming its line and column, and that a missing S or E is not.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		in        string
		line, col int
		want      string
	}{
		{"S.E\n.x.\n", 2, 2, "unknown cell 'x'"},
		{"S.E\n..S\n", 2, 3, "second S; the first is at line 1, column 1"},
		{"S.E\n.E.\n", 2, 2, "second E; the first is at line 1, column 3"},
		{"S.\xc3\n", 1, 3, `unknown cell '\xc3'`},
		{"S.E\n..\n", 2, 0, "ragged rows"},
		{"..E\n", -1, -1, "no start 'S'"},
		{"S..\n", -1, -1, "no end 'E'"},
	}
	for _, tt := range tests {
		_, err := parse(strings.NewReader(tt.in))
		var pe *grid.ParseError
		isParseError := errors.As(err, &pe)
		switch {
		case err == nil || !strings.Contains(err.Error(), tt.want):
			t.Errorf("parse(%q) = %v, want an error holding %q", tt.in, err, tt.want)
		case tt.line < 0 && isParseError:
			t.Errorf("parse(%q) = %#v, want a plain error", tt.in, pe)
		case tt.line >= 0 && (!isParseError || pe.Line != tt.line || pe.Col != tt.col):
			t.Errorf("parse(%q) = %#v, want a *grid.ParseError at line %d, column %d", tt.in, err, tt.line, tt.col)
		}
	}
}

// TestParsePaths checks that parse, whose common case is grid.Parse and a
// pass over the cells, agrees with checkedParse, which checks each cell as
// ParseFunc reads it, on generated mazes with bytes changed at random:
// the same maze, or the same error.
func TestParsePaths(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 17))
	changes := []byte("#.SEx\n\r s")
	for n := range 400 {
		text, err := generate(genConfig{Rows: 5 + rng.IntN(12), Cols: 5 + rng.IntN(12), Seed: uint64(n), Loops: 0.5})
		if err != nil {
			t.Fatal(err)
		}
		for range rng.IntN(4) {
			text[rng.IntN(len(text))] = changes[rng.IntN(len(changes))]
		}
		got, gerr := parse(bytes.NewReader(text))
		want, werr := checkedParse(bytes.NewReader(text))
		if fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Fatalf("input %d %q: parse's error %v, checkedParse's %v", n, text, gerr, werr)
		}
		if gerr == nil && (got.start != want.start || got.end != want.end || got.cells.String() != want.cells.String()) {
			t.Fatalf("input %d %q: parse gives a maze other than checkedParse's", n, text)
		}
	}
}
