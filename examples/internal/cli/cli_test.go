package cli_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
	"github.com/gridsearch/gridsearch/examples/internal/clitest"
)

// count is a toy program: its input is lines of '#' and '.', part 1 counts
// the '#' and part 2 the lines.
var count = cli.Command{
	Name:     "count",
	Input:    "board",
	Default:  []byte("#.#\n.##\n"),
	Rows:     2,
	Cols:     3,
	Solve:    countSolve,
	Generate: countGenerate,
}

func countSolve(r io.Reader) (part1, part2 int, err error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return 0, 0, fmt.Errorf("count: reading: %w", err)
	}
	if i := bytes.IndexFunc(b, func(c rune) bool { return c != '#' && c != '.' && c != '\n' }); i >= 0 {
		return 0, 0, fmt.Errorf("byte %d: unknown cell %q", i+1, b[i])
	}
	return bytes.Count(b, []byte("#")), bytes.Count(b, []byte("\n")), nil
}

// countGenerate makes a board of rows lines of cols cells, with a '#'
// wherever (row+col+seed) is a multiple of 3.
func countGenerate(rows, cols int, seed uint64) ([]byte, error) {
	if rows < 1 || cols < 1 {
		return nil, fmt.Errorf("size %dx%d, want at least 1x1", rows, cols)
	}
	var b []byte
	for r := range rows {
		for c := range cols {
			cell := byte('.')
			if (uint64(r+c)+seed)%3 == 0 {
				cell = '#'
			}
			b = append(b, cell)
		}
		b = append(b, '\n')
	}
	return b, nil
}

func TestRun(t *testing.T) {
	file := clitest.File(t, "board.txt", "###\n")
	for _, readAll := range []bool{false, true} {
		t.Run(fmt.Sprint("read_all_", readAll), func(t *testing.T) {
			c := count
			c.ReadAll = readAll
			clitest.RunCases(t, c.Run, []clitest.Case{
				{Name: "default", Want: "part1 4\npart2 2\n"},
				{Name: "stdin", Stdin: "#\n#\n#\n#\n", Args: []string{"-input", "-"}, Want: "part1 4\npart2 4\n"},
				{Name: "file", Args: []string{"-input", file}, Want: "part1 3\npart2 1\n"},
				{Name: "generate", Args: []string{"-generate", "0"}, Want: "#..\n..#\n"},
				{Name: "generate_size", Args: []string{"-size", "1x4", "-generate", "1"}, Want: "..#.\n"},
				{Name: "generate_over_input", Args: []string{"-input", file, "-generate", "2"}, Want: ".#.\n#..\n"},
				{Name: "double_dash", Args: []string{"--"}, Want: "part1 4\npart2 2\n"},
			})
			clitest.RunFaults(t, c.Run, "count", []clitest.Fault{
				{Name: "bad_input", Stdin: "#x\n", Want: "byte 2: unknown cell 'x'"},
				{Name: "missing_file", Args: []string{"-input", "/nonexistent/board.txt"}, Want: "open /nonexistent/board.txt: no such file"},
				{Name: "directory", Args: []string{"-input", t.TempDir()}, Want: "is a directory"},
				{Name: "bad_size", Args: []string{"-generate", "1", "-size", "3"}, Want: `-size "3": want ROWSxCOLS, such as 2x3`},
				{Name: "bad_rows", Args: []string{"-generate", "1", "-size", "ax3"}, Want: `-size "ax3"`},
				{Name: "bad_cols", Args: []string{"-generate", "1", "-size", "3x"}, Want: `-size "3x"`},
				{Name: "refused_size", Args: []string{"-generate", "1", "-size", "0x3"}, Want: "size 0x3, want at least 1x1"},
			})
			clitest.CheckUsage(t, c.Run)
		})
	}
}

// TestRunUsageText checks the flags' help, in which Input and the default
// size appear.
func TestRunUsageText(t *testing.T) {
	_, _, errOut := clitest.Run(count.Run, "", "-h")
	for _, want := range []string{
		"Usage of count:",
		"read the board from FILE (- for standard input) instead of the embedded one",
		"print the generated board with this SEED and exit (default -1)",
		`RxC size for -generate (default "2x3")`,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("run(-h) printed %q, want it to hold %q", errOut, want)
		}
	}
	code, out, errOut := clitest.Run(count.Run, "", "-input", "-", "extra")
	if want := "count: unexpected argument \"extra\"\n"; code != 2 || out != "" || errOut != want {
		t.Errorf("run(-input - extra) = %d, %q, stderr %q; want 2, nothing, %q", code, out, errOut, want)
	}
}

var errDisk = errors.New("disk on fire")

// failing is a reader or writer that fails after its first n bytes.
type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errDisk
	}
	k := min(len(p), f.n)
	for i := range k {
		p[i] = '#'
	}
	f.n -= k
	return k, nil
}

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errDisk
	}
	f.n -= len(p)
	return len(p), nil
}

// TestRunReadError checks who reports a failed read of standard input:
// Run itself with ReadAll, and Solve without.
func TestRunReadError(t *testing.T) {
	for _, tt := range []struct {
		readAll bool
		want    string
	}{
		{false, "count: count: reading: disk on fire\n"},
		{true, "count: reading standard input: disk on fire\n"},
	} {
		c := count
		c.ReadAll = tt.readAll
		var out, errOut bytes.Buffer
		code := c.Run([]string{"-input", "-"}, &failing{n: 10}, &out, &errOut)
		if code != 1 || out.Len() != 0 || errOut.String() != tt.want {
			t.Errorf("ReadAll %v: run on a failing stdin = %d, %q, stderr %q; want 1, nothing, %q", tt.readAll, code, out.String(), errOut.String(), tt.want)
		}
	}
}

// TestRunWriteError checks that a failed write of the answers or of a
// generated input is an error, not a silent success.
func TestRunWriteError(t *testing.T) {
	for _, args := range [][]string{nil, {"-generate", "1"}} {
		var errOut bytes.Buffer
		code := count.Run(args, strings.NewReader(""), &failing{n: 2}, &errOut)
		if want := "count: disk on fire\n"; code != 1 || errOut.String() != want {
			t.Errorf("run(%q) writing to a failing stdout = %d, stderr %q; want 1, %q", args, code, errOut.String(), want)
		}
	}
}

func TestSolver(t *testing.T) {
	parse := func(r io.Reader) (string, error) {
		b, err := io.ReadAll(r)
		if len(b) == 0 {
			return "", errors.New("empty input")
		}
		return string(b), err
	}
	solve := cli.Solver(parse, func(s string) (int, int) { return len(s), strings.Count(s, "\n") })
	for _, tt := range []struct {
		in           string
		part1, part2 int
		err          string
	}{
		{"ab\nc\n", 5, 2, ""},
		{"", 0, 0, "empty input"},
	} {
		part1, part2, err := solve(strings.NewReader(tt.in))
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if part1 != tt.part1 || part2 != tt.part2 || msg != tt.err {
			t.Errorf("solve(%q) = %d, %d, %v; want %d, %d, %q", tt.in, part1, part2, err, tt.part1, tt.part2, tt.err)
		}
	}
}

// TestRunInputLimit checks that with ReadAll, Run stops reading at MaxInput
// bytes and refuses more as too large, so endless input cannot exhaust
// memory; and that input of exactly MaxInput bytes is read whole.
func TestRunInputLimit(t *testing.T) {
	c := count
	c.ReadAll, c.MaxInput = true, 8
	var out, errOut bytes.Buffer
	if code := c.Run([]string{"-input", "-"}, strings.NewReader("........\n"), &out, &errOut); code != 1 ||
		!strings.Contains(errOut.String(), "input too large: more than 8 bytes") {
		t.Errorf("Run on 9 bytes with MaxInput 8 = %d, %q, stderr %q; want 1 and \"input too large\"", code, out.String(), errOut.String())
	}
	out.Reset()
	errOut.Reset()
	if code := c.Run([]string{"-input", "-"}, strings.NewReader("..#....\n"), &out, &errOut); code != 0 || out.String() != "part1 1\npart2 1\n" {
		t.Errorf("Run on 8 bytes with MaxInput 8 = %d, %q, stderr %q; want 0 and the answers", code, out.String(), errOut.String())
	}
}
