package cookbook

import (
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"

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
// someone comes within two cells of its edge. A round is three passes over
// the rows around the people, each a word of 64 cells at a time with the
// cells around it in registers (bitrows.Grid.Row and bitrows.Beside), as
// the fastest solutions step it:
//   - propose: who has someone around, and which side of the round's order
//     is the first with its three cells empty, kept at the proposer's cell;
//   - settle: a cell proposed from one side only takes the move, kept at
//     the cell moved to (two people can propose the same cell only from
//     opposite sides);
//   - step: those who move leave their cells and arrive.
func crowd(g grid.Grid[byte]) (empty, still int) {
	const margin = 16
	people := widen(bitrows.Of(g, '#'), margin)
	var ask, move [4]*bitrows.Grid // by heading
	scratch := func() {
		for d := range 4 {
			ask[d], move[d] = bitrows.New(people.Rows(), people.Cols()), bitrows.New(people.Rows(), people.Cols())
		}
	}
	scratch()
	for round := 1; ; round++ {
		lo, hi, ok := people.Bounds()
		if !ok {
			return 0, round // no one to move
		}
		if lo.Row < 2 || lo.Col < 2 || hi.Row >= people.Rows()-2 || hi.Col >= people.Cols()-2 {
			people = widen(people, margin)
			scratch()
			lo, hi = lo.Add(grid.Pt(margin, margin)), hi.Add(grid.Pt(margin, margin))
		}
		propose(people, ask, round, lo.Row, hi.Row)
		settle(ask, move, lo.Row-1, hi.Row+1)
		moved := step(people, move, lo.Row-1, hi.Row+1)
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

// propose sets ask[d], for rows lo to hi (those that hold people), to the
// people who propose to step d: those with someone in the eight cells
// around, to the first side whose three cells are empty, in the order of
// round (north, south, west, east in round 1, and one later each round).
// It clears the two rows of ask[d] above lo and below hi, which settle
// reads too.
func propose(people *bitrows.Grid, ask [4]*bitrows.Grid, round, lo, hi int) {
	for d := range ask {
		for _, r := range [4]int{lo - 2, lo - 1, hi + 1, hi + 2} {
			clear(ask[d].Row(r))
		}
	}
	up, row := people.Row(lo-1), people.Row(lo)
	for r := lo; r <= hi; r++ {
		down := people.Row(r + 1)
		north, south, west, east := ask[grid.Up].Row(r), ask[grid.Down].Row(r), ask[grid.Left].Row(r), ask[grid.Right].Row(r)
		for w, x := range row {
			ul, ur := bitrows.Beside(up, w)
			l, rt := bitrows.Beside(row, w)
			dl, dr := bitrows.Beside(down, w)
			// Someone that way, or beside that cell.
			n, s := ul|up[w]|ur, dl|down[w]|dr
			looking := x & (n | s | l | rt)
			// Those looking who could step each way, then each kept
			// to the first way of the round's order.
			n, s, wv, e := looking&^n, looking&^s, looking&^(ul|l|dl), looking&^(ur|rt|dr)
			switch round % 4 {
			case 1:
				n, s, wv, e = first(n, s, wv, e)
			case 2:
				s, wv, e, n = first(s, wv, e, n)
			case 3:
				wv, e, n, s = first(wv, e, n, s)
			default:
				e, n, s, wv = first(e, n, s, wv)
			}
			north[w], south[w], west[w], east[w] = n, s, wv, e
		}
		up, row = row, down
	}
}

// first returns each of its sets less those before it.
func first(a, b, c, d uint64) (uint64, uint64, uint64, uint64) {
	return a, b &^ a, c &^ (a | b), d &^ (a | b | c)
}

// settle sets move[d], for rows lo to hi, to the cells that someone steps
// into going d: those proposed from one side only.
func settle(ask, move [4]*bitrows.Grid, lo, hi int) {
	for r := lo; r <= hi; r++ {
		fromBelow, fromAbove := ask[grid.Up].Row(r+1), ask[grid.Down].Row(r-1)
		goLeft, goRight := ask[grid.Left].Row(r), ask[grid.Right].Row(r)
		up, down, left, right := move[grid.Up].Row(r), move[grid.Down].Row(r), move[grid.Left].Row(r), move[grid.Right].Row(r)
		for w := range up {
			b, a := fromBelow[w], fromAbove[w]
			_, fromRight := bitrows.Beside(goLeft, w)
			fromLeft, _ := bitrows.Beside(goRight, w)
			up[w], down[w] = b&^a, a&^b
			left[w], right[w] = fromRight&^fromLeft, fromLeft&^fromRight
		}
	}
}

// step moves the people of rows lo to hi as move says: each who moves
// leaves their cell and arrives in the next. It reports whether anyone
// moved. (Rows lo and hi hold no one, so what the stale rows of move just
// beyond them say is not read into anyone's leaving.)
func step(people *bitrows.Grid, move [4]*bitrows.Grid, lo, hi int) bool {
	var arrived uint64
	for r := lo; r <= hi; r++ {
		row := people.Row(r)
		above, below := move[grid.Up].Row(r-1), move[grid.Down].Row(r+1)
		up, down, left, right := move[grid.Up].Row(r), move[grid.Down].Row(r), move[grid.Left].Row(r), move[grid.Right].Row(r)
		for w, x := range row {
			// A move left into the cell to the left came from this cell,
			// as did one right into the cell to the right.
			leftOf, _ := bitrows.Beside(left, w)
			_, rightOf := bitrows.Beside(right, w)
			in := up[w] | down[w] | left[w] | right[w]
			row[w] = x&^(above[w]|below[w]|leftOf|rightOf) | in
			arrived |= in
		}
	}
	return arrived != 0
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
// of bits, with a margin regrown by copying bits, and a round as the same
// three passes over the rows around the people, the words beside a word
// read by index.
func handCrowd(cells []byte, rows, cols int) [2]int {
	const margin = 16
	h, w, per := rows+2*margin, cols+2*margin, (cols+2*margin+63)/64
	people := make([]uint64, h*per)
	for r := range rows {
		for c := range cols {
			if cells[r*cols+c] == '#' {
				people[(r+margin)*per+(c+margin)/64] |= 1 << ((c + margin) % 64)
			}
		}
	}
	var ask, move [4][]uint64 // north, south, west, east
	scratch := func() {
		for d := range 4 {
			ask[d], move[d] = make([]uint64, h*per), make([]uint64, h*per)
		}
	}
	scratch()
	bounds := func() (r0, c0, r1, c1, n int) {
		r0, c0, r1, c1 = -1, w, -1, -1
		for j, x := range people {
			if x == 0 {
				continue
			}
			r, i := j/per, j%per
			n += bits.OnesCount64(x)
			if r0 < 0 {
				r0 = r
			}
			r1 = r
			c0, c1 = min(c0, i*64+bits.TrailingZeros64(x)), max(c1, i*64+63-bits.LeadingZeros64(x))
		}
		return r0, c0, r1, c1, n
	}
	empty := 0
	for round := 1; ; round++ {
		lo, c0, hi, c1, n := bounds()
		if n == 0 {
			return [2]int{0, round}
		}
		if lo < 2 || c0 < 2 || hi >= h-2 || c1 >= w-2 {
			nh, nw := h+2*margin, w+2*margin
			nper := (nw + 63) / 64
			next := make([]uint64, nh*nper)
			for r := range h {
				for c := range w {
					if people[r*per+c/64]>>(c%64)&1 != 0 {
						next[(r+margin)*nper+(c+margin)/64] |= 1 << ((c + margin) % 64)
					}
				}
			}
			people, h, w, per = next, nh, nw, nper
			lo, hi = lo+margin, hi+margin
			scratch()
		}
		// Propose, at the proposer's cell.
		for d := range 4 {
			clear(ask[d][(lo-2)*per : lo*per])
			clear(ask[d][(hi+1)*per : (hi+3)*per])
		}
		for r := lo; r <= hi; r++ {
			for i := range per {
				j := r*per + i
				x := people[j]
				u, d := people[j-per], people[j+per]
				var ul, ml, dl, ur, mr, dr uint64
				if i > 0 {
					ul, ml, dl = people[j-per-1], people[j-1], people[j+per-1]
				}
				if i+1 < per {
					ur, mr, dr = people[j-per+1], people[j+1], people[j+per+1]
				}
				north := u<<1 | ul>>63 | u | u>>1 | ur<<63
				south := d<<1 | dl>>63 | d | d>>1 | dr<<63
				v := u | x | d
				west := v<<1 | (ul|ml|dl)>>63
				east := v>>1 | (ur|mr|dr)<<63
				looking := x & (north | south | west | east)
				var open [4]uint64
				open[0], open[1], open[2], open[3] = looking&^north, looking&^south, looking&^west, looking&^east
				for k := range 4 { // the round's order
					d := (round - 1 + k) % 4
					step := looking & open[d]
					ask[d][j] = step
					looking &^= step
				}
			}
		}
		// Settle, at the cell moved to.
		for r := lo - 1; r <= hi+1; r++ {
			for i := range per {
				j := r*per + i
				b, a := ask[0][j+per], ask[1][j-per]
				fromRight, fromLeft := ask[2][j]>>1, ask[3][j]<<1
				if i > 0 {
					fromLeft |= ask[3][j-1] >> 63
				}
				if i+1 < per {
					fromRight |= ask[2][j+1] << 63
				}
				move[0][j], move[1][j] = b&^a, a&^b
				move[2][j], move[3][j] = fromRight&^fromLeft, fromLeft&^fromRight
			}
		}
		// Move.
		moved := false
		for r := lo - 1; r <= hi+1; r++ {
			for i := range per {
				j := r*per + i
				leftOf, rightOf := move[2][j]<<1, move[3][j]>>1
				if i > 0 {
					leftOf |= move[2][j-1] >> 63
				}
				if i+1 < per {
					rightOf |= move[3][j+1] << 63
				}
				in := move[0][j] | move[1][j] | move[2][j] | move[3][j]
				people[j] = people[j]&^(move[0][j-per]|move[1][j+per]|leftOf|rightOf) | in
				if in != 0 {
					moved = true
				}
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

// TestCrowdWide checks the recipe and its hand version against the
// reference on maps whose rows take several words, where the cells beside
// a word's first and last come from the words next to it: TestRecipes'
// small maps, margin included, fit in one word a row. The last four maps
// are larger, and crowded, so that the people spread past the margin and
// the grid widens.
func TestCrowdWide(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 2022))
	for k := range 64 {
		rows, cols := 1+rng.IntN(12), 40+rng.IntN(200)
		crowded := 4 // one cell in crowded holds someone
		if k >= 60 {
			rows, cols, crowded = 30+rng.IntN(15), 30+rng.IntN(50), 2
		}
		lines := make([]string, rows)
		for r := range lines {
			line := make([]byte, cols)
			for c := range line {
				line[c] = '.'
				if rng.IntN(crowded) == 0 {
					line[c] = '#'
				}
			}
			lines[r] = string(line)
		}
		want := refCrowd(lines)
		g, err := grid.ParseString(strings.Join(lines, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if empty, still := crowd(g); [2]int{empty, still} != want {
			t.Fatalf("map %d: crowd = %d, %d, want %v, on\n%s", k, empty, still, want, strings.Join(lines, "\n"))
		}
		cells, rows, cols := flat(g)
		if got := handCrowd(cells, rows, cols); got != want {
			t.Fatalf("map %d: handCrowd = %v, want %v, on\n%s", k, got, want, strings.Join(lines, "\n"))
		}
	}
}

func crowdRecipe() recipe {
	return recipe{
		name:   "crowd",
		shared: []string{"crowd", "propose", "first", "settle", "step", "widen"},
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
