package cookbook

import (
	"math/bits"
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
)

// Spreading crowd: a map of people '#' and empty cells '.', the map going on
// without end, empty, beyond what is shown. Each round, everyone with no one
// in the eight cells around stays put. Everyone else looks north, south,
// west and east in that order, the first round, and in the order one later
// each round after (south, west, east, north in the second), and proposes
// to step to the first side whose three cells (the one ahead and the two
// beside it) are all empty. Then everyone whose cell no one else proposed
// steps there. Part 1: after ten rounds, the empty cells in the smallest box
// that holds everyone (0 if there is no one). Part 2: the number of the
// first round in which no one moves.

// crowd returns the empty cells in the smallest box around everyone after
// ten rounds, and the number of the first round in which no one moves. The
// people are rows of bits with a margin of empty cells, widened whenever
// someone comes within two cells of its edge, so a round moves everyone
// at once in a few dozen word operations a row: who has someone on each
// side, and beside that cell, comes from shifting the people one cell; the
// proposals are taken side by side in the round's order; and two people
// can propose the same cell only from opposite sides, so a proposal
// stands where the opposite one does not reach the same cell.
func crowd(g grid.Grid[byte]) (empty, still int) {
	const margin = 16
	people := widen(bitrows.Of(g, '#'), margin)
	var near, side, step [4]*bitrows.Grid // by heading
	var tmp, looking *bitrows.Grid
	scratch := func() {
		h, w := people.Rows(), people.Cols()
		for d := range 4 {
			near[d], side[d], step[d] = bitrows.New(h, w), bitrows.New(h, w), bitrows.New(h, w)
		}
		tmp, looking = bitrows.New(h, w), bitrows.New(h, w)
	}
	scratch()
	order := [4]grid.Dir{grid.Up, grid.Down, grid.Left, grid.Right}
	for round := 1; ; round++ {
		if lo, hi, ok := people.Bounds(); ok && (lo.Row < 2 || lo.Col < 2 || hi.Row >= people.Rows()-2 || hi.Col >= people.Cols()-2) {
			people = widen(people, margin)
			scratch()
		}
		// near[d]: someone one cell d away; side[d]: someone there or
		// beside it, across the heading.
		for _, d := range grid.Cardinals() {
			near[d].Shift(people, d.Reverse(), 1)
			side[d].Shift(near[d], d.TurnLeft(), 1)
			side[d].Or(side[d], tmp.Shift(near[d], d.TurnRight(), 1))
			side[d].Or(side[d], near[d])
		}
		looking.Or(side[grid.Up], side[grid.Down])
		looking.Or(looking, near[grid.Left])
		looking.Or(looking, near[grid.Right])
		looking.And(looking, people) // everyone with someone around
		for k := range 4 {
			d := order[(round-1+k)%4]
			step[d].AndNot(looking, side[d]) // proposes to step d
			looking.AndNot(looking, step[d])
		}
		for _, d := range grid.Cardinals() {
			near[d].Shift(step[d], d, 1) // the cells proposed from the other side
		}
		moved := false
		for _, d := range grid.Cardinals() {
			tmp.AndNot(near[d], near[d.Reverse()]) // proposed from one side only
			if tmp.Any() {
				moved = true
				people.Or(people, tmp)
				people.AndNot(people, side[d].Shift(tmp, d.Reverse(), 1))
			}
		}
		if round == 10 || !moved && round < 10 {
			if lo, hi, ok := people.Bounds(); ok {
				empty = (hi.Row-lo.Row+1)*(hi.Col-lo.Col+1) - people.Count()
			}
		}
		if !moved {
			return empty, round
		}
	}
}

// widen returns b with m empty rows and columns added on every side.
func widen(b *bitrows.Grid, m int) *bitrows.Grid {
	out := bitrows.New(b.Rows()+2*m, b.Cols()+2*m)
	for p := range b.All() {
		out.Set(p.Add(grid.Pt(m, m)), true)
	}
	return out
}

// genCrowd returns a rows×cols map with about half its cells people.
func genCrowd(rng *rand.Rand, rows, cols int) []string {
	lines := make([]string, rows)
	for r := range lines {
		line := make([]byte, cols)
		for c := range line {
			line[c] = ".#"[rng.IntN(2)]
		}
		lines[r] = string(line)
	}
	return lines
}

// refCrowd is the reference: the people in a map of points, the rules
// applied as written, with the proposals in a second map.
func refCrowd(lines []string) [2]int {
	type pt struct{ r, c int }
	people := map[pt]bool{}
	for r, line := range lines {
		for c := range len(line) {
			if line[c] == '#' {
				people[pt{r, c}] = true
			}
		}
	}
	// The three cells to look at on each side, the first one the step.
	sides := [4][3]pt{
		{{-1, 0}, {-1, -1}, {-1, 1}}, // north
		{{1, 0}, {1, -1}, {1, 1}},    // south
		{{0, -1}, {-1, -1}, {1, -1}}, // west
		{{0, 1}, {-1, 1}, {1, 1}},    // east
	}
	box := func() int {
		if len(people) == 0 {
			return 0
		}
		first := true
		var lo, hi pt
		for p := range people {
			if first {
				lo, hi, first = p, p, false
			}
			lo = pt{min(lo.r, p.r), min(lo.c, p.c)}
			hi = pt{max(hi.r, p.r), max(hi.c, p.c)}
		}
		return (hi.r-lo.r+1)*(hi.c-lo.c+1) - len(people)
	}
	empty := 0
	for round := 1; ; round++ {
		proposals := map[pt][]pt{} // target: who proposed it
		for p := range people {
			crowded := false
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && people[pt{p.r + dr, p.c + dc}] {
						crowded = true
					}
				}
			}
			if !crowded {
				continue
			}
			for t := range 4 {
				side := sides[(round-1+t)%4]
				free := true
				for _, d := range side {
					if people[pt{p.r + d.r, p.c + d.c}] {
						free = false
					}
				}
				if free {
					q := pt{p.r + side[0].r, p.c + side[0].c}
					proposals[q] = append(proposals[q], p)
					break
				}
			}
		}
		moved := false
		for q, who := range proposals {
			if len(who) == 1 {
				delete(people, who[0])
				people[q] = true
				moved = true
			}
		}
		if round == 10 || !moved && round < 10 {
			empty = box()
		}
		if !moved {
			return [2]int{empty, round}
		}
	}
}

// handCrowd is the recipe on flat slices: each row of the room as words
// of bits, with a margin regrown by copying bits, and each of the round's
// masks made by shifting the people a row or a column, word by word.
func handCrowd(cells []byte, rows, cols int) [2]int {
	const margin = 16
	type room struct {
		h, w, per int
		bits      []uint64
	}
	newRoom := func(h, w int) room { per := (w + 63) / 64; return room{h, w, per, make([]uint64, h*per)} }
	set := func(m room, r, c int) { m.bits[r*m.per+c/64] |= 1 << (c % 64) }
	people := newRoom(rows+2*margin, cols+2*margin)
	for r := range rows {
		for c := range cols {
			if cells[r*cols+c] == '#' {
				set(people, r+margin, c+margin)
			}
		}
	}
	// shift sets dst to src moved one cell: dr rows down or dc columns
	// right (-1 for up or left).
	shift := func(dst, src room, dr, dc int) {
		per, last := src.per, uint64(1)<<(src.w%64)-1
		if src.w%64 == 0 {
			last = ^uint64(0)
		}
		for r := range src.h {
			out := dst.bits[r*per : (r+1)*per]
			from := r - dr
			if from < 0 || from >= src.h {
				clear(out)
				continue
			}
			row := src.bits[from*per : (from+1)*per]
			for i := range per {
				x := row[i]
				switch dc {
				case 1:
					x <<= 1
					if i > 0 {
						x |= row[i-1] >> 63
					}
				case -1:
					x >>= 1
					if i+1 < per {
						x |= row[i+1] << 63
					}
				}
				out[i] = x
			}
			out[per-1] &= last
		}
	}
	bounds := func() (r0, c0, r1, c1, n int) {
		r0, c0, r1, c1 = -1, people.w, -1, -1
		for r := range people.h {
			for i, x := range people.bits[r*people.per : (r+1)*people.per] {
				if x == 0 {
					continue
				}
				n += bits.OnesCount64(x)
				if r0 < 0 {
					r0 = r
				}
				r1 = r
				c0, c1 = min(c0, i*64+bits.TrailingZeros64(x)), max(c1, i*64+63-bits.LeadingZeros64(x))
			}
		}
		return r0, c0, r1, c1, n
	}
	dirs := [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} // north, south, west, east
	var near, side, step [4]room
	var tmp, looking room
	scratch := func() {
		for d := range 4 {
			near[d], side[d], step[d] = newRoom(people.h, people.w), newRoom(people.h, people.w), newRoom(people.h, people.w)
		}
		tmp, looking = newRoom(people.h, people.w), newRoom(people.h, people.w)
	}
	scratch()
	empty := 0
	for round := 1; ; round++ {
		if r0, c0, r1, c1, n := bounds(); n > 0 && (r0 < 2 || c0 < 2 || r1 >= people.h-2 || c1 >= people.w-2) {
			next := newRoom(people.h+2*margin, people.w+2*margin)
			for r := range people.h {
				for c := range people.w {
					if people.bits[r*people.per+c/64]>>(c%64)&1 != 0 {
						set(next, r+margin, c+margin)
					}
				}
			}
			people = next
			scratch()
		}
		for d, v := range dirs {
			shift(near[d], people, -v[0], -v[1]) // someone one cell that way
			shift(side[d], near[d], v[1], v[0])  // and the cells beside it
			shift(tmp, near[d], -v[1], -v[0])
			for k := range side[d].bits {
				side[d].bits[k] |= tmp.bits[k] | near[d].bits[k]
			}
		}
		for k := range looking.bits {
			looking.bits[k] = (side[0].bits[k] | side[1].bits[k] | near[2].bits[k] | near[3].bits[k]) & people.bits[k]
		}
		for t := range 4 {
			d := (round - 1 + t) % 4
			for k := range looking.bits {
				step[d].bits[k] = looking.bits[k] &^ side[d].bits[k]
				looking.bits[k] &^= step[d].bits[k]
			}
		}
		for d, v := range dirs {
			shift(near[d], step[d], v[0], v[1])
		}
		moved := false
		for d, v := range dirs {
			opp := d ^ 1
			for k := range tmp.bits {
				tmp.bits[k] = near[d].bits[k] &^ near[opp].bits[k]
			}
			shift(side[d], tmp, -v[0], -v[1])
			for k := range tmp.bits {
				if tmp.bits[k] != 0 {
					moved = true
				}
				people.bits[k] = (people.bits[k] | tmp.bits[k]) &^ side[d].bits[k]
			}
		}
		if round == 10 || !moved && round < 10 {
			if r0, c0, r1, c1, n := bounds(); n > 0 {
				empty = (r1-r0+1)*(c1-c0+1) - n
			}
		}
		if !moved {
			return [2]int{empty, round}
		}
	}
}

func crowdRecipe() recipe {
	return recipe{
		name:   "crowd",
		shared: []string{"crowd", "widen"},
		rows:   70, cols: 70,
		refMax: 10,
		checks: 80,
		gen:    genCrowd,
		solve: func(g grid.Grid[byte]) [2]int {
			empty, still := crowd(g)
			return [2]int{empty, still}
		},
		ref:  refCrowd,
		hand: handCrowd,
	}
}
