package cookbook

import (
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Antennas: a map of '.' with antennas, letters and digits, a frequency
// each. Two antennas a and b of the same frequency mark the cells a+k(a-b)
// for whole k: part 1 counts the distinct cells of the map marked with k=1
// or k=-2 (one offset beyond either antenna), part 2 those marked with any
// k, the antennas themselves included.

// antinodes returns how many cells of g lie one offset beyond either
// antenna of a pair of the same frequency, and how many lie any whole
// number of offsets from them.
func antinodes(g grid.Grid[byte]) (once, repeated int) {
	byFreq := grid.Groups(g, '.') // the antennas of each frequency
	sp := search.Cells(g)
	var near, far cycle.IDSet // sets of cells, counted by Len
	near.Reset(sp.Len())
	far.Reset(sp.Len())
	for _, group := range byFreq {
		for _, a := range group {
			for _, b := range group {
				if a == b {
					continue
				}
				step := a.Sub(b) // beyond a, away from b
				if q := a.Add(step); g.In(q) {
					near.Visit(sp.CellID(q))
				}
				far.Visit(sp.CellID(a))
				for q := range walk.Line(g, a, step) {
					far.Visit(sp.CellID(q))
				}
			}
		}
	}
	return near.Len(), far.Len()
}

// genAntennas returns a rows×cols map of '.' with about one antenna in
// fourteen cells, in groups of two to five of a frequency, the frequencies
// drawn from the letters and digits.
func genAntennas(rng *rand.Rand, rows, cols int) []string {
	const freqs = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = '.'
		}
	}
	for range rows * cols / 50 {
		f := freqs[rng.IntN(len(freqs))]
		for range 2 + rng.IntN(4) {
			m[rng.IntN(rows)][rng.IntN(cols)] = f
		}
	}
	lines := make([]string, rows)
	for r := range m {
		lines[r] = string(m[r])
	}
	return lines
}

// refAntinodes is the reference: for every cell x of the map and every
// pair a, b of antennas of one frequency, x-a is checked to be a whole
// multiple k of a-b, by cross product and division.
func refAntinodes(lines []string) [2]int {
	type pt struct{ r, c int }
	var ants []pt
	for r := range lines {
		for c := range lines[r] {
			if lines[r][c] != '.' {
				ants = append(ants, pt{r, c})
			}
		}
	}
	var n [2]int
	for r := range lines {
		for c := range lines[r] {
			near, far := false, false
			for _, a := range ants {
				for _, b := range ants {
					if a == b || lines[a.r][a.c] != lines[b.r][b.c] {
						continue
					}
					xr, xc, dr, dc := r-a.r, c-a.c, a.r-b.r, a.c-b.c
					if xr*dc != xc*dr {
						continue // not on the line through a and b
					}
					var k int
					if dr != 0 {
						if xr%dr != 0 {
							continue
						}
						k = xr / dr
					} else {
						if xc%dc != 0 {
							continue
						}
						k = xc / dc
					}
					far = true
					if k == 1 || k == -2 {
						near = true
					}
				}
			}
			if near {
				n[0]++
			}
			if far {
				n[1]++
			}
		}
	}
	return n
}

// handAntinodes is antinodes with the antennas listed per frequency in an
// array indexed by the byte, and two flat marks per cell.
func handAntinodes(cells []byte, rows, cols int) [2]int {
	var byFreq [256][]int32
	for i, v := range cells {
		if v != '.' {
			byFreq[v] = append(byFreq[v], int32(i))
		}
	}
	near := make([]bool, len(cells))
	far := make([]bool, len(cells))
	nNear, nFar := 0, 0
	mark := func(set []bool, n *int, r, c int) {
		if i := r*cols + c; !set[i] {
			set[i] = true
			*n++
		}
	}
	for _, group := range byFreq {
		for _, a := range group {
			for _, b := range group {
				if a == b {
					continue
				}
				ar, ac := int(a)/cols, int(a)%cols
				dr, dc := ar-int(b)/cols, ac-int(b)%cols
				if r, c := ar+dr, ac+dc; r >= 0 && r < rows && c >= 0 && c < cols {
					mark(near, &nNear, r, c)
				}
				for r, c := ar, ac; r >= 0 && r < rows && c >= 0 && c < cols; r, c = r+dr, c+dc {
					mark(far, &nFar, r, c)
				}
			}
		}
	}
	return [2]int{nNear, nFar}
}

func antennasRecipe() recipe {
	return recipe{
		name:   "antennas",
		shared: []string{"antinodes"},
		rows:   50, cols: 50,
		refMax: 30,
		gen:    genAntennas,
		solve: func(g grid.Grid[byte]) [2]int {
			once, repeated := antinodes(g)
			return [2]int{once, repeated}
		},
		ref:  refAntinodes,
		hand: handAntinodes,
	}
}
