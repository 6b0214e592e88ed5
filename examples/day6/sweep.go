package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
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
func (c config) printSweep(stdout io.Writer, pz puzzle) error {
	rt, err := walkRoute(pz)
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
			strategies[name](pz, rt, workers)
		})}
		best := lo.Min(s.times)
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

// chart draws sweeps as an SVG line chart of time relative to each
// strategy's best, against the worker count, with the 1.15 bound of the
// performance targets and the core count marked.
func chart(sweeps []sweep, cores int) string {
	const (
		w, h                     = 640, 360
		left, right, top, bottom = 60, 130, 40, 50
		yMax                     = 2.5 // ratios above this are drawn at the top
	)
	x := func(workers int) float64 {
		return left + float64(workers-1)*float64(w-left-right)/float64(maxWorkers-1)
	}
	y := func(ratio float64) float64 {
		return top + (1-(min(ratio, yMax)-1)/(yMax-1))*float64(h-top-bottom)
	}
	colors := []string{"#d62728", "#1f77b4", "#2ca02c"}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", w, h)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="14">Part 2 time relative to the best worker count (lower is better)</text>`+"\n", left)
	for _, r := range []float64{1, 1.15, 1.5, 2, 2.5} {
		dash := ""
		if r == 1.15 {
			dash = ` stroke-dasharray="4 3"`
		}
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#bbb"%s/><text x="%d" y="%.1f" text-anchor="end">%.2fx</text>`+"\n",
			left, w-right, y(r), y(r), dash, left-6, y(r)+4, r)
	}
	for n := 1; n <= maxWorkers; n++ {
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", x(n), h-bottom+16, n)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">workers</text>`+"\n", (left+w-right)/2, h-12)
	if cores >= 1 && cores <= maxWorkers {
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#888" stroke-dasharray="2 2"/><text x="%.1f" y="%d" text-anchor="middle">%d cores</text>`+"\n",
			x(cores), x(cores), top, h-bottom, x(cores), top-4, cores)
	}
	for i, s := range sweeps {
		best, color := lo.Min(s.times), colors[i%len(colors)]
		pts := make([]string, len(s.times))
		for j, t := range s.times {
			pts[j] = fmt.Sprintf("%.1f,%.1f", x(j+1), y(float64(t)/float64(best)))
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", color, strings.Join(pts, " "))
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">%s (best %v)</text>`+"\n", w-right+8, top+16+18*i, color, s.strategy, best.Round(time.Microsecond))
	}
	b.WriteString("</svg>\n")
	return b.String()
}
