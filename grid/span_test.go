package grid

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refSpan is the reference for Span: step one cell at a time with At until
// the next point is outside g or holds stop.
func refSpan[T comparable](g Grid[T], p Point, d Dir, stop T) int {
	n := 0
	for q := p.Add(d.Delta()); g.In(q) && g.At(q) != stop; q = q.Add(d.Delta()) {
		n++
	}
	return n
}

func TestSpanRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 6))
	n := 400
	if testing.Short() {
		n = 60
	}
	for range n {
		g := randGrid(rng, 20, ".#x")
		// The same map as runes, to take the path other types take.
		r := Convert(g, func(_ Point, c byte) rune { return rune(c) })
		for p := range g.Points() {
			for d := range Dir(8) {
				if got, want := Span(g, p, d, '#'), refSpan(g, p, d, '#'); got != want {
					t.Fatalf("Span(%dx%d byte grid, %v, %v, '#') = %d, want %d\n%s", g.Rows(), g.Cols(), p, d, got, want, g)
				}
				if got, want := Span(r, p, d, '#'), refSpan(r, p, d, '#'); got != want {
					t.Fatalf("Span(%dx%d rune grid, %v, %v, '#') = %d, want %d", r.Rows(), r.Cols(), p, d, got, want)
				}
			}
		}
	}
}

func TestSpanCases(t *testing.T) {
	g, err := ParseString(strings.Join([]string{
		"..#..",
		".....",
		"#.x..",
	}, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		p    Point
		d    Dir
		want int
	}{
		{Pt(0, 0), Right, 1},
		{Pt(0, 3), Left, 0},
		{Pt(0, 4), Left, 1},
		{Pt(1, 4), Left, 4},
		{Pt(1, 0), Right, 4},
		{Pt(0, 0), Down, 1},
		{Pt(2, 2), Up, 1},
		{Pt(2, 1), Up, 2},
		{Pt(0, 4), DownLeft, 2},
		{Pt(2, 4), UpLeft, 1},
		{Pt(0, 0), Up, 0},
		{Pt(2, 4), Right, 0},
	}
	for _, tt := range tests {
		if got := Span(g, tt.p, tt.d, '#'); got != tt.want {
			t.Errorf("Span(g, %v, %v, '#') = %d, want %d", tt.p, tt.d, got, tt.want)
		}
	}
}

func TestSpanPanics(t *testing.T) {
	g := New(2, 3, byte('.'))
	testkit.MustPanic(t, "Span((2,0))", "grid: Span: point (2,0) outside the 2x3 grid", func() { Span(g, Pt(2, 0), Up, '#') })
	testkit.MustPanic(t, "Span((0,-1))", "grid: Span: point (0,-1) outside the 2x3 grid", func() { Span(g, Pt(0, -1), Up, '#') })
	testkit.MustPanic(t, "Span(Dir(8))", "grid: Span: invalid heading Dir(8)", func() { Span(g, Pt(0, 0), Dir(8), '#') })
}

func TestSpanAllocs(t *testing.T) {
	g := New(50, 50, byte('.'))
	for _, d := range []Dir{Right, Down} {
		if n := testing.AllocsPerRun(10, func() { Span(g, Pt(0, 0), d, '#') }); n != 0 {
			t.Errorf("Span(%v) makes %v allocations, want 0", d, n)
		}
	}
}

// TestRoom compares Grid.Room with stepping until the next point leaves
// the grid, for every cell and heading of grids from 1x1 to 7x7, and
// checks that a run of that many steps by Offset from the cell's index
// ends on the cell that Move reaches.
func TestRoom(t *testing.T) {
	for rows := 1; rows <= 7; rows++ {
		for cols := 1; cols <= 7; cols++ {
			g := New(rows, cols, 0)
			for p := range g.Points() {
				for d := range Dir(8) {
					want := 0
					for q := p.Add(d.Delta()); g.In(q); q = q.Add(d.Delta()) {
						want++
					}
					got := g.Room(p, d)
					if got != want {
						t.Fatalf("%dx%d: Room(%v, %v) = %d, want %d", rows, cols, p, d, got, want)
					}
					if end := g.Index(p) + got*g.Offset(d); end != g.Index(p.Move(d, got)) {
						t.Fatalf("%dx%d: %d steps of Offset(%v) from %v end at index %d, want %d", rows, cols, got, d, p, end, g.Index(p.Move(d, got)))
					}
				}
			}
		}
	}
	g := New(2, 3, byte('.'))
	testkit.MustPanic(t, "Room((2,0))", "grid: Grid.Room: point (2,0) outside the 2x3 grid", func() { g.Room(Pt(2, 0), Up) })
	testkit.MustPanic(t, "Room(Dir(8))", "grid: Grid.Room: invalid heading Dir(8)", func() { g.Room(Pt(0, 0), Dir(8)) })
}
