package automaton_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/automaton"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refSight is the reference for a step by line of sight: for each seat,
// walk each heading cell by cell to the first seat, and count the
// occupied ones seen.
func refSight(g grid.Grid[byte], crowd int) grid.Grid[byte] {
	return grid.FromFunc(g.Rows(), g.Cols(), func(p grid.Point) byte {
		v := g.At(p)
		if v == '.' {
			return v
		}
		seen := 0
		for _, d := range grid.Dirs() {
			for q := p.Move(d, 1); g.In(q); q = q.Move(d, 1) {
				if g.At(q) != '.' {
					if g.At(q) == '#' {
						seen++
					}
					break
				}
			}
		}
		switch {
		case v == 'L' && seen == 0:
			return '#'
		case v == '#' && seen >= crowd:
			return 'L'
		}
		return v
	})
}

func TestStepByAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(97, 98))
	for trial := range 300 {
		rows, cols := 1+rng.IntN(10), 1+rng.IntN(10)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return ".L#"[rng.IntN(3)] })
		crowd := 1 + rng.IntN(6)
		rule := func(v byte, n automaton.Around) byte {
			switch {
			case v == 'L' && n.Count('#') == 0:
				return '#'
			case v == '#' && n.Count('#') >= crowd:
				return 'L'
			}
			return v
		}
		a := automaton.New(g, '.')
		nb := a.Sight(func(v byte) bool { return v != '.' })
		for step := range 5 {
			next := refSight(g, crowd)
			a.StepBy(nb, rule)
			if !grid.Equal(a.Grid(), next) {
				t.Fatalf("trial %d step %d on\n%s: got\n%s\nwant\n%s", trial, step, g, a.Grid(), next)
			}
			g = next
		}
	}
	a, b := automaton.New(grid.MustParse("..\n"), '.'), automaton.New(grid.MustParse("...\n"), '.')
	nb := a.Sight(func(byte) bool { return true })
	testkit.MustPanic(t, "size", "automaton: Automaton.StepBy: neighbours of a 1x2 grid, automaton 1x3", func() {
		b.StepBy(nb, func(v byte, _ automaton.Around) byte { return v })
	})
}

// TestStepByPassesOver checks that StepBy and StepCountBy leave the cells
// Sight's see rejected as they are, across the changes that touch the
// automaton's two copies (New, Set, Grow(0), SetBorder and steps of every
// kind), against refSight, whose floor never changes.
func TestStepByPassesOver(t *testing.T) {
	rng := rand.New(rand.NewPCG(99, 100))
	seat := func(v byte) bool { return v != '.' }
	rule := automaton.NewCountRule(seats(5))
	stepped := 0
	for trial := range 300 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return ".L#"[rng.IntN(3)] })
		a := automaton.New(g, 'b') // a border unlike the floor, so that a copy left unfilled shows
		nb := a.Sight(seat)
		want := g
		for step := range 12 {
			switch rng.IntN(5) {
			case 0: // a seat's value, or a floor cell set to floor
				p := grid.Pt(rng.IntN(rows), rng.IntN(cols))
				v := byte('.')
				if want.At(p) != '.' {
					v = "L#"[rng.IntN(2)]
				}
				a.Set(p, v)
				want = want.With(p, v)
			case 1:
				a.Grow(0)
			case 2:
				a.SetBorder('b')
			}
			var got int
			if rng.IntN(2) == 0 {
				got = a.StepCountBy(nb, rule, '#')
			} else {
				got = a.StepBy(nb, func(v byte, n automaton.Around) byte { return rule[v][n.Count('#')] })
			}
			next := refSight(want, 5)
			if !grid.Equal(a.Grid(), next) || got != diff(want, next) {
				t.Fatalf("trial %d step %d: changed %d to\n%s\nwant %d to\n%s\nfrom\n%s", trial, step, got, a, diff(want, next), next, want)
			}
			want = next
			stepped++
		}
	}
	if stepped == 0 {
		t.Fatal("no step checked")
	}
}
