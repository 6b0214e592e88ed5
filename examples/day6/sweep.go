package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"time"

	"github.com/samber/lo"
)

// maxWorkers is the largest worker count that -sweep tries, as in the
// thread-count experiment of the write-up this example answers.
const maxWorkers = 16

// A sweep is the median part-2 time of one strategy for 1 to maxWorkers
// workers: times[w-1] is the time with w workers.
type sweep struct {
	strategy string
	times    []time.Duration
}

// printSweep times part 2 for 1 to 16 workers with each strategy asked for,
// prints a table per strategy, and draws them as a chart if -svg is set.
// Beside each time it prints the speed-up over one worker and the ratio to
// the best time of any worker count.
func (c *config) printSweep(stdout io.Writer) error {
	rt, err := walkRoute(c.pz)
	if err != nil {
		return err
	}
	names := []string{c.strategy}
	if c.strategy == "all" {
		names = []string{"jump", "resume", "seed"}
	}
	var sweeps []sweep
	for _, name := range names {
		s := sweep{strategy: name, times: sweepTimes(c.repeat, func(workers int) {
			strategies[name](c.pz, rt, workers)
		})}
		best := slices.Min(s.times)
		fmt.Fprintf(stdout, "sweep strategy %s, %d candidates, GOMAXPROCS %d, median of %d\n",
			name, len(rt.cands), runtime.GOMAXPROCS(0), c.repeat)
		fmt.Fprintf(stdout, "%-8s %12s %8s %8s\n", "workers", "part2", "speedup", "vs best")
		for i, t := range s.times {
			fmt.Fprintf(stdout, "%-8d %12v %7.2fx %7.2fx\n", i+1, t, float64(s.times[0])/float64(t), float64(t)/float64(best))
		}
		sweeps = append(sweeps, s)
	}
	if c.svg == "" {
		return nil
	}
	return os.WriteFile(c.svg, []byte(chart(sweeps, runtime.GOMAXPROCS(0))), 0o644)
}

// sweepTimes returns the median time of run for each worker count from 1
// to maxWorkers, over repeat rounds. A round runs every worker count once,
// in turn, so that a slow spell of the machine (a busy neighbour on the
// host, a core slow to wake) falls on all of them alike instead of on the
// whole block of one; an untimed round first warms caches and cores up.
func sweepTimes(repeat int, run func(workers int)) []time.Duration {
	ts := make([][]time.Duration, maxWorkers)
	for round := -1; round < repeat; round++ {
		for w := 1; w <= maxWorkers; w++ {
			t0 := time.Now()
			run(w)
			if round >= 0 {
				ts[w-1] = append(ts[w-1], time.Since(t0))
			}
		}
	}
	return lo.Map(ts, func(t []time.Duration, _ int) time.Duration { return median(t) })
}
