package cookbook

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/ant"
)

// Infection: a map of infected '#' and clean '.' nodes is the middle of an
// endless clean plane. A carrier starts on the middle node, heading up,
// and bursts: it turns by its node's state, changes the node's state, and
// moves one node ahead. Part 1: clean nodes become infected (turning
// left) and infected ones clean (turning right); how many of 10,000
// bursts infect a node? Part 2: clean nodes become weakened (turning
// left), weakened ones infected (going straight on), infected ones
// flagged (turning right) and flagged ones clean (turning back); how many
// of 10,000,000 bursts infect a node?

// Node states, numbered so that the carrier on a node of state s turns
// right by s+3 quarter turns: left, straight on, right, back.
const (
	clean uint8 = iota
	weakened
	infected
	flagged
)

// bursts runs the carrier from the middle of the map, heading up, for n
// bursts, a node of state s becoming next[s], and returns how many bursts
// infected a node. The carrier is an ant of package ant, which takes a
// long run up to 15 bursts at a lookup.
func bursts(g grid.Grid[byte], n int, next [4]uint8) int {
	carrier, err := ant.New(ant.Rule{Turn: [4]int{3, 0, 1, 2}, Next: next})
	if err != nil {
		panic(err) // the rules below are good ones
	}
	for p, v := range g.All() {
		if v == '#' {
			carrier.Set(p, infected)
		}
	}
	carrier.Place(grid.Pt(g.Rows()/2, g.Cols()/2), grid.Up)
	return carrier.Run(n, infected)
}

// infect returns the bursts that infect a node, in 10,000 of the simple
// rule and in 10,000,000 of the evolved one.
func infect(g grid.Grid[byte]) (simple, evolved int) {
	simple = bursts(g, 10_000, [4]uint8{clean: infected, infected: clean})
	evolved = bursts(g, 10_000_000, [4]uint8{clean: weakened, weakened: infected, infected: flagged, flagged: clean})
	return simple, evolved
}

// genInfection returns a rows×cols map, both odd, about half of it
// infected.
func genInfection(rng *rand.Rand, rows, cols int) []string {
	rows, cols = rows|1, cols|1
	lines := make([]string, rows)
	for r := range lines {
		b := make([]byte, cols)
		for c := range b {
			b[c] = ".#"[rng.IntN(2)]
		}
		lines[r] = string(b)
	}
	return lines
}

// refBursts is the reference for bursts: the nodes not clean in a map, and
// the heading as a row and column step turned by hand.
func refBursts(lines []string, n int, evolved bool) int {
	state := map[[2]int]byte{}
	for r, l := range lines {
		for c := range len(l) {
			if l[c] == '#' {
				state[[2]int{r, c}] = 'I'
			}
		}
	}
	r, c, dr, dc := len(lines)/2, len(lines[0])/2, -1, 0
	count := 0
	for range n {
		k := [2]int{r, c}
		switch s := state[k]; {
		case s == 0 && evolved:
			dr, dc = -dc, dr // left
			state[k] = 'W'
		case s == 0:
			dr, dc = -dc, dr
			state[k] = 'I'
			count++
		case s == 'W':
			state[k] = 'I'
			count++
		case s == 'I' && evolved:
			dr, dc = dc, -dr // right
			state[k] = 'F'
		case s == 'I':
			dr, dc = dc, -dr
			delete(state, k)
		case s == 'F':
			dr, dc = -dr, -dc // back
			delete(state, k)
		}
		r, c = r+dr, c+dc
	}
	return count
}

func refInfection(lines []string) [2]int {
	return [2]int{refBursts(lines, 10_000, false), refBursts(lines, 10_000_000, true)}
}

// handInfection is infect with flat slices: the states in a square buffer
// that doubles round its middle when the carrier steps off it, the
// carrier as an index moved by a table of four offsets.
func handInfection(cells []byte, rows, cols int) [2]int {
	run := func(n int, next [4]byte) int {
		side := max(rows, cols) * 4
		buf := make([]byte, side*side)
		top, left := side/2-rows/2, side/2-cols/2 // the map's place in buf
		for r := range rows {
			for c := range cols {
				if cells[r*cols+c] == '#' {
					buf[(top+r)*side+left+c] = infected
				}
			}
		}
		r, c, d, count := top+rows/2, left+cols/2, 0, 0
		for range n {
			if uint(r) >= uint(side) || uint(c) >= uint(side) {
				// Off the buffer: double it round the old one.
				nb := make([]byte, 4*side*side)
				for k := range side {
					copy(nb[(side/2+k)*2*side+side/2:], buf[k*side:(k+1)*side])
				}
				buf, r, c, side = nb, r+side/2, c+side/2, 2*side
			}
			i := r*side + c
			s := buf[i]
			d = (d + int(s) + 3) & 3
			s = next[s]
			if s == infected {
				count++
			}
			buf[i] = s
			r += [4]int{-1, 0, 1, 0}[d]
			c += [4]int{0, 1, 0, -1}[d]
		}
		return count
	}
	return [2]int{
		run(10_000, [4]uint8{clean: infected, infected: clean}),
		run(10_000_000, [4]uint8{clean: weakened, weakened: infected, infected: flagged, flagged: clean}),
	}
}

// TestBurstsAnyCount checks bursts against the reference for counts of
// bursts from 0 to 40,000 of both rules, on 40 maps, so that a carrier
// that leaves the map early and late is covered, and a run long enough
// to go by the ant's table, where the recipe's own counts are too many
// for the reference to check often.
func TestBurstsAnyCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 17))
	for trial := range 40 {
		lines := genInfection(rng, 1+rng.IntN(9), 1+rng.IntN(9))
		g := grid.MustParse(strings.Join(lines, "\n"))
		for _, n := range []int{0, 1, 2, 7, 100, 1000, 3000, 40_000} {
			simple := bursts(g, n, [4]uint8{clean: infected, infected: clean})
			evolved := bursts(g, n, [4]uint8{clean: weakened, weakened: infected, infected: flagged, flagged: clean})
			if want := refBursts(lines, n, false); simple != want {
				t.Fatalf("trial %d, %d simple bursts on\n%s: %d infect, want %d", trial, n, g, simple, want)
			}
			if want := refBursts(lines, n, true); evolved != want {
				t.Fatalf("trial %d, %d evolved bursts on\n%s: %d infect, want %d", trial, n, g, evolved, want)
			}
		}
	}
}

func infectionRecipe() recipe {
	return recipe{
		name:   "infection",
		shared: []string{"clean", "bursts", "infect"},
		rows:   25, cols: 25,
		refMax: 9,
		checks: 3,
		gen:    genInfection,
		solve: func(g grid.Grid[byte]) [2]int {
			simple, evolved := infect(g)
			return [2]int{simple, evolved}
		},
		ref:  refInfection,
		hand: handInfection,
	}
}
