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

// defaultPlatform is the platform solved when no -input is given. It was
// made by generate (see gen.go for the seed); a test checks that it still
// is.
//
//go:embed default.txt
var defaultPlatform []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, with its streams passed in so tests can drive
// it. It returns the exit status: 0, 1 for bad input, 2 for a bad command
// line.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tilt", flag.ContinueOnError)
	fs.SetOutput(stderr)
	input := fs.String("input", "", "read the platform from `FILE` (- for standard input) instead of the embedded one")
	seed := fs.Int64("generate", -1, "print the generated platform with this `SEED` and exit")
	size := fs.String("size", fmt.Sprintf("%dx%d", defaultRows, defaultCols), "`RxC` size for -generate")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "tilt: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	var err error
	if *seed >= 0 {
		err = printPlatform(stdout, *size, uint64(*seed))
	} else {
		err = solveInput(stdout, stdin, *input)
	}
	if err != nil {
		fmt.Fprintf(stderr, "tilt: %v\n", err)
		return 1
	}
	return 0
}

// solveInput reads the platform that input names and prints both answers.
func solveInput(stdout io.Writer, stdin io.Reader, input string) error {
	var r io.Reader
	switch input {
	case "":
		r = bytes.NewReader(defaultPlatform)
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
	g, err := parse(r)
	if err != nil {
		return err
	}
	part1, part2 := solve(g)
	_, err = fmt.Fprintf(stdout, "part1 %d\npart2 %d\n", part1, part2)
	return err
}

// printPlatform prints the generated platform of the given size and seed.
func printPlatform(stdout io.Writer, size string, seed uint64) error {
	rows, cols, ok := strings.Cut(size, "x")
	r, err1 := strconv.Atoi(rows)
	c, err2 := strconv.Atoi(cols)
	if !ok || err1 != nil || err2 != nil {
		return fmt.Errorf("-size %q: want ROWSxCOLS, such as 100x100", size)
	}
	b, err := generate(r, c, seed)
	if err != nil {
		return err
	}
	_, err = stdout.Write(b)
	return err
}
