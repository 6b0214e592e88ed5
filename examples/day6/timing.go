package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"time"
)

// printTimes solves the input c.repeat more times from scratch, from its
// text, and prints the median time of each phase. Part 1 counts the cells
// the guard covers; part 2 lists them again as candidates and tries each.
func (c *config) printTimes(stdout io.Writer) error {
	var tParse, tPart1, tPart2 []time.Duration
	for range c.repeat {
		t0 := time.Now()
		pz, err := parse(bytes.NewReader(c.input.Bytes()))
		if err != nil {
			return err
		}
		t1 := time.Now()
		if _, err := walkOut(pz); err != nil {
			return err
		}
		t2 := time.Now()
		rt, err := walkRoute(pz)
		if err != nil {
			return err
		}
		c.count(pz, rt, c.workers)
		t3 := time.Now()
		tParse, tPart1, tPart2 = append(tParse, t1.Sub(t0)), append(tPart1, t2.Sub(t1)), append(tPart2, t3.Sub(t2))
	}
	_, err := fmt.Fprintf(stdout, "time parse %v\ntime part1 %v\ntime part2 %v\n", median(tParse), median(tPart1), median(tPart2))
	return err
}

// median returns the median of ts, which must not be empty.
func median(ts []time.Duration) time.Duration {
	s := slices.Clone(ts)
	slices.Sort(s)
	return s[len(s)/2]
}
