package cookbook

import (
	"errors"
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Windy valley: a walled rectangle with one gap in its top row, where the
// walk starts, and one in its bottom row, where it ends. Inside, winds
// '^', '>', 'v' and '<' move one cell a minute the way they point, and one
// that would hit the wall comes back in on the opposite side; winds pass
// through each other. Each minute the walker steps up, down, left or right,
// or waits, and must never stand where a wind is once the winds have moved.
// Part 1: the fewest minutes to cross. Part 2: the fewest minutes to cross,
// go back to the start and cross again. -1 where there is no way.

// A valley is a windy valley: its cells, the inside as a torus for the
// winds, the gaps where the walk starts and ends, and the period after
// which every wind is back where it began.
type valley struct {
	cells      grid.Grid[byte]
	winds      grid.Torus[byte]
	start, end grid.Point
	period     int
}

// readValley finds the gaps in the top and bottom walls of g and cuts out
// the inside, where the winds blow.
func readValley(g grid.Grid[byte]) (valley, error) {
	if g.Rows() < 3 || g.Cols() < 3 {
		return valley{}, errors.New("the valley has no inside")
	}
	open := func(c byte) bool { return c == '.' }
	start, ok := g.First(grid.Pt(0, 0), grid.Right, open)
	end, ok2 := g.First(grid.Pt(g.Rows()-1, 0), grid.Right, open)
	if !ok || !ok2 {
		return valley{}, errors.New("no gap in the top or the bottom wall")
	}
	inside := g.Sub(grid.Pt(1, 1), g.Rows()-2, g.Cols()-2)
	h, w := inside.Rows(), inside.Cols()
	a, b := h, w
	for b != 0 {
		a, b = b, a%b
	}
	return valley{g, inside.Torus(), start, end, h / a * w}, nil
}

// calm reports whether the walker may stand on p at minute t: p is a gap,
// or inside and clear of every wind. The wind heading d that is on a cell
// at minute t set out t cells behind it.
func (v *valley) calm(p grid.Point, t int) bool {
	if p == v.start || p == v.end {
		return true
	}
	if !v.cells.In(p) || v.cells.At(p) == '#' {
		return false
	}
	q := p.Sub(grid.Pt(1, 1))
	for _, d := range grid.Cardinals() {
		if v.winds.At(q.Move(d, -t)) == d.Glyph() {
			return false
		}
	}
	return true
}

// cross returns the first minute at which a walker who stands on from at
// minute t0 can stand on to, or -1 if never. f keeps the cells the walker
// can be on at each minute. The walker may always wait in the gap it starts
// from, so each minute's cells include those of the same minute one period
// before; once a whole period adds none, none will come.
func (v *valley) cross(f *search.Frontier, from, to grid.Point, t0 int) int {
	g := &v.cells
	f.Reset(g.Len())
	f.Add(g.Index(from))
	goal := g.Index(to)
	sum, last := 0, -1
	for t := t0 + 1; ; t++ {
		for i := range f.Step() {
			p := g.PointAt(i)
			if !f.Has(i) && v.calm(p, t) {
				f.Add(i) // wait
			}
			for q := range g.Neighbors4(p) {
				if j := g.Index(q); !f.Has(j) && v.calm(q, t) {
					f.Add(j)
				}
			}
		}
		if f.Has(goal) {
			return t
		}
		if sum += f.Len(); (t-t0)%v.period == 0 {
			if sum == last {
				return -1
			}
			sum, last = 0, sum
		}
	}
}

// trips returns the minutes to cross the valley, and to cross, go back and
// cross again: -1 where there is no way.
func trips(v valley) (once, thrice int) {
	var f search.Frontier // reused by every leg
	t := v.cross(&f, v.start, v.end, 0)
	once = t
	for _, leg := range [][2]grid.Point{{v.end, v.start}, {v.start, v.end}} {
		if t < 0 {
			break
		}
		t = v.cross(&f, leg[0], leg[1], t)
	}
	return once, t
}

// genWinds returns a valley of about rows×cols cells, walls included: the
// gaps in random columns, and a wind on about a third of the inside cells,
// none heading up or down in the gaps' columns, so that no wind blows into
// a gap (the rule above needs no such care, but puzzle inputs take it).
func genWinds(rng *rand.Rand, rows, cols int) []string {
	h, w := max(rows-2, 1), max(cols-2, 1)
	top, bottom := 1+rng.IntN(w), 1+rng.IntN(w)
	lines := make([]string, h+2)
	for r := range lines {
		line := make([]byte, w+2)
		for c := range line {
			switch {
			case r == 0 && c == top, r == h+1 && c == bottom:
				line[c] = '.'
			case r == 0 || r == h+1 || c == 0 || c == w+1:
				line[c] = '#'
			case rng.IntN(3) == 0:
				line[c] = "^>v<"[rng.IntN(4)]
				if (c == top || c == bottom) && (line[c] == '^' || line[c] == 'v') {
					line[c] = "<>"[rng.IntN(2)]
				}
			default:
				line[c] = '.'
			}
		}
		lines[r] = string(line)
	}
	return lines
}

// refWinds is the reference: the winds moved one by one for a whole
// period, minute by minute, into a table of sets of occupied cells; then a
// breadth-first search over (cell, minute of the period) for each leg, from
// the minute the last one ended.
func refWinds(lines []string) [2]int {
	type pt struct{ r, c int }
	type wind struct {
		at   pt
		step pt
	}
	h, w := len(lines)-2, len(lines[0])-2
	var start, end pt
	var winds []wind
	steps := map[byte]pt{'^': {-1, 0}, '>': {0, 1}, 'v': {1, 0}, '<': {0, -1}}
	for r, line := range lines {
		for c := range len(line) {
			switch {
			case r == 0 && line[c] == '.':
				start = pt{r, c}
			case r == len(lines)-1 && line[c] == '.':
				end = pt{r, c}
			case line[c] != '.' && line[c] != '#':
				winds = append(winds, wind{pt{r, c}, steps[line[c]]})
			}
		}
	}
	period := 1
	for period%h != 0 || period%w != 0 {
		period++
	}
	occupied := make([]map[pt]bool, period)
	for t := range period {
		occupied[t] = map[pt]bool{}
		for i, wd := range winds {
			occupied[t][wd.at] = true
			winds[i].at = pt{(wd.at.r-1+wd.step.r+h)%h + 1, (wd.at.c-1+wd.step.c+w)%w + 1}
		}
	}
	free := func(p pt, t int) bool {
		if p == start || p == end {
			return true
		}
		return p.r >= 1 && p.r <= h && p.c >= 1 && p.c <= w && !occupied[t%period][p]
	}
	leg := func(from, to pt, t0 int) int {
		type state struct {
			p     pt
			phase int
		}
		seen := map[state]bool{{from, t0 % period}: true}
		queue := []state{{from, t0 % period}}
		minute := map[state]int{{from, t0 % period}: t0}
		for len(queue) > 0 {
			s := queue[0]
			queue = queue[1:]
			t := minute[s] + 1
			for _, d := range []pt{{0, 0}, {-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
				q := pt{s.p.r + d.r, s.p.c + d.c}
				if !free(q, t) {
					continue
				}
				if q == to {
					return t
				}
				n := state{q, t % period}
				if !seen[n] {
					seen[n] = true
					minute[n] = t
					queue = append(queue, n)
				}
			}
		}
		return -1
	}
	once := leg(start, end, 0)
	t := once
	for _, l := range [][2]pt{{end, start}, {start, end}} {
		if t < 0 {
			break
		}
		t = leg(l[0], l[1], t)
	}
	return [2]int{once, t}
}

// handWinds is the recipe on flat slices: the inside's winds read by index
// arithmetic, and each minute's cells in a list, with a stamp per cell for
// the minute that holds it.
func handWinds(cells []byte, rows, cols int) [2]int {
	h, w := rows-2, cols-2
	start, end := -1, -1
	for c := range cols {
		if start < 0 && cells[c] == '.' {
			start = c
		}
		if end < 0 && cells[(rows-1)*cols+c] == '.' {
			end = (rows-1)*cols + c
		}
	}
	a, b := h, w
	for b != 0 {
		a, b = b, a%b
	}
	period := h / a * w
	calm := func(i, t int) bool {
		if i == start || i == end {
			return true
		}
		r, c := i/cols-1, i%cols-1
		if r < 0 || r >= h || c < 0 || c >= w {
			return false
		}
		tw, th := t%w, t%h
		at := func(r, c int) byte { return cells[(r+1)*cols+c+1] }
		return at(r, (c-tw+w)%w) != '>' && at(r, (c+tw)%w) != '<' &&
			at((r-th+h)%h, c) != 'v' && at((r+th)%h, c) != '^'
	}
	stamp := make([]int, len(cells))
	var cur, next []int32
	cross := func(from, to, t0 int) int {
		for i := range stamp {
			stamp[i] = -1
		}
		cur = append(cur[:0], int32(from))
		sum, last := 0, -1
		for t := t0 + 1; ; t++ {
			next = next[:0]
			for _, i := range cur {
				r, c := int(i)/cols, int(i)%cols
				for k, d := range [5][2]int{{0, 0}, {-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
					nr, nc := r+d[0], c+d[1]
					if k > 0 && (nr < 0 || nr >= rows || nc < 0 || nc >= cols) {
						continue
					}
					if j := nr*cols + nc; stamp[j] != t && calm(j, t) {
						stamp[j] = t
						next = append(next, int32(j))
					}
				}
			}
			if stamp[to] == t {
				return t
			}
			if sum += len(next); (t-t0)%period == 0 {
				if sum == last {
					return -1
				}
				sum, last = 0, sum
			}
			cur, next = next, cur
		}
	}
	once := cross(start, end, 0)
	t := once
	for _, l := range [][2]int{{end, start}, {start, end}} {
		if t < 0 {
			break
		}
		t = cross(l[0], l[1], t)
	}
	return [2]int{once, t}
}

func windsRecipe() recipe {
	return recipe{
		name:   "winds",
		shared: []string{"valley", "readValley", "valley.calm", "valley.cross", "trips"},
		rows:   27, cols: 122,
		refMax: 12,
		checks: 80,
		gen:    genWinds,
		solve: func(g grid.Grid[byte]) [2]int {
			v, err := readValley(g)
			if err != nil {
				panic(err)
			}
			once, thrice := trips(v)
			return [2]int{once, thrice}
		},
		ref:  refWinds,
		hand: handWinds,
	}
}
