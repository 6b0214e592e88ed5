package search_test

import (
	"iter"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// turnMoves returns the moves of a walker on g, forward (a step ahead onto
// an open cell, a quarter turn either way) or backward (the same moves
// undone), for ShortestPaths.
func turnMoves(g grid.Grid[byte], step, turn int, backward bool) func(walk.State) iter.Seq2[walk.State, int] {
	open := func(p grid.Point) bool { v, ok := g.Get(p); return ok && v != '#' }
	return func(s walk.State) iter.Seq2[walk.State, int] {
		return func(yield func(walk.State, int) bool) {
			if !backward && open(s.Ahead()) {
				if !yield(s.Step(), step) {
					return
				}
			}
			if _, in := g.Get(s.Pos.Sub(s.Dir.Delta())); backward && in && open(s.Pos) {
				if !yield(walk.State{Pos: s.Pos.Sub(s.Dir.Delta()), Dir: s.Dir}, step) {
					return
				}
			}
			if yield(s.TurnLeft(), turn) {
				yield(s.TurnRight(), turn)
			}
		}
	}
}

// TestTurnCostsAgainstReference checks Run's costs and RunTo's goal cost
// against ShortestPaths over the same moves, and OnBest's cells against
// the cells of the states whose cost from a start plus cost to the goal
// (a search of the moves undone, from the goal's four states) is the
// goal's cost, on random maps with random costs and starts.
func TestTurnCostsAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 24))
	for n := range 600 {
		rows, cols := 1+rng.IntN(10), 1+rng.IntN(10)
		if n%40 == 0 { // long enough queues to drop what has come out
			rows, cols = 30+rng.IntN(20), 30+rng.IntN(20)
		}
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return ".#"[min(1, rng.IntN(4))^1] })
		step, turn := rng.IntN(6), rng.IntN(6)
		if n%3 == 0 {
			step, turn = 1, 1000
		}
		tc, err := search.NewTurnCosts(g, func(v byte) bool { return v != '#' }, step, turn)
		if err != nil {
			t.Fatal(err)
		}
		open := openCells(g)
		if len(open) == 0 {
			continue
		}
		var starts []walk.State
		for range 1 + rng.IntN(2) {
			starts = append(starts, walk.State{Pos: open[rng.IntN(len(open))], Dir: grid.Dir(rng.IntN(4))})
		}
		goal := grid.Pt(rng.IntN(rows), rng.IntN(cols))
		ref := search.ShortestPaths(starts, turnMoves(g, step, turn, false))

		if err := tc.Run(starts...); err != nil {
			t.Fatal(err)
		}
		best := -1
		for p := range g.Points() {
			for d := range grid.Dir(4) {
				s := walk.State{Pos: p, Dir: d}
				got, ok := tc.Cost(s)
				want, wok := ref.Cost(s)
				if ok != wok || got != want {
					t.Fatalf("map %d %q, step %d turn %d, from %v: Run's cost of %v is %d %v, reference %d %v",
						n, g, step, turn, starts, s, got, ok, want, wok)
				}
				if p == goal && wok && (best < 0 || want < best) {
					best = want
				}
			}
		}

		cost, ok, err := tc.RunTo(goal, starts...)
		if err != nil || ok != (best >= 0) || ok && cost != best {
			t.Fatalf("map %d %q, step %d turn %d, from %v: RunTo(%v) = %d %v %v, reference %d",
				n, g, step, turn, starts, goal, cost, ok, err, best)
		}
		var on []grid.Point
		for p := range tc.OnBest(goal) {
			on = append(on, p)
		}
		var want []grid.Point
		if ok {
			var ends []walk.State
			for d := range grid.Dir(4) {
				ends = append(ends, walk.State{Pos: goal, Dir: d})
			}
			rev := search.ShortestPaths(ends, turnMoves(g, step, turn, true))
			for p := range g.Points() {
				for d := range grid.Dir(4) {
					s := walk.State{Pos: p, Dir: d}
					f, fok := ref.Cost(s)
					b, bok := rev.Cost(s)
					if fok && bok && f+b == best {
						want = append(want, p)
						break
					}
				}
			}
		}
		if len(on) != len(want) || ok && on[0] != goal {
			t.Fatalf("map %d\n%s\nstep %d turn %d, from %v to %v: OnBest gives %v, reference %v",
				n, g, step, turn, starts, goal, on, want)
		}
		seen := map[grid.Point]bool{}
		for _, p := range on {
			seen[p] = true
		}
		for _, p := range want {
			if !seen[p] {
				t.Fatalf("map %d\n%s\nstep %d turn %d, from %v to %v: OnBest gives %v, reference %v",
					n, g, step, turn, starts, goal, on, want)
			}
		}
	}
}

// TestTurnCostsErrors checks the errors and the misuse panic, each naming
// its fault.
func TestTurnCostsErrors(t *testing.T) {
	g := grid.MustParse("..\n.#")
	open := func(v byte) bool { return v != '#' }
	if _, err := search.NewTurnCosts(g, open, -1, 5); err == nil || !strings.Contains(err.Error(), "step cost -1") {
		t.Errorf("NewTurnCosts with a negative step: %v", err)
	}
	if _, err := search.NewTurnCosts(g, open, 1, 1<<21); err == nil || !strings.Contains(err.Error(), "turn cost 2097152") {
		t.Errorf("NewTurnCosts with a turn past 2^20: %v", err)
	}
	tc, err := search.NewTurnCosts(g, open, 1, 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		err  error
		want string
	}{
		{tc.Run(walk.State{Pos: grid.Pt(0, 0)}, walk.State{Pos: grid.Pt(2, 0)}), "search: TurnCosts.Run: start 1 at (2,0) lies outside the 2x2 grid"},
		{tc.Run(walk.State{Pos: grid.Pt(0, 0), Dir: grid.UpLeft}), "search: TurnCosts.Run: start 0 at (0,0) has heading UpLeft, not a cardinal one"},
		{tc.Run(walk.State{Pos: grid.Pt(1, 1)}), "search: TurnCosts.Run: start 0 at (1,1) lies on a closed cell"},
		{func() error { _, _, err := tc.RunTo(grid.Pt(0, 5), walk.State{}); return err }(), "search: TurnCosts.RunTo: goal (0,5) lies outside the 2x2 grid"},
	} {
		if tt.err == nil || tt.err.Error() != tt.want {
			t.Errorf("error %v, want %q", tt.err, tt.want)
		}
	}
	if c, ok, err := tc.RunTo(grid.Pt(1, 1), walk.State{Pos: grid.Pt(0, 0), Dir: grid.Right}); err != nil || ok || c != 0 {
		t.Errorf("RunTo a wall: %d %v %v, want 0 false nil", c, ok, err)
	}
	if _, _, err := tc.RunTo(grid.Pt(1, 0), walk.State{Pos: grid.Pt(0, 0), Dir: grid.Right}); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(error).Error(), "search: TurnCosts.OnBest: goal (0,1)") {
			t.Errorf("OnBest for another goal than RunTo's: panic %v", r)
		}
	}()
	for range tc.OnBest(grid.Pt(0, 1)) {
	}
}

// TestTurnCostsOverflow checks that a search whose costs would pass what
// an int32 holds stops with an error rather than wrapping round.
func TestTurnCostsOverflow(t *testing.T) {
	g := grid.MustParse(strings.Repeat(".", 2100))
	tc, err := search.NewTurnCosts(g, func(v byte) bool { return v != '#' }, 1<<20, 0)
	if err != nil {
		t.Fatal(err)
	}
	err = tc.Run(walk.State{Pos: grid.Pt(0, 0), Dir: grid.Right})
	if err == nil || !strings.Contains(err.Error(), "search: TurnCosts.Run: a cost reaches") {
		t.Fatalf("Run along 2,100 cells at 2^20 a step: %v", err)
	}
	if c, ok := tc.Cost(walk.State{Pos: grid.Pt(0, 2046), Dir: grid.Right}); !ok || c != 2046<<20 {
		t.Fatalf("cost of cell 2046, the last below the limit, after the error: %d %v, want %d", c, ok, 2046<<20)
	}
	if _, _, err := tc.RunTo(grid.Pt(0, 2099), walk.State{Pos: grid.Pt(0, 0), Dir: grid.Right}); err == nil ||
		!strings.Contains(err.Error(), "search: TurnCosts.RunTo: a cost reaches") {
		t.Fatalf("RunTo along 2,100 cells at 2^20 a step: %v", err)
	}
}

// TestTurnCostsEdges checks the empty grid, a Run after a RunTo (whose OnBest
// then takes any goal), and a goal that is the start.
func TestTurnCostsEdges(t *testing.T) {
	open := func(v byte) bool { return v != '#' }
	for _, g := range []grid.Grid[byte]{{}} { // the zero grid, 0x0
		tc, err := search.NewTurnCosts(g, open, 1, 1000)
		if err != nil {
			t.Fatalf("NewTurnCosts on a %dx%d grid: %v", g.Rows(), g.Cols(), err)
		}
		if err := tc.Run(); err != nil {
			t.Fatalf("Run with no starts on a %dx%d grid: %v", g.Rows(), g.Cols(), err)
		}
		if _, _, err := tc.RunTo(grid.Pt(0, 0)); err == nil {
			t.Fatalf("RunTo (0,0) on a %dx%d grid: no error", g.Rows(), g.Cols())
		}
	}
	g := grid.MustParse("...\n.#.\n...")
	tc, err := search.NewTurnCosts(g, open, 1, 1000)
	if err != nil {
		t.Fatal(err)
	}
	start := walk.State{Pos: grid.Pt(0, 0), Dir: grid.Right}
	if c, ok, err := tc.RunTo(grid.Pt(0, 0), start); err != nil || !ok || c != 0 {
		t.Fatalf("RunTo the start: %d %v %v, want 0 true nil", c, ok, err)
	}
	if _, _, err := tc.RunTo(grid.Pt(2, 2), start); err != nil {
		t.Fatal(err)
	}
	if err := tc.Run(start); err != nil {
		t.Fatal(err)
	}
	n := 0
	for range tc.OnBest(grid.Pt(2, 0)) { // another goal than RunTo's: Run's costs are all exact
		n++
	}
	if n != 3 {
		t.Fatalf("OnBest((2,0)) after Run: %d cells, want 3", n)
	}
}

// FuzzTurnCosts checks RunTo's cost and OnBest's cells on a map made from
// the fuzzer's bytes against ShortestPaths, forward from the start and
// backward from the goal.
func FuzzTurnCosts(f *testing.F) {
	f.Add([]byte("..#..#...."), uint8(4), uint8(1), uint8(9), uint8(3))
	f.Add([]byte("#.........#.#.#...#..."), uint8(5), uint8(2), uint8(0), uint8(1))
	f.Fuzz(func(t *testing.T, cells []byte, cols, step, turn, dir uint8) {
		if cols == 0 || len(cells) < int(cols) || len(cells) > 400 {
			return
		}
		rows := len(cells) / int(cols)
		g := grid.FromFunc(rows, int(cols), func(p grid.Point) byte { return ".#"[cells[p.Row*int(cols)+p.Col]&1] })
		start, goal := grid.Pt(0, 0), grid.Pt(rows-1, int(cols)-1)
		if g.At(start) == '#' {
			return
		}
		s := walk.State{Pos: start, Dir: grid.Dir(dir % 4)}
		tc, err := search.NewTurnCosts(g, func(v byte) bool { return v != '#' }, int(step), int(turn))
		if err != nil {
			t.Fatal(err)
		}
		cost, ok, err := tc.RunTo(goal, s)
		if err != nil {
			t.Fatal(err)
		}
		ref := search.ShortestPaths([]walk.State{s}, turnMoves(g, int(step), int(turn), false))
		best := -1
		for d := range grid.Dir(4) {
			if c, ok := ref.Cost(walk.State{Pos: goal, Dir: d}); ok && (best < 0 || c < best) {
				best = c
			}
		}
		if ok != (best >= 0) || ok && cost != best {
			t.Fatalf("%q: RunTo = %d %v, reference %d", g, cost, ok, best)
		}
		if !ok {
			return
		}
		var ends []walk.State
		for d := range grid.Dir(4) {
			ends = append(ends, walk.State{Pos: goal, Dir: d})
		}
		rev := search.ShortestPaths(ends, turnMoves(g, int(step), int(turn), true))
		want := map[grid.Point]bool{}
		for p := range g.Points() {
			for d := range grid.Dir(4) {
				f, fok := ref.Cost(walk.State{Pos: p, Dir: d})
				b, bok := rev.Cost(walk.State{Pos: p, Dir: d})
				if fok && bok && f+b == best {
					want[p] = true
				}
			}
		}
		n := 0
		for p := range tc.OnBest(goal) {
			n++
			if !want[p] {
				t.Fatalf("%q: OnBest gives %v, not on a cheapest walk", g, p)
			}
		}
		if n != len(want) {
			t.Fatalf("%q: OnBest gives %d cells, reference %d", g, n, len(want))
		}
	})
}

// openCells returns the cells of g that are not '#', row by row.
func openCells(g grid.Grid[byte]) []grid.Point {
	var open []grid.Point
	for p, v := range g.All() {
		if v != '#' {
			open = append(open, p)
		}
	}
	return open
}
