package search_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// refWidest is the reference: for each width a cell has, widest first, a
// plain flood through the cells at least that wide; the first that joins
// start to goal is the answer.
func refWidest(g grid.Grid[int], start, goal grid.Point) (int, bool) {
	var widths []int
	for _, v := range g.All() {
		if v >= 0 {
			widths = append(widths, v)
		}
	}
	slices.Sort(widths)
	for _, w := range slices.Backward(widths) {
		seen := map[grid.Point]bool{start: true}
		todo := []grid.Point{start}
		for len(todo) > 0 && g.At(start) >= w {
			p := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if p == goal {
				return w, true
			}
			for _, d := range grid.Cardinals() {
				if q := p.Add(d.Delta()); g.In(q) && !seen[q] && g.At(q) >= w {
					seen[q] = true
					todo = append(todo, q)
				}
			}
		}
	}
	return 0, false
}

// TestWidest4 compares Widest4 with the reference on random maps of 1x1
// to 12x12 with walls (width below 0), many ties among the widths, and
// start and goal anywhere, the same cell included.
func TestWidest4(t *testing.T) {
	rng := rand.New(rand.NewPCG(77, 78))
	width := func(v int) (int, bool) { return v, v >= 0 }
	for trial := range 3000 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		spread := []int{2, 5, 50, 1000}[trial%4]
		walls := []float64{0, 0.2, 0.4}[trial%3]
		g := grid.FromFunc(rows, cols, func(grid.Point) int {
			if rng.Float64() < walls {
				return -1
			}
			return rng.IntN(spread)
		})
		start, goal := grid.Pt(rng.IntN(rows), rng.IntN(cols)), grid.Pt(rng.IntN(rows), rng.IntN(cols))
		got, ok := search.Widest4(g, start, goal, width)
		want, wantOK := refWidest(g, start, goal)
		if got != want || ok != wantOK {
			t.Fatalf("map %d, %v to %v: Widest4 = %d, %v; want %d, %v\n%v", trial, start, goal, got, ok, want, wantOK, g.ToRows())
		}
	}
}

func TestWidest4Misuse(t *testing.T) {
	g := grid.FromFunc(2, 3, func(grid.Point) int { return 1 })
	width := func(v int) (int, bool) { return v, true }
	testkit.MustPanic(t, "Widest4(start outside)", "search: Widest4: start (2,0) or goal (0,0) outside the 2x3 grid", func() {
		search.Widest4(g, grid.Pt(2, 0), grid.Pt(0, 0), width)
	})
	testkit.MustPanic(t, "Widest4(goal outside)", "outside the 2x3 grid", func() {
		search.Widest4(g, grid.Pt(0, 0), grid.Pt(0, -1), width)
	})
}

// The last byte to leave a way open: bytes fall on a 4x4 map one by one,
// each cell marked with the number of the byte that falls on it (9 for
// none). A way from the top left to the bottom right stays open while it
// passes only cells whose byte has not fallen, so the widest way's width
// is the number of the byte that closes the last way.
func ExampleWidest4() {
	fall := grid.MustParse(`9639
4794
9269
8999
`)
	width := func(v byte) (int, bool) { return int(v - '0'), true }
	w, ok := search.Widest4(fall, grid.Pt(0, 0), grid.Pt(3, 3), width)
	fmt.Println(w, ok)
	// Output:
	// 6 true
}
