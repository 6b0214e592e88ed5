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

// defaultMaze is the maze solved when no -input is given. It was made by
// generate(defaultGen); a test checks that it still is.
//
//go:embed default.txt
var defaultMaze []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, with its streams passed in so tests can drive
// it. It returns the exit status: 0, 1 for an error, 2 for bad usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("maze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	input := fs.String("input", "", "read the maze from `FILE` (- for standard input) instead of the embedded one")
	seed := fs.Int64("generate", -1, "print the generated maze with this `SEED` and exit")
	size := fs.String("size", "141x141", "`RxC` size for -generate")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "maze: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	var err error
	if *seed >= 0 {
		err = printMaze(stdout, *seed, *size)
	} else {
		err = solveInput(stdin, stdout, *input)
	}
	if err != nil {
		fmt.Fprintf(stderr, "maze: %v\n", err)
		return 1
	}
	return 0
}

// solveInput reads the maze that input names and prints both answers.
func solveInput(stdin io.Reader, stdout io.Writer, input string) error {
	text := defaultMaze
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
	m, err := parse(bytes.NewReader(text))
	if err != nil {
		return err
	}
	part1, part2, err := solve(m)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "part1 %d\npart2 %d\n", part1, part2)
	return err
}

// printMaze prints the maze generated from seed at size, which reads RxC,
// with the loop share of the default maze.
func printMaze(stdout io.Writer, seed int64, size string) error {
	rows, cols, ok := strings.Cut(size, "x")
	r, err1 := strconv.Atoi(rows)
	c, err2 := strconv.Atoi(cols)
	if !ok || err1 != nil || err2 != nil {
		return fmt.Errorf("-size %q: want ROWSxCOLS, such as 141x141", size)
	}
	m, err := generate(genConfig{Rows: r, Cols: c, Seed: uint64(seed), Loops: defaultGen.Loops})
	if err != nil {
		return err
	}
	_, err = stdout.Write(m)
	return err
}
