package cookbook

import (
	"math/rand/v2"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/automaton"
	"github.com/gridsearch/gridsearch/walk/cycle"
)

// Woods: a map of open ground '.', trees '|' and lumberyards '#'. Each
// minute every cell changes at once, by its eight neighbours: open ground
// grows trees if three or more neighbours are trees; trees become a
// lumberyard if three or more neighbours are lumberyards; a lumberyard
// stays only if some neighbour is a lumberyard and some is a tree, and is
// open ground otherwise. Outside the map is open ground. The value of the
// map is its trees times its lumberyards. Part 1: the value after 10
// minutes. Part 2: after 1,000,000,000 minutes.

// woodsRule is one minute for one cell.
func woodsRule(v byte, n automaton.Around) byte {
	switch {
	case v == '.' && n.Count('|') >= 3:
		return '|'
	case v == '|' && n.Count('#') >= 3:
		return '#'
	case v == '#' && (n.Count('#') == 0 || n.Count('|') == 0):
		return '.'
	}
	return v
}

// woods returns the value of the map after each number of minutes. The
// maps repeat after a few hundred minutes, so cycle.Record keeps them up
// to the first repeat, stepping the automaton once a minute, and any
// minute is then looked up.
func woods(g grid.Grid[byte], minutes ...int) []int {
	a := automaton.New(g, '.')
	step := func(string) string { // Record passes the last map, which a holds
		a.Step(woodsRule)
		return a.String()
	}
	h := cycle.Record(a.String(), step, func(m string) string { return m })
	values := make([]int, len(minutes))
	for i, n := range minutes {
		m := h.Nth(n)
		values[i] = strings.Count(m, "|") * strings.Count(m, "#")
	}
	return values
}

// genWoods returns a rows×cols map with trees and open ground in patches
// and lumberyards scattered among them.
func genWoods(rng *rand.Rand, rows, cols int) []string {
	lines := make([]string, rows)
	for r := range lines {
		b := make([]byte, cols)
		for c := range b {
			switch k := rng.IntN(20); {
			case k < 3:
				b[c] = '#'
			case k < 10 && (r/4+c/5)%2 == 0 || k < 6:
				b[c] = '|'
			default:
				b[c] = '.'
			}
		}
		lines[r] = string(b)
	}
	return lines
}

// refWoods is the reference: each minute every cell's neighbours read one
// by one with a bounds test, and a map of every map seen to find the
// repeat.
func refWoods(lines []string) [2]int {
	rows, cols := len(lines), len(lines[0])
	minute := func(m []string) []string {
		out := make([]string, rows)
		for r := range rows {
			b := []byte(m[r])
			for c := range cols {
				trees, yards := 0, 0
				for dr := -1; dr <= 1; dr++ {
					for dc := -1; dc <= 1; dc++ {
						nr, nc := r+dr, c+dc
						if (dr != 0 || dc != 0) && nr >= 0 && nr < rows && nc >= 0 && nc < cols {
							switch m[nr][nc] {
							case '|':
								trees++
							case '#':
								yards++
							}
						}
					}
				}
				switch v := m[r][c]; {
				case v == '.' && trees >= 3:
					b[c] = '|'
				case v == '|' && yards >= 3:
					b[c] = '#'
				case v == '#' && (yards == 0 || trees == 0):
					b[c] = '.'
				}
			}
			out[r] = string(b)
		}
		return out
	}
	value := func(m []string) int {
		s := strings.Join(m, "")
		return strings.Count(s, "|") * strings.Count(s, "#")
	}
	seen := map[string]int{}
	var maps [][]string
	m := lines
	for {
		k := strings.Join(m, "\n")
		if first, ok := seen[k]; ok {
			at := func(n int) []string {
				if n < len(maps) {
					return maps[n]
				}
				return maps[first+(n-first)%(len(maps)-first)]
			}
			return [2]int{value(at(10)), value(at(1_000_000_000))}
		}
		seen[k] = len(maps)
		maps = append(maps, m)
		m = minute(m)
	}
}

// handWoods is woods with flat slices: a bordered double buffer, the
// neighbours counted by one table-weighted sum, and a map of the maps as
// strings.
func handWoods(cells []byte, rows, cols int) [2]int {
	w := cols + 2
	cur, next := make([]byte, (rows+2)*w), make([]byte, (rows+2)*w)
	for i := range cur {
		cur[i], next[i] = '.', '.'
	}
	for r := range rows {
		copy(cur[(r+1)*w+1:], cells[r*cols:(r+1)*cols])
	}
	var weight [256]int
	weight['|'], weight['#'] = 1, 16
	offs := [8]int{-w - 1, -w, -w + 1, -1, 1, w - 1, w, w + 1}
	key := func() string {
		b := make([]byte, 0, rows*cols)
		for r := 1; r <= rows; r++ {
			b = append(b, cur[r*w+1:r*w+1+cols]...)
		}
		return string(b)
	}
	seen := map[string]int{}
	var maps []string
	for k := key(); ; k = key() {
		if first, ok := seen[k]; ok {
			value := func(n int) int {
				if n >= len(maps) {
					n = first + (n-first)%(len(maps)-first)
				}
				return strings.Count(maps[n], "|") * strings.Count(maps[n], "#")
			}
			return [2]int{value(10), value(1_000_000_000)}
		}
		seen[k] = len(maps)
		maps = append(maps, k)
		for r := 1; r <= rows; r++ {
			for i := r*w + 1; i <= r*w+cols; i++ {
				sum := 0
				for _, o := range offs {
					sum += weight[cur[i+o]]
				}
				v, trees, yards := cur[i], sum&15, sum>>4
				switch {
				case v == '.' && trees >= 3:
					v = '|'
				case v == '|' && yards >= 3:
					v = '#'
				case v == '#' && (yards == 0 || trees == 0):
					v = '.'
				}
				next[i] = v
			}
		}
		cur, next = next, cur
	}
}

func woodsRecipe() recipe {
	return recipe{
		name:   "woods",
		shared: []string{"woodsRule", "woods"},
		rows:   50, cols: 50,
		refMax: 20,
		checks: 60,
		gen:    genWoods,
		solve: func(g grid.Grid[byte]) [2]int {
			v := woods(g, 10, 1_000_000_000)
			return [2]int{v[0], v[1]}
		},
		ref:  refWoods,
		hand: handWoods,
	}
}
