package main

import (
	_ "embed"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
)

// defaultGarden is the garden solved when no -input is given. It was made
// by generate(defaultGen); a test checks that it still is.
//
//go:embed default.txt
var defaultGarden []byte

// command is the program: package cli gives it the flags, the input and
// the output that all the examples share. Solve reads the input as it
// goes, so a read error comes from the parser.
var command = cli.Command{
	Name:     "regions",
	Input:    "garden",
	Default:  defaultGarden,
	Rows:     defaultGen.Rows,
	Cols:     defaultGen.Cols,
	Solve:    cli.Solver(parse, solve),
	Generate: generateSized,
}

func main() {
	command.Main()
}

// generateSized returns the garden generated from seed at the given size,
// with as many plots per cell and as many weeds as the default garden.
func generateSized(rows, cols int, seed uint64) ([]byte, error) {
	plots := max(1, rows*cols*defaultGen.Plots/(defaultGen.Rows*defaultGen.Cols))
	return generate(genConfig{Rows: rows, Cols: cols, Seed: seed, Plots: plots, Weeds: defaultGen.Weeds})
}
