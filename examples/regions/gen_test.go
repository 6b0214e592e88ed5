package main

import (
	"bytes"
	"math"
	"testing"

	"github.com/gridsearch/gridsearch/examples/internal/clitest"
)

// The answers for default.txt, generate(defaultGen).
const (
	defaultPart1 = 1050160
	defaultPart2 = 630798
)

func TestDefaultGarden(t *testing.T) {
	got, err := generate(defaultGen)
	if err != nil {
		t.Fatalf("generate(%+v): %v", defaultGen, err)
	}
	clitest.CheckDefault(t, "regions", defaultGen.Seed, got)
	if part1, part2 := solveText(t, string(got)); part1 != defaultPart1 || part2 != defaultPart2 {
		t.Errorf("default garden: solve = %d, %d, want %d, %d", part1, part2, defaultPart1, defaultPart2)
	}
}

// TestGenerateShape checks generated gardens of many sizes: the size asked
// for, capital letters only, and the same garden for the same config.
func TestGenerateShape(t *testing.T) {
	for rows := 1; rows <= 12; rows++ {
		for cols := 1; cols <= 12; cols++ {
			for _, plots := range []int{1, (rows*cols + 1) / 2, rows * cols} {
				c := genConfig{Rows: rows, Cols: cols, Seed: uint64(rows*100 + cols), Plots: plots, Weeds: 0.1}
				m, err := generate(c)
				if err != nil {
					t.Fatalf("generate(%+v): %v", c, err)
				}
				lines := bytes.Split(bytes.TrimSuffix(m, []byte("\n")), []byte("\n"))
				if len(lines) != rows || len(m) != rows*(cols+1) {
					t.Fatalf("generate(%+v) = %q, want %d lines of %d", c, m, rows, cols)
				}
				for _, line := range lines {
					for _, ch := range line {
						if ch < 'A' || ch > 'Z' {
							t.Fatalf("generate(%+v) = %q, holding %q", c, m, ch)
						}
					}
				}
				if again, _ := generate(c); !bytes.Equal(again, m) {
					t.Fatalf("generate(%+v) gave two different gardens", c)
				}
			}
		}
	}
	// With one plot and no weeds, the garden is one crop.
	m, _ := generate(genConfig{Rows: 5, Cols: 7, Seed: 3, Plots: 1})
	if n := bytes.Count(m, m[:1]); n != 35 {
		t.Errorf("one plot, no weeds: %d plots of the first crop, want 35:\n%s", n, m)
	}
}

func TestGenerateRefuses(t *testing.T) {
	for _, c := range []genConfig{
		{Rows: 0, Cols: 9, Plots: 1},
		{Rows: 9, Cols: -1, Plots: 1},
		{Rows: maxSide + 1, Cols: 9, Plots: 1},
		{Rows: 9, Cols: 9, Plots: 0},
		{Rows: 9, Cols: 9, Plots: 82},
		{Rows: 9, Cols: 9, Plots: 5, Weeds: -0.5},
		{Rows: 9, Cols: 9, Plots: 5, Weeds: 2},
		{Rows: 9, Cols: 9, Plots: 5, Weeds: math.NaN()},
	} {
		if m, err := generate(c); err == nil {
			t.Errorf("generate(%+v) = %q, nil, want an error", c, m)
		}
	}
}
