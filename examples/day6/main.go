package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gridsearch/gridsearch/examples/day6/mapgen"
	"github.com/gridsearch/gridsearch/grid"
)

// defaultMap is the map solved when no -input is given. It was made by
// package mapgen (see mapgen's doc for the seed); a test checks that it
// still is.
//
//go:embed default.txt
var defaultMap []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config holds the command line.
type config struct {
	input, strategy, png, svg, size string
	cpuprofile                      string
	workers, repeat                 int
	generate                        int64
	time, sweep                     bool
}

// run is the whole program, with its streams passed in so tests can drive
// it. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("day6", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.input, "input", "", "read the map from `FILE` (- for standard input) instead of the embedded one")
	fs.IntVar(&c.workers, "workers", 0, "goroutines for part 2 (0: GOMAXPROCS)")
	fs.StringVar(&c.strategy, "strategy", "jump", "part-2 `strategy`: seed, resume or jump")
	fs.BoolVar(&c.time, "time", false, "print the median time of parse, part 1 and part 2 over -repeat solves")
	fs.IntVar(&c.repeat, "repeat", 11, "solves to time for -time and -sweep")
	fs.BoolVar(&c.sweep, "sweep", false, "time part 2 for 1 to 16 workers (-strategy all: every strategy)")
	fs.StringVar(&c.svg, "svg", "", "with -sweep, also draw the sweep as an SVG chart in `FILE`")
	fs.StringVar(&c.png, "png", "", "write a picture of the map, the path and the loop-making cells to `FILE`")
	fs.StringVar(&c.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `FILE`, for go tool pprof")
	fs.Int64Var(&c.generate, "generate", -1, "print the generated map with this `SEED` and exit")
	fs.StringVar(&c.size, "size", "130x130", "`RxC` size for -generate")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "day6: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if c.cpuprofile != "" {
		stop, err := startProfile(c.cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "day6: %v\n", err)
			return 1
		}
		defer stop()
	}
	if err := c.run(stdin, stdout); err != nil {
		fmt.Fprintf(stderr, "day6: %v\n", err)
		return 1
	}
	return 0
}

func (c config) run(stdin io.Reader, stdout io.Writer) error {
	if c.generate >= 0 {
		return c.printMap(stdout)
	}
	if _, ok := strategies[c.strategy]; !ok && !(c.strategy == "all" && c.sweep) {
		return fmt.Errorf("unknown strategy %q (want seed, resume or jump; all only with -sweep)", c.strategy)
	}
	if c.repeat < 1 {
		return fmt.Errorf("-repeat %d: want at least 1", c.repeat)
	}
	input, err := c.read(stdin)
	if err != nil {
		return err
	}
	pz, err := parse(bytes.NewReader(input))
	if err != nil {
		return err
	}
	name := c.strategy
	if name == "all" {
		name = "jump"
	}
	part1, part2, err := solve(pz, name, c.workers)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "part1 %d\npart2 %d\n", part1, part2)
	if c.time {
		if err := c.printTimes(stdout, input); err != nil {
			return err
		}
	}
	if c.sweep {
		if err := c.printSweep(stdout, pz); err != nil {
			return err
		}
	}
	if c.png != "" {
		return writePNG(c.png, pz)
	}
	return nil
}

// maxInput is the most input read: what grid.Parse accepts with its default
// cell limit (three bytes a cell, for line endings, plus room for trailing
// blank lines). Reading stops there, so endless input ends in an error
// instead of exhausting memory.
const maxInput = 3*grid.DefaultMaxCells + 4096

func (c config) read(stdin io.Reader) ([]byte, error) {
	switch c.input {
	case "":
		return defaultMap, nil
	case "-":
		return readMap(stdin, "standard input")
	}
	f, err := os.Open(c.input)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readMap(f, c.input)
}

// readMap reads r, named name in errors, to the end or to maxInput bytes.
func readMap(r io.Reader, name string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(b) > maxInput {
		return nil, fmt.Errorf("%s: input too large: more than %d bytes", name, maxInput)
	}
	return b, nil
}

func (c config) printMap(stdout io.Writer) error {
	rows, cols, ok := strings.Cut(c.size, "x")
	r, err1 := strconv.Atoi(rows)
	k, err2 := strconv.Atoi(cols)
	if !ok || err1 != nil || err2 != nil {
		return fmt.Errorf("-size %q: want ROWSxCOLS, such as 130x130", c.size)
	}
	m, err := mapgen.Generate(mapgen.Config{Rows: r, Cols: k, Seed: uint64(c.generate)})
	if err != nil {
		return err
	}
	_, err = stdout.Write(m)
	return err
}

// printTimes solves the input c.repeat more times from scratch and prints
// the median time of each phase.
func (c config) printTimes(stdout io.Writer, input []byte) error {
	var tParse, tPart1, tPart2 []time.Duration
	for range c.repeat {
		t0 := time.Now()
		pz, err := parse(bytes.NewReader(input))
		if err != nil {
			return err
		}
		t1 := time.Now()
		rt, err := walkRoute(pz)
		if err != nil {
			return err
		}
		t2 := time.Now()
		strategies[c.strategy](pz, rt, c.workers)
		t3 := time.Now()
		tParse, tPart1, tPart2 = append(tParse, t1.Sub(t0)), append(tPart1, t2.Sub(t1)), append(tPart2, t3.Sub(t2))
	}
	fmt.Fprintf(stdout, "time parse %v\ntime part1 %v\ntime part2 %v\n", median(tParse), median(tPart1), median(tPart2))
	return nil
}

// startProfile starts CPU profiling into file and returns the function that
// stops it and closes the file.
func startProfile(file string) (stop func(), err error) {
	f, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func median(ts []time.Duration) time.Duration {
	s := slices.Clone(ts)
	slices.Sort(s)
	return s[len(s)/2]
}
