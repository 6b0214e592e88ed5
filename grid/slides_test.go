package grid

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refTilt is the reference for Slides.Tilt: the map with its rocks as
// 'O', rolled one cell at a time, each rock as far as it goes, the rocks
// nearest the edge d faces first; it returns the rocks' cells, sorted.
func refTilt(g Grid[byte], rocks []int32, d Dir) []int32 {
	m := g.Mutable()
	for _, r := range rocks {
		m.SetIndex(int(r), 'O')
	}
	for moved := true; moved; {
		moved = false
		for p := range g.Points() {
			q := p.Move(d, 1)
			if m.At(p) == 'O' && m.In(q) && m.At(q) == '.' {
				m.Set(q, 'O')
				m.Set(p, '.')
				moved = true
			}
		}
	}
	var out []int32
	for i := range m.Len() {
		if m.AtIndex(i) == 'O' {
			out = append(out, int32(i))
		}
	}
	return out
}

// TestSlides compares Tilt with rolling the rocks one cell at a time, and
// Stop with walking, on 500 random maps of every shape from 1x1, in every
// cardinal heading, several tilts in a row on one Slides, the rocks in a
// random order each time.
func TestSlides(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 14))
	for trial := range 500 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		g := FromFunc(rows, cols, func(Point) byte { return "..#"[rng.IntN(3)] })
		s := NewSlides(g, '#')
		var rocks []int32
		for i := range g.Len() {
			if g.AtIndex(i) == '.' && rng.IntN(3) == 0 {
				rocks = append(rocks, int32(i))
			}
		}
		for p, v := range g.All() {
			if v == '#' {
				continue
			}
			for d := Up; d <= Left; d++ {
				q := p
				for g.In(q.Move(d, 1)) && g.At(q.Move(d, 1)) != '#' {
					q = q.Move(d, 1)
				}
				if got := s.Stop(g.Index(p), d); got != g.Index(q) {
					t.Fatalf("trial %d: Stop(%v, %v) = %v, want %v", trial, p, d, g.PointAt(got), q)
				}
			}
		}
		for range 6 {
			d := Dir(rng.IntN(4))
			want := refTilt(g, rocks, d)
			rng.Shuffle(len(rocks), func(i, j int) { rocks[i], rocks[j] = rocks[j], rocks[i] })
			s.Tilt(rocks, d)
			if got := slices.Sorted(slices.Values(rocks)); !slices.Equal(got, want) {
				t.Fatalf("trial %d: Tilt %v = %v, want %v, on\n%s", trial, d, got, want, g)
			}
		}
	}
}

// TestSlidesMisuse checks the panics, and that a Tilt refused for a bad
// cell leaves its working table as it was for the next call.
func TestSlidesMisuse(t *testing.T) {
	g := MustParse(".#\n..")
	s := NewSlides(g, '#')
	testkit.MustPanic(t, "Tilt onto a wall", "grid: Slides.Tilt: cell 1, at (0,1), is a wall", func() { s.Tilt([]int32{2, 1}, Up) })
	testkit.MustPanic(t, "Tilt outside", "grid: Slides.Tilt: cell 4 outside [0, 4)", func() { s.Tilt([]int32{2, 4}, Up) })
	testkit.MustPanic(t, "Stop on a wall", "grid: Slides.Stop: cell 1, at (0,1), is a wall", func() { s.Stop(1, Up) })
	testkit.MustPanic(t, "Stop diagonal", "grid: Slides.Stop: heading UpRight, want a cardinal one", func() { s.Stop(0, UpRight) })
	rocks := []int32{2, 3}
	s.Tilt(rocks, Up)
	if want := []int32{0, 3}; !slices.Equal(slices.Sorted(slices.Values(rocks)), want) {
		t.Errorf("Tilt after refused calls = %v, want %v", rocks, want)
	}
}
