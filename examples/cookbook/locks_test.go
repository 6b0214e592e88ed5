package cookbook

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
)

// Locks and keys: the input is small maps of '#' and '.', seven rows of
// five, separated by blank lines. A map whose top row is all '#' is a lock,
// its pins hanging down; any other is a key, rising from its bottom row.
// A column's height is its '#' cells less the full row. A key fits a lock
// if in no column the two heights add up to more than the five rows
// between. Part 1 counts the lock and key pairs that fit; part 2 those
// that fit exactly, every column adding up to five.

// full is every cell of the five rows between a map's top and bottom
// ones: a lock or a key is a word of bits, its cell at dense index i (row
// by row, 5 a row) at bit i where it is '#'. A column's height is its
// bits.
const full = 1<<25 - 1

// readLocks returns the locks and the keys of the input, maps of 7×5.
func readLocks(input string) (locks, keys []uint64, err error) {
	// Each map as one word, its cell (r, c) at bit 5r+c: no grid made.
	masks, rows, cols, err := grid.Masks(input, '#')
	if err != nil {
		return nil, nil, err
	}
	if len(masks) > 0 && (rows != 7 || cols != 5) {
		return nil, nil, fmt.Errorf("maps of %d×%d, want 7×5", rows, cols)
	}
	locks, keys = make([]uint64, 0, len(masks)), make([]uint64, 0, len(masks))
	for _, m := range masks {
		b := m >> 5 & full // the five rows between the top and bottom ones
		if m&1 != 0 {      // the top left cell: a lock's top row is all '#'
			locks = append(locks, b)
		} else {
			keys = append(keys, b)
		}
	}
	return locks, keys, nil
}

// fit returns how many lock and key pairs fit, no column adding up to more
// than 5, and how many fit exactly, every column adding up to 5. A lock's
// pins hang from the top and a key's cuts rise from the bottom, so a pair
// fits where no cell holds both, and fits exactly where every cell holds
// one: the key is the lock's cells turned over, full &^ l. The keys as a
// bitrows.MaskSet count those of each lock 64 keys at a time.
func fit(locks, keys []uint64) (loose, exact int) {
	set := bitrows.NewMaskSet(keys)
	for _, l := range locks {
		loose += set.Count(0, l)
		exact += set.Equal(full &^ l)
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
// seven lines and a blank one at a time, each into 25 bits.
func handLocks(input string) [2]int {
	var locks, keys []uint32
	lines := strings.Split(input, "\n")
	for i := 0; i+7 <= len(lines); i += 8 {
		var b uint32
		for r := 1; r < 6; r++ {
			for c := 0; c < 5; c++ {
				if lines[i+r][c] == '#' {
					b |= 1 << ((r-1)*5 + c)
				}
			}
		}
		if lines[i][0] == '#' {
			locks = append(locks, b)
		} else {
			keys = append(keys, b)
		}
	}
	var out [2]int
	for _, l := range locks {
		for _, k := range keys {
			if l&k == 0 {
				out[0]++
				if l|k == 1<<25-1 {
					out[1]++
				}
			}
		}
	}
	return out
}

// TestReadLocksErrors checks that readLocks refuses maps that are not 7×5,
// and a map of another size than the first or not a rectangle, naming its
// line in the whole input.
func TestReadLocksErrors(t *testing.T) {
	lock := "#####\n.####\n..###\n...##\n....#\n.....\n.....\n"
	for _, tc := range []struct{ name, input, want string }{
		{"short_map", lock + "\n\n#####\n.....\n", "line 10: a 2x5 map, where the first is 7x5"},
		{"all_short", "#####\n.....\n\n.....\n#####\n", "maps of 2×5, want 7×5"},
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
		shared: []string{"full", "readLocks", "fit"},
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
