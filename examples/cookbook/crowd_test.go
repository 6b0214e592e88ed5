package cookbook

import (
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
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
// people stand in a working grid with a border of empty cells, which
// Grid.Pad widens whenever someone comes within two cells of its edge, so
// that every cell a person looks at lies inside it and a person's
// neighbours are dense-index offsets: Mutable.Offset of each heading, and
// of each diagonal as the sum of two. claims counts the proposals for each
// cell in a round.
func crowd(g grid.Grid[byte]) (empty, still int) {
	const margin = 8
	people := grid.FindAll(g, '#')
	m := grid.Convert(g, func(_ grid.Point, c byte) bool { return c == '#' }).Pad(margin, false).Mutable()
	at := make([]int, len(people)) // where each person stands, by index
	for k, p := range people {
		at[k] = m.Index(p.Add(grid.Pt(margin, margin)))
	}
	claims := make([]uint8, m.Len())
	target := make([]int, len(at))
	order := [4]grid.Dir{grid.Up, grid.Down, grid.Left, grid.Right}
	box := func() int {
		lo, hi, ok := grid.Bounds(func(yield func(grid.Point) bool) {
			for _, i := range at {
				if !yield(m.PointAt(i)) {
					return
				}
			}
		})
		if !ok {
			return 0 // no one: no box
		}
		return (hi.Row-lo.Row+1)*(hi.Col-lo.Col+1) - len(at)
	}
	grow := false
	for round := 1; ; round++ {
		if grow { // room for the next round on every side
			for k, i := range at {
				people[k] = m.PointAt(i)
			}
			m = m.Freeze().Pad(margin, false).Mutable()
			for k, p := range people {
				at[k] = m.Index(p.Add(grid.Pt(margin, margin)))
			}
			claims, grow = make([]uint8, m.Len()), false
		}
		// The offsets of the eight neighbours, and of the three cells on
		// each side in this round's order, the step first.
		var around [8]int
		for d := range grid.Dir(8) {
			around[d] = m.Offset(d)
		}
		var sides [4][3]int
		for t := range sides {
			d := order[(round-1+t)%4]
			o := m.Offset(d)
			sides[t] = [3]int{o, o + m.Offset(d.TurnLeft()), o + m.Offset(d.TurnRight())}
		}
		for k, i := range at {
			target[k] = i
			alone := true
			for _, o := range around {
				if m.AtIndex(i + o) {
					alone = false
					break
				}
			}
			if alone {
				continue
			}
			for _, side := range sides {
				if !m.AtIndex(i+side[0]) && !m.AtIndex(i+side[1]) && !m.AtIndex(i+side[2]) {
					target[k] = i + side[0]
					claims[i+side[0]]++
					break
				}
			}
		}
		moved := false
		for k, i := range at {
			if j := target[k]; j != i && claims[j] == 1 {
				m.SetIndex(i, false)
				m.SetIndex(j, true)
				at[k], moved = j, true
				if p := m.PointAt(j); p.Row < 2 || p.Col < 2 || p.Row >= m.Rows()-2 || p.Col >= m.Cols()-2 {
					grow = true
				}
			}
		}
		for _, j := range target {
			claims[j] = 0
		}
		if round == 10 || !moved && round < 10 {
			empty = box()
		}
		if !moved {
			return empty, round
		}
	}
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

// handCrowd is the recipe on flat slices: the people in a []bool with a
// border, regrown by copying rows, and neighbours by index arithmetic.
func handCrowd(cells []byte, rows, cols int) [2]int {
	const margin = 8
	w, h := cols+2*margin, rows+2*margin
	room := make([]bool, w*h)
	var at []int
	for r := range rows {
		for c := range cols {
			if cells[r*cols+c] == '#' {
				i := (r+margin)*w + c + margin
				room[i] = true
				at = append(at, i)
			}
		}
	}
	claims := make([]uint8, len(room))
	target := make([]int, len(at))
	box := func() int {
		if len(at) == 0 {
			return 0
		}
		minR, minC, maxR, maxC := h, w, -1, -1
		for _, i := range at {
			r, c := i/w, i%w
			minR, minC, maxR, maxC = min(minR, r), min(minC, c), max(maxR, r), max(maxC, c)
		}
		return (maxR-minR+1)*(maxC-minC+1) - len(at)
	}
	grow, empty := false, 0
	for round := 1; ; round++ {
		if grow {
			nw, nh := w+2*margin, h+2*margin
			next := make([]bool, nw*nh)
			for k, i := range at {
				j := (i/w+margin)*nw + i%w + margin
				next[j] = true
				at[k] = j
			}
			room, w, h, grow = next, nw, nh, false
			claims = make([]uint8, len(room))
		}
		around := [8]int{-w - 1, -w, -w + 1, -1, 1, w - 1, w, w + 1}
		sides := [4][3]int{{-w, -w - 1, -w + 1}, {w, w - 1, w + 1}, {-1, -w - 1, w - 1}, {1, -w + 1, w + 1}}
		for k, i := range at {
			target[k] = i
			alone := true
			for _, o := range around {
				if room[i+o] {
					alone = false
					break
				}
			}
			if alone {
				continue
			}
			for t := range 4 {
				s := sides[(round-1+t)%4]
				if !room[i+s[0]] && !room[i+s[1]] && !room[i+s[2]] {
					target[k] = i + s[0]
					claims[i+s[0]]++
					break
				}
			}
		}
		moved := false
		for k, i := range at {
			if j := target[k]; j != i && claims[j] == 1 {
				room[i], room[j] = false, true
				at[k], moved = j, true
				if r, c := j/w, j%w; r < 2 || c < 2 || r >= h-2 || c >= w-2 {
					grow = true
				}
			}
		}
		for _, j := range target {
			claims[j] = 0
		}
		if round == 10 || !moved && round < 10 {
			empty = box()
		}
		if !moved {
			return [2]int{empty, round}
		}
	}
}

func crowdRecipe() recipe {
	return recipe{
		name:   "crowd",
		shared: []string{"crowd"},
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
