package cookbook

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/walk/cycle"
)

// Rock tower: rocks of five shapes fall, in turn, into a chamber seven
// units wide: a flat bar of four, a plus, a reversed L (its corner at the
// bottom right), an upright bar of four and a two-by-two square. Each
// appears with its left edge two units from the left wall and its bottom
// three units above the highest rock (or the floor). Then, turn by turn,
// a jet pushes it one unit left or right ('<' or '>', the input's jets in
// order, over and over) unless a wall or a rock is in the way, and it
// falls one unit, unless something is below it: then it stops, and the
// next rock appears. Part 1: the height of the tower after 2022 rocks.
// Part 2: after 1,000,000,000,000 rocks.

// rocks are the five shapes in the order they fall, each a row of bits per
// unit of height from its bottom up, column c at bit c from the left.
var rocks = [5]bitrows.Piece{
	bitrows.NewPiece(0b1111),
	bitrows.NewPiece(0b010, 0b111, 0b010),
	bitrows.NewPiece(0b111, 0b100, 0b100),
	bitrows.NewPiece(1, 1, 1, 1),
	bitrows.NewPiece(0b11, 0b11),
}

// A tower is the chamber as it fills, seven cells wide: a bitrows.Pile,
// the jets, the next jet, and the rocks so far.
type tower struct {
	pile       *bitrows.Pile
	jets       []byte
	jet, rocks int
	buf        []byte // the key's bytes, reused
}

func newTower(jets []byte) *tower { return &tower{pile: bitrows.NewPile(7), jets: jets} }

// drop lets the next rock fall until it rests: it appears two cells from
// the left wall and three rows above the top, and each jet in turn pushes
// it before it falls a row.
func (t *tower) drop() {
	t.jet = t.pile.Drop(rocks[t.rocks%len(rocks)], 2, 3, t.jets, t.jet)
	t.rocks++
}

// key returns what decides the tower's future: the next shape and jet,
// and the air that a rock can still reach from above, row by row down from
// the top. Rows below that air can never change, so two towers with the
// same key grow alike from then on.
func (t *tower) key() string {
	t.buf = append(t.buf[:0], byte(t.rocks%len(rocks)), byte(t.jet), byte(t.jet>>8), byte(t.jet>>16))
	t.buf = t.pile.AppendAir(t.buf)
	return string(t.buf)
}

// towerHeights returns the tower's height after each number of rocks. The
// shapes come round every five rocks, so a state is a round of five: the
// heights after each of its rocks, and the key as the round begins. The
// keys repeat after a few hundred rounds, so cycle.Record drops rounds up
// to the first repeat, taking a key once a round rather than once a rock,
// and the height after any number of rocks is the height the cycle says,
// plus what each lap adds.
func towerHeights(jets []byte, counts ...int) []int {
	type round struct {
		heights [5]int // after 5q, 5q+1, ..., 5q+4 rocks
		key     string
	}
	t := newTower(jets)
	play := func(round) round { // Record passes the last round, which t holds
		var r round
		r.key = t.key()
		for k := range r.heights {
			r.heights[k] = t.pile.Height()
			t.drop()
		}
		return r
	}
	h := cycle.Record(play(round{}), play, func(r round) string { return r.key })
	out := make([]int, len(counts))
	for i, n := range counts {
		k := n % 5
		out[i] = h.Extrapolate(n/5, func(r round) int { return r.heights[k] })
	}
	return out
}

// genJets returns a line of at least 40 jets, runs of one to four '<'
// and then of '>' in turn, that bury every column, as real inputs do: a
// pattern that kept one column open to the floor would make the tower's
// key grow without end, and no cycle would come. So the generator drops
// 2,000 rocks on each pattern it makes and keeps the first one whose
// reachable air stays shallower than 100 rows.
func genJets(rng *rand.Rand, _, cols int) []string {
	n := max(cols, 40)
	for {
		b := make([]byte, 0, n+4)
		for c := byte('<'); len(b) < n; c = '<' + '>' - c {
			for range 1 + rng.IntN(4) {
				b = append(b, c)
			}
		}
		t := newTower(b[:n])
		shallow := true
		for range 2000 {
			t.drop()
			if len(t.key()) > 4+100 {
				shallow = false
				break
			}
		}
		if shallow {
			return []string{string(b[:n])}
		}
	}
}

// refTower is the reference: the tower as a set of points, a rock as a
// list of points moved one at a time, and the key as the points of air a
// breadth-first search reaches from above, listed in order, relative to
// the top; a map of keys seen finds the repeat.
func refTower(lines []string) [2]int {
	jets := lines[0]
	shapes := [][]grid.Point{ // (x, y): x right, y up
		{{Row: 0, Col: 0}, {Row: 1, Col: 0}, {Row: 2, Col: 0}, {Row: 3, Col: 0}},
		{{Row: 1, Col: 0}, {Row: 0, Col: 1}, {Row: 1, Col: 1}, {Row: 2, Col: 1}, {Row: 1, Col: 2}},
		{{Row: 0, Col: 0}, {Row: 1, Col: 0}, {Row: 2, Col: 0}, {Row: 2, Col: 1}, {Row: 2, Col: 2}},
		{{Row: 0, Col: 0}, {Row: 0, Col: 1}, {Row: 0, Col: 2}, {Row: 0, Col: 3}},
		{{Row: 0, Col: 0}, {Row: 1, Col: 0}, {Row: 0, Col: 1}, {Row: 1, Col: 1}},
	} // Row is x, Col is y here
	filled := map[grid.Point]bool{}
	top, jet := 0, 0
	free := func(x, y int) bool { return x >= 0 && x < 7 && y >= 0 && !filled[grid.Pt(x, y)] }
	ok := func(rock []grid.Point, dx, dy int) bool {
		for _, p := range rock {
			if !free(p.Row+dx, p.Col+dy) {
				return false
			}
		}
		return true
	}
	key := func(n int) string {
		seen := map[grid.Point]bool{}
		queue := []grid.Point{}
		for x := range 7 {
			seen[grid.Pt(x, top)] = true
			queue = append(queue, grid.Pt(x, top))
		}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			for _, d := range []grid.Point{{Row: -1}, {Row: 1}, {Col: -1}} {
				q := p.Add(d)
				if q.Col < top && free(q.Row, q.Col) && !seen[q] {
					seen[q] = true
					queue = append(queue, q)
				}
			}
		}
		var cells []string
		for p := range seen {
			cells = append(cells, fmt.Sprintf("%d,%d", p.Row, top-p.Col))
		}
		slices.Sort(cells)
		return fmt.Sprintf("%d/%d/%s", n%5, jet, strings.Join(cells, " "))
	}
	seen := map[string]int{}
	var tops []int
	for n := 0; ; n++ {
		k := key(n)
		if first, ok := seen[k]; ok {
			at := func(m int) int {
				if m < len(tops) {
					return tops[m]
				}
				laps, rest := (m-first)/(n-first), (m-first)%(n-first)
				return tops[first+rest] + laps*(top-tops[first])
			}
			return [2]int{at(2022), at(1_000_000_000_000)}
		}
		seen[k] = n
		tops = append(tops, top)
		rock := make([]grid.Point, 0, 5)
		for _, p := range shapes[n%5] {
			rock = append(rock, grid.Pt(p.Row+2, p.Col+top+3))
		}
		for {
			dx := 1
			if jets[jet] == '<' {
				dx = -1
			}
			jet = (jet + 1) % len(jets)
			if ok(rock, dx, 0) {
				for i := range rock {
					rock[i].Row += dx
				}
			}
			if !ok(rock, 0, -1) {
				break
			}
			for i := range rock {
				rock[i].Col--
			}
		}
		for _, p := range rock {
			filled[p] = true
			top = max(top, p.Col+1)
		}
	}
}

// handShapes, handTower and rowsTower are the hand version: the rows as
// bytes, a rock as a row of bits per unit of height, tested row by row.
var handShapes = [5][]uint8{
	{0b1111},
	{0b010, 0b111, 0b010},
	{0b111, 0b100, 0b100},
	{1, 1, 1, 1},
	{0b11, 0b11},
}

type rowsTower struct {
	rows       []uint8
	jets       []byte
	jet, rocks int
}

func (t *rowsTower) fits(shape []uint8, x, y int) bool {
	if x < 0 || y < 0 {
		return false
	}
	for k, r := range shape {
		if int(r)<<x >= 1<<7 || y+k < len(t.rows) && t.rows[y+k]&(r<<x) != 0 {
			return false
		}
	}
	return true
}

func (t *rowsTower) drop() {
	shape := handShapes[t.rocks%len(handShapes)]
	x, y := 2, len(t.rows)+3
	for {
		dx := 1
		if t.jets[t.jet] == '<' {
			dx = -1
		}
		if t.jet++; t.jet == len(t.jets) {
			t.jet = 0
		}
		if t.fits(shape, x+dx, y) {
			x += dx
		}
		if !t.fits(shape, x, y-1) {
			break
		}
		y--
	}
	for k, r := range shape {
		if y+k == len(t.rows) {
			t.rows = append(t.rows, 0)
		}
		t.rows[y+k] |= r << x
	}
	t.rocks++
}

func (t *rowsTower) key() string {
	b := make([]byte, 4, 64)
	b[0], b[1], b[2], b[3] = byte(t.rocks%len(handShapes)), byte(t.jet), byte(t.jet>>8), byte(t.jet>>16)
	reach := uint8(1<<7 - 1)
	for y := len(t.rows) - 1; y >= 0 && reach != 0; y-- {
		free := ^t.rows[y] & (1<<7 - 1)
		reach &= free
		for {
			more := reach | (reach<<1|reach>>1)&free
			if more == reach {
				break
			}
			reach = more
		}
		b = append(b, reach)
	}
	return string(b)
}

// handTower is the recipe with flat slices: the same tower, keyed once a
// round of five rocks, and the cycle found by a map of keys to the round,
// with the height after every rock kept in a slice.
func handTower(cells []byte, _, _ int) [2]int {
	t := &rowsTower{jets: cells}
	seen := map[string]int{}
	var tops []int
	for {
		k := t.key()
		if first, ok := seen[k]; ok {
			first, n := first*5, t.rocks // in rocks
			at := func(m int) int {
				if m < len(tops) {
					return tops[m]
				}
				return tops[first+(m-first)%(n-first)] + (m-first)/(n-first)*(len(t.rows)-tops[first])
			}
			return [2]int{at(2022), at(1_000_000_000_000)}
		}
		seen[k] = t.rocks / 5
		for range 5 {
			tops = append(tops, len(t.rows))
			t.drop()
		}
	}
}

// TestTowerHeights checks towerHeights, which extrapolates through the cycle,
// against dropping every rock, for every count up to 3,000, on 40
// generated jet patterns.
func TestTowerHeights(t *testing.T) {
	rng := rand.New(rand.NewPCG(71, 72))
	for range 40 {
		jets := []byte(genJets(rng, 1, 40+rng.IntN(60))[0])
		counts := make([]int, 3001)
		for i := range counts {
			counts[i] = i
		}
		got := towerHeights(jets, counts...)
		direct := &rowsTower{jets: jets}
		for n, h := range got {
			if h != len(direct.rows) {
				t.Fatalf("jets %q: height after %d rocks %d, want %d", jets, n, h, len(direct.rows))
			}
			direct.drop()
		}
	}
}

func towerRecipe() recipe {
	return recipe{
		name:   "tower",
		shared: []string{"rocks", "tower", "newTower", "tower.drop", "tower.key", "towerHeights"},
		rows:   1, cols: 10091,
		refMax: 40,
		checks: 60,
		gen:    genJets,
		solve: func(g grid.Grid[byte]) [2]int {
			jets := make([]byte, 0, g.Len())
			for _, v := range g.All() {
				jets = append(jets, v)
			}
			h := towerHeights(jets, 2022, 1_000_000_000_000)
			return [2]int{h[0], h[1]}
		},
		ref:  refTower,
		hand: handTower,
	}
}
