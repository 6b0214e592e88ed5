package main

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refSolve is the plain reference: it reads the garden with strings.Split,
// finds each region by a depth-first search over [][]byte, counts its fence
// edge by edge, and counts its sides as runs of fence: a fence edge on one
// side of a plot starts a new side unless the plot before it along the
// fence (to its left for fences above and below, above it for fences left
// and right) is in the region with a fence on the same side.
func refSolve(text string) (part1, part2 int) {
	var m []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		if line != "" {
			m = append(m, line)
		}
	}
	rows, cols := len(m), len(m[0])
	region := make([][]int, rows) // region number + 1, 0 before it is found
	for r := range region {
		region[r] = make([]int, cols)
	}
	dr, dc := [4]int{-1, 0, 1, 0}, [4]int{0, 1, 0, -1}
	in := func(r, c, id int) bool { return r >= 0 && r < rows && c >= 0 && c < cols && region[r][c] == id }
	id := 0
	for r0 := range rows {
		for c0 := range cols {
			if region[r0][c0] != 0 {
				continue
			}
			id++
			region[r0][c0] = id
			cells := [][2]int{{r0, c0}}
			for stack := [][2]int{{r0, c0}}; len(stack) > 0; {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for d := range 4 {
					r, c := p[0]+dr[d], p[1]+dc[d]
					if r >= 0 && r < rows && c >= 0 && c < cols && region[r][c] == 0 && m[r][c] == m[r0][c0] {
						region[r][c] = id
						stack = append(stack, [2]int{r, c})
						cells = append(cells, [2]int{r, c})
					}
				}
			}
			perimeter, sides := 0, 0
			for _, p := range cells {
				for d := range 4 {
					if in(p[0]+dr[d], p[1]+dc[d], id) {
						continue
					}
					perimeter++
					br, bc := p[0], p[1]-1 // the plot before, for fences above and below
					if d == 1 || d == 3 {
						br, bc = p[0]-1, p[1]
					}
					if !in(br, bc, id) || in(br+dr[d], bc+dc[d], id) {
						sides++
					}
				}
			}
			part1 += len(cells) * perimeter
			part2 += len(cells) * sides
		}
	}
	return part1, part2
}

func solveText(t *testing.T, text string) (part1, part2 int) {
	t.Helper()
	g, err := parse(strings.NewReader(text))
	if err != nil {
		t.Fatalf("parse(%q): %v", text, err)
	}
	return solve(g)
}

func TestSolveHand(t *testing.T) {
	tests := []struct {
		name         string
		m            string
		part1, part2 int
	}{
		{"one_plot", "A\n", 4, 4},
		{"one_region", "ZZZ\nZZZ\n", 6 * 10, 6 * 4},
		{"stripes", "AB\nAB\n", 2*6 + 2*6, 2*4 + 2*4},
		// Alternating plots: no two of one crop share an edge.
		{"checkers", "AB\nBA\n", 16, 16},
		// A ring of A around a hole of B: 8 plots, fence 12 outside and 4
		// inside, 4 sides each.
		{"ring", "AAA\nABA\nAAA\n", 8*16 + 4, 8*8 + 4},
		// A with two holes that meet at a corner, each hole fenced with
		// its own 4 sides.
		{"pinched_holes", "AAAA\nAABA\nABAA\nAAAA\n", 14*24 + 2*4, 14*12 + 2*4},
		// A region that meets itself at a corner, round the B in the
		// middle; its fence turns twice there.
		{"touching_corner", "AAB\nABA\nAAA\n", 7*16 + 2*4, 7*10 + 2*4},
		// A comb with three teeth: 8 plots, perimeter 18, 12 sides.
		{"comb", "ABABA\nAAAAA\n", 8*18 + 2*4, 8*12 + 2*4},
		// The garden of the grid.Regions and grid.Outlines examples.
		{"mixed", "AAAB\nABAB\nAAAC\nDDCC\n", 180, 102},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if part1, part2 := solveText(t, tt.m); part1 != tt.part1 || part2 != tt.part2 {
				t.Errorf("solve(%q) = %d, %d, want %d, %d", tt.m, part1, part2, tt.part1, tt.part2)
			}
			if part1, part2 := refSolve(tt.m); part1 != tt.part1 || part2 != tt.part2 {
				t.Errorf("refSolve(%q) = %d, %d, want %d, %d", tt.m, part1, part2, tt.part1, tt.part2)
			}
		})
	}
}

// TestParseErrors checks that a plot that is not a capital letter is a
// *grid.ParseError naming its line and column.
func TestParseErrors(t *testing.T) {
	for _, tt := range []struct {
		in        string
		line, col int
		want      string
	}{
		{"AB\nAb\n", 2, 2, "unknown plant 'b'"},
		{"A\xc3\x84\n", 1, 2, `unknown plant '\xc3'`},
		{"AAA\nAA\n", 2, 0, "ragged rows"},
	} {
		_, err := parse(strings.NewReader(tt.in))
		var pe *grid.ParseError
		if !errors.As(err, &pe) || pe.Line != tt.line || pe.Col != tt.col || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parse(%q) = %v, want a *grid.ParseError at line %d, column %d holding %q", tt.in, err, tt.line, tt.col, tt.want)
		}
	}
}

// TestSolveGenerated compares solve with the reference on generated gardens
// from 1x1 to 60x60, and on gardens of a few letters scattered at random,
// whose regions are small and oddly shaped.
func TestSolveGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 1))
	for i := range 300 {
		rows, cols := 1+rng.IntN(60), 1+rng.IntN(60)
		if i%3 == 0 {
			rows, cols = 1+rng.IntN(6), 1+rng.IntN(6)
		}
		var text string
		if i%2 == 0 {
			c := genConfig{Rows: rows, Cols: cols, Seed: uint64(i), Plots: 1 + rng.IntN(rows*cols), Weeds: rng.Float64() * 0.2}
			m, err := generate(c)
			if err != nil {
				t.Fatalf("generate(%+v): %v", c, err)
			}
			text = string(m)
		} else {
			text = testkit.Text(testkit.Letters(rng, rows, cols, "ABCD"[:1+rng.IntN(4)]))
		}
		want1, want2 := refSolve(text)
		if part1, part2 := solveText(t, text); part1 != want1 || part2 != want2 {
			t.Fatalf("garden %d:\n%ssolve = %d, %d, want %d, %d", i, text, part1, part2, want1, want2)
		}
	}
}
