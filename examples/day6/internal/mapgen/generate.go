package mapgen

import (
	"fmt"
	"math"

	"github.com/gridsearch/gridsearch/examples/internal/rng"
)

// Limits and defaults of [Config].
const (
	// MaxSide is the largest number of rows or columns Generate accepts.
	// A MaxSide x MaxSide map takes about 200 MB while it is generated.
	MaxSide = 10_000

	// DefaultDensity is the obstacle fraction used when Config.Density is 0:
	// real 130x130 inputs block 4.8% of their cells.
	DefaultDensity = 0.048

	// MaxDensity is the largest obstacle fraction Generate accepts.
	MaxDensity = 0.9
)

// Config describes a map to generate. Rows and Cols must be set; the zero
// Seed and Density are valid.
type Config struct {
	// Rows and Cols are the map's size, each in [1, MaxSide].
	Rows, Cols int

	// Seed selects the map: the same Config always gives the same map, on
	// every platform.
	Seed uint64

	// Density is the fraction of cells to block, in [0, MaxDensity]; 0
	// means DefaultDensity. The map blocks round(Density*Rows*Cols) cells,
	// unless the planned path alone needs more (on very sparse or tiny
	// maps) or leaves no room for them.
	Density float64
}

// Generate returns the map c describes: c.Rows lines of c.Cols cells, each
// line ended by '\n', with '.' for a free cell, '#' for an obstacle and one
// '^' for the guard, who starts facing up as in the real puzzle. The guard
// always leaves the map in the end; see the package documentation for how
// the map is made and how it compares with real inputs.
//
// Generate returns an error if c is out of range. It takes time and memory
// O(c.Rows*c.Cols). It is safe for concurrent use.
func Generate(c Config) ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, err
	}
	density := c.Density
	if density == 0 {
		density = DefaultDensity
	}
	rows, cols := c.Rows, c.Cols
	area := rows * cols
	obstacles := int(math.Round(density * float64(area)))

	src := newSource(c.Seed)
	row, col := middle(rows, src), middle(cols, src)
	perMille := int64(minPath + src.IntN(maxPath-minPath+1))
	target := min(int(int64(area)*perMille/1000), (area-obstacles)*6/10)
	vertical, horizontal := max(1, rows*runSpan/100), max(1, cols*runSpan/100)

	p := &planner{rows: rows, cols: cols, cells: make([]uint8, area), src: src}
	p.plan(row, col, target, 64+area/256, [4]int{vertical, horizontal, vertical, horizontal})
	fill(p.cells, obstacles-p.placed, src)
	return render(p.cells, rows, cols, p.index(row, col)), nil
}

// Calibration knobs, set against real 130x130 inputs (see the package
// documentation).
const (
	minPath = 275 // least share of cells the path aims to visit, per mille
	maxPath = 305 // most share of cells the path aims to visit, per mille
	runSpan = 70  // longest planned run, percent of the side it runs along
)

func (c Config) check() error {
	switch {
	case c.Rows < 1 || c.Cols < 1:
		return fmt.Errorf("mapgen: size %dx%d, want at least 1x1", c.Rows, c.Cols)
	case c.Rows > MaxSide || c.Cols > MaxSide:
		return fmt.Errorf("mapgen: size %dx%d, want at most %dx%d", c.Rows, c.Cols, MaxSide, MaxSide)
	case !(c.Density >= 0 && c.Density <= MaxDensity): // also catches NaN
		return fmt.Errorf("mapgen: density %v, want in [0, %v]", c.Density, MaxDensity)
	}
	return nil
}

// middle draws a start coordinate on a side of n cells: in the middle half,
// and off the edges when n is at least 3.
func middle(n int, src *rng.Source) int {
	lo := n / 4
	if n >= 3 {
		lo = max(lo, 1)
	}
	return lo + src.IntN(n-2*lo)
}

// render returns the map text: '#' for blocked cells, '^' for the guard at
// index guard, '.' elsewhere, each row ended by '\n'.
func render(cells []uint8, rows, cols, guard int) []byte {
	out := make([]byte, 0, rows*(cols+1))
	for r := range rows {
		for _, c := range cells[r*cols : (r+1)*cols] {
			if c&blocked != 0 {
				out = append(out, '#')
			} else {
				out = append(out, '.')
			}
		}
		out = append(out, '\n')
	}
	out[guard/cols*(cols+1)+guard%cols] = '^'
	return out
}
