package patrol_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/patrol"
	"github.com/gridsearch/gridsearch/walk/search"
)

// routeIDs returns the state ids of r's cells, as Trail lists them.
func routeIDs(r *patrol.Route, g grid.Grid[bool]) []int32 {
	sp := search.States(g)
	var ids []int32
	for _, c := range r.Cells() {
		e := r.Entry(c)
		ids = append(ids, int32(sp.StateID(walk.State{Pos: r.Point(c), Dir: e.Dir})))
	}
	return ids
}

// TestRouteMatchesTrailAndLoops checks Route on generated maps against two
// plain references: its cells against Trail's (same cells, same order, same
// headings, and nil exactly when Trail reports a loop), and Loops on every
// cell against Jumps.Loops walking the whole way from the start, which
// TestJumpsLoopsMatchesPatrol checks against the per-cell patrol. A tenth of
// the maps are also checked against the per-cell patrol directly.
func TestRouteMatchesTrailAndLoops(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2024))
	maps, trials, loops := 0, 0, 0
	for i := range 8000 {
		rows, cols := 1+rng.IntN(40), 1+rng.IntN(40)
		g := randomMap(rng, rows, cols, 0.02+rng.Float64()*0.18)
		// Starts on an obstacle too: the guard may stand on one, as Patrol
		// and Trail allow.
		start := walk.State{Pos: grid.Pt(rng.IntN(rows), rng.IntN(cols)), Dir: grid.Dir(rng.IntN(4))}
		j := newJumps(i, g)
		r, ok := j.Route(start)
		want, wantOK := patrol.Trail(nil, g, start, true)
		if ok != wantOK || ok != (r != nil) {
			t.Fatalf("map %d: Route(%v) = %v, %v; Trail reports %v on\n%v", i, start, r != nil, ok, wantOK, g)
		}
		if !ok {
			continue
		}
		maps++
		if got := routeIDs(r, g); !slices.Equal(got, want) {
			t.Fatalf("map %d: Route(%v) cells\n%v, Trail lists\n%v on\n%v", i, start, got, want, g)
		}
		s, sp := j.NewScratch(), search.States(g)
		var v cycle.IDSet
		for _, c := range r.Cells() {
			p := r.Point(c)
			if r.Entry(c).Ahead() != p {
				t.Fatalf("map %d: Entry(%v) = %v does not face it", i, p, r.Entry(c))
			}
			got := r.Loops(c, s)
			if want := j.Loops(start, p, s); got != want {
				t.Fatalf("map %d from %v: Route.Loops(%v) = %v, Jumps.Loops from the start = %v on\n%v", i, start, p, got, want, g)
			}
			if i%10 == 0 {
				v.Reset(sp.Len())
				if want := v.Loops(sp.IDs(walk.Patrol(g, start, withExtra(g, p)))); got != want {
					t.Fatalf("map %d from %v: Route.Loops(%v) = %v, the per-cell patrol says %v on\n%v", i, start, p, got, want, g)
				}
			}
			trials++
			if got {
				loops++
			}
		}
	}
	// The generator must reach both answers often, or the test says little.
	t.Logf("%d maps, %d trials, %d loops", maps, trials, loops)
	if maps < 5000 || loops < trials/20 || loops > trials/2 {
		t.Fatalf("generator: %d maps, %d trials, %d loops; want a spread", maps, trials, loops)
	}
}

func TestRouteEdges(t *testing.T) {
	g, _ := grid.ParseString("..#\n...\n#..\n")
	j := patrol.NewJumps(g, '#')
	if r, ok := j.Route(walk.State{Pos: grid.Pt(5, 5), Dir: grid.Up}); !ok || len(r.Cells()) != 0 {
		t.Errorf("Route from outside the grid = %v cells, %v; want none, true", len(r.Cells()), ok)
	}
	var empty grid.Grid[byte]
	if r, ok := patrol.NewJumps(empty, '#').Route(walk.State{Dir: grid.Right}); !ok || len(r.Cells()) != 0 {
		t.Errorf("Route on an empty grid = %v cells, %v; want none, true", len(r.Cells()), ok)
	}
	// Up from (1,1) the guard turns at (0,1), (1,3), (3,2) and (2,0), and
	// is back where it began.
	ring, _ := grid.ParseString(".#..\n...#\n#...\n..#.\n")
	if r, ok := patrol.NewJumps(ring, '#').Route(walk.State{Pos: grid.Pt(1, 1), Dir: grid.Up}); ok || r != nil {
		t.Errorf("Route round a ring = %v, %v; want nil, false", r, ok)
	}
	defer func() {
		if recover() == nil {
			t.Error("Route with a diagonal heading did not panic")
		}
	}()
	j.Route(walk.State{Pos: grid.Pt(1, 1), Dir: grid.UpRight})
}

func TestRouteLoopsAllocatesNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	var (
		j *patrol.Jumps
		r *patrol.Route
	)
	for r == nil || len(r.Cells()) < 100 { // a map whose route is long enough to say something
		g := randomMap(rng, 60, 60, 0.05)
		j = patrol.NewJumps(g, true)
		start := walk.State{Pos: grid.Pt(rng.IntN(60), rng.IntN(60)), Dir: grid.Up}
		if r, _ = j.Route(start); g.At(start.Pos) {
			r = nil
		}
	}
	s, cells := j.NewScratch(), r.Cells()
	if n := testing.AllocsPerRun(100, func() {
		for _, c := range cells {
			r.Loops(c, s)
		}
	}); n != 0 {
		t.Errorf("Route.Loops allocates %v times per sweep, want 0", n)
	}
}
