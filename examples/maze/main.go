package main

import (
	_ "embed"
	"io"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
)

// defaultMaze is the maze solved when no -input is given. It was made by
// generate(defaultGen); a test checks that it still is.
//
//go:embed default.txt
var defaultMaze []byte

// command is the program: package cli gives it the flags, the input and
// the output that all the examples share. Solve reads the input as it
// goes, so a read error comes from the parser.
var command = cli.Command{
	Name:     "maze",
	Input:    "maze",
	Default:  defaultMaze,
	Rows:     defaultGen.Rows,
	Cols:     defaultGen.Cols,
	Solve:    solveInput,
	Generate: generateSized,
}

func main() {
	command.Main()
}

// solveInput reads a maze from r and returns both answers.
func solveInput(r io.Reader) (part1, part2 int, err error) {
	m, err := parse(r)
	if err != nil {
		return 0, 0, err
	}
	return solve(m)
}

// generateSized returns the maze generated from seed at the given size,
// with the loop share of the default maze.
func generateSized(rows, cols int, seed uint64) ([]byte, error) {
	return generate(genConfig{Rows: rows, Cols: cols, Seed: seed, Loops: defaultGen.Loops})
}
