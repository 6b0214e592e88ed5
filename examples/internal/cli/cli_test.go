package cli_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	clitest.RunCases(t, count.Run, []clitest.Case{
		{Name: "default", Want: "part1 4\npart2 2\n"},
		{Name: "stdin", Stdin: "#\n#\n#\n#\n", Args: []string{"-input", "-"}, Want: "part1 4\npart2 4\n"},
		{Name: "file", Args: []string{"-input", file}, Want: "part1 3\npart2 1\n"},
		{Name: "generate", Args: []string{"-generate", "0"}, Want: "#..\n..#\n"},
		{Name: "generate_size", Args: []string{"-size", "1x4", "-generate", "1"}, Want: "..#.\n"},
		{Name: "generate_over_input", Args: []string{"-input", file, "-generate", "2"}, Want: ".#.\n#..\n"},
		{Name: "double_dash", Args: []string{"--"}, Want: "part1 4\npart2 2\n"},
	})
	clitest.RunFaults(t, count.Run, "count", []clitest.Fault{
		{Name: "bad_input", Stdin: "#x\n", Want: "byte 2: unknown cell 'x'"},
		{Name: "missing_file", Args: []string{"-input", "/nonexistent/board.txt"}, Want: "open /nonexistent/board.txt: no such file"},
		{Name: "directory", Args: []string{"-input", t.TempDir()}, Want: "is a directory"},
		{Name: "bad_size", Args: []string{"-generate", "1", "-size", "3"}, Want: `-size "3": want ROWSxCOLS, such as 2x3`},
		{Name: "bad_rows", Args: []string{"-generate", "1", "-size", "ax3"}, Want: `-size "ax3"`},
		{Name: "bad_cols", Args: []string{"-generate", "1", "-size", "3x"}, Want: `-size "3x"`},
		{Name: "refused_size", Args: []string{"-generate", "1", "-size", "0x3"}, Want: "size 0x3, want at least 1x1"},
		{Name: "profile_in_missing_dir", Args: []string{"-cpuprofile", "/nonexistent/cpu.out"}, Want: "open /nonexistent/cpu.out"},
	})
	clitest.CheckUsage(t, count.Run)
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

// TestRunReadError checks that a failed read of standard input reaches
// the user as Solve reports it.
func TestRunReadError(t *testing.T) {
	var out, errOut bytes.Buffer
	code := count.Run([]string{"-input", "-"}, &failing{n: 10}, &out, &errOut)
	if want := "count: count: reading: disk on fire\n"; code != 1 || out.Len() != 0 || errOut.String() != want {
		t.Errorf("run on a failing stdin = %d, %q, stderr %q; want 1, nothing, %q", code, out.String(), errOut.String(), want)
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

// endless is an endless input of '#' that counts the bytes read from it.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '#'
	}
	e.n += len(p)
	return len(p), nil
}

// TestRunStreamsInput checks that Run hands the input to Solve unread, so
// that it is read once, by the parser, which stops at its limit: here a
// Solve that reads 100 bytes of an endless standard input and refuses it.
func TestRunStreamsInput(t *testing.T) {
	c := count
	c.Solve = func(r io.Reader) (int, int, error) {
		n, err := io.ReadFull(r, make([]byte, 100))
		return 0, 0, fmt.Errorf("read %d bytes (%v); too large", n, err)
	}
	in := &endless{}
	var out, errOut bytes.Buffer
	code := c.Run([]string{"-input", "-"}, in, &out, &errOut)
	if want := "count: read 100 bytes (<nil>); too large\n"; code != 1 || errOut.String() != want || in.n != 100 {
		t.Errorf("Run on an endless stdin = %d, stderr %q, %d bytes read; want 1, %q, 100 bytes", code, errOut.String(), in.n, want)
	}
}

// TestRunFlagsAndReport runs a program with a flag of its own, which Solve
// reads, and a Report that prints after the answers; and checks that a
// failing Report fails the run, and that -generate does not report.
func TestRunFlagsAndReport(t *testing.T) {
	var twice bool
	var reportErr error
	c := count
	c.Flags = func(fs *flag.FlagSet) { fs.BoolVar(&twice, "twice", false, "double part 1") }
	c.Solve = func(r io.Reader) (int, int, error) {
		p1, p2, err := countSolve(r)
		if twice {
			p1 *= 2
		}
		return p1, p2, err
	}
	c.Report = func(stdout io.Writer) error {
		if reportErr != nil {
			return reportErr
		}
		_, err := fmt.Fprintf(stdout, "twice %v\n", twice)
		return err
	}
	clitest.RunCases(t, c.Run, []clitest.Case{
		{Name: "default", Want: "part1 4\npart2 2\ntwice false\n"},
		{Name: "own_flag", Args: []string{"-twice"}, Want: "part1 8\npart2 2\ntwice true\n"},
		{Name: "generate", Args: []string{"-twice", "-generate", "0"}, Want: "#..\n..#\n"},
	})
	reportErr = errDisk
	if code, out, errOut := clitest.Run(c.Run, ""); code != 1 || out != "part1 4\npart2 2\n" || errOut != "count: disk on fire\n" {
		t.Errorf("run with a failing Report = %d, %q, stderr %q; want 1, the answers, the Report's error", code, out, errOut)
	}
	clitest.RunFaults(t, c.Run, "count", []clitest.Fault{
		{Name: "bad_input_no_report", Stdin: "x", Want: "unknown cell 'x'"},
	})
	if _, _, errOut := clitest.Run(c.Run, "", "-h"); !strings.Contains(errOut, "-twice") {
		t.Errorf("run(-h) printed %q, want the program's own flag -twice too", errOut)
	}
}

// TestRunCPUProfile checks -cpuprofile: a profile in gzip form when the
// file can be written, and exit status 1 with one line naming the fault
// when it cannot, rather than a silent success that loses the profile.
func TestRunCPUProfile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "cpu.out")
	clitest.RunCases(t, count.Run, []clitest.Case{
		{Name: "profile", Args: []string{"-cpuprofile", file}, Want: "part1 4\npart2 2\n"},
	})
	if b, err := os.ReadFile(file); err != nil || !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		t.Errorf("-cpuprofile wrote %.8q, %v; want a gzip-compressed profile", b, err)
	}
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full here")
	}
	for _, args := range [][]string{{"-cpuprofile", "/dev/full"}, {"-cpuprofile", "/dev/full", "-generate", "1"}} {
		// The run itself succeeds and prints; the lost profile fails it.
		code, out, errOut := clitest.Run(count.Run, "", args...)
		if want := "count: writing the CPU profile: write /dev/full: no space left on device\n"; code != 1 || out == "" || errOut != want {
			t.Errorf("run(%q) = %d, %q, stderr %q; want 1, the output, %q", args, code, out, errOut, want)
		}
	}
	// A failed solve is the error reported, not the profile's.
	clitest.RunFaults(t, count.Run, "count", []clitest.Fault{
		{Name: "dev_full_bad_input", Stdin: "x", Args: []string{"-input", "-", "-cpuprofile", "/dev/full"}, Want: "count: byte 1: unknown cell 'x'"},
	})
}

func TestQuote(t *testing.T) {
	for c, want := range map[byte]string{
		'x': "'x'", '\'': `'\''`, '\t': `'\t'`, 0: `'\x00'`, 0x7f: `'\x7f'`, 0xc3: `'\xc3'`, 0xff: `'\xff'`,
	} {
		if got := cli.Quote(c); got != want {
			t.Errorf("Quote(%#x) = %s, want %s", c, got, want)
		}
	}
}
