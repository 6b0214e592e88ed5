package automaton_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/automaton"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

func BenchmarkVsHand(b *testing.B) { testkit.VsHand(b, vsHandCases()) }
func TestVsHandAgree(t *testing.T) { testkit.Agree(t, vsHandCases()) }

func vsHandCases() []testkit.Pair { return []testkit.Pair{woodsCase(), seatsCase(), enhanceCase()} }

// woods returns a rows×cols map of open ground '.', trees '|' and
// lumberyards '#' in about equal parts.
func woods(rng *rand.Rand, rows, cols int) grid.Grid[byte] {
	return grid.FromFunc(rows, cols, func(grid.Point) byte { return ".|#"[rng.IntN(3)] })
}

// woodsRule: open ground grows trees beside three or more trees, trees
// become a lumberyard beside three or more, and a lumberyard stays only
// beside another and a tree.
func woodsRule(v byte, n automaton.Around) byte {
	switch v {
	case '.':
		if n.Count('|') >= 3 {
			return '|'
		}
	case '|':
		if n.Count('#') >= 3 {
			return '#'
		}
	case '#':
		if n.Count('#') == 0 || n.Count('|') == 0 {
			return '.'
		}
	}
	return v
}

// woodsCase: 100 steps of woodsRule on a 50x50 map.
func woodsCase() testkit.Pair {
	const side, steps = 50, 100
	g := woods(rand.New(rand.NewPCG(95, 96)), side, side)
	lib := func() int {
		a := automaton.New(g, '.')
		for range steps {
			a.Step(woodsRule)
		}
		return a.Count('|') * a.Count('#')
	}
	hand := func() int {
		w := side + 2
		cur, next := make([]byte, w*w), make([]byte, w*w)
		for i := range cur {
			cur[i], next[i] = '.', '.'
		}
		for p, v := range g.All() {
			cur[(p.Row+1)*w+p.Col+1] = v
		}
		// Each neighbour adds 1 for a tree and 16 for a lumberyard, so one
		// sum without branches counts both.
		var weight [256]int
		weight['|'], weight['#'] = 1, 16
		offs := [8]int{-w - 1, -w, -w + 1, -1, 1, w - 1, w, w + 1}
		for range steps {
			for r := 1; r <= side; r++ {
				for c := 1; c <= side; c++ {
					i := r*w + c
					sum := 0
					for _, o := range offs {
						sum += weight[cur[i+o]]
					}
					trees, yards := sum&15, sum>>4
					v := cur[i]
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
		trees, yards := 0, 0
		for _, v := range cur {
			switch v {
			case '|':
				trees++
			case '#':
				yards++
			}
		}
		return trees * yards
	}
	return testkit.Pair{Name: "woods_step", Lib: lib, Hand: hand}
}

// seatsCase: seats that fill when no seat in sight is taken and empty when
// five or more are, on a 90x95 room, until nothing changes.
func seatsCase() testkit.Pair {
	const rows, cols = 90, 95
	rng := rand.New(rand.NewPCG(99, 100))
	g := grid.FromFunc(rows, cols, func(grid.Point) byte { return "L.LLLL"[rng.IntN(6)] })
	rule := func(v byte, n automaton.Around) byte {
		switch {
		case v == 'L' && n.Count('#') == 0:
			return '#'
		case v == '#' && n.Count('#') >= 5:
			return 'L'
		}
		return v
	}
	lib := func() int {
		a := automaton.New(g, '.')
		nb := a.Sight(func(v byte) bool { return v != '.' })
		for a.StepBy(nb, rule) > 0 {
		}
		return a.Count('#')
	}
	hand := func() int {
		cells := make([]byte, 0, rows*cols)
		for v := range g.Values() {
			cells = append(cells, v)
		}
		// The first seat in each heading, or -1.
		steps := [8][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 1}, {1, 1}, {1, -1}, {-1, -1}}
		sight := make([]int32, 0, 8*len(cells))
		for r := range rows {
			for c := range cols {
				for _, s := range steps {
					at := int32(-1)
					for nr, nc := r+s[0], c+s[1]; nr >= 0 && nr < rows && nc >= 0 && nc < cols; nr, nc = nr+s[0], nc+s[1] {
						if cells[nr*cols+nc] != '.' {
							at = int32(nr*cols + nc)
							break
						}
					}
					sight = append(sight, at)
				}
			}
		}
		next := make([]byte, len(cells))
		for {
			changed := false
			for i, v := range cells {
				taken := 0
				for _, j := range sight[8*i : 8*i+8] {
					if j >= 0 && cells[j] == '#' {
						taken++
					}
				}
				switch {
				case v == 'L' && taken == 0:
					v, changed = '#', true
				case v == '#' && taken >= 5:
					v, changed = 'L', true
				}
				next[i] = v
			}
			cells, next = next, cells
			if !changed {
				break
			}
		}
		n := 0
		for _, v := range cells {
			if v == '#' {
				n++
			}
		}
		return n
	}
	return testkit.Pair{Name: "seats_sight", Lib: lib, Hand: hand}
}

// enhanceCase: 50 steps of an endless image of 100x100 lit and dark
// pixels, each pixel from the table entry of its 3x3 window, with a table
// that flips the dark background to lit and back. Both sides slide the
// window along each row, as the fastest published solutions do.
func enhanceCase() testkit.Pair {
	const side, steps = 100, 50
	rng := rand.New(rand.NewPCG(103, 104))
	g := grid.FromFunc(side, side, func(grid.Point) byte { return ".#"[rng.IntN(2)] })
	var table [512]byte
	for i := range table {
		table[i] = ".#"[rng.IntN(2)]
	}
	table[0], table[511] = '#', '.'
	lib := func() int {
		a := automaton.New(g, '.')
		for range steps {
			a.Grow(1)
			a.StepTable(&table, '#')
		}
		return a.Count('#')
	}
	hand := func() int {
		// Cells as 0 and 1 in a buffer big enough for the last step, with a
		// border of one cell; the image occupies a growing square in it.
		n := side + 2*steps
		w := n + 2
		cur, next := make([]byte, w*w), make([]byte, w*w)
		for p, v := range g.All() {
			if v == '#' {
				cur[(p.Row+steps+1)*w+p.Col+steps+1] = 1
			}
		}
		var lit [512]byte // the table as 0 and 1
		for i, v := range table {
			if v == '#' {
				lit[i] = 1
			}
		}
		bg := byte(0)
		for s := 1; s <= steps; s++ {
			lo, hi := steps+1-s, steps+side+s // the image's rows and columns now
			// The background on the ring the image grows by, and the ring
			// its new edge reads.
			for _, ring := range [2]int{lo - 1, lo} {
				far := hi + lo - ring
				for k := ring; k <= far; k++ {
					cur[ring*w+k], cur[far*w+k], cur[k*w+ring], cur[k*w+far] = bg, bg, bg, bg
				}
			}
			for r := lo; r <= hi; r++ {
				// The window slides along the row: columns c-1, c, c+1
				// as three bits six, three and zero places up.
				i := r*w + lo
				code := int(cur[i-w-1])<<7 | int(cur[i-1])<<4 | int(cur[i+w-1])<<1 |
					int(cur[i-w])<<6 | int(cur[i])<<3 | int(cur[i+w])
				for c := lo; c <= hi; c++ {
					i := r*w + c
					code = (code<<1)&0b110_110_110 | int(cur[i-w+1])<<6 | int(cur[i+1])<<3 | int(cur[i+w+1])
					next[i] = lit[code]
				}
			}
			cur, next = next, cur
			bg = lit[int(bg)*511]
		}
		n = 0
		for r := 1; r <= side+2*steps; r++ {
			for c := 1; c <= side+2*steps; c++ {
				n += int(cur[r*w+c])
			}
		}
		return n
	}
	return testkit.Pair{Name: "enhance_window", Lib: lib, Hand: hand}
}
