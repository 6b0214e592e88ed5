package cookbook

import (
	"errors"
	"math/rand/v2"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
)

// Windy valley: a walled rectangle with one gap in its top row, where the
// walk starts, and one in its bottom row, where it ends. Inside, winds
// '^', '>', 'v' and '<' move one cell a minute the way they point, and one
// that would hit the wall comes back in on the opposite side; winds pass
// through each other. Each minute the walker steps up, down, left or right,
// or waits, and must never stand where a wind is once the winds have moved.
// Part 1: the fewest minutes to cross. Part 2: the fewest minutes to cross,
// go back to the start and cross again. -1 where there is no way.

// A valley is a windy valley: the inside cells the winds blow on at each
// minute, as rows of bits, the cells of the inside just below the top gap
// and just above the bottom one, and the period after which every wind is
// back where it began. The winds across come back every width minutes
// and the winds along every height minutes, as the fastest published
// solutions note, so each phase is made once: across[t%width] holds the
// cells the winds heading left and right blow on at minute t, and
// along[t%height] those of the winds heading up and down.
type valley struct {
	across, along []*bitrows.Grid
	top, foot     grid.Point
	period        int
}

// readValley finds the gaps in the top and bottom walls of g and reads the
// inside's winds into their phases.
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
	if start.Col < 1 || start.Col > w || end.Col < 1 || end.Col > w {
		return valley{}, errors.New("a gap is in a corner, with no way in")
	}
	var winds [4]*bitrows.Grid // by heading
	for _, d := range grid.Cardinals() {
		winds[d] = bitrows.Of(inside, d.Glyph())
	}
	// phases returns the cells the winds heading a and b blow on at each
	// minute of their cycle of n: each moved t cells its way.
	phases := func(a, b grid.Dir, n int) []*bitrows.Grid {
		out, tmp := make([]*bitrows.Grid, n), bitrows.New(h, w)
		for t := range out {
			out[t] = bitrows.New(h, w).Rotate(winds[a], a, t)
			out[t].Or(out[t], tmp.Rotate(winds[b], b, t))
		}
		return out
	}
	x, y := h, w
	for y != 0 {
		x, y = y, x%y
	}
	return valley{
		across: phases(grid.Left, grid.Right, w),
		along:  phases(grid.Up, grid.Down, h),
		top:    grid.Pt(0, start.Col-1),
		foot:   grid.Pt(h-1, end.Col-1),
		period: h / x * w,
	}, nil
}

// cross returns the first minute at which a walker who waits in the gap
// next to inside cell in from minute t0 can step out of the gap next to
// out, or -1 if never. The cells the walker can be on make a grid of
// bits: each minute they spread to their neighbours, the walker may step
// in from its gap, and the winds blow them away. A walker may wait in its
// gap, so a minute's cells include those of the same minute a period
// before; once a period adds none, none will come.
func (v *valley) cross(in, out grid.Point, t0 int) int {
	h, w := len(v.along), len(v.across)
	reach, next := bitrows.New(h, w), bitrows.New(h, w)
	last := reach.Clone()
	for t := t0 + 1; ; t++ {
		if reach.Has(out) {
			return t // out of the gap at minute t
		}
		// A step or a wait, off the cells the winds blow on this minute,
		// in one pass; and in from the gap, unless a wind blows there.
		across, along := v.across[t%w], v.along[t%h]
		next.SpreadAvoiding(reach, across, along)
		if !across.Has(in) && !along.Has(in) {
			next.Set(in, true)
		}
		reach, next = next, reach
		if (t-t0)%v.period == 0 {
			if reach.Equal(last) {
				return -1
			}
			last = reach.Clone()
		}
	}
}

// trips returns the minutes to cross the valley, and to cross, go back and
// cross again: -1 where there is no way.
func trips(v valley) (once, thrice int) {
	t := v.cross(v.top, v.foot, 0)
	once = t
	for _, leg := range [][2]grid.Point{{v.foot, v.top}, {v.top, v.foot}} {
		if t < 0 {
			break
		}
		t = v.cross(leg[0], leg[1], t)
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

// handWinds is the recipe on flat slices: each inside row's cells as
// words of bits, the winds' phases made by moving bits one cell at a time,
// and each minute's cells spread, stepped in and blown away word by word.
func handWinds(cells []byte, rows, cols int) [2]int {
	h, w := rows-2, cols-2
	per := (w + 63) / 64
	start, end := -1, -1
	for c := 1; c <= w; c++ {
		if start < 0 && cells[c] == '.' {
			start = c - 1
		}
		if end < 0 && cells[(rows-1)*cols+c] == '.' {
			end = c - 1
		}
	}
	last := uint64(1)<<(w%64) - 1 // the used bits of a row's last word
	if w%64 == 0 {
		last = ^uint64(0)
	}
	// The winds of each heading as rows of bits.
	masks := map[byte][]uint64{}
	for _, g := range []byte("<>^v") {
		m := make([]uint64, h*per)
		for r := range h {
			for c := range w {
				if cells[(r+1)*cols+c+1] == g {
					m[r*per+c/64] |= 1 << (c % 64)
				}
			}
		}
		masks[g] = m
	}
	// Across: the winds heading right move one column up a minute, those
	// heading left one down, wrapping round the row.
	across := make([][]uint64, w)
	right, left := slices.Clone(masks['>']), slices.Clone(masks['<'])
	for t := range w {
		across[t] = make([]uint64, h*per)
		for k := range across[t] {
			across[t][k] = right[k] | left[k]
		}
		for r := range h {
			row := right[r*per : (r+1)*per]
			top := row[(w-1)/64] >> ((w - 1) % 64) & 1
			for i := per - 1; i > 0; i-- {
				row[i] = row[i]<<1 | row[i-1]>>63
			}
			row[0] = row[0]<<1 | top
			row[per-1] &= last
			row = left[r*per : (r+1)*per]
			low := row[0] & 1
			for i := range per - 1 {
				row[i] = row[i]>>1 | row[i+1]<<63
			}
			row[per-1] >>= 1
			row[(w-1)/64] |= low << ((w - 1) % 64)
		}
	}
	// Along: at minute t, row r holds the winds heading down from row r-t
	// and those heading up from row r+t.
	along := make([][]uint64, h)
	for t := range h {
		along[t] = make([]uint64, h*per)
		for r := range h {
			down, up := ((r-t)%h+h)%h, (r+t)%h
			for i := range per {
				along[t][r*per+i] = masks['v'][down*per+i] | masks['^'][up*per+i]
			}
		}
	}
	a, b := h, w
	for b != 0 {
		a, b = b, a%b
	}
	period := h / a * w
	reach, next, seen := make([]uint64, h*per), make([]uint64, h*per), make([]uint64, h*per)
	cross := func(inR, inC, outR, outC, t0 int) int {
		clear(reach)
		copy(seen, reach)
		for t := t0 + 1; ; t++ {
			if reach[outR*per+outC/64]>>(outC%64)&1 != 0 {
				return t
			}
			for r := range h {
				for i := range per {
					k := r*per + i
					x := reach[k]
					y := x | x<<1 | x>>1
					if i > 0 {
						y |= reach[k-1] >> 63
					}
					if i+1 < per {
						y |= reach[k+1] << 63
					}
					if r > 0 {
						y |= reach[k-per]
					}
					if r+1 < h {
						y |= reach[k+per]
					}
					if i == per-1 {
						y &= last
					}
					next[k] = y
				}
			}
			next[inR*per+inC/64] |= 1 << (inC % 64)
			ac, al := across[t%w], along[t%h]
			for k := range reach {
				reach[k] = next[k] &^ (ac[k] | al[k])
			}
			if (t-t0)%period == 0 {
				same := true
				for k := range reach {
					same = same && reach[k] == seen[k]
				}
				if same {
					return -1
				}
				copy(seen, reach)
			}
		}
	}
	once := cross(0, start, h-1, end, 0)
	t := once
	for _, leg := range [][4]int{{h - 1, end, 0, start}, {0, start, h - 1, end}} {
		if t < 0 {
			break
		}
		t = cross(leg[0], leg[1], leg[2], leg[3], t)
	}
	return [2]int{once, t}
}

func windsRecipe() recipe {
	return recipe{
		name:   "winds",
		shared: []string{"valley", "readValley", "valley.cross", "trips"},
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
