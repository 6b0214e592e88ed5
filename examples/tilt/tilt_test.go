package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/cycle"
)

func mustParse(t testing.TB, s string) grid.Grid[byte] {
	t.Helper()
	g, err := parse(strings.NewReader(s))
	if err != nil {
		t.Fatalf("parse(%q): %v", s, err)
	}
	return g
}

// TestHandMade checks small platforms of our own whose answers were worked
// out by hand.
func TestHandMade(t *testing.T) {
	tests := []struct {
		name         string
		platform     string
		north        string // after one tilt north
		part1, part2 int
		after1       int // load after one spin cycle
	}{
		{"doc_example", ".O.#.\nO.O..\n#..O.\n.O..#\n", "OOO#.\n.O.O.\n#....\n....#\n", 18, 11, 11},
		// The spins reach a state they stay in from the second one on.
		{"corner", "O.#\n.O.\nO..\n", "OO#\nO..\n...\n", 8, 6, 4},
		{"one_round", "O\n", "O\n", 1, 1, 1},
		{"one_fixed", "#\n", "#\n", 0, 0, 0},
		{"one_empty", ".\n", ".\n", 0, 0, 0},
		{"one_row", "O.O#.O\n", "O.O#.O\n", 3, 3, 3},
		// North: the rocks rest in rows 0 and 3; south: in rows 1 and 4.
		{"one_column", ".\nO\n#\nO\n.\n", "O\n.\n#\nO\n.\n", 7, 5, 5},
		// One rock circles an open 2x2 platform and is back after each cycle.
		{"lone_rock", "..\n.O\n", ".O\n..\n", 2, 1, 1},
		{"full", "OO\nOO\n", "OO\nOO\n", 6, 6, 6},
		{"no_round", "#.\n.#\n", "#.\n.#\n", 0, 0, 0},
		{"stacked_under_fixed", "#\nO\nO\n.\n", "#\nO\nO\n.\n", 5, 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustParse(t, tt.platform)
			if got := tiltNorth(g).String(); got != tt.north {
				t.Errorf("tiltNorth(%q) = %q, want %q", tt.platform, got, tt.north)
			}
			part1, part2 := solve(g)
			if part1 != tt.part1 || part2 != tt.part2 {
				t.Errorf("solve(%q) = %d, %d, want %d, %d", tt.platform, part1, part2, tt.part1, tt.part2)
			}
			if got := loadAfter(g, 1); got != tt.after1 {
				t.Errorf("loadAfter(%q, 1) = %d, want %d", tt.platform, got, tt.after1)
			}
			// The hand-worked answers must agree with the reference too.
			if got := refPart1(tt.platform); got != tt.part1 {
				t.Errorf("refPart1(%q) = %d, want %d", tt.platform, got, tt.part1)
			}
			if got := refLoadAfter(tt.platform, spins); got != tt.part2 {
				t.Errorf("refLoadAfter(%q, %d) = %d, want %d", tt.platform, spins, got, tt.part2)
			}
		})
	}
}

// platforms returns the generated platforms the tests compare with the
// reference: the extreme shapes, random sizes up to 40x40 with random odds,
// and a few from generate, whose odds are those of the default platform.
// Their spins fall into cycles with periods from 1 to 28.
func platforms() []string {
	rng := rand.New(rand.NewPCG(14, 2023))
	var out []string
	for _, size := range [][2]int{{1, 1}, {1, 9}, {9, 1}, {2, 2}, {3, 5}, {5, 3}, {40, 40}, {40, 11}, {11, 40}} {
		out = append(out, randomPlatform(rng, size[0], size[1]))
	}
	for range 51 {
		out = append(out, randomPlatform(rng, 1+rng.IntN(40), 1+rng.IntN(40)))
	}
	for seed := range uint64(6) {
		b, err := generate(10+rng.IntN(31), 10+rng.IntN(31), seed)
		if err != nil {
			panic(err)
		}
		out = append(out, string(b))
	}
	return out
}

// TestTiltAndSpinVsReference compares whole platforms, not just loads,
// after a tilt north and after each of the first few spin cycles.
func TestTiltAndSpinVsReference(t *testing.T) {
	for i, s := range platforms() {
		g := mustParse(t, s)
		rows := refParse(s)
		refTilt(rows, -1, 0)
		if got, want := tiltNorth(g).String(), refString(rows); got != want {
			t.Fatalf("platform %d: tiltNorth(%q) = %q, want %q", i, s, got, want)
		}
		rows = refParse(s)
		for n := 1; n <= 5; n++ {
			g = spin(g)
			refSpin(rows)
			if got, want := g.String(), refString(rows); got != want {
				t.Fatalf("platform %d: spin #%d of %q = %q, want %q", i, n, s, got, want)
			}
		}
	}
}

func TestSolveVsReference(t *testing.T) {
	for i, s := range platforms() {
		g := mustParse(t, s)
		part1, part2 := solve(g)
		want1, want2 := refPart1(s), refLoadAfter(s, spins)
		if part1 != want1 || part2 != want2 {
			start, period := cycle.FindFunc(g, spin, grid.Equal[byte])
			t.Errorf("platform %d (%dx%d, cycle start %d, period %d): solve = %d, %d, want %d, %d\n%s",
				i, g.Rows(), g.Cols(), start, period, part1, part2, want1, want2, s)
		}
	}
}

// TestLoadAfterSmallN checks loadAfter for 0 to 50 cycles against plain
// spinning, which is the definition, with no cycle finding on either side,
// on the first 16 platforms of up to 400 cells.
func TestLoadAfterSmallN(t *testing.T) {
	tested := 0
	for i, s := range platforms() {
		g := mustParse(t, s)
		if g.Len() > 400 || tested == 16 {
			continue
		}
		tested++
		rows := refParse(s)
		for n := range 51 {
			if got, want := loadAfter(g, n), refLoad(rows); got != want {
				t.Fatalf("platform %d: loadAfter(%q, %d) = %d, want %d", i, s, n, got, want)
			}
			refSpin(rows)
		}
	}
}

// TestSpinKeepsRocks checks that spinning a platform moves no fixed rock
// and keeps every round rock.
func TestSpinKeepsRocks(t *testing.T) {
	for i, s := range platforms()[:20] {
		g := mustParse(t, s)
		after := g
		for range 3 {
			after = spin(after)
		}
		for p, c := range g.All() {
			if (c == fixed) != (after.At(p) == fixed) {
				t.Fatalf("platform %d: the cell at %v was %q and is %q after 3 spins", i, p, c, after.At(p))
			}
		}
		if a, b := grid.Count(g, round), grid.Count(after, round); a != b {
			t.Fatalf("platform %d: %d round rocks became %d after 3 spins", i, a, b)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, err string // err is "" for success
	}{
		{"ok", "O#.\n.O#\n", ""},
		{"crlf_no_final_newline", "O#.\r\n.O#", ""},
		{"unknown_cell", "O#.\n.o#\n", "grid: line 2, column 2: unknown cell 'o' (want 'O', '#' or '.')"},
		{"space", "O #\n", "grid: line 1, column 2: unknown cell ' '"},
		{"ragged", "O#.\n.O\n", "grid: line 2: ragged rows: row has 2 cells, want 3"},
		{"empty", "", "grid: empty input"},
		{"blank_inside", "O\n\nO\n", "grid: line 2: blank line inside the grid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse(strings.NewReader(tt.in))
			if got := fmt.Sprint(err); tt.err == "" && err != nil || tt.err != "" && !strings.Contains(got, tt.err) {
				t.Errorf("parse(%q) = %v, want an error containing %q", tt.in, err, tt.err)
			}
		})
	}
}
