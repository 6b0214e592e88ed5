package cookbook

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
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

// A forest is the map as two grids of bits, one for trees and one for
// lumberyards; open ground is neither.
type forest struct{ trees, yards *bitrows.Grid }

// woods returns the value of the map after each number of minutes. Each
// minute counts the trees and the lumberyards around every cell a row of
// 64 cells at a time, with bitrows.Counts, and then makes the next forest
// in one pass over the words, each from the words and counts around it,
// in two forests used in turn. The forests repeat after a
// few hundred minutes, so cycle.Record keeps each minute's key (the two
// grids' bits) and value up to the first repeat, and any minute is then
// looked up.
func woods(g grid.Grid[byte], minutes ...int) []int {
	rows, cols := g.Rows(), g.Cols()
	f := forest{
		bitrows.Of(g, '|'),
		bitrows.Of(g, '#'),
	}
	next := forest{bitrows.New(rows, cols), bitrows.New(rows, cols)}
	var trees, yards bitrows.Counts // around each cell
	type minute struct {
		key   string
		value int
	}
	now := func() minute {
		return minute{bitrows.Key(f.trees, f.yards), f.trees.Count() * f.yards.Count()}
	}
	step := func(minute) minute { // Record passes the last minute, which f holds
		trees.Count8(f.trees)
		yards.Count8(f.yards)
		for j := range f.trees.Words() {
			t, y := f.trees.Word(j), f.yards.Word(j)
			nt, ny := trees.At(j), yards.At(j)
			// Open ground with three trees or more around grows a tree; a
			// tree with three lumberyards or more around becomes one.
			grow, fell := ^(t|y)&nt.AtLeast(3), t&ny.AtLeast(3)
			next.trees.SetWord(j, grow|t&^fell)
			// A lumberyard stays one beside a lumberyard and a tree.
			next.yards.SetWord(j, fell|y&ny.AtLeast(1)&nt.AtLeast(1))
		}
		f, next = next, f
		return now()
	}
	h := cycle.Record(now(), step, func(m minute) string { return m.key })
	values := make([]int, len(minutes))
	for i, n := range minutes {
		values[i] = h.Nth(n).value
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

// handWoods is woods with flat slices of words: each row of trees and of
// lumberyards as 64-bit words, the neighbour counts by adders written out
// per word, and a map of the forests as strings.
func handWoods(cells []byte, rows, cols int) [2]int {
	per := (cols + 63) / 64
	n := rows * per
	type planes [2][]uint64 // trees, lumberyards
	cur := planes{make([]uint64, n), make([]uint64, n)}
	for i, v := range cells {
		r, c := i/cols, i%cols
		switch v {
		case '|':
			cur[0][r*per+c/64] |= 1 << (c % 64)
		case '#':
			cur[1][r*per+c/64] |= 1 << (c % 64)
		}
	}
	tail := ^uint64(0)
	if cols%64 != 0 {
		tail = 1<<(cols%64) - 1
	}
	// count sets c[0..3] to the bits of each cell's count of set
	// neighbours in w, from each row's sum of three (t0, t1).
	t0, t1 := make([]uint64, n), make([]uint64, n)
	count := func(w []uint64, c *[4][]uint64) {
		for j, x := range w {
			l, rt := x<<1, x>>1
			if j%per > 0 {
				l |= w[j-1] >> 63
			}
			if j%per < per-1 {
				rt |= w[j+1] << 63
			}
			t0[j], t1[j] = l^x^rt, l&x|l&rt|x&rt
		}
		for j, x := range w {
			var a0, a1, c0, c1 uint64
			if j >= per {
				a0, a1 = t0[j-per], t1[j-per]
			}
			if j+per < n {
				c0, c1 = t0[j+per], t1[j+per]
			}
			b0, b1 := t0[j]^x, t1[j]&(t0[j]|^x)
			s0, k0 := a0^b0^c0, a0&b0|a0&c0|b0&c0
			t, m := a1^b1^c1, a1&b1|a1&c1|b1&c1
			c[0][j], c[1][j], c[2][j], c[3][j] = s0, t^k0, m^(t&k0), m&t&k0
		}
	}
	var ct, cy [4][]uint64
	for k := range ct {
		ct[k], cy[k] = make([]uint64, n), make([]uint64, n)
	}
	key := func(p planes) string {
		b := make([]byte, 0, 16*n)
		for _, w := range p {
			for _, x := range w {
				b = binary.LittleEndian.AppendUint64(b, x)
			}
		}
		return string(b)
	}
	seen := map[string]int{}
	var all []planes
	for k := key(cur); ; k = key(cur) {
		if first, ok := seen[k]; ok {
			value := func(m int) int {
				if m >= len(all) {
					m = first + (m-first)%(len(all)-first)
				}
				nt, ny := 0, 0
				for j := range all[m][0] {
					nt += bits.OnesCount64(all[m][0][j])
					ny += bits.OnesCount64(all[m][1][j])
				}
				return nt * ny
			}
			return [2]int{value(10), value(1_000_000_000)}
		}
		seen[k] = len(all)
		all = append(all, cur)
		count(cur[0], &ct)
		count(cur[1], &cy)
		next := planes{make([]uint64, n), make([]uint64, n)}
		for j := range n {
			tr, yd := cur[0][j], cur[1][j]
			// at least 3: the count's bit 3 or 2, or bits 1 and 0
			t3 := ct[3][j] | ct[2][j] | ct[1][j]&ct[0][j]
			y3 := cy[3][j] | cy[2][j] | cy[1][j]&cy[0][j]
			t1 := ct[3][j] | ct[2][j] | ct[1][j] | ct[0][j]
			y1 := cy[3][j] | cy[2][j] | cy[1][j] | cy[0][j]
			m := tail
			if j%per < per-1 {
				m = ^uint64(0)
			}
			next[0][j] = (^(tr|yd)&t3 | tr&^y3) & m
			next[1][j] = (tr&y3 | yd&y1&t1) & m
		}
		cur = next
	}
}

func woodsRecipe() recipe {
	return recipe{
		name:   "woods",
		shared: []string{"forest", "woods"},
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
