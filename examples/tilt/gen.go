package main

import (
	"fmt"
	"math/rand/v2"
)

// The embedded default platform, default.txt, is
// generate(defaultRows, defaultCols, defaultSeed); a test checks that it
// still is. To make it again:
//
//	go run ./examples/tilt -generate 14 > examples/tilt/default.txt
const (
	defaultSeed              = 14
	defaultRows, defaultCols = 100, 100
)

// Cell odds of a generated platform, in parts per thousand.
const (
	roundPerMille = 200
	fixedPerMille = 170
)

// maxSide bounds the rows and columns that -generate accepts.
const maxSide = 1000

// pcgStream is the second PCG seed word; the seed is the first.
const pcgStream = 0x74696c742d67656e // "tilt-gen" in ASCII

// generate returns a platform of rows by cols cells, each line ended by
// '\n'. Each cell is drawn on its own: a round rock with odds
// roundPerMille/1000, else a fixed rock with odds fixedPerMille/1000, else
// empty. The draws come from a PCG seeded with seed, through
// [rand.PCG.Uint64] alone, so a seed gives the same platform on every
// platform and Go release. generate returns an error if rows or cols is
// outside [1, maxSide].
func generate(rows, cols int, seed uint64) ([]byte, error) {
	if rows < 1 || rows > maxSide || cols < 1 || cols > maxSide {
		return nil, fmt.Errorf("size %dx%d: want 1 to %d rows and columns", rows, cols, maxSide)
	}
	pcg := rand.NewPCG(seed, pcgStream)
	out := make([]byte, 0, rows*(cols+1))
	for range rows {
		for range cols {
			// The modulo bias is below 1e-16: invisible at these odds.
			switch x := pcg.Uint64() % 1000; {
			case x < roundPerMille:
				out = append(out, round)
			case x < roundPerMille+fixedPerMille:
				out = append(out, fixed)
			default:
				out = append(out, empty)
			}
		}
		out = append(out, '\n')
	}
	return out, nil
}
