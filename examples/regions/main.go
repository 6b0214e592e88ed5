package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// defaultGarden is the garden solved when no -input is given. It was made
// by generate(defaultGen); a test checks that it still is.
//
//go:embed default.txt
var defaultGarden []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, with its streams passed in so tests can drive
// it. It returns the exit status: 0, 1 for an error, 2 for bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("regions", flag.ContinueOnError)
	fs.SetOutput(stderr)
	input := fs.String("input", "", "read the garden from `FILE` (- for standard input) instead of the embedded one")
	seed := fs.Int64("generate", -1, "print the generated garden with this `SEED` and exit")
	size := fs.String("size", "140x140", "`RxC` size for -generate")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "regions: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	var err error
	if *seed >= 0 {
		err = printGarden(stdout, *seed, *size)
	} else {
		err = solveInput(stdin, stdout, *input)
	}
	if err != nil {
		fmt.Fprintf(stderr, "regions: %v\n", err)
		return 1
	}
	return 0
}

// solveInput reads the garden that input names and prints both answers.
func solveInput(stdin io.Reader, stdout io.Writer, input string) error {
	text := defaultGarden
	switch input {
	case "":
	case "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
		text = b
	default:
		b, err := os.ReadFile(input)
		if err != nil {
			return err
		}
		text = b
	}
	g, err := parse(bytes.NewReader(text))
	if err != nil {
		return err
	}
	part1, part2 := solve(g)
	_, err = fmt.Fprintf(stdout, "part1 %d\npart2 %d\n", part1, part2)
	return err
}

// printGarden prints the garden generated from seed at size, which reads
// RxC, with as many plots per cell and as many weeds as the default garden.
func printGarden(stdout io.Writer, seed int64, size string) error {
	rows, cols, ok := strings.Cut(size, "x")
	r, err1 := strconv.Atoi(rows)
	c, err2 := strconv.Atoi(cols)
	if !ok || err1 != nil || err2 != nil {
		return fmt.Errorf("-size %q: want ROWSxCOLS, such as 140x140", size)
	}
	plots := max(1, r*c*defaultGen.Plots/(defaultGen.Rows*defaultGen.Cols))
	m, err := generate(genConfig{Rows: r, Cols: c, Seed: uint64(seed), Plots: plots, Weeds: defaultGen.Weeds})
	if err != nil {
		return err
	}
	_, err = stdout.Write(m)
	return err
}
