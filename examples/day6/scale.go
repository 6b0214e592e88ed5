package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/samber/lo"
)

// scaleSizes are the sides of the square maps that -scale generates, from
// the puzzle's own 130 up to a map about 240 times as large.
var scaleSizes = []int{130, 250, 500, 1000, 2000}

// scaleWorkers are the worker counts that -scale times.
var scaleWorkers = []int{1, 2, 4, 16}

// A scaleRow is one map of -scale: its side, its number of candidate
// cells, and the median part-2 time for each of scaleWorkers.
type scaleRow struct {
	side, cands int
	times       []time.Duration
}

// printScale times part 2 of maps generated at each of sizes with each
// worker count, and prints the speed-up over one worker against the work
// (one worker's time); with -svg it draws the same as a chart. A round
// times every worker count once, in turn, as sweepTimes does.
func (c *config) printScale(stdout io.Writer, sizes []int) error {
	var rows []scaleRow
	fmt.Fprintf(stdout, "scale strategy %s, GOMAXPROCS %d, median of %d\n", c.strategy, runtime.GOMAXPROCS(0), c.repeat)
	fmt.Fprintf(stdout, "%-11s %8s %12s", "map", "cands", "1 worker")
	for _, w := range scaleWorkers[1:] {
		fmt.Fprintf(stdout, " %9s", fmt.Sprintf("%d workers", w))
	}
	fmt.Fprintln(stdout)
	for _, side := range sizes {
		text, err := generate(side, side, 1)
		if err != nil {
			return err
		}
		pz, err := parse(bytes.NewReader(text))
		if err != nil {
			return err
		}
		rt, err := walkRoute(pz)
		if err != nil {
			return err
		}
		count, err := lookup(c.strategy)
		if err != nil {
			return err
		}
		ts := make([][]time.Duration, len(scaleWorkers))
		for round := -1; round < c.repeat; round++ {
			for i, w := range scaleWorkers {
				t0 := time.Now()
				count(pz, rt, w)
				if round >= 0 {
					ts[i] = append(ts[i], time.Since(t0))
				}
			}
		}
		row := scaleRow{side, len(rt.cands), lo.Map(ts, func(t []time.Duration, _ int) time.Duration { return median(t) })}
		rows = append(rows, row)
		fmt.Fprintf(stdout, "%-11s %8d %12s", fmt.Sprintf("%dx%d", side, side), row.cands, roundTime(row.times[0]))
		for _, t := range row.times[1:] {
			fmt.Fprintf(stdout, " %8.2fx", float64(row.times[0])/float64(t))
		}
		fmt.Fprintln(stdout)
	}
	if c.svg == "" {
		return nil
	}
	return os.WriteFile(c.svg, []byte(scaleChart(rows, runtime.GOMAXPROCS(0))), 0o644)
}

// The scale chart's bounds: speed-ups from 0.5x to 2.5x, the 1.8x target,
// and the work from which it applies.
const (
	scaleYMin, scaleYMax = 0.5, 2.5
	scaleTarget          = 1.8
	scaleFrom            = 20 * time.Millisecond
)

// scaleChart draws rows as an SVG line chart of the speed-up over one
// worker against one worker's time, on a log scale, a line for each worker
// count above one, with the 1.8x target dashed from the work it applies to.
func scaleChart(rows []scaleRow, cores int) string {
	lo10, hi10 := math.Inf(1), math.Inf(-1)
	for _, r := range rows {
		v := math.Log10(float64(r.times[0]))
		lo10, hi10 = min(lo10, math.Floor(v)), max(hi10, math.Ceil(v))
	}
	if len(rows) == 0 || hi10 <= lo10 {
		lo10, hi10 = 5, 9 // 100 µs to 1 s, for an empty chart
	}
	x := func(d time.Duration) float64 {
		return chartLeft + (math.Log10(float64(d))-lo10)/(hi10-lo10)*float64(chartW-chartLeft-chartRight)
	}
	y := func(s float64) float64 {
		s = min(max(s, scaleYMin), scaleYMax)
		return chartTop + (scaleYMax-s)/(scaleYMax-scaleYMin)*float64(chartH-chartTop-chartBottom)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="%d">`+"\n", chartW, chartH, chartFont)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", chartW, chartH)
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="14">Part 2 speed-up over one worker, by size of work (%d cores; higher is better)</text>`+"\n", chartLeft, cores)
	for _, s := range []float64{0.5, 1, 1.5, 2, 2.5} {
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#bbb"/><text x="%d" y="%.1f" text-anchor="end">%.1fx</text>`+"\n",
			chartLeft, chartW-chartRight, y(s), y(s), chartLeft-6, y(s)+4, s)
	}
	for e := lo10; e <= hi10; e++ {
		d := time.Duration(math.Pow(10, e))
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%s</text>`+"\n", x(d), chartH-chartBottom+16, roundTime(d))
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">one worker's part-2 time</text>`+"\n", (chartLeft+chartW-chartRight)/2, chartH-12)
	if from := x(scaleFrom); from >= chartLeft && from <= chartW-chartRight {
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%d" y1="%.1f" y2="%.1f" stroke="#666" stroke-dasharray="4 3"/><text x="%d" y="%.1f" text-anchor="end" fill="#666">%.1fx target from %s</text>`+"\n",
			from, chartW-chartRight, y(scaleTarget), y(scaleTarget), chartW-chartRight-4, y(scaleTarget)-4, scaleTarget, roundTime(scaleFrom))
	}
	colors := []string{"#d62728", "#1f77b4", "#2ca02c"}
	for i, w := range scaleWorkers[1:] {
		color := colors[i%len(colors)]
		pts := lo.Map(rows, func(r scaleRow, _ int) string {
			return fmt.Sprintf("%.1f,%.1f", x(r.times[0]), y(float64(r.times[0])/float64(r.times[i+1])))
		})
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", color, strings.Join(pts, " "))
		for _, r := range rows {
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>`+"\n", x(r.times[0]), y(float64(r.times[0])/float64(r.times[i+1])), color)
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">%d workers</text>`+"\n", legendX, chartTop+16+18*i, color, w)
	}
	for i, r := range rows {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#444">%dx%d: %s</text>`+"\n", legendX, chartTop+16+18*(len(scaleWorkers)+i), r.side, r.side, roundTime(r.times[0]))
	}
	b.WriteString("</svg>\n")
	return b.String()
}
