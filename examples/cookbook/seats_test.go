package cookbook

import (
	"math/rand/v2"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/automaton"
)

// Seats: a map of floor '.', empty seats 'L' and taken seats '#'. Every
// round all seats change at once: an empty seat with no taken seat among
// its neighbours is taken, and a taken seat with too many taken
// neighbours is left; floor never changes. Part 1: the neighbours are the
// eight cells around, too many is four or more, and the answer is the
// seats taken once a round changes nothing. Part 2: the neighbours are
// the first seat seen in each of the eight headings, and too many is five.

// seatRule is one round for one cell: by its value and the number of its
// neighbours taken, an empty seat with none taken fills and a taken one
// with crowd or more empties. As a table, it runs with no call a cell.
func seatRule(crowd int) *automaton.CountRule {
	return automaton.NewCountRule(func(v byte, taken int) byte {
		switch {
		case v == 'L' && taken == 0:
			return '#'
		case v == '#' && taken >= crowd:
			return 'L'
		}
		return v
	})
}

// seats returns the seats taken once nothing changes, with the eight cells
// around as neighbours, and with the first seat in sight each way.
func seats(g grid.Grid[byte]) (near, far int) {
	a := automaton.New(g, '.') // floor outside the map
	four := seatRule(4)
	for a.StepCount(four, '#') > 0 {
	}
	b := automaton.New(g, '.')
	sight := b.Sight(func(v byte) bool { return v != '.' }) // built once
	five := seatRule(5)
	for b.StepCountBy(sight, five, '#') > 0 {
	}
	return a.Count('#'), b.Count('#')
}

// genSeats returns a rows×cols map of empty seats with floor scattered
// among them, about one cell in six, in short runs, on which both rounds
// settle. Not every map does: some keep flipping seats for ever, and the
// puzzle's maps are chosen to settle. So the generator steps each map it
// makes, for at most a few rounds per cell of its longer side, and keeps
// the first that settles both ways.
func genSeats(rng *rand.Rand, rows, cols int) []string {
	for {
		lines := make([]string, rows)
		for r := range lines {
			b := make([]byte, cols)
			for c := range b {
				b[c] = 'L'
				if rng.IntN(6) == 0 || c > 0 && b[c-1] == '.' && rng.IntN(3) == 0 {
					b[c] = '.'
				}
			}
			lines[r] = string(b)
		}
		g := grid.MustParse(strings.Join(lines, "\n"))
		near, far := automaton.New(g, '.'), automaton.New(g, '.')
		sight := far.Sight(func(v byte) bool { return v != '.' })
		settled := [2]bool{}
		four, five := seatRule(4), seatRule(5)
		for range 4*max(rows, cols) + 20 {
			settled[0] = settled[0] || near.StepCount(four, '#') == 0
			settled[1] = settled[1] || far.StepCountBy(sight, five, '#') == 0
			if settled[0] && settled[1] {
				return lines
			}
		}
	}
}

// refSeats is the reference: each round every seat's neighbours found by
// walking from it in each heading, one cell at a time, with bounds tests,
// until a round changes nothing.
func refSeats(lines []string) [2]int {
	rows, cols := len(lines), len(lines[0])
	dirs := [8][2]int{{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}}
	settle := func(far bool, crowd int) int {
		m := make([][]byte, rows)
		for r := range m {
			m[r] = []byte(lines[r])
		}
		for {
			next := make([][]byte, rows)
			changed := false
			for r := range rows {
				next[r] = append([]byte(nil), m[r]...)
				for c := range cols {
					taken := 0
					for _, d := range dirs {
						for k := 1; ; k++ {
							nr, nc := r+k*d[0], c+k*d[1]
							if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
								break
							}
							if v := m[nr][nc]; v != '.' || !far {
								if v == '#' {
									taken++
								}
								break
							}
						}
					}
					switch {
					case m[r][c] == 'L' && taken == 0:
						next[r][c], changed = '#', true
					case m[r][c] == '#' && taken >= crowd:
						next[r][c], changed = 'L', true
					}
				}
			}
			m = next
			if !changed {
				n := 0
				for _, row := range m {
					for _, v := range row {
						if v == '#' {
							n++
						}
					}
				}
				return n
			}
		}
	}
	return [2]int{settle(false, 4), settle(true, 5)}
}

// handSeats is seats with flat slices: a bordered double buffer and, for
// each cell, a list of its eight neighbours built once: the cells around
// for part 1, the first seats in sight for part 2.
func handSeats(cells []byte, rows, cols int) [2]int {
	w := cols + 2
	pad := func() []byte {
		b := make([]byte, (rows+2)*w)
		for i := range b {
			b[i] = '.'
		}
		for r := range rows {
			copy(b[(r+1)*w+1:], cells[r*cols:(r+1)*cols])
		}
		return b
	}
	offs := [8]int{-w - 1, -w, -w + 1, -1, 1, w - 1, w, w + 1}
	count := func(b []byte) int {
		n := 0
		for _, v := range b {
			if v == '#' {
				n++
			}
		}
		return n
	}
	// settle runs rounds until none changes a seat; nbr[i*8+k] is the
	// k-th neighbour of cell i, or -1.
	settle := func(nbr []int32, crowd int) int {
		cur, next := pad(), pad()
		for {
			changed := false
			for r := 1; r <= rows; r++ {
				for i := r*w + 1; i <= r*w+cols; i++ {
					v := cur[i]
					if v == '.' {
						continue
					}
					taken := 0
					for _, j := range nbr[i*8 : i*8+8] {
						if j >= 0 && cur[j] == '#' {
							taken++
						}
					}
					switch {
					case v == 'L' && taken == 0:
						v, changed = '#', true
					case v == '#' && taken >= crowd:
						v, changed = 'L', true
					}
					next[i] = v
				}
			}
			cur, next = next, cur
			if !changed {
				return count(cur)
			}
		}
	}
	b := pad()
	around, sees := make([]int32, len(b)*8), make([]int32, len(b)*8)
	inside := func(j int) bool { return j/w > 0 && j/w <= rows && j%w > 0 && j%w <= cols }
	for r := 1; r <= rows; r++ {
		for i := r*w + 1; i <= r*w+cols; i++ {
			for k, o := range offs {
				around[i*8+k] = int32(i + o) // the border is floor
				j := i + o
				for b[j] == '.' && inside(j) {
					j += o
				}
				if !inside(j) {
					j = -1 // only floor that way, to the border
				}
				sees[i*8+k] = int32(j)
			}
		}
	}
	return [2]int{settle(around, 4), settle(sees, 5)}
}

func seatsRecipe() recipe {
	return recipe{
		name:   "seats",
		shared: []string{"seatRule", "seats"},
		rows:   90, cols: 95,
		refMax: 20,
		checks: 80,
		gen:    genSeats,
		solve: func(g grid.Grid[byte]) [2]int {
			near, far := seats(g)
			return [2]int{near, far}
		},
		ref:  refSeats,
		hand: handSeats,
	}
}
