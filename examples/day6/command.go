package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/gridsearch/gridsearch/examples/day6/internal/mapgen"
	"github.com/gridsearch/gridsearch/examples/internal/cli"
)

// defaultMap is the map solved when no -input is given. It was made by
// package mapgen (see mapgen's doc for the seed); a test checks that it
// still is.
//
//go:embed default.txt
var defaultMap []byte

// A config is one run of the program: the values of its own flags, and
// what its solve leaves for the report after the answers.
type config struct {
	strategy, png, svg string
	workers, repeat    int
	time, sweep, scale bool

	pz    puzzle       // the puzzle solved
	count strategy     // the strategy that counted part 2
	input bytes.Buffer // its text, kept for -time only
}

// newCommand returns the program for one run: package cli gives it the
// flags, the input and the output that all the examples share, and the
// flags below are day6's own.
func newCommand() cli.Command {
	c := new(config)
	return cli.Command{
		Name:     "day6",
		Input:    "map",
		Default:  defaultMap,
		Rows:     130,
		Cols:     130,
		Flags:    c.flags,
		Solve:    c.solve,
		Report:   c.report,
		Generate: generate,
	}
}

// run runs the program with its command-line arguments and streams, and
// returns the exit status. Tests call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return newCommand().Run(args, stdin, stdout, stderr)
}

// flags defines day6's own flags on fs, into c.
func (c *config) flags(fs *flag.FlagSet) {
	fs.IntVar(&c.workers, "workers", 0, "goroutines for part 2 (0: GOMAXPROCS)")
	fs.StringVar(&c.strategy, "strategy", "jump", "part-2 `strategy`: jump, resume or seed (all: every one, with -sweep)")
	fs.BoolVar(&c.time, "time", false, "print the median time of parse, part 1 and part 2 over -repeat solves")
	fs.IntVar(&c.repeat, "repeat", 11, "solves to time for -time and -sweep")
	fs.BoolVar(&c.sweep, "sweep", false, "time part 2 for 1 to 16 workers (-strategy all: every strategy)")
	fs.BoolVar(&c.scale, "scale", false, "time part 2 with 1, 2, 4 and 16 workers on generated maps from 130x130 to 2000x2000")
	fs.StringVar(&c.svg, "svg", "", "with -sweep or -scale, also draw it as an SVG chart in `FILE`")
	fs.StringVar(&c.png, "png", "", "draw the map in `FILE` as a PNG picture: "+pngKey)
}

// solve checks the flags, then reads the map from r and answers both
// parts. It keeps the puzzle for the report, and for -time a copy of the
// text, which is read again for each timed solve; without -time the text
// is read once, by the parser, and not kept.
func (c *config) solve(r io.Reader) (part1, part2 int, err error) {
	strategy := c.strategy
	switch {
	case strategy == "all" && c.sweep:
		strategy = "jump" // for the answers; the sweep runs every one
	case strategy == "all":
		return 0, 0, errors.New("-strategy all needs -sweep")
	}
	if c.count, err = lookup(strategy); err != nil {
		return 0, 0, err
	}
	if c.repeat < 1 {
		return 0, 0, fmt.Errorf("-repeat %d: want at least 1", c.repeat)
	}
	if c.time {
		r = io.TeeReader(r, &c.input)
	}
	if c.pz, err = parse(r); err != nil {
		return 0, 0, err
	}
	visited, err := walkOut(c.pz)
	if err != nil {
		return 0, 0, err
	}
	rt, err := walkRoute(c.pz)
	if err != nil {
		return 0, 0, err
	}
	return visited, c.count(c.pz, rt, c.workers), nil
}

// report prints the timings and the sweep that the flags ask for, and
// draws the picture.
func (c *config) report(stdout io.Writer) error {
	if c.time {
		if err := c.printTimes(stdout); err != nil {
			return err
		}
	}
	if c.sweep {
		if err := c.printSweep(stdout); err != nil {
			return err
		}
	}
	if c.scale {
		if err := c.printScale(stdout, scaleSizes); err != nil {
			return err
		}
	}
	if c.png != "" {
		if err := writePNG(c.png, c.pz); err != nil {
			return err
		}
		_, err := fmt.Fprintf(stdout, "png %s: %s\n", c.png, pngKey)
		return err
	}
	return nil
}

// generate returns the map mapgen makes from seed at the given size.
func generate(rows, cols int, seed uint64) ([]byte, error) {
	return mapgen.Generate(mapgen.Config{Rows: rows, Cols: cols, Seed: seed})
}
