package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/examples/internal/clitest"
	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/cycle"
)

// The answers for default.txt, and the cycle its spins fall into.
const (
	defaultPart1  = 107107
	defaultPart2  = 95390
	defaultStart  = 94
	defaultPeriod = 20
)

func TestDefaultPlatform(t *testing.T) {
	got, err := generate(defaultRows, defaultCols, defaultSeed)
	if err != nil {
		t.Fatalf("generate(%d, %d, %d): %v", defaultRows, defaultCols, defaultSeed, err)
	}
	clitest.CheckDefault(t, "tilt", defaultSeed, got)
	want := string(got)
	g := mustParse(t, want)
	if start, period := cycle.FindFunc(g, spin, grid.Equal[byte]); start != defaultStart || period != defaultPeriod {
		t.Errorf("default platform: cycle start, period = %d, %d, want %d, %d", start, period, defaultStart, defaultPeriod)
	}
	// TestRun checks that the program prints these answers.
	if got := refPart1(want); got != defaultPart1 {
		t.Errorf("refPart1(default platform) = %d, want %d", got, defaultPart1)
	}
	if got := refLoadAfter(want, spins); got != defaultPart2 {
		t.Errorf("refLoadAfter(default platform, %d) = %d, want %d", spins, got, defaultPart2)
	}
}

func TestGenerate(t *testing.T) {
	for _, size := range [][2]int{{1, 1}, {1, 50}, {50, 1}, {7, 13}, {100, 100}} {
		rows, cols := size[0], size[1]
		a, err := generate(rows, cols, 3)
		if err != nil {
			t.Fatalf("generate(%d, %d, 3): %v", rows, cols, err)
		}
		if b, _ := generate(rows, cols, 3); !bytes.Equal(a, b) {
			t.Errorf("generate(%d, %d, 3) gave two different platforms", rows, cols)
		}
		if strings.Count(string(a), "\n") != rows || len(a) != rows*(cols+1) {
			t.Errorf("generate(%d, %d, 3) = %q, want %d lines of %d cells", rows, cols, a, rows, cols)
		}
		if g, err := parse(bytes.NewReader(a)); err != nil || g.Rows() != rows || g.Cols() != cols {
			t.Errorf("parse(generate(%d, %d, 3)) = %dx%d, %v; want %dx%d", rows, cols, g.Rows(), g.Cols(), err, rows, cols)
		}
	}
	a, _ := generate(100, 100, 1)
	b, _ := generate(100, 100, 2)
	if bytes.Equal(a, b) {
		t.Error("generate(100, 100, 1) and (100, 100, 2) are equal, want different platforms")
	}
	// The odds hold over 10,000 cells: 20% round, 17% fixed, within 2%.
	for c, want := range map[byte]int{round: 2000, fixed: 1700} {
		if n := bytes.Count(a, []byte{c}); n < want-200 || n > want+200 {
			t.Errorf("generate(100, 100, 1) has %d %q cells, want %d±200", n, c, want)
		}
	}
	for _, size := range [][2]int{{0, 5}, {5, 0}, {-1, 1}, {1, maxSide + 1}} {
		if _, err := generate(size[0], size[1], 1); err == nil {
			t.Errorf("generate(%d, %d, 1) succeeded, want an error", size[0], size[1])
		}
	}
}
