package cli_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
)

// An example program describes itself in a Command: what its input is
// called, the input it solves by default, how to solve an input and how to
// generate one. Its main function is then just command.Main(), and its
// tests call command.Run.
func ExampleCommand() {
	command := cli.Command{
		Name:    "words",
		Input:   "text",
		Default: []byte("one two\nthree\n"),
		Rows:    2,
		Cols:    5,
		// Part 1 counts the words, part 2 the lines.
		Solve: func(r io.Reader) (part1, part2 int, err error) {
			b, err := io.ReadAll(r)
			switch {
			case err != nil:
				return 0, 0, err
			case len(b) == 0:
				return 0, 0, errors.New("empty input")
			}
			return len(bytes.Fields(b)), bytes.Count(b, []byte("\n")), nil
		},
		Generate: func(rows, cols int, seed uint64) ([]byte, error) {
			line := strings.Repeat(string(rune('a'+seed%26)), cols) + "\n"
			return []byte(strings.Repeat(line, rows)), nil
		},
	}
	run := func(stdin string, args ...string) {
		code := command.Run(args, strings.NewReader(stdin), os.Stdout, os.Stdout)
		fmt.Println("exit", code)
	}
	run("")
	run("a b c\n", "-input", "-")
	run("", "-input", "-")
	run("", "-generate", "1", "-size", "2x3")
	run("", "-generate", "1", "-size", "big")
	run("", "stray")
	// Output:
	// part1 3
	// part2 2
	// exit 0
	// part1 3
	// part2 1
	// exit 0
	// words: empty input
	// exit 1
	// bbb
	// bbb
	// exit 0
	// words: -size "big": want ROWSxCOLS, such as 2x5
	// exit 1
	// words: unexpected argument "stray"
	// exit 2
}
