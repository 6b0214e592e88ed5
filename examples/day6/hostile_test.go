package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// Tests of the whole program on hostile input: every case goes through run
// with the map on standard input, as "day6 -input -" would, and must either
// print the right answers or fail with exit status 1 and exactly one line on
// standard error, starting "day6:" and naming the line at fault.

// handMap is a small map whose answers are not trivial: the guard turns
// several times before it leaves, and part 2 is not 0 (checked below). It is
// mapgen's 9x11 map for seed 1 at density 0.12.
const handMap = "" +
	"...#.......\n" +
	"......#....\n" +
	"....#...#.#\n" +
	".........#.\n" +
	"..#........\n" +
	"........#..\n" +
	"...#..^....\n" +
	".......#...\n" +
	".....#..#..\n"

// wantAnswers returns what the program must print for the map clean, by the
// reference solver.
func wantAnswers(t *testing.T, clean string) string {
	t.Helper()
	p1, p2, ok := refSolve(clean, true)
	if !ok {
		t.Fatalf("reference says %q loops", clean)
	}
	return fmt.Sprintf("part1 %d\npart2 %d\n", p1, p2)
}

// checkSolves runs the program on input with each strategy and checks that
// it prints want and nothing else.
func checkSolves(t *testing.T, input, want string, strategies ...string) {
	t.Helper()
	for _, s := range strategies {
		code, out, errOut := runWith(t, input, "-input", "-", "-strategy", s)
		if code != 0 || out != want || errOut != "" {
			t.Errorf("run(-strategy %s) on %.60q = %d, stdout %q, stderr %q; want 0, %q, nothing",
				s, input, code, out, errOut, want)
		}
	}
}

// checkRefused runs the program on input and checks that it fails with one
// line on stderr, "day6: …", containing want.
func checkRefused(t *testing.T, input, want string) {
	t.Helper()
	code, out, errOut := runWith(t, input, "-input", "-")
	if code != 1 || out != "" || !strings.HasPrefix(errOut, "day6: ") ||
		strings.Count(errOut, "\n") != 1 || !strings.HasSuffix(errOut, "\n") || !strings.Contains(errOut, want) {
		t.Errorf("run on %.60q = %d, stdout %q, stderr %q; want 1, nothing, and one line \"day6: …%s…\"",
			input, code, out, errOut, want)
	}
}

func TestHandMapIsNotTrivial(t *testing.T) {
	p1, p2, ok := refSolve(handMap, true)
	if !ok || p1 < 20 || p2 < 4 {
		t.Fatalf("refSolve(handMap) = %d, %d, %v; want a walk of 20+ cells and part 2 of 4+", p1, p2, ok)
	}
}

// TestRunHostileAccepts feeds the program maps in the shapes pasted input
// takes, all of which must give the answers of the clean map, with every
// strategy.
func TestRunHostileAccepts(t *testing.T) {
	crlf := strings.ReplaceAll(handMap, "\n", "\r\n")
	var mixed strings.Builder
	for i, line := range strings.SplitAfter(handMap, "\n") {
		if i%2 == 0 {
			line = strings.Replace(line, "\n", "\r\n", 1)
		}
		mixed.WriteString(line)
	}
	tests := []struct {
		name, input, clean string
	}{
		{"lf", handMap, handMap},
		{"bom", "\ufeff" + handMap, handMap},
		{"leading_blank_line", "\n" + handMap, handMap},
		{"leading_blank_lines_after_bom", "\ufeff\r\n\n" + handMap, handMap},
		{"crlf", crlf, handMap},
		{"mixed_endings", mixed.String(), handMap},
		{"doubled_cr", strings.ReplaceAll(handMap, "\n", "\r\r\n"), handMap},
		{"no_final_newline", strings.TrimSuffix(handMap, "\n"), handMap},
		{"no_final_newline_crlf", strings.TrimSuffix(crlf, "\r\n"), handMap},
		{"final_lone_cr", strings.TrimSuffix(handMap, "\n") + "\r", handMap},
		{"trailing_blank_lines", handMap + "\n\n\n", handMap},
		{"trailing_blank_lines_mixed", crlf + "\n\r\n\r\r\n", handMap},
		{"bom_crlf_trailing_blank_lines", "\ufeff" + crlf + "\r\n\r\n", handMap},
		{"single_cell", "^", "^"},
		{"single_cell_newline", "<\n", "<"},
		{"single_cell_bom_crlf", "\ufeffv\r\n", "v"},
		{"single_cell_trailing_blank_lines", ">\n\n\r\n", ">"},
		{"single_row", ">..#.", ">..#."},
		{"single_row_crlf_turning", "#..<\r\n", "#..<"},
		{"single_column", "v\n.\n#\n", "v\n.\n#\n"},
		{"single_column_bom_no_newline", "\ufeff.\r\n.\r\n^", ".\n.\n^\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSolves(t, tt.input, wantAnswers(t, tt.clean), "seed", "resume", "jump")
		})
	}
}

// TestRunHostileRefuses feeds the program malformed maps: each must be
// refused with one line naming the line (and column, where one cell is at
// fault), never a panic or a wrong answer.
func TestRunHostileRefuses(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(rng.Uint32())
	}
	tests := []struct {
		name, input, want string
	}{
		{"blank_line_middle", ".^\n..\n\n..\n", "line 3: blank line inside the grid"},
		{"blank_line_middle_crlf", "..\r\n\r\n.^\r\n", "line 2: blank line inside the grid"},
		{"blank_lines_middle", "..\n.^\n\n\r\n\n..\n", "line 3: blank line inside the grid"},
		{"whitespace_only_line", ".^\n  \n..\n", "line 2, column 1: unknown cell ' '"},
		{"ragged_short", "...\n.^\n...\n", "line 2: ragged rows: row has 2 cells, want 3"},
		{"ragged_long_no_final_newline", "..\n.^\n...", "line 3: ragged rows: row has 3 cells, want 2"},
		{"ragged_bom_crlf", "\ufeff...\r\n.^\r\n", "line 2: ragged rows: row has 2 cells, want 3"},
		{"ragged_trailing_space", ".^ \n...\n..\n", "line 3: ragged rows: row has 2 cells, want 3"},
		{"trailing_spaces", ".^ \n.. \n", "line 1, column 3: unknown cell ' '"},
		{"tab", ".\t\n^.\n", `line 1, column 2: unknown cell '\t'`},
		{"tab_indent", "\t.^\n\t..\n", `line 1, column 1: unknown cell '\t'`},
		{"spaces_for_free_cells", "# #\n ^ \n", "line 1, column 2: unknown cell ' '"},
		{"non_ascii", "..é\n.^..\n", "line 1, column 3: unknown cell"},
		{"unicode_arrow_guard", "....\n↑.\n", "line 2, column 1: unknown cell"},
		{"utf16_with_bom", "\xff\xfe.\x00^\x00\n\x00.\x00.\x00\n\x00", "line 2: ragged rows: row has 5 cells, want 6"},
		{"nul_in_last_row", ".^\n..\n.\x00\n", `line 3, column 2: unknown cell '\x00'`},
		{"nul_only", "\x00\x00\x00", `line 1, column 1: unknown cell '\x00'`},
		{"png_header", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 2: ragged rows: row has 1 cells, want 4"},
		{"random_binary", string(binary), "line "},
		{"cr_only_endings", "..\r.^\r..\r", `line 1, column 3: unknown cell '\r'`},
		{"second_guard_far", ".^\n..\n..\n.v\n", "line 4, column 2: second guard; the first is at line 1, column 2"},
		{"only_bom", "\ufeff", "empty input"},
		{"only_blank_lines_crlf", "\r\n\r\n", "empty input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRefused(t, tt.input, tt.want)
		})
	}
}

// TestRunLongRow checks one very long row, 1 MiB of cells, and one very
// long column, 2^20 lines: solved when well formed, and a fault at the far
// end of the row, or in the line after it, is located exactly.
func TestRunLongRow(t *testing.T) {
	const n = 1 << 20
	// '#', n-2 free cells, then a guard facing left: it walks to column 1,
	// turns up and leaves, so it visits n-1 cells. Blocking any of them
	// makes it turn up and leave sooner: part 2 is 0.
	row := "#" + strings.Repeat(".", n-2) + "<"
	checkSolves(t, row+"\n", "part1 1048575\npart2 0\n", "jump")
	checkSolves(t, "\ufeff"+row+"\r\n\r\n", "part1 1048575\npart2 0\n", "jump")
	// The same as a column: '#' on top, the guard at the bottom facing up.
	col := "#\n" + strings.Repeat(".\n", n-2) + "^\n"
	checkSolves(t, col, "part1 1048575\npart2 0\n", "jump")

	bad := []byte(row)
	bad[n-5] = 'x'
	checkRefused(t, string(bad), fmt.Sprintf("line 1, column %d: unknown cell 'x'", n-4))
	checkRefused(t, row+"\n.#.\n", fmt.Sprintf("line 2: ragged rows: row has 3 cells, want %d", n))
	checkRefused(t, strings.Repeat(".", n)+"\n", "no guard on the map")
}

// bigRows and bigCols make a map of a little over 10 MB.
const bigRows, bigCols = 3000, 3333

// bigMap returns a bigRows×bigCols map holding handMap on one edge, the rest
// free, and the answers it must have: those of handMap. The edge is the one
// where the guard leaves handMap, so its walk is the same. Any trial walk
// that leaves handMap's box does so straight into free cells and leaves the
// big map too, as it leaves the small one, so part 2 is the same as well.
func bigMap(t *testing.T) (text []byte, answers string) {
	t.Helper()
	pz, err := parse(strings.NewReader(handMap))
	if err != nil {
		t.Fatal(err)
	}
	var last walk.State
	for s := range walk.Patrol(pz.cells, pz.start, func(p grid.Point) bool { return pz.cells.At(p) == '#' }) {
		last = s // handMap's walk ends: TestHandMapIsNotTrivial checks it
	}
	h, w := pz.cells.Rows(), pz.cells.Cols()
	r0, c0 := 1000, 1000
	switch last.Dir {
	case grid.Up:
		r0 = 0
	case grid.Down:
		r0 = bigRows - h
	case grid.Left:
		c0 = 0
	case grid.Right:
		c0 = bigCols - w
	}
	var b bytes.Buffer
	b.Grow(bigRows * (bigCols + 1))
	small := pz.cells.ToRows()
	for r := range bigRows {
		if r >= r0 && r < r0+h {
			b.WriteString(strings.Repeat(".", c0))
			b.Write(small[r-r0])
			b.WriteString(strings.Repeat(".", bigCols-c0-w))
		} else {
			b.WriteString(strings.Repeat(".", bigCols))
		}
		b.WriteByte('\n')
	}
	return b.Bytes(), wantAnswers(t, handMap)
}

// TestRunTenMegabytes solves a 10 MB map, and checks that faults in such a
// map, at its far end, are located exactly.
func TestRunTenMegabytes(t *testing.T) {
	text, answers := bigMap(t)
	if len(text) < 10_000_000 {
		t.Fatalf("bigMap is %d bytes, want 10 MB", len(text))
	}
	checkSolves(t, string(text), answers, "jump")

	// A ragged last row.
	checkRefused(t, string(text)+"..\n", fmt.Sprintf("line %d: ragged rows: row has 2 cells, want %d", bigRows+1, bigCols))
	// An unknown cell in the last row.
	bad := bytes.Clone(text)
	bad[len(bad)-3] = '?'
	checkRefused(t, string(bad), fmt.Sprintf("line %d, column %d: unknown cell '?'", bigRows, bigCols-1))
	// A second guard in the last row.
	bad[len(bad)-3] = '>'
	checkRefused(t, string(bad), fmt.Sprintf("line %d, column %d: second guard", bigRows, bigCols-1))
	// No guard at all.
	checkRefused(t, strings.Repeat(strings.Repeat(".", bigCols)+"\n", bigRows), "no guard on the map")
}
