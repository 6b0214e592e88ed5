// Package cli is the command line that the example programs share: flags
// -input, -generate and -size, an embedded default input, the answers
// printed as "part1 N" and "part2 N", and errors as one line "name: …" on
// standard error. Each example describes itself in a [Command] and keeps
// only what is its own: the puzzle, the solver and the generator.
//
// The flags are:
//
//	-input FILE     read the input from FILE ("-" for standard input)
//	                instead of the embedded one
//	-generate SEED  print the input the generator makes with SEED, at the
//	                size -size gives, instead of solving
//	-size RxC       rows and columns for -generate (default: the size of
//	                the embedded input)
//	-cpuprofile F   write a CPU profile of the run to F, for go tool pprof
//
// A program may add flags of its own (see [Command.Flags]).
//
// The exit status is 0 on success and for -h; 1 if the input, the file,
// -size or the profile is bad (with one line on standard error naming the
// fault); and 2 for a bad command line (with flag's message and the usage).
//
// Run hands the input to Solve as a stream and does not read it first: the
// parser reads it once, with its own limit (see grid.MaxCells), so input
// that is too large costs what the parser's refusal costs and no more.
package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// A Command is one example program. Every field but Flags and Report must
// be set; the zero Command is not valid. A Command is not changed by
// running it, and is safe for concurrent use if its functions are. A
// program with flags of its own keeps their values in variables that Flags
// binds and Solve and Report read: it makes a Command for each run.
type Command struct {
	// Name is the program's name, such as "maze": the name in its usage
	// and the prefix of its error messages.
	Name string

	// Input names what the program reads, such as "maze" or "garden",
	// for the help text of -input and -generate.
	Input string

	// Default is the input solved when there is no -input.
	Default []byte

	// Rows and Cols are the default size for -generate: that of Default.
	Rows, Cols int

	// Solve reads an input from r as it goes and returns the answers to
	// both parts of the puzzle, or an error naming the fault in the input.
	// It reports a failed read itself, and refuses input that is too
	// large, as the grid parsers do.
	Solve func(r io.Reader) (part1, part2 int, err error)

	// Generate returns the input made from seed with the given numbers of
	// rows and columns, or an error if it cannot make one that size.
	Generate func(rows, cols int, seed uint64) ([]byte, error)

	// Flags, if not nil, defines the program's own flags on fs, beside
	// the shared ones, before Run parses the command line.
	Flags func(fs *flag.FlagSet)

	// Report, if not nil, is called after the answers are printed, to
	// print more about the solve on stdout or write files; its error ends
	// the run with status 1. It is not called with -generate.
	Report func(stdout io.Writer) error
}

// Main runs the program with the process's arguments and standard streams
// and exits with the status Run returns. It does not return.
func (c Command) Main() {
	os.Exit(c.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Run runs the program with the command-line arguments args (without the
// program's name) and the given standard streams, and returns the exit
// status: 0, 1 for an error, 2 for bad usage. Tests call it with buffers.
func (c Command) Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	input := fs.String("input", "", "read the "+c.Input+" from `FILE` (- for standard input) instead of the embedded one")
	seed := fs.Int64("generate", -1, "print the generated "+c.Input+" with this `SEED` and exit")
	size := fs.String("size", fmt.Sprintf("%dx%d", c.Rows, c.Cols), "`RxC` size for -generate")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to `FILE`, for go tool pprof")
	if c.Flags != nil {
		c.Flags(fs)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", c.Name, fs.Arg(0))
		return 2
	}
	err := profile(*cpuprofile, func() error {
		if *seed >= 0 {
			return c.generate(stdout, *size, uint64(*seed))
		}
		return c.solve(stdin, stdout, *input)
	})
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", c.Name, err)
		return 1
	}
	return 0
}

// solve solves the input that the -input flag names and prints both
// answers.
func (c Command) solve(stdin io.Reader, stdout io.Writer, input string) error {
	var r io.Reader
	switch input {
	case "":
		r = bytes.NewReader(c.Default)
	case "-":
		r = stdin
	default:
		f, err := os.Open(input)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	part1, part2, err := c.Solve(r)
	if err != nil {
		return err
	}
	if _, err = fmt.Fprintf(stdout, "part1 %d\npart2 %d\n", part1, part2); err != nil || c.Report == nil {
		return err
	}
	return c.Report(stdout)
}

// generate prints the input generated from seed at size, which reads RxC.
func (c Command) generate(stdout io.Writer, size string, seed uint64) error {
	rows, cols, ok := strings.Cut(size, "x")
	r, err1 := strconv.Atoi(rows)
	k, err2 := strconv.Atoi(cols)
	if !ok || err1 != nil || err2 != nil {
		return fmt.Errorf("-size %q: want ROWSxCOLS, such as %dx%d", size, c.Rows, c.Cols)
	}
	b, err := c.Generate(r, k, seed)
	if err != nil {
		return err
	}
	_, err = stdout.Write(b)
	return err
}

// Solver returns a function for [Command.Solve] that reads an input with
// parse and answers with solve, for a puzzle whose every parsed input has
// answers. It returns parse's error, and answers of 0 with it.
func Solver[P any](parse func(r io.Reader) (P, error), solve func(p P) (part1, part2 int)) func(r io.Reader) (part1, part2 int, err error) {
	return func(r io.Reader) (part1, part2 int, err error) {
		p, err := parse(r)
		if err != nil {
			return 0, 0, err
		}
		part1, part2 = solve(p)
		return part1, part2, nil
	}
}
