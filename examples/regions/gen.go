package main

import (
	"fmt"

	"github.com/gridsearch/gridsearch/examples/internal/rng"
)

// A genConfig describes a garden for generate to make.
type genConfig struct {
	// Rows and Cols are the garden's size, each in [1, maxSide].
	Rows, Cols int

	// Seed selects the garden: the same genConfig always gives the same
	// garden, on every platform.
	Seed uint64

	// Plots is the number of plots sown before they grow, in
	// [1, Rows*Cols].
	Plots int

	// Weeds is the share of cells that get a letter drawn afresh once the
	// plots have grown, in [0, 1]: specks inside plots, which make holes
	// and fences with many sides.
	Weeds float64
}

// maxSide is the largest side generate accepts.
const maxSide = 2000

// pcgStream is the second PCG seed word; genConfig.Seed is the first.
const pcgStream = 0x67617264656e3132 // "garden12" in ASCII

// defaultGen makes default.txt; its answers are checked in gen_test.go.
var defaultGen = genConfig{Rows: 140, Cols: 140, Seed: 4, Plots: 560, Weeds: 0.01}

// generate returns the garden c describes: c.Rows lines of c.Cols capital
// letters, each line ended by '\n'.
//
// It sows c.Plots plots on distinct cells, each with a letter drawn from
// A-Z, and grows them all at once: it keeps a list of (cell, letter) pairs
// at the edge of the grown area and again and again takes one at random
// and, if the cell is still bare, gives it the letter and adds its bare
// neighbours. Taking from anywhere in the list, not the oldest first, makes
// ragged shapes, and plots of the same letter that grow into each other
// make one region. Last, a share c.Weeds of the cells get a letter drawn
// afresh.
//
// Random numbers come from a PCG seeded with c.Seed, drawn through
// [rng.Source] the same way on every platform. generate costs time and
// memory linear in c.Rows*c.Cols: about a millisecond for 140x140.
func generate(c genConfig) ([]byte, error) {
	switch {
	case c.Rows < 1 || c.Cols < 1 || c.Rows > maxSide || c.Cols > maxSide:
		return nil, fmt.Errorf("garden size %dx%d, want each side in [1, %d]", c.Rows, c.Cols, maxSide)
	case c.Plots < 1 || c.Plots > c.Rows*c.Cols:
		return nil, fmt.Errorf("%d plots in a %dx%d garden, want 1 to %d", c.Plots, c.Rows, c.Cols, c.Rows*c.Cols)
	case !(c.Weeds >= 0 && c.Weeds <= 1): // also catches NaN
		return nil, fmt.Errorf("weeds %v, want in [0, 1]", c.Weeds)
	}
	rows, cols, n := c.Rows, c.Cols, c.Rows*c.Cols
	src := rng.New(c.Seed, pcgStream)
	letter := func() byte { return 'A' + byte(src.IntN(26)) }
	cells := make([]byte, n) // 0 while bare

	type sprout struct {
		cell   int32
		letter byte
	}
	var edge []sprout
	// Sow on distinct cells: a partial Fisher-Yates shuffle of all cells.
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	for i := range c.Plots {
		j := i + src.IntN(n-i)
		order[i], order[j] = order[j], order[i]
		edge = append(edge, sprout{order[i], letter()})
	}
	for len(edge) > 0 {
		k := src.IntN(len(edge))
		s := edge[k]
		edge[k] = edge[len(edge)-1]
		edge = edge[:len(edge)-1]
		if cells[s.cell] != 0 {
			continue
		}
		cells[s.cell] = s.letter
		r, k2 := int(s.cell)/cols, int(s.cell)%cols
		for _, d := range [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}} {
			nr, nc := r+d[0], k2+d[1]
			if nr >= 0 && nr < rows && nc >= 0 && nc < cols && cells[nr*cols+nc] == 0 {
				edge = append(edge, sprout{int32(nr*cols + nc), s.letter})
			}
		}
	}
	for i := range cells {
		if src.Float64() < c.Weeds {
			cells[i] = letter()
		}
	}

	out := make([]byte, 0, rows*(cols+1))
	for r := range rows {
		out = append(out, cells[r*cols:(r+1)*cols]...)
		out = append(out, '\n')
	}
	return out, nil
}
