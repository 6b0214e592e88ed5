package clitest

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fake returns a program that, whatever it is given, prints stdout and
// stderr and exits with code.
func fake(code int, stdout, stderr string) Runner {
	return func(_ []string, _ io.Reader, out, errOut io.Writer) int {
		fmt.Fprint(out, stdout)
		fmt.Fprint(errOut, stderr)
		return code
	}
}

// echo is a well-behaved program: it prints its standard input back as its
// answers' count of bytes and lines, and refuses an input holding 'x'. Its
// command line is that of a cli program.
func echo(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 1 && args[0] == "-h":
		fmt.Fprintln(stderr, "Usage of echo:\n  -input FILE")
		return 0
	case len(args) != 2 || args[0] != "-input" || args[1] != "-":
		fmt.Fprintf(stderr, "echo: bad command line %q\n", args)
		return 2
	}
	b, _ := io.ReadAll(stdin)
	if strings.Contains(string(b), "x") {
		fmt.Fprintln(stderr, "echo: unknown cell 'x'")
		return 1
	}
	fmt.Fprint(stdout, Answers(len(b), strings.Count(string(b), "\n")))
	return 0
}

func TestRun(t *testing.T) {
	code, out, errOut := Run(echo, "ab\n", "-input", "-")
	if code != 0 || out != "part1 3\npart2 1\n" || errOut != "" {
		t.Errorf("Run(echo, %q, -input -) = %d, %q, %q; want 0, %q, nothing", "ab\n", code, out, errOut, "part1 3\npart2 1\n")
	}
}

func TestFile(t *testing.T) {
	path := File(t, "in.txt", "abc\n")
	if b, err := os.ReadFile(path); err != nil || string(b) != "abc\n" || filepath.Base(path) != "in.txt" {
		t.Errorf("File(in.txt, %q) = %q, holding %q, %v", "abc\n", path, b, err)
	}
}

func TestCheckCase(t *testing.T) {
	good := Case{Name: "good", Stdin: "a\n", Args: []string{"-input", "-"}, Want: "part1 2\npart2 1\n"}
	RunCases(t, echo, []Case{good})
	for _, tt := range []struct {
		name string
		run  Runner
	}{
		{"wrong_output", fake(0, "part1 1\npart2 1\n", "")},
		{"stderr", fake(0, good.Want, "warning\n")},
		{"exit_1", fake(1, good.Want, "")},
	} {
		if msg := checkCase(tt.run, good); msg == "" {
			t.Errorf("%s: checkCase passed a bad run", tt.name)
		}
	}
}

func TestCheckFault(t *testing.T) {
	bad := Fault{Name: "x", Stdin: "x\n", Want: "unknown cell 'x'"}
	RunFaults(t, echo, "echo", []Fault{bad})
	for _, tt := range []struct {
		name string
		run  Runner
	}{
		{"exit_0", fake(0, "", "echo: unknown cell 'x'\n")},
		{"exit_2", fake(2, "", "echo: unknown cell 'x'\n")},
		{"stdout", fake(1, "part1 1\n", "echo: unknown cell 'x'\n")},
		{"wrong_name", fake(1, "", "maze: unknown cell 'x'\n")},
		{"wrong_message", fake(1, "", "echo: empty input\n")},
		{"two_lines", fake(1, "", "echo: unknown cell 'x'\nmore\n")},
		{"no_newline", fake(1, "", "echo: unknown cell 'x'")},
	} {
		if msg := checkFault(tt.run, "echo", bad); msg == "" {
			t.Errorf("%s: checkFault passed a bad run", tt.name)
		}
	}
}

func TestCheckUsage(t *testing.T) {
	CheckUsage(t, echo)
	for _, tt := range []struct {
		name string
		run  Runner
		want int // failures
	}{
		{"always_0", fake(0, "", "-input FILE"), 3},
		{"always_2", fake(2, "", "-input FILE"), 1},
		{"silent", fake(2, "", ""), 4},
		{"usage_on_stdout", fake(2, "-input FILE", "-input FILE"), 4},
	} {
		if msgs := checkUsage(tt.run); len(msgs) != tt.want {
			t.Errorf("%s: checkUsage found %d faults, want %d: %q", tt.name, len(msgs), tt.want, msgs)
		}
	}
}

func TestCheckInput(t *testing.T) {
	CheckInput(t, echo, "echo", "ab\n", nil)
	CheckInput(t, echo, "echo", "ab\n", func() string { return Answers(3, 1) })
	CheckInput(t, echo, "echo", "x", func() string { panic("called want on refused input") })
	for _, tt := range []struct {
		name string
		run  Runner
		want func() string
	}{
		{"not_answers", fake(0, "done\n", ""), nil},
		{"wrong_answers", fake(0, Answers(1, 2), ""), func() string { return Answers(1, 3) }},
		{"stderr", fake(0, Answers(1, 2), "hmm\n"), nil},
		{"refused_with_stdout", fake(1, "part1 1\n", "echo: bad\n"), nil},
		{"refused_wrong_name", fake(1, "", "maze: bad\n"), nil},
		{"exit_2", fake(2, "", "echo: bad\n"), nil},
	} {
		if msg := checkInput(tt.run, "echo", "ab\n", tt.want); msg == "" {
			t.Errorf("%s: checkInput passed a bad run", tt.name)
		}
	}
}

func TestCheckDefault(t *testing.T) {
	file := File(t, "default.txt", "#.\n.#\n")
	if msg := checkDefault(file, "demo", 7, []byte("#.\n.#\n")); msg != "" {
		t.Errorf("checkDefault on the same bytes: %s", msg)
	}
	msg := checkDefault(file, "demo", 7, []byte("#.\n##\n"))
	if want := "go run ./examples/demo -generate 7 > examples/demo/default.txt"; !strings.Contains(msg, want) {
		t.Errorf("checkDefault on other bytes = %q, want it to hold %q", msg, want)
	}
	if msg := checkDefault(filepath.Join(t.TempDir(), "none.txt"), "demo", 7, nil); !strings.Contains(msg, "no such file") {
		t.Errorf("checkDefault on a missing file = %q, want it to say so", msg)
	}
}
