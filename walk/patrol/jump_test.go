package patrol_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/patrol"
	"github.com/gridsearch/gridsearch/walk/search"
)

// randomMap returns a rows×cols grid with each cell blocked with probability
// density.
func randomMap(rng *rand.Rand, rows, cols int, density float64) grid.Grid[bool] {
	g, err := grid.FromRows(testkit.Bools(rng, rows, cols, density))
	if err != nil {
		panic(err)
	}
	return g
}

// withExtra returns the blocked predicate of g with extra blocked too.
func withExtra(g grid.Grid[bool], extra grid.Point) func(grid.Point) bool {
	return func(p grid.Point) bool { return p == extra || g.At(p) }
}

// patrolTurns returns the turn states of the per-cell patrol, at most n of
// them: each state whose successor stands on the same cell.
func patrolTurns(g grid.Grid[bool], start walk.State, extra grid.Point, n int) []walk.State {
	var out []walk.State
	prev, started := walk.State{}, false
	for s := range walk.Patrol(g, start, withExtra(g, extra)) {
		if started && s.Pos == prev.Pos {
			if out = append(out, prev); len(out) == n {
				break
			}
		}
		prev, started = s, true
	}
	return out
}

// jumpCase is one generated trial: a map, a start and an extra obstacle.
type jumpCase struct {
	g     grid.Grid[bool]
	start walk.State
	extra grid.Point
}

// jumpCases generates trials on maps from 1x1 to 40x40 with densities up to
// 45%. Half the extra obstacles are put on cells the unobstructed walk
// passes, a quarter of those on the last cell of a straight run (the cell a
// jump ends on), and some outside the grid or on the start.
func jumpCases(n int) []jumpCase {
	rng := rand.New(rand.NewPCG(6, 2024))
	var out []jumpCase
	for len(out) < n {
		rows, cols := 1+rng.IntN(40), 1+rng.IntN(40)
		g := randomMap(rng, rows, cols, rng.Float64()*0.45)
		start := walk.State{Pos: grid.Pt(rng.IntN(rows), rng.IntN(cols)), Dir: grid.Dir(rng.IntN(4))}
		var path []walk.State
		for s := range walk.Patrol(g, start, g.At) {
			if path = append(path, s); len(path) > 4*rows*cols+4 {
				break
			}
		}
		var extra grid.Point
		switch k := rng.IntN(8); {
		case k < 3 && len(path) > 1:
			extra = path[1+rng.IntN(len(path)-1)].Pos
		case k == 3:
			// The end of a straight run: a cell whose successor turns.
			var ends []grid.Point
			for i := 1; i+1 < len(path); i++ {
				if path[i+1].Pos == path[i].Pos {
					ends = append(ends, path[i].Pos)
				}
			}
			if len(ends) > 0 {
				extra = ends[rng.IntN(len(ends))]
			}
		case k == 4:
			extra = grid.Pt(-1, rng.IntN(cols))
		case k == 5:
			extra = start.Pos
		default:
			extra = grid.Pt(rng.IntN(rows), rng.IntN(cols))
		}
		out = append(out, jumpCase{g, start, extra})
	}
	return out
}

// newJumps makes g's tables with NewJumps for even i and NewJumpsFunc for
// odd i, so that the tests check both constructors.
func newJumps(i int, g grid.Grid[bool]) *patrol.Jumps {
	if i%2 == 0 {
		return patrol.NewJumps(g, true)
	}
	return patrol.NewJumpsFunc(g, g.At)
}

func TestJumpsLoopsMatchesPatrol(t *testing.T) {
	loops, cases := 0, jumpCases(3000)
	for i, c := range cases {
		j := newJumps(i, c.g)
		var v cycle.IDSet
		sp := search.States(c.g)
		v.Reset(sp.Len())
		want := v.Loops(sp.IDs(walk.Patrol(c.g, c.start, withExtra(c.g, c.extra))))
		if got := j.Loops(c.start, c.extra, j.NewScratch()); got != want {
			t.Fatalf("case %d: Loops(%v, extra %v) = %v, want %v on\n%v", i, c.start, c.extra, got, want, c.g)
		}
		if want {
			loops++
		}
	}
	// The generator must exercise both outcomes in earnest.
	if loops < len(cases)/10 || loops > len(cases)*9/10 {
		t.Errorf("%d of %d cases loop; the generated cases are too one-sided", loops, len(cases))
	}
}

func TestJumpsTurnsMatchPatrol(t *testing.T) {
	for i, c := range jumpCases(1000) {
		j := newJumps(i, c.g)
		want := patrolTurns(c.g, c.start, c.extra, 50)
		got := slices.Collect(func(yield func(walk.State) bool) {
			n := 0
			for s := range j.Turns(c.start, c.extra) {
				if n++; n > 50 || !yield(s) {
					return
				}
			}
		})
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: Turns(%v, extra %v) = %v, want %v on\n%v", i, c.start, c.extra, got, want, c.g)
		}
	}
}

func TestJumpsScratchReuse(t *testing.T) {
	// One scratch across many trials on one map must give the answers that a
	// fresh scratch gives: stale stamps must never leak between trials.
	rng := rand.New(rand.NewPCG(1, 1))
	g := randomMap(rng, 30, 30, 0.15)
	j := patrol.NewJumps(g, true)
	s := j.NewScratch()
	for range 70_000 { // more than one wrap of the 16-bit generation
		start := walk.State{Pos: grid.Pt(rng.IntN(30), rng.IntN(30)), Dir: grid.Dir(rng.IntN(4))}
		extra := grid.Pt(rng.IntN(30), rng.IntN(30))
		if got, want := j.Loops(start, extra, s), j.Loops(start, extra, j.NewScratch()); got != want {
			t.Fatalf("Loops(%v, extra %v) with reused scratch = %v, want %v", start, extra, got, want)
		}
	}
}

func TestJumpsLoopsAllocatesNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	g := randomMap(rng, 50, 50, 0.1)
	j := patrol.NewJumps(g, true)
	s := j.NewScratch()
	start := walk.State{Pos: grid.Pt(25, 25), Dir: grid.Up}
	if n := testing.AllocsPerRun(100, func() { j.Loops(start, grid.Pt(10, 25), s) }); n != 0 {
		t.Errorf("Loops allocates %v times per call, want 0", n)
	}
}

func TestJumpsOutsideStart(t *testing.T) {
	g := grid.New(3, 3, false)
	j := patrol.NewJumps(g, true)
	if j.Loops(walk.State{Pos: grid.Pt(5, 5)}, grid.Pt(0, 0), j.NewScratch()) {
		t.Error("Loops from outside the grid = true, want false")
	}
	for range j.Turns(walk.State{Pos: grid.Pt(-1, 0)}, grid.Pt(0, 0)) {
		t.Fatal("Turns from outside the grid yielded a state")
	}
}

// BenchmarkNewJumps builds the jump tables of a 130×130 map with 5% of its
// cells blocked (some 850 obstacles, like the real maps of the puzzle), from
// a Grid[byte] through NewJumps and its byte fast path, and from a
// Grid[bool] through NewJumpsFunc.
func BenchmarkNewJumps(b *testing.B) {
	g := randomMap(rand.New(rand.NewPCG(3, 4)), 130, 130, 0.05)
	bytes := grid.Convert(g, func(_ grid.Point, wall bool) byte {
		if wall {
			return '#'
		}
		return '.'
	})
	b.Run("NewJumps_byte", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			patrol.NewJumps(bytes, '#')
		}
	})
	b.Run("NewJumpsFunc_bool", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			patrol.NewJumpsFunc(g, func(p grid.Point) bool { return g.At(p) })
		}
	})
}
