package cookbook

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Falling obstacles: each line is a point "x,y" of a square map 71 cells
// on a side, x across and y down; the points fall on the map one by one,
// in order, each blocking its cell. One walks from the top-left corner to
// the bottom-right one, up, down, left and right, around fallen cells.
// Part 1: the fewest steps once the first 1024 points have fallen (-1 if
// they leave no way). Part 2: the number, counting from 1, of the first
// point after whose fall no way is left (0 if a way survives them all).

// obstacles returns the fewest steps across a side×side map once the first
// points have fallen, or -1, and the number of the point whose fall first
// leaves no way across, or 0. It keeps for each cell the number of the
// point that falls on it, so that one map serves every number of points.
// A way across stays open until the first point on it falls: the cut is
// the widest way's width, each cell as wide as the number of its point.
func obstacles(points []grid.Point, side, first int) (steps, cut int, err error) {
	m := grid.NewMutable(side, side, len(points)+1) // never falls
	for i, p := range slices.Backward(points) {     // the first fall counts
		if !m.In(p) {
			return 0, 0, fmt.Errorf("point %d: %d,%d is off the map", i+1, p.Col, p.Row)
		}
		m.Set(p, i+1)
	}
	fall := m.Freeze()
	var b search.BFS
	steps, ok := escape(&b, fall, min(first, len(points)))
	if !ok {
		steps = -1
	}
	number := func(k int) (int, bool) { return k, true }
	if w, ok := search.Widest4(fall, grid.Pt(0, 0), grid.Pt(side-1, side-1), number); ok && w <= len(points) {
		cut = w
	}
	return steps, cut, nil
}

// escape returns the fewest steps from the top-left corner of fall to its
// bottom-right one through the cells where no point numbered k or less
// falls, and true; or false if there is no way. The search numbers cells
// by their dense index, the top-left corner 0 and the bottom-right one
// Len()-1, so that it reads cells and neighbours by index.
func escape(b *search.BFS, fall grid.Grid[int], k int) (int, bool) {
	goal := fall.Len() - 1
	if fall.AtIndex(0) <= k {
		return 0, false
	}
	b.Reset(fall.Len())
	b.Add(0)
	for i, d := range b.All() {
		if i == goal {
			return d, true
		}
		for j := range fall.Neighbors4Index(i) {
			if fall.AtIndex(j) > k {
				b.Add(j)
			}
		}
	}
	return 0, false
}

// genFalling returns n points of a 71×71 map: first, two thirds of them,
// walls of a maze whose passages are the cells of even row and column and
// the cells carved between them (all its 2450 or so walls leave one way
// only), falling roughly in order of distance from the start's corner, so
// that the first 1024 make the way wind; then passages in random order,
// which soon cut every way. The cols argument is not used.
func genFalling(rng *rand.Rand, n, _ int) []string {
	const side, half = 71, 36 // half: the passage cells on a side
	open := make([]bool, side*side)
	seen := make([]bool, half*half)
	stack := []int{0}
	seen[0] = true
	open[0] = true
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		var next []int
		for _, d := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			r, c := i/half+d[0], i%half+d[1]
			if r >= 0 && r < half && c >= 0 && c < half && !seen[r*half+c] {
				next = append(next, r*half+c)
			}
		}
		if len(next) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		j := next[rng.IntN(len(next))]
		seen[j] = true
		open[2*(j/half)*side+2*(j%half)] = true
		open[(i/half+j/half)*side+i%half+j%half] = true // between, doubled
		stack = append(stack, j)
	}
	var walls, passages []int
	for i, o := range open {
		switch {
		case !o:
			walls = append(walls, i)
		case i != 0 && i != side*side-1:
			passages = append(passages, i)
		}
	}
	// The walls fall from the start's corner outwards, roughly.
	key := make([]int, side*side)
	for _, i := range walls {
		key[i] = i/side + i%side + rng.IntN(30)
	}
	slices.SortStableFunc(walls, func(a, b int) int { return key[a] - key[b] })
	rng.Shuffle(len(passages), func(i, j int) { passages[i], passages[j] = passages[j], passages[i] })
	cells := append(walls[:min(len(walls), 2*n/3)], passages...)
	lines := make([]string, min(n, len(cells)))
	for i := range lines {
		lines[i] = fmt.Sprintf("%d,%d", cells[i]%side, cells[i]/side)
	}
	return lines
}

// refFalling is the reference: the points dropped one at a time on a map
// of booleans, and a search from the corner, with parent links, run again
// whenever a point falls on the way last found.
func refFalling(lines []string, side, first int) [2]int {
	type pt struct{ x, y int }
	var points []pt
	for _, l := range lines {
		var p pt
		if _, err := fmt.Sscanf(l, "%d,%d", &p.x, &p.y); err != nil {
			panic(fmt.Sprintf("refFalling: %q: %v", l, err))
		}
		points = append(points, p)
	}
	blocked := make([][]bool, side) // by x, then y
	for x := range blocked {
		blocked[x] = make([]bool, side)
	}
	// way returns the cells of a shortest way, goal first, or nil.
	from := make([][]pt, side) // the cell before, {-1, -1} for none
	for x := range from {
		from[x] = make([]pt, side)
	}
	var queue []pt
	way := func() []pt {
		if blocked[0][0] {
			return nil
		}
		for x := range from {
			for y := range from[x] {
				from[x][y] = pt{-1, -1}
			}
		}
		from[0][0] = pt{0, 0}
		queue = append(queue[:0], pt{0, 0})
		for k := 0; k < len(queue); k++ {
			p := queue[k]
			if p == (pt{side - 1, side - 1}) {
				w := []pt{p}
				for p != (pt{0, 0}) {
					p = from[p.x][p.y]
					w = append(w, p)
				}
				return w
			}
			for _, q := range []pt{{p.x - 1, p.y}, {p.x + 1, p.y}, {p.x, p.y - 1}, {p.x, p.y + 1}} {
				if q.x >= 0 && q.x < side && q.y >= 0 && q.y < side && !blocked[q.x][q.y] && from[q.x][q.y].x < 0 {
					from[q.x][q.y] = p
					queue = append(queue, q)
				}
			}
		}
		return nil
	}
	out := [2]int{-1, 0}
	w := way()
	if first == 0 && w != nil {
		out[0] = len(w) - 1
	}
	for k, p := range points {
		blocked[p.x][p.y] = true
		if slices.Contains(w, p) {
			w = way()
		}
		if k+1 == first && w != nil {
			out[0] = len(w) - 1
		}
		if w == nil {
			out[1] = k + 1
			break
		}
	}
	if len(points) < first && w != nil {
		out[0] = len(w) - 1
	}
	return out
}

// handFalling is the recipe on flat slices: the points read by a byte
// loop, the fall numbers in a flat table, a queue of cell numbers with a
// distance table for part 1, and a union-find forest in flat slices for
// the cut.
func handFalling(input string, side, first int) [2]int {
	var fall []int32
	var xs []int
	for i := 0; i < len(input); i++ {
		v, start := 0, i
		for ; i < len(input) && input[i] >= '0' && input[i] <= '9'; i++ {
			v = 10*v + int(input[i]-'0')
		}
		if i > start {
			xs = append(xs, v)
		}
	}
	n := len(xs) / 2
	fall = make([]int32, side*side)
	for i := range fall {
		fall[i] = int32(n + 1)
	}
	for i := n - 1; i >= 0; i-- {
		fall[xs[2*i+1]*side+xs[2*i]] = int32(i + 1)
	}
	// each4 calls f with each of cell i's neighbours on the map.
	each4 := func(i int32, f func(j int32)) {
		r, c := int(i)/side, int(i)%side
		if r > 0 {
			f(i - int32(side))
		}
		if r < side-1 {
			f(i + int32(side))
		}
		if c > 0 {
			f(i - 1)
		}
		if c < side-1 {
			f(i + 1)
		}
	}
	dist := make([]int32, side*side)
	stamp := make([]int32, side*side)
	queue := make([]int32, 0, side*side)
	gen := int32(0)
	escape := func(k int32) int {
		gen++
		if fall[0] <= k {
			return -1
		}
		queue = append(queue[:0], 0)
		stamp[0], dist[0] = gen, 0
		goal := int32(side*side - 1)
		for h := 0; h < len(queue); h++ {
			i := queue[h]
			if i == goal {
				return int(dist[i])
			}
			each4(i, func(j int32) {
				if fall[j] > k && stamp[j] != gen {
					stamp[j], dist[j] = gen, dist[i]+1
					queue = append(queue, j)
				}
			})
		}
		return -1
	}
	steps := escape(int32(min(first, n)))
	// The cut: the widest way across, a cell as wide as the number of its
	// point. Flood the cells wider than the narrowest so far, keeping the
	// others in a binary max-heap by that number, and when the flood stops
	// enter the widest waiting.
	goal := int32(side*side - 1)
	seen := make([]bool, side*side)
	var wait []int32 // the heap
	push := func(j int32) {
		wait = append(wait, j)
		for c := len(wait) - 1; c > 0 && fall[wait[(c-1)/2]] < fall[wait[c]]; c = (c - 1) / 2 {
			wait[c], wait[(c-1)/2] = wait[(c-1)/2], wait[c]
		}
	}
	pop := func() int32 {
		top, last := wait[0], len(wait)-1
		wait[0], wait = wait[last], wait[:last]
		for p := 0; ; {
			c := 2*p + 1
			if c >= len(wait) {
				break
			}
			if c+1 < len(wait) && fall[wait[c+1]] > fall[wait[c]] {
				c++
			}
			if fall[wait[c]] <= fall[wait[p]] {
				break
			}
			wait[p], wait[c] = wait[c], wait[p]
			p = c
		}
		return top
	}
	narrowest := fall[0]
	todo := append(queue[:0], 0)
	seen[0] = true
	for {
		for h := 0; h < len(todo); h++ {
			i := todo[h]
			if i == goal {
				cut := 0
				if int(narrowest) <= n {
					cut = int(narrowest)
				}
				return [2]int{steps, cut}
			}
			each4(i, func(j int32) {
				if !seen[j] {
					seen[j] = true
					if fall[j] >= narrowest {
						todo = append(todo, j)
					} else {
						push(j)
					}
				}
			})
		}
		j := pop()
		narrowest = min(narrowest, fall[j])
		todo = append(todo[:0], j)
	}
}

// TestFallingSizes compares the recipe with the reference on small maps,
// with any number of points taken first, points on the corners and points
// that fall twice.
func TestFallingSizes(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 18))
	for k := range 300 {
		side := 1 + rng.IntN(8)
		lines := make([]string, rng.IntN(2*side*side))
		for i := range lines {
			lines[i] = fmt.Sprintf("%d,%d", rng.IntN(side), rng.IntN(side))
		}
		first := rng.IntN(len(lines) + 2)
		input := strings.Join(lines, "\n")
		want := refFalling(lines, side, first)
		points, err := grid.ParsePoints(input)
		if err != nil {
			t.Fatal(err)
		}
		steps, cut, err := obstacles(points, side, first)
		if got := [2]int{steps, cut}; err != nil || got != want {
			t.Fatalf("input %d: obstacles(side %d, first %d) = %v, %v, want %v, on\n%s", k, side, first, got, err, want, input)
		}
		if got := handFalling(input, side, first); got != want {
			t.Fatalf("input %d: handFalling(side %d, first %d) = %v, want %v, on\n%s", k, side, first, got, want, input)
		}
	}
	if _, _, err := obstacles([]grid.Point{grid.XY(1, 1), grid.XY(3, 1)}, 3, 1); err == nil || err.Error() != "point 2: 3,1 is off the map" {
		t.Errorf("obstacles with a point off the map: error %v, want %q", err, "point 2: 3,1 is off the map")
	}
}

func fallingRecipe() recipe {
	return recipe{
		name:   "falling",
		shared: []string{"obstacles", "escape"},
		rows:   3450, cols: 1, // rows points
		refMax: 3450,
		checks: 40,
		gen:    genFalling,
		ref: func(lines []string) [2]int {
			return refFalling(lines, 71, 1024)
		},
		solveText: func(input string) ([2]int, error) {
			points, err := grid.ParsePoints(input)
			if err != nil {
				return [2]int{}, err
			}
			steps, cut, err := obstacles(points, 71, 1024)
			return [2]int{steps, cut}, err
		},
		handText: func(input string) [2]int {
			return handFalling(input, 71, 1024)
		},
	}
}
