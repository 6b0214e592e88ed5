package cookbook

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// The light-beams recipe before it used a Closure: a flood over the states
// (cell, heading) from every way in, shared out over the cores by
// parallel.MapWith. BenchmarkScaling times it for the speed-up by size of
// work, since it is many independent jobs of one size; the page shows the
// faster closure.

// A scratch is one worker's working memory: a flood over the states
// (cell, heading) and the set of cells lit.
type scratch struct {
	states search.Flood
	cells  cycle.IDSet
}

// lit returns how many cells the beam that enters g in state e lights,
// where sp numbers the states of g.
func lit(g grid.Grid[byte], sp *search.Space, e walk.State, s *scratch) int {
	s.states.Reset(sp.Len())
	s.cells.Reset(g.Len())
	s.states.Add(sp.StateID(e))
	for i := range s.states.All() {
		st, cell := sp.State(i), sp.Cell(i)
		s.cells.Visit(cell)
		out, split, two := bounce(g.AtIndex(cell), st.Dir)
		// A state off the map has id -1: that beam has left.
		if j := sp.StateID(walk.State{Pos: st.Pos.Add(out.Delta()), Dir: out}); j >= 0 {
			s.states.Add(j)
		}
		if two {
			if j := sp.StateID(walk.State{Pos: st.Pos.Add(split.Delta()), Dir: split}); j >= 0 {
				s.states.Add(j)
			}
		}
	}
	return s.cells.Len()
}

// beamsFlood returns the cells lit by the beam entering the top left cell
// heading right, and the most lit by any beam entering from an edge; opts
// go to the parallel call.
func beamsFlood(g grid.Grid[byte], opts ...parallel.Option) (first, best int) {
	sp := search.States(g)
	// Part 1's beam first, then every way in from an edge.
	entries := []walk.State{{Pos: grid.Pt(0, 0), Dir: grid.Right}}
	for p, d := range g.Entries() {
		entries = append(entries, walk.State{Pos: p, Dir: d})
	}
	counts := parallel.MapWith(entries, func() *scratch { return new(scratch) },
		func(s *scratch, e walk.State) int { return lit(g, sp, e, s) }, opts...)
	return counts[0], slices.Max(counts)
}

// TestBeamsFlood checks the flood against the reference on generated maps.
func TestBeamsFlood(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 23))
	for k := range 60 {
		lines := genMirrors(rng, 1+rng.IntN(24), 1+rng.IntN(24))
		first, best := beamsFlood(grid.MustParse(strings.Join(lines, "\n")))
		if got, want := [2]int{first, best}, refBeams(lines); got != want {
			t.Fatalf("input %d: beamsFlood = %v, want %v, on\n%s", k, got, want, strings.Join(lines, "\n"))
		}
	}
}
