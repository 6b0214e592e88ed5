package cookbook

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// Locks and keys: the input is small maps of '#' and '.', seven rows of
// five, separated by blank lines. A map whose top row is all '#' is a lock,
// its pins hanging down; any other is a key, rising from its bottom row.
// A column's height is its '#' cells less the full row. A key fits a lock
// if in no column the two heights add up to more than the five rows
// between. Part 1 counts the lock and key pairs that fit; part 2 those
// that fit exactly, every column adding up to five.

// heights are the heights of the five columns of a lock or a key.
type heights [5]int8

// readLocks returns the column heights of the locks and of the keys of the
// input, maps of 7×5.
func readLocks(input string) (locks, keys []heights, err error) {
	for _, s := range grid.Sections(input) {
		g, err := s.Grid()
		if err != nil {
			return nil, nil, err
		}
		if g.Rows() != 7 || g.Cols() != 5 {
			return nil, nil, fmt.Errorf("line %d: map of %d×%d, want 7×5", s.Line, g.Rows(), g.Cols())
		}
		var h heights
		for c := range h {
			h[c] = -1 // the full row
			for v := range g.Col(c) {
				if v == '#' {
					h[c]++
				}
			}
		}
		if g.At(grid.Pt(0, 0)) == '#' {
			locks = append(locks, h)
		} else {
			keys = append(keys, h)
		}
	}
	return locks, keys, nil
}

// fit returns how many lock and key pairs fit, no column adding up to more
// than 5, and how many fit exactly, every column adding up to 5.
func fit(locks, keys []heights) (loose, exact int) {
	for _, l := range locks {
		var snug heights // the key that fits l exactly
		for c := range l {
			snug[c] = 5 - l[c]
		}
		for _, k := range keys {
			c := 0
			for c < len(k) && k[c] <= snug[c] {
				c++
			}
			if c == len(k) {
				loose++
				if k == snug {
					exact++
				}
			}
		}
	}
	return loose, exact
}

// genLocks returns n maps of 7×5, locks and keys in about equal numbers,
// with random heights from 0 to 5, separated by one blank line each; one
// key in eight is cut to fit a lock before it exactly, so that part 2 has
// pairs to count. The cols argument is not used.
func genLocks(rng *rand.Rand, n, _ int) []string {
	var lines []string
	var locks [][5]int
	for i := range n {
		var h [5]int
		for c := range h {
			h[c] = rng.IntN(6)
		}
		lock := rng.IntN(2) == 0
		if !lock && len(locks) > 0 && rng.IntN(8) == 0 {
			l := locks[rng.IntN(len(locks))]
			for c := range h {
				h[c] = 5 - l[c]
			}
		}
		if lock {
			locks = append(locks, h)
		}
		if i > 0 {
			lines = append(lines, "")
		}
		for r := range 7 {
			var b [5]byte
			for c := range b {
				// Row r of a lock is '#' for the full row 0 and the pins
				// below it; a key fills rows from 6 upwards.
				up := r
				if !lock {
					up = 6 - r
				}
				b[c] = '.'
				if up <= h[c] {
					b[c] = '#'
				}
			}
			lines = append(lines, string(b[:]))
		}
	}
	return lines
}

// refLocks is the reference: the maps split at blank lines, and each lock
// tried against each key cell by cell, a pair fitting if no row holds a
// '#' in both at one column, and fitting exactly if every cell is '#' in
// one of them.
func refLocks(lines []string) [2]int {
	var locks, keys [][]string
	var cur []string
	for i, l := range append(lines, "") {
		if l != "" {
			cur = append(cur, l)
			continue
		}
		if len(cur) == 0 {
			if i < len(lines) {
				panic("refLocks: two blank lines in a row")
			}
			break
		}
		if strings.Trim(cur[0], "#") == "" {
			locks = append(locks, cur)
		} else {
			keys = append(keys, cur)
		}
		cur = nil
	}
	var out [2]int
	for _, l := range locks {
		for _, k := range keys {
			overlap, filled := false, true
			for r := range l {
				for c := range l[r] {
					overlap = overlap || l[r][c] == '#' && k[r][c] == '#'
					filled = filled && (l[r][c] == '#' || k[r][c] == '#')
				}
			}
			if !overlap {
				out[0]++
			}
			if !overlap && filled {
				out[1]++
			}
		}
	}
	return out
}

// handLocks is the recipe with the maps read from the text line by line,
// seven lines and a blank one at a time, into flat arrays of heights.
func handLocks(input string) [2]int {
	var locks, keys [][5]int8
	lines := strings.Split(input, "\n")
	for i := 0; i+7 <= len(lines); i += 8 {
		var h [5]int8
		for r := 0; r < 7; r++ {
			for c := 0; c < 5; c++ {
				if lines[i+r][c] == '#' {
					h[c]++
				}
			}
		}
		for c := range h {
			h[c]--
		}
		if lines[i][0] == '#' {
			locks = append(locks, h)
		} else {
			keys = append(keys, h)
		}
	}
	var out [2]int
	for i := range locks {
		l := &locks[i]
		for j := range keys {
			k := &keys[j]
			c := 0
			for c < 5 && l[c]+k[c] <= 5 {
				c++
			}
			if c < 5 {
				continue
			}
			out[0]++
			if l[0]+k[0] == 5 && l[1]+k[1] == 5 && l[2]+k[2] == 5 && l[3]+k[3] == 5 && l[4]+k[4] == 5 {
				out[1]++
			}
		}
	}
	return out
}

// TestReadLocksErrors checks that readLocks refuses a map that is not 7×5
// or not a rectangle, naming its line in the whole input.
func TestReadLocksErrors(t *testing.T) {
	lock := "#####\n.####\n..###\n...##\n....#\n.....\n.....\n"
	for _, tc := range []struct{ name, input, want string }{
		{"short_map", lock + "\n\n#####\n.....\n", "line 10: map of 2×5, want 7×5"},
		{"ragged_map", lock + "\n#####\n####\n", "line 10: ragged rows"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := readLocks(tc.input); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("readLocks(%q) error = %v, want %q", tc.input, err, tc.want)
			}
		})
	}
}

func locksRecipe() recipe {
	return recipe{
		name:   "locks",
		shared: []string{"heights", "readLocks", "fit"},
		rows:   500, cols: 5, // rows maps of 7×5
		refMax: 40,
		gen:    genLocks,
		ref:    refLocks,
		solveText: func(input string) ([2]int, error) {
			locks, keys, err := readLocks(input)
			if err != nil {
				return [2]int{}, err
			}
			loose, exact := fit(locks, keys)
			return [2]int{loose, exact}, nil
		},
		handText: handLocks,
	}
}
