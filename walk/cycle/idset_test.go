package cycle

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/internal/testkit/patrolref"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestIDSetMatchesSet drives an IDSet and a Set[int], the map-based
// oracle, with the same random operations, across resets and growth, from
// the zero value.
func TestIDSetMatchesSet(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	var v IDSet
	var s Set[int]
	limit := 0
	for round := range 3000 {
		if round == 0 || rng.IntN(3) == 0 {
			limit = 1 + rng.IntN(1+round%200)
			v.Reset(limit)
			s.Reset()
		}
		for range rng.IntN(30) {
			i := rng.IntN(limit)
			if got, want := v.Visit(i), s.Visit(i); got != want {
				t.Fatalf("round %d: Visit(%d) = %v, want %v", round, i, got, want)
			}
		}
		for i := -2; i < limit+3; i++ {
			if got, want := v.Has(i), s.Has(i); got != want {
				t.Fatalf("round %d: Has(%d) = %v, want %v", round, i, got, want)
			}
		}
		if v.Len() != s.Len() {
			t.Fatalf("round %d: Len() = %d, want %d", round, v.Len(), s.Len())
		}
		seq := make([]int, rng.IntN(20))
		for k := range seq {
			seq[k] = rng.IntN(limit)
		}
		if got, want := v.Loops(slices.Values(seq)), s.Loops(slices.Values(seq)); got != want {
			t.Fatalf("round %d: Loops(%v) = %v, want %v", round, seq, got, want)
		}
		if round%2 == 0 && v.Len() != s.Len() {
			t.Fatalf("round %d: Len() after Loops(%v) = %d, want %d", round, seq, v.Len(), s.Len())
		}
		// Visits after Loops, in odd rounds before Len has counted what
		// Loops left uncounted: the count must still come out right.
		for range rng.IntN(4) {
			i := rng.IntN(limit)
			if got, want := v.Visit(i), s.Visit(i); got != want {
				t.Fatalf("round %d: Visit(%d) after Loops = %v, want %v", round, i, got, want)
			}
		}
		if v.Len() != s.Len() {
			t.Fatalf("round %d: Len() after Loops and Visits = %d, want %d", round, v.Len(), s.Len())
		}
	}
}

// TestIDSetWraparound takes the generation to its last value and past
// it: the table is cleared, and nothing from before counts as visited.
func TestIDSetWraparound(t *testing.T) {
	var v IDSet
	v.Reset(6)
	v.Visit(5)
	v.gen = 1<<32 - 1
	v.stamp[3] = v.gen
	if !v.Has(3) || v.Has(5) {
		t.Fatalf("before wrapping: Has(3), Has(5) = %v, %v, want true, false", v.Has(3), v.Has(5))
	}
	v.Reset(6)
	for i := range 6 {
		if v.Has(i) {
			t.Fatalf("after wrapping, Has(%d) = true, want false", i)
		}
	}
	if v.Visit(3) || !v.Visit(3) {
		t.Fatal("after wrapping, Visit(3) twice did not give false then true")
	}
}

// TestIDSetLoopsPatrol checks IDSet.Loops over Space ids against Loops
// over states on Patrol walks over random maps, one IDSet for all.
func TestIDSetLoopsPatrol(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 6))
	var v IDSet
	for range 300 {
		m, _ := patrolref.RandCase(rng)
		g, blocked, _ := patrolref.Grid(m)
		sp, err := search.NewSpace(g, 8, 1)
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			start := patrolref.RandStart(rng, g.Rows(), g.Cols())
			r := patrolref.Rules[rng.IntN(len(patrolref.Rules))]
			seq := walk.Patrol(g, start, blocked, r.Opts...)
			want := Loops(seq)
			v.Reset(sp.Len())
			if got := v.Loops(sp.IDs(seq)); got != want {
				t.Fatalf("%s: IDSet.Loops(Patrol from %v) on\n%s= %v, Loops = %v", r.Name, start, g, got, want)
			}
			states, _ := patrolref.Collect(seq, -1)
			distinct := len(states)
			if want {
				distinct-- // the last state is the repeat
			}
			if v.Len() != distinct {
				t.Fatalf("%s: after IDSet.Loops(Patrol from %v), Len() = %d, want %d", r.Name, start, v.Len(), distinct)
			}
			for _, s := range states {
				if !v.Has(sp.StateID(s)) {
					t.Fatalf("%s: after IDSet.Loops(Patrol from %v), Has(%v) = false", r.Name, start, s)
				}
			}
		}
	}
}

func TestIDSetPanics(t *testing.T) {
	var v IDSet
	testkit.MustPanic(t, "zero IDSet.Visit(0)", "cycle: IDSet.Visit: id 0 outside [0, 0)", func() { v.Visit(0) })
	testkit.MustPanic(t, "Reset(-1)", "cycle: IDSet.Reset: size -1 outside [0, 2147483647]", func() { v.Reset(-1) })
	v.Reset(4)
	testkit.MustPanic(t, "Visit(-1)", "cycle: IDSet.Visit: id -1 outside [0, 4)", func() { v.Visit(-1) })
	testkit.MustPanic(t, "Visit(4)", "cycle: IDSet.Visit: id 4 outside [0, 4)", func() { v.Visit(4) })
	testkit.MustPanic(t, "Loops", "cycle: IDSet.Loops: id -3 ", func() { v.Loops(slices.Values([]int{1, -3})) })
}

// TestIDSetAllocs checks that an IDSet allocates nothing once its table
// covers the ids, on a Patrol loop check through Space.IDs.
func TestIDSetAllocs(t *testing.T) {
	m, start := patrolref.Spiral(40)
	g, err := grid.FromRows(m)
	if err != nil {
		t.Fatal(err)
	}
	sp := search.States(g)
	var v IDSet
	v.Reset(sp.Len())
	got := testing.AllocsPerRun(50, func() {
		if v.Loops(sp.IDs(walk.Patrol(g, start, func(p grid.Point) bool { return g.At(p) }))) {
			t.Fatal("the spiral walk loops")
		}
	})
	if got != 0 {
		t.Errorf("IDSet.Loops(sp.IDs(Patrol(…))): %v allocations per call, want 0", got)
	}
	got = testing.AllocsPerRun(50, func() {
		v.Reset(sp.Len())
		for i := range sp.Len() {
			v.Visit(i)
		}
	})
	if got != 0 {
		t.Errorf("IDSet.Visit over every id: %v allocations per run, want 0", got)
	}
}

// TestIDSetShrinkWrapGrow checks that ids that leave the range, across a
// wrap-around of the generation, do not come back as visited when the
// range grows again.
func TestIDSetShrinkWrapGrow(t *testing.T) {
	var v IDSet
	v.Reset(10)
	v.gen = 1<<32 - 2
	for i := range 10 {
		v.Visit(i)
	}
	v.Reset(5)        // generation 2^32-1
	v.Reset(5)        // wraps around to 1, clearing only the 5 ids in range
	v.gen = 1<<32 - 3 // one before the stamp the ids 5 to 9 still hold
	v.Reset(10)       // those stale stamps would now match: they must be cleared
	for i := range 10 {
		if v.Has(i) {
			t.Fatalf("after shrinking, wrapping and growing, Has(%d) = true, want false", i)
		}
	}
}
