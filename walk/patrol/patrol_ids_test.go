package patrol_test

import (
	"iter"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// firstIDs returns the first n ids of seq, or all of them if it ends
// sooner.
func firstIDs(seq iter.Seq[int], n int) []int {
	var out []int
	for id := range seq {
		if out = append(out, id); len(out) == n {
			break
		}
	}
	return out
}

// TestSpacePatrolMatchesIDs checks Space.Patrol against the plain
// composition sp.IDs(Patrol(...)) on generated maps: cardinal starts in
// States(g), diagonal starts in spaces of 8 headings, with and without an
// extra field, starts on obstacles and outside the grid; the ids must be
// the same, state by state, for as long as a loop can take, and an IDSet
// must find the same answer over both.
func TestSpacePatrolMatchesIDs(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 6))
	var v cycle.IDSet
	loops := 0
	for i := range 1500 {
		rows, cols := 1+rng.IntN(25), 1+rng.IntN(25)
		g := randomMap(rng, rows, cols, rng.Float64()*0.5)
		start := walk.State{Pos: grid.Pt(rng.IntN(rows+2)-1, rng.IntN(cols+2)-1), Dir: grid.Dir(rng.IntN(8))}
		sp := search.States(g)
		if start.Dir >= 4 || i%3 == 0 {
			var err error
			if sp, err = search.NewSpace(g, 8, 1+i%3); err != nil {
				t.Fatal(err)
			}
		}
		n := 8*rows*cols + 2 // more states than the walk has, so a loop shows
		got, want := firstIDs(sp.Patrol(start, g.At), n), firstIDs(sp.IDs(walk.Patrol(g, start, g.At)), n)
		if len(got) != len(want) {
			t.Fatalf("map %d from %v: Space.Patrol gave %d ids, sp.IDs(Patrol) %d on\n%v", i, start, len(got), len(want), g)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("map %d from %v: id %d is %d, want %d on\n%v", i, start, k, got[k], want[k], g)
			}
		}
		v.Reset(sp.Len())
		l := v.Loops(sp.Patrol(start, g.At))
		v.Reset(sp.Len())
		if w := v.Loops(sp.IDs(walk.Patrol(g, start, g.At))); l != w {
			t.Fatalf("map %d from %v: IDSet.Loops over Space.Patrol = %v, over IDs = %v", i, start, l, w)
		}
		if l {
			loops++
		}
	}
	if loops < 100 || loops > 1400 { // dense maps box some walks in
		t.Fatalf("generator: %d of 1500 walks loop; want a spread", loops)
	}
}

func TestSpacePatrolPanics(t *testing.T) {
	g := grid.New(3, 3, false)
	testkit.MustPanic(t, "Space.Patrol(Dir(9))", "search: Space.Patrol: invalid heading Dir(9)", func() {
		search.States(g).Patrol(walk.State{Dir: 9}, g.At)
	})
	testkit.MustPanic(t, "Cells(g).Patrol", "search: Space.Patrol: heading Up needs a space of 4 headings, this one has 1", func() {
		search.Cells(g).Patrol(walk.State{Dir: grid.Up}, g.At)
	})
	testkit.MustPanic(t, "States(g).Patrol from a diagonal", "search: Space.Patrol: heading UpRight needs a space of 8 headings, this one has 4", func() {
		search.States(g).Patrol(walk.State{Dir: grid.UpRight}, g.At)
	})
}

func TestSpacePatrolAllocs(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	g := randomMap(rng, 60, 60, 0.05)
	sp := search.States(g)
	var v cycle.IDSet
	v.Reset(sp.Len())
	start := walk.State{Pos: grid.Pt(30, 30), Dir: grid.Up}
	if n := testing.AllocsPerRun(50, func() {
		v.Loops(sp.Patrol(start, func(p grid.Point) bool { return g.At(p) }))
	}); n != 0 {
		t.Errorf("IDSet.Loops(sp.Patrol(…)) allocates %v times per call, want 0", n)
	}
}
