package main

import (
	_ "embed"

	"github.com/gridsearch/gridsearch/examples/internal/cli"
)

// defaultPlatform is the platform solved when no -input is given. It was
// made by generate (see gen.go for the seed); a test checks that it still
// is.
//
//go:embed default.txt
var defaultPlatform []byte

// command is the program: package cli gives it the flags, the input and
// the output that all the examples share. Solve reads the input as it
// goes, so a read error comes from the parser.
var command = cli.Command{
	Name:     "tilt",
	Input:    "platform",
	Default:  defaultPlatform,
	Rows:     defaultRows,
	Cols:     defaultCols,
	Solve:    cli.Solver(parse, solve),
	Generate: generate,
}

func main() {
	command.Main()
}
