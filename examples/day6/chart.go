package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/samber/lo"
)

// The chart's layout, in pixels: the canvas, and the margins around the
// plot, the right one wide enough for the legend.
const (
	chartW, chartH                               = 680, 360
	chartLeft, chartRight, chartTop, chartBottom = 60, 170, 40, 50
	legendX                                      = chartW - chartRight + 10
	chartFont                                    = 12 // the font size of labels
)

// The chart's scale: the bound of the performance targets, drawn dashed,
// and the largest ratio drawn (larger ones are drawn at the top).
const (
	chartBound = 1.15
	chartYMax  = 2.5
)

// chart draws sweeps as an SVG line chart of time relative to each
// strategy's best, against the worker count, with the 1.15x bound of the
// performance targets and the core count marked. The legend names each
// strategy with its best time, rounded by roundTime.
func chart(sweeps []sweep, cores int) string {
	x := func(workers int) float64 {
		return chartLeft + float64(workers-1)*float64(chartW-chartLeft-chartRight)/float64(maxWorkers-1)
	}
	y := func(ratio float64) float64 {
		return chartTop + (1-(min(ratio, chartYMax)-1)/(chartYMax-1))*float64(chartH-chartTop-chartBottom)
	}
	colors := []string{"#d62728", "#1f77b4", "#2ca02c"}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="%d">`+"\n", chartW, chartH, chartFont)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", chartW, chartH)
	fmt.Fprintf(&b, `<text x="%d" y="22" font-size="14">Part 2 time relative to the best worker count (lower is better)</text>`+"\n", chartLeft)
	for _, r := range []float64{1, chartBound, 1.5, 2, 2.5} {
		dash := ""
		if r == chartBound {
			dash = ` stroke-dasharray="4 3"`
		}
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#bbb"%s/><text x="%d" y="%.1f" text-anchor="end">%.2fx</text>`+"\n",
			chartLeft, chartW-chartRight, y(r), y(r), dash, chartLeft-6, y(r)+4, r)
	}
	// The dashed line's label, above its right end inside the plot.
	fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" fill="#666">%s</text>`+"\n",
		chartW-chartRight-4, y(chartBound)-4, boundLabel)
	for n := 1; n <= maxWorkers; n++ {
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", x(n), chartH-chartBottom+16, n)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">workers</text>`+"\n", (chartLeft+chartW-chartRight)/2, chartH-12)
	if cores >= 1 && cores <= maxWorkers {
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#888" stroke-dasharray="2 2"/><text x="%.1f" y="%d" text-anchor="middle">%d cores</text>`+"\n",
			x(cores), x(cores), chartTop, chartH-chartBottom, x(cores), chartTop-4, cores)
	}
	for i, s := range sweeps {
		best, color := slices.Min(s.times), colors[i%len(colors)]
		pts := lo.Map(s.times, func(t time.Duration, j int) string {
			return fmt.Sprintf("%.1f,%.1f", x(j+1), y(float64(t)/float64(best)))
		})
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", color, strings.Join(pts, " "))
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">%s</text>`+"\n", legendX, chartTop+16+18*i, color, legend(s.strategy, best))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// boundLabel names the dashed line.
const boundLabel = "1.15x: the target bound"

// legend returns the legend's entry for a strategy whose best time is best.
func legend(strategy string, best time.Duration) string {
	return strategy + ", best " + roundTime(best)
}

// roundTime returns d with three significant digits and a unit, for
// people: "303 ms", "45.2 ms", "1.23 s", "812 µs". Durations under a
// microsecond are printed in whole nanoseconds.
func roundTime(d time.Duration) string {
	units := []struct {
		name string
		size time.Duration
	}{{"s", time.Second}, {"ms", time.Millisecond}, {"µs", time.Microsecond}}
	for _, u := range units {
		if float64(d) >= 0.9995*float64(u.size) { // what rounds up to 1 unit takes the unit
			v := float64(d) / float64(u.size)
			// 'g' with 3 digits would print 1234 s as 1.23e+03.
			prec := max(0, 3-digitsBeforePoint(v))
			return strconv.FormatFloat(v, 'f', prec, 64) + " " + u.name
		}
	}
	return strconv.FormatInt(int64(d), 10) + " ns"
}

// digitsBeforePoint returns the number of digits of v's whole part, v >= 1,
// once v is rounded to three significant digits.
func digitsBeforePoint(v float64) int {
	n := 1
	for limit := 9.995; v >= limit; limit *= 10 {
		n++
	}
	return n
}
