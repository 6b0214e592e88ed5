package search_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// refMarks is the plain reference for NewMarks: a queue BFS with a map of
// parents from each mark, trying the headings in order, and the path read
// back from the parents.
func refMarks(g grid.Grid[byte], marks []grid.Point) (steps [][]int, passes [][]uint64) {
	n := len(marks)
	steps, passes = make([][]int, n), make([][]uint64, n)
	for a, s := range marks {
		parent := map[grid.Point]grid.Point{s: s}
		dist := map[grid.Point]int{s: 0}
		queue := []grid.Point{s}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			for _, d := range grid.Cardinals() {
				q := p.Move(d, 1)
				if _, seen := dist[q]; seen || !g.In(q) || g.At(q) == '#' {
					continue
				}
				dist[q], parent[q] = dist[p]+1, p
				queue = append(queue, q)
			}
		}
		steps[a], passes[a] = make([]int, n), make([]uint64, n)
		for b, t := range marks {
			d, ok := dist[t]
			if !ok {
				steps[a][b] = -1
				continue
			}
			steps[a][b] = d
			for p := parent[t]; p != s && t != s; p = parent[p] {
				if k := slices.Index(marks, p); k >= 0 {
					passes[a][b] |= 1 << k
				}
			}
		}
	}
	return steps, passes
}

// randMarks returns n distinct cells of g, most of them open.
func randMarks(rng *rand.Rand, g grid.Grid[byte], n int) []grid.Point {
	var marks []grid.Point
	for len(marks) < n && len(marks) < g.Len() {
		p := grid.Pt(rng.IntN(g.Rows()), rng.IntN(g.Cols()))
		if !slices.Contains(marks, p) && (g.At(p) != '#' || rng.IntN(8) == 0) {
			marks = append(marks, p)
		}
	}
	return marks
}

func TestMarksAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(61, 62))
	open := func(v byte) bool { return v != '#' }
	for i := range 400 {
		g := openMap(rng, 1+rng.IntN(12), 1+rng.IntN(12), rng.Float64()*0.4)
		marks := randMarks(rng, g, 1+rng.IntN(10))
		m, err := search.NewMarks(g, marks, open)
		if err != nil {
			t.Fatalf("map %d: %v", i, err)
		}
		steps, passes := refMarks(g, marks)
		for a := range marks {
			for b := range marks {
				d, ok := m.Steps(a, b)
				if want := steps[a][b]; ok != (want >= 0) || ok && d != want {
					t.Fatalf("map %d %q marks %v: Steps(%d, %d) = %d, %v; want %d", i, g, marks, a, b, d, ok, want)
				}
				if got, want := m.Passes(a, b), passes[a][b]; got != want {
					t.Fatalf("map %d %q marks %v: Passes(%d, %d) = %b, want %b", i, g, marks, a, b, got, want)
				}
			}
		}
	}
}

// bruteTour tries every order of the marks after start.
func bruteTour(m *search.Marks, start int, back bool) int {
	var rest []int
	for k := range m.Len() {
		if k != start {
			rest = append(rest, k)
		}
	}
	best := -1
	var try func(at, done int)
	try = func(at, done int) {
		if len(rest) == 0 {
			if back {
				s, _ := m.Steps(at, start)
				done += s
			}
			if best < 0 || done < best {
				best = done
			}
			return
		}
		for i, k := range rest {
			s, _ := m.Steps(at, k)
			rest = slices.Delete(rest, i, i+1)
			try(k, done+s)
			rest = slices.Insert(rest, i, k)
		}
	}
	try(start, 0)
	return best
}

func TestTourAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(63, 64))
	open := func(v byte) bool { return v != '#' }
	for i := 0; i < 300; {
		g := openMap(rng, 2+rng.IntN(10), 2+rng.IntN(10), rng.Float64()*0.3)
		var marks []grid.Point
		for _, p := range randMarks(rng, g, 1+rng.IntN(7)) {
			if g.At(p) != '#' {
				marks = append(marks, p)
			}
		}
		if len(marks) == 0 {
			continue
		}
		i++
		m, err := search.NewMarks(g, marks, open)
		if err != nil {
			t.Fatal(err)
		}
		start, back := rng.IntN(len(marks)), rng.IntN(2) == 0
		steps, order, err := m.Tour(start, back)
		reachable := true
		for k := range marks {
			if _, ok := m.Steps(start, k); !ok {
				reachable = false
			}
		}
		if !reachable {
			if !errors.Is(err, search.ErrUnreachable) {
				t.Fatalf("map %d %q marks %v: Tour(%d) with a mark out of reach: err %v", i, g, marks, start, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("map %d: %v", i, err)
		}
		if want := bruteTour(m, start, back); steps != want {
			t.Fatalf("map %d %q marks %v: Tour(%d, %v) = %d, brute force %d", i, g, marks, start, back, steps, want)
		}
		sorted := slices.Sorted(slices.Values(order))
		if len(order) != len(marks) || order[0] != start || !slices.Equal(sorted, rangeInts(len(marks))) {
			t.Fatalf("map %d: Tour order %v is not the marks from %d", i, order, start)
		}
		sum := 0
		for k := 1; k < len(order); k++ {
			s, _ := m.Steps(order[k-1], order[k])
			sum += s
		}
		if back {
			s, _ := m.Steps(order[len(order)-1], start)
			sum += s
		}
		if sum != steps {
			t.Fatalf("map %d %q marks %v: Tour order %v walks %d steps, Tour says %d", i, g, marks, order, sum, steps)
		}
	}
}

func rangeInts(n int) []int {
	r := make([]int, n)
	for i := range r {
		r[i] = i
	}
	return r
}

func TestMarksErrors(t *testing.T) {
	g := grid.MustParse("...\n.#.\n...\n")
	open := func(v byte) bool { return v != '#' }
	many := make([]grid.Point, search.MaxMarks+1)
	for _, tt := range []struct {
		name  string
		marks []grid.Point
		want  string
	}{
		{"outside", []grid.Point{{Row: 0, Col: 0}, {Row: 3, Col: 0}}, "search: NewMarks: mark 1 at (3,0) lies outside the 3x3 grid"},
		{"shared", []grid.Point{{Row: 0, Col: 1}, {Row: 2, Col: 2}, {Row: 0, Col: 1}}, "search: NewMarks: marks 0 and 2 share the cell (0,1)"},
		{"many", many, "search: NewMarks: 65 marks, at most 64"},
	} {
		if _, err := search.NewMarks(g, tt.marks, open); err == nil || err.Error() != tt.want {
			t.Errorf("%s: err %v, want %q", tt.name, err, tt.want)
		}
	}
	big := grid.New(1, search.MaxTour+1, byte('.'))
	var marks []grid.Point
	for c := range big.Cols() {
		marks = append(marks, grid.Pt(0, c))
	}
	m, err := search.NewMarks(big, marks, open)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := m.Tour(0, false); err == nil || !strings.Contains(err.Error(), "17 marks, at most 16") {
		t.Errorf("Tour over 17 marks: err %v", err)
	}
	walled := grid.MustParse(".#.\n")
	m, err = search.NewMarks(walled, []grid.Point{{Row: 0, Col: 0}, {Row: 0, Col: 2}}, open)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := m.Tour(0, true); !errors.Is(err, search.ErrUnreachable) || err.Error() != "search: Marks.Tour: mark 1 from mark 0: a mark cannot be reached" {
		t.Errorf("Tour with a walled-off mark: err %v", err)
	}
	testkit.MustPanic(t, "steps", "search: Marks.Steps: id 2 outside [0, 2)", func() { m.Steps(0, 2) })
	testkit.MustPanic(t, "passes", "search: Marks.Passes: id -1 outside [0, 2)", func() { m.Passes(-1, 0) })
	testkit.MustPanic(t, "tour", "search: Marks.Tour: id 5 outside [0, 2)", func() { m.Tour(5, false) })
}

// Visit every numbered cell of a duct map, starting at 0: the fewest steps
// for the visits, and for the visits and the way back to 0.
func ExampleMarks_Tour() {
	g := grid.MustParse(`
#########
#0..1...#
#.###.#.#
#3..#..2#
#########
`)
	var marks []grid.Point
	for p, v := range g.All() {
		if v >= '0' && v <= '9' {
			marks = append(marks, p)
		}
	}
	slices.SortFunc(marks, func(a, b grid.Point) int { return int(g.At(a)) - int(g.At(b)) })
	m, err := search.NewMarks(g, marks, func(v byte) bool { return v != '#' })
	if err != nil {
		fmt.Println(err)
		return
	}
	steps, order, _ := m.Tour(0, false)
	fmt.Println("visit all:", steps, order)
	steps, _, _ = m.Tour(0, true)
	fmt.Println("and back:", steps)
	// Output:
	// visit all: 12 [0 3 1 2]
	// and back: 20
}

// The doors on the way from one key to another: marks are keys (lower
// case) and doors (upper case), and Passes gives the marks in between.
func ExampleMarks_Passes() {
	g := grid.MustParse(`
#########
#b.A.@.a#
#########
`)
	marks := []grid.Point{{Row: 1, Col: 5}, {Row: 1, Col: 7}, {Row: 1, Col: 1}, {Row: 1, Col: 3}} // @ a b A
	m, _ := search.NewMarks(g, marks, func(v byte) bool { return v != '#' })
	steps, _ := m.Steps(0, 2)
	fmt.Printf("@ to b: %d steps, passing %b\n", steps, m.Passes(0, 2))
	// Output: @ to b: 4 steps, passing 1000
}
