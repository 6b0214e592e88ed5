// Package clitest holds the checks that the example programs' tests share:
// runs that must answer, inputs that must be refused, bad command lines,
// fuzzed inputs and the embedded default input. It serves any program
// whose run function has the shape of the Run method of a cli.Command.
//
// Every check reports through the testing.T it is given; none of them
// panics.
package clitest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A Runner runs a program with the command-line arguments args (without
// the program's name) and the given standard streams and returns its exit
// status, as the Run method of a cli.Command does.
type Runner func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// Run runs run with args and stdin and returns its exit status and what it
// printed.
func Run(run Runner, stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// Answers returns what a program prints for the answers part1 and part2:
// "part1 N\npart2 N\n".
func Answers(part1, part2 int) string {
	return fmt.Sprintf("part1 %d\npart2 %d\n", part1, part2)
}

// File writes text to a file called name in a new temporary directory,
// removed when the test ends, and returns the file's path.
func File(t testing.TB, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A Case is a run of a program that succeeds.
type Case struct {
	Name  string   // the subtest's name
	Stdin string   // the standard input
	Args  []string // the command-line arguments
	Want  string   // all of the standard output
}

// RunCases runs each case as a subtest and checks that the program exits
// with status 0, printing tt.Want and nothing on standard error.
func RunCases(t *testing.T, run Runner, cases []Case) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			if msg := checkCase(run, tt); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// checkCase runs tt and returns what is wrong with the run, or "".
func checkCase(run Runner, tt Case) string {
	code, out, errOut := Run(run, tt.Stdin, tt.Args...)
	if code != 0 || out != tt.Want || errOut != "" {
		return fmt.Sprintf("run(%q) = %d, %q, stderr %q; want 0, %q, nothing", tt.Args, code, out, errOut, tt.Want)
	}
	return ""
}

// A Fault is a run of a program that fails: bad input, a missing file, a
// size the generator refuses.
type Fault struct {
	Name  string   // the subtest's name
	Stdin string   // the standard input
	Args  []string // the command-line arguments; nil for -input -
	Want  string   // a fragment of the error message
}

// RunFaults runs each fault as a subtest and checks that the program
// called name exits with status 1, printing nothing on standard output and
// one line on standard error: "name: " and a message holding tt.Want.
func RunFaults(t *testing.T, run Runner, name string, faults []Fault) {
	t.Helper()
	for _, tt := range faults {
		t.Run(tt.Name, func(t *testing.T) {
			if msg := checkFault(run, name, tt); msg != "" {
				t.Error(msg)
			}
		})
	}
}

// checkFault runs tt and returns what is wrong with the run, or "".
func checkFault(run Runner, name string, tt Fault) string {
	args := tt.Args
	if args == nil {
		args = []string{"-input", "-"}
	}
	code, out, errOut := Run(run, tt.Stdin, args...)
	if code != 1 || out != "" || !isError(name, errOut) || !strings.Contains(errOut, tt.Want) {
		return fmt.Sprintf("run(%q) = %d, stdout %q, stderr %q; want 1, nothing, and one line \"%s: …%s…\"", args, code, out, errOut, name, tt.Want)
	}
	return ""
}

// isError reports whether stderr is one line of error from the program
// called name.
func isError(name, stderr string) bool {
	return strings.HasPrefix(stderr, name+": ") && strings.Count(stderr, "\n") == 1 && strings.HasSuffix(stderr, "\n")
}

// CheckUsage checks how a program built with package cli takes its command
// line: an argument that is not a flag, an unknown flag and a flag without
// its value give exit status 2, nothing on standard output and a message
// on standard error; -h gives exit status 0, nothing on standard output
// and the usage on standard error.
func CheckUsage(t *testing.T, run Runner) {
	t.Helper()
	for _, msg := range checkUsage(run) {
		t.Error(msg)
	}
}

// checkUsage returns what is wrong with the program's usage, if anything.
func checkUsage(run Runner) []string {
	var msgs []string
	for _, args := range [][]string{{"extra"}, {"-unknown"}, {"-input"}} {
		if code, out, errOut := Run(run, "", args...); code != 2 || out != "" || errOut == "" {
			msgs = append(msgs, fmt.Sprintf("run(%q) = %d, stdout %q, stderr %q; want 2, nothing, a message", args, code, out, errOut))
		}
	}
	if code, out, errOut := Run(run, "", "-h"); code != 0 || out != "" || !strings.Contains(errOut, "-input FILE") {
		msgs = append(msgs, fmt.Sprintf("run(-h) = %d, stdout %q, stderr %q; want 0, nothing, the usage", code, out, errOut))
	}
	return msgs
}

// answers matches the answers of a program, whatever they are.
var answers = regexp.MustCompile(`^part1 \d+\npart2 \d+\n$`)

// CheckInput runs the program called name on any input in, read from
// standard input, as a fuzz target does. The program must either answer,
// with exit status 0 and nothing on standard error, or refuse the input
// with exit status 1, nothing on standard output and one line on standard
// error starting "name: ". If want is nil the answers may be any two
// numbers; otherwise they must be what want returns, which CheckInput
// calls only if the program answers.
func CheckInput(t *testing.T, run Runner, name, in string, want func() string) {
	t.Helper()
	if msg := checkInput(run, name, in, want); msg != "" {
		t.Fatal(msg)
	}
}

// checkInput runs the program on in and returns what is wrong with the
// run, or "".
func checkInput(run Runner, name, in string, want func() string) string {
	switch code, out, errOut := Run(run, in, "-input", "-"); code {
	case 0:
		if errOut != "" || want == nil && !answers.MatchString(out) {
			return fmt.Sprintf("run on %q = 0, stdout %q, stderr %q; want the answers and nothing", in, out, errOut)
		}
		if want != nil {
			if w := want(); out != w {
				return fmt.Sprintf("run on %q = 0, stdout %q; want %q", in, out, w)
			}
		}
	case 1:
		if out != "" || !isError(name, errOut) {
			return fmt.Sprintf("run on %q = 1, stdout %q, stderr %q; want nothing and one line \"%s: …\"", in, out, errOut, name)
		}
	default:
		return fmt.Sprintf("run on %q = %d, want 0 or 1", in, code)
	}
	return ""
}

// CheckDefault checks that generated, what the generator of the program
// called name makes from seed at the default size, is the program's
// embedded default input: the file default.txt in the current directory,
// which is the package's directory while its tests run. If it is not,
// CheckDefault fails the test, saying how to make the file again.
func CheckDefault(t testing.TB, name string, seed uint64, generated []byte) {
	t.Helper()
	if msg := checkDefault("default.txt", name, seed, generated); msg != "" {
		t.Fatal(msg)
	}
}

// checkDefault returns what is wrong with the default input in file, or
// "".
func checkDefault(file, name string, seed uint64, generated []byte) string {
	want, err := os.ReadFile(file)
	if err != nil {
		return err.Error()
	}
	if !bytes.Equal(generated, want) {
		return fmt.Sprintf("the generator's output for seed %d differs from %s: the generator changed; regenerate the file with\n"+
			"\tgo run ./examples/%s -generate %d > examples/%s/default.txt\nand update the answers", seed, file, name, seed, name)
	}
	return ""
}
