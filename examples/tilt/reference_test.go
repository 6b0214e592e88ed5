package main

import (
	"bytes"
	"math/rand/v2"
	"strings"
)

// This file holds the plain reference that the tests hold tilt.go to: a
// platform as [][]byte, each tilt written out for its own direction, and
// part 2 by remembering every state in a map. It shares nothing with the
// code under test but the cell bytes.

// refParse splits a well-formed platform into rows.
func refParse(s string) [][]byte {
	var rows [][]byte
	for line := range strings.Lines(s) {
		rows = append(rows, []byte(strings.TrimSuffix(line, "\n")))
	}
	return rows
}

func refString(rows [][]byte) string {
	return string(bytes.Join(rows, []byte("\n"))) + "\n"
}

// refTilt tilts rows in place towards (dr, dc), one of (-1,0) north,
// (0,-1) west, (1,0) south and (0,1) east. It moves the round rocks nearest
// the low edge first, each one cell at a time for as long as the next cell
// is on the platform and empty.
func refTilt(rows [][]byte, dr, dc int) {
	h, w := len(rows), len(rows[0])
	for _, r := range refOrder(h, dr) {
		for _, c := range refOrder(w, dc) {
			if rows[r][c] != 'O' {
				continue
			}
			for y, x := r, c; ; y, x = y+dr, x+dc {
				ny, nx := y+dr, x+dc
				if ny < 0 || ny >= h || nx < 0 || nx >= w || rows[ny][nx] != '.' {
					break
				}
				rows[y][x], rows[ny][nx] = '.', 'O'
			}
		}
	}
}

// refOrder returns the indices 0 to n-1, backwards when d > 0, so that the
// cells nearest the edge that d heads for come first.
func refOrder(n, d int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
		if d > 0 {
			idx[i] = n - 1 - i
		}
	}
	return idx
}

// refSpin runs one spin cycle on rows in place.
func refSpin(rows [][]byte) {
	refTilt(rows, -1, 0) // north
	refTilt(rows, 0, -1) // west
	refTilt(rows, 1, 0)  // south
	refTilt(rows, 0, 1)  // east
}

// refLoad returns the total load on the north edge.
func refLoad(rows [][]byte) int {
	total := 0
	for r, row := range rows {
		total += bytes.Count(row, []byte("O")) * (len(rows) - r)
	}
	return total
}

// refPart1 returns the load after one tilt north.
func refPart1(s string) int {
	rows := refParse(s)
	refTilt(rows, -1, 0)
	return refLoad(rows)
}

// refLoadAfter returns the load after n spin cycles: it spins, recording
// each state's index in a map and each load in a slice, until a state comes
// back; from there the loads repeat with the period between the two visits.
func refLoadAfter(s string, n int) int {
	rows := refParse(s)
	seen := map[string]int{}
	var loads []int
	for i := 0; ; i++ {
		if i == n {
			return refLoad(rows)
		}
		key := refString(rows)
		if j, ok := seen[key]; ok {
			return loads[j+(n-j)%(i-j)]
		}
		seen[key] = i
		loads = append(loads, refLoad(rows))
		refSpin(rows)
	}
}

// randomPlatform returns a platform of rows by cols cells with odds of a
// round and a fixed rock drawn for the whole platform, from sparse to
// crowded.
func randomPlatform(rng *rand.Rand, rows, cols int) string {
	pRound, pFixed := rng.Float64()*0.6, rng.Float64()*0.4
	var b strings.Builder
	for range rows {
		for range cols {
			switch x := rng.Float64(); {
			case x < pRound:
				b.WriteByte('O')
			case x < pRound+pFixed:
				b.WriteByte('#')
			default:
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}
