package cookbook

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// Pipe loop: a map of pipe glyphs, each joining two of the four sides of
// its cell ('|' up and down, '-' left and right, 'L' up and right, 'J' up
// and left, '7' down and left, 'F' down and right), ground '.', and one S
// on a loop of pipes whose glyph is hidden. Exactly two neighbours of S
// have a pipe end facing S; those are S's two ends. Part 1: the number of
// steps along the loop from S to its farthest point. Part 2: the number of
// cells enclosed by the loop, not on it (junk pipes included).

// sides gives the two sides that each pipe glyph joins, a bit per
// heading; any other glyph joins none.
var sides = [256]uint8{
	'|': 1<<grid.Up | 1<<grid.Down, '-': 1<<grid.Left | 1<<grid.Right,
	'L': 1<<grid.Up | 1<<grid.Right, 'J': 1<<grid.Up | 1<<grid.Left,
	'7': 1<<grid.Down | 1<<grid.Left, 'F': 1<<grid.Down | 1<<grid.Right,
}

// through returns the heading in which the loop leaves pipe v when it
// enters it heading h: out by the side it did not come in by. It reports
// false if v has no end facing back along h. Each case gives its heading
// as a constant, so the processor, which predicts the case, steps on
// before the cell is read; a heading looked up from the glyph would make
// each step wait for that read.
func through(v byte, h grid.Dir) (grid.Dir, bool) {
	switch sides[v] &^ (1 << h.Reverse()) {
	case 1 << grid.Up:
		return grid.Up, true
	case 1 << grid.Right:
		return grid.Right, true
	case 1 << grid.Down:
		return grid.Down, true
	case 1 << grid.Left:
		return grid.Left, true
	}
	return h, false // no pipe, or one that does not face back along h
}

// loop returns the steps from S to the farthest point of its loop, and
// the number of cells the loop encloses.
func loop(g grid.Grid[byte]) (far, inside int, err error) {
	start, _ := grid.Find(g, 'S')
	var startEnds []grid.Dir // S joins the neighbours that face it
	for d := grid.Up; d <= grid.Left; d++ {
		if v, ok := g.Get(start.Move(d, 1)); ok && sides[v]&(1<<d.Reverse()) != 0 {
			startEnds = append(startEnds, d)
		}
	}
	if g.At(start) != 'S' || len(startEnds) != 2 {
		return 0, 0, errors.New("pipes: want one S with exactly two pipes facing it")
	}
	// Once round the loop, adding up the area it encloses, column times
	// change of row at each step (the trapezoid form of the shoelace
	// formula).
	length, area := 0, 0
	i, col, h := g.Index(start), start.Col, startEnds[0]
	for first := i; ; {
		d := h.Delta()
		area += d.Row * col
		i, col = i+d.Row*g.Cols()+d.Col, col+d.Col
		length++
		// Off the map, or back into it across a side edge, as a step
		// from the first column left lands on the row above's last cell.
		if uint(i) >= uint(g.Len()) || uint(col) >= uint(g.Cols()) {
			return 0, 0, errors.New("pipes: the loop leaves the map")
		}
		if i == first {
			break
		}
		var ok bool
		if h, ok = through(g.AtIndex(i), h); !ok {
			return 0, 0, fmt.Errorf("pipes: the loop breaks at %v", g.PointAt(i))
		}
	}
	// Pick's theorem: area = inside + length/2 - 1.
	return length / 2, max(area, -area) - length/2 + 1, nil
}

// genPipes returns a rows×cols map with a winding loop of pipes through
// it, S on one of its cells, and junk pipes and ground elsewhere. The loop
// starts as a square of four cells and grows by bumps: two neighbouring
// cells of the loop, A then B, give way to A, A+n, B+n, B for a heading n
// across the step, when A+n and B+n are free; or three in a line, A, B, C,
// give way to A, A+n, B+n, C+n, C, which leaves B inside or outside the
// loop. Junk next to S never faces it.
func genPipes(rng *rand.Rand, rows, cols int) []string {
	rows, cols = max(rows, 2), max(cols, 2)
	n := rows * cols
	next := make([]int, n) // the loop's next cell, or -1 off the loop
	for i := range next {
		next[i] = -1
	}
	r0, c0 := rng.IntN(rows-1), rng.IntN(cols-1)
	a, b, c, d := r0*cols+c0, r0*cols+c0+1, (r0+1)*cols+c0+1, (r0+1)*cols+c0
	next[a], next[b], next[c], next[d] = b, c, d, a
	on := []int{a, b, c, d} // loop cells, and some that left it
	free := func(r, c int) bool { return r >= 0 && r < rows && c >= 0 && c < cols && next[r*cols+c] < 0 }
	for range 8 * n {
		a := on[rng.IntN(len(on))]
		if next[a] < 0 {
			continue
		}
		b := next[a]
		ar, ac, br, bc := a/cols, a%cols, b/cols, b%cols
		nr, nc := bc-ac, br-ar // a quarter turn from the step a to b
		if rng.IntN(2) == 0 {
			nr, nc = -nr, -nc
		}
		if !free(ar+nr, ac+nc) || !free(br+nr, bc+nc) {
			continue
		}
		a2, b2 := (ar+nr)*cols+ac+nc, (br+nr)*cols+bc+nc
		c := next[b]
		if cr, cc := c/cols, c%cols; rng.IntN(2) == 0 && cr-br == br-ar && cc-bc == bc-ac && free(cr+nr, cc+nc) {
			// A wide bump: a, a2, b2, c2, c, leaving b off the loop.
			c2 := (cr+nr)*cols + cc + nc
			next[a], next[a2], next[b2], next[c2], next[b] = a2, b2, c2, c, -1
			on = append(on, a2, b2, c2)
			continue
		}
		next[a], next[a2], next[b2] = a2, b2, b
		on = append(on, a2, b2)
	}
	on = on[:0]
	for i, j := range next {
		if j >= 0 {
			on = append(on, i)
		}
	}
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = ".|-LJ7F"[rng.IntN(7)]
		}
	}
	// The glyph of each loop cell from the sides toward its two neighbours.
	side := func(from, to int) grid.Dir {
		switch to - from {
		case -cols:
			return grid.Up
		case cols:
			return grid.Down
		case -1:
			return grid.Left
		}
		return grid.Right
	}
	prev := make([]int, n)
	for _, i := range on {
		prev[next[i]] = i
	}
	for _, i := range on {
		s, t := side(i, prev[i]), side(i, next[i])
		for glyph, e := range sides {
			if e != 0 && e == 1<<s|1<<t {
				m[i/cols][i%cols] = byte(glyph)
			}
		}
	}
	s := on[rng.IntN(len(on))]
	sr, sc := s/cols, s%cols
	m[sr][sc] = 'S'
	for dir := grid.Up; dir <= grid.Left; dir++ {
		q := grid.Pt(sr, sc).Move(dir, 1)
		if q.Row < 0 || q.Row >= rows || q.Col < 0 || q.Col >= cols {
			continue
		}
		j := q.Row*cols + q.Col
		if j == next[s] || j == prev[s] {
			continue
		}
		for sides[m[q.Row][q.Col]]&(1<<dir.Reverse()) != 0 {
			m[q.Row][q.Col] = ".|-LJ7F"[rng.IntN(7)]
		}
	}
	lines := make([]string, rows)
	for r := range m {
		lines[r] = string(m[r])
	}
	return lines
}

// refPipes is the reference: the loop walked cell by cell from S for its
// length, half of which is the farthest point; then the map drawn three
// times larger, each loop cell as a 3×3 block with its pipe through the
// middle, and flooded from outside: a cell off the loop whose middle the
// flood does not reach is enclosed.
func refPipes(lines []string) [2]int {
	rows, cols := len(lines), len(lines[0])
	type pt struct{ r, c int }
	delta := map[byte]pt{'U': {-1, 0}, 'D': {1, 0}, 'L': {0, -1}, 'R': {0, 1}}
	joins := map[byte]string{'|': "UD", '-': "LR", 'L': "UR", 'J': "UL", '7': "DL", 'F': "DR"}
	back := map[byte]byte{'U': 'D', 'D': 'U', 'L': 'R', 'R': 'L'}
	at := func(p pt) byte {
		if p.r < 0 || p.r >= rows || p.c < 0 || p.c >= cols {
			return '.'
		}
		return lines[p.r][p.c]
	}
	var s pt
	for r := range rows {
		for c := range cols {
			if lines[r][c] == 'S' {
				s = pt{r, c}
			}
		}
	}
	sJoins := ""
	for _, h := range []byte("UDLR") {
		q := pt{s.r + delta[h].r, s.c + delta[h].c}
		for _, e := range []byte(joins[at(q)]) {
			if e == back[h] {
				sJoins += string(h)
			}
		}
	}
	joinsAt := func(p pt) string {
		if p == s {
			return sJoins
		}
		return joins[at(p)]
	}
	onLoop := map[pt]bool{s: true}
	prev, cur := s, s
	for {
		var nxt pt
		for _, h := range []byte(joinsAt(cur)) {
			if q := (pt{cur.r + delta[h].r, cur.c + delta[h].c}); q != prev || cur == s {
				nxt = q
				break
			}
		}
		if nxt == s {
			break
		}
		prev, cur = cur, nxt
		onLoop[cur] = true
	}
	big := make([][]bool, 3*rows) // true: pipe
	for r := range big {
		big[r] = make([]bool, 3*cols)
	}
	for p := range onLoop {
		big[3*p.r+1][3*p.c+1] = true
		for _, h := range []byte(joinsAt(p)) {
			big[3*p.r+1+delta[h].r][3*p.c+1+delta[h].c] = true
		}
	}
	outside := map[pt]bool{}
	todo := []pt{}
	for r := range 3 * rows {
		for c := range 3 * cols {
			if (r == 0 || c == 0 || r == 3*rows-1 || c == 3*cols-1) && !big[r][c] {
				outside[pt{r, c}] = true
				todo = append(todo, pt{r, c})
			}
		}
	}
	for len(todo) > 0 {
		p := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for _, d := range delta {
			q := pt{p.r + d.r, p.c + d.c}
			if q.r >= 0 && q.r < 3*rows && q.c >= 0 && q.c < 3*cols && !big[q.r][q.c] && !outside[q] {
				outside[q] = true
				todo = append(todo, q)
			}
		}
	}
	inside := 0
	for r := range rows {
		for c := range cols {
			if !onLoop[pt{r, c}] && !outside[pt{3*r + 1, 3*c + 1}] {
				inside++
			}
		}
	}
	return [2]int{len(onLoop) / 2, inside}
}

// handPipes is loop with flat indices and a bit mask of ends per glyph:
// the same walk once round with the shoelace formula and Pick's theorem.
func handPipes(cells []byte, rows, cols int) [2]int {
	const up, right, down, left = 1, 2, 4, 8
	var joins [256]uint8
	joins['|'], joins['-'] = up|down, left|right
	joins['L'], joins['J'], joins['7'], joins['F'] = up|right, up|left, down|left, down|right
	s := 0
	for i, v := range cells {
		if v == 'S' {
			s = i
			break
		}
	}
	sr, sc := s/cols, s%cols
	var sj uint8
	if sr > 0 && joins[cells[s-cols]]&down != 0 {
		sj |= up
	}
	if sr < rows-1 && joins[cells[s+cols]]&up != 0 {
		sj |= down
	}
	if sc > 0 && joins[cells[s-1]]&right != 0 {
		sj |= left
	}
	if sc < cols-1 && joins[cells[s+1]]&left != 0 {
		sj |= right
	}
	joins['S'] = sj
	length, area2 := 0, 0
	r, c, came := sr, sc, uint8(0)
	for {
		j := joins[cells[r*cols+c]] &^ came // the end not come in by
		nr, nc := r, c
		switch {
		case j&up != 0:
			nr, came = r-1, down
		case j&down != 0:
			nr, came = r+1, up
		case j&left != 0:
			nc, came = c-1, right
		default:
			nc, came = c+1, left
		}
		area2 += c*nr - nc*r
		length++
		r, c = nr, nc
		if r == sr && c == sc {
			break
		}
	}
	if area2 < 0 {
		area2 = -area2
	}
	return [2]int{length / 2, area2/2 - length/2 + 1}
}

// TestPipesBroken checks loop's errors on maps whose walk from S does not
// come back to it: off the map by the top, off by the left edge onto the
// index of S at the end of the row above (which a walk by index alone
// would take for the way back), and into a cell with no pipe facing it.
func TestPipesBroken(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"-J|", "|-S"}, "pipes: the loop leaves the map"},
		{[]string{"F-S", "--J"}, "pipes: the loop leaves the map"},
		{[]string{"F7.", "|S-", "..."}, "pipes: the loop breaks at (2,0)"},
	} {
		g, err := grid.ParseString(strings.Join(c.lines, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := loop(g); err == nil || err.Error() != c.want {
			t.Errorf("loop(%q) error = %v, want %q", c.lines, err, c.want)
		}
	}
}

func pipesRecipe() recipe {
	return recipe{
		name:   "pipes",
		shared: []string{"sides", "through", "loop"},
		rows:   140, cols: 140,
		refMax: 30,
		gen:    genPipes,
		solve: func(g grid.Grid[byte]) [2]int {
			far, inside, err := loop(g)
			if err != nil {
				panic(err)
			}
			return [2]int{far, inside}
		},
		ref:  refPipes,
		hand: handPipes,
	}
}
