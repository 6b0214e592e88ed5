package walk_test

import (
	"fmt"
	"iter"
	"slices"
	"sync"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
)

// The iterator contract that the package doc promises, checked for the
// iterators whose own tests do not already (Patrol's are in patrol_test.go):
// a break stops the iterator at once, a panic in the loop body reaches the
// caller unchanged, and one sequence ranged again, in turn or from several
// goroutines at once, gives the same values.

// contractPrefix returns the first n values of seq, or all of them if there
// are fewer, leaving the loop with a break.
func contractPrefix[V any](seq iter.Seq[V], n int) []V {
	var out []V
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

// contractBoom is the panic value of the loop bodies here.
type contractBoom struct{ k int }

// checkContract checks the contract on seq, over its first n values (all of
// them if it is shorter), which must be at least two.
func checkContract[V comparable](t *testing.T, name string, seq iter.Seq[V], n int) {
	t.Helper()
	first := contractPrefix(seq, n)
	if len(first) < 2 {
		t.Fatalf("%s yielded %d values, want at least 2 for this test", name, len(first))
	}
	if again := contractPrefix(seq, n); !slices.Equal(again, first) {
		t.Errorf("%s ranged again = %v, want %v", name, again, first)
	}
	for k := 1; k <= len(first); k++ {
		// yield returning false at call k: called exactly k times.
		calls := 0
		seq(func(V) bool { calls++; return calls < k })
		if calls != k {
			t.Errorf("%s with yield false at call %d: yield called %d times", name, k, calls)
		}
		// A range loop breaking at k; the runtime panics if seq goes on.
		got := contractPrefix(seq, k)
		if !slices.Equal(got, first[:k]) {
			t.Errorf("%s broken off after %d values = %v, want %v", name, k, got, first[:k])
		}
	}
	for _, k := range []int{1, len(first)} {
		r := func() (r any) {
			defer func() { r = recover() }()
			i := 0
			for range seq {
				if i++; i == k {
					panic(contractBoom{k})
				}
			}
			return nil
		}()
		if r != (contractBoom{k}) {
			t.Errorf("%s with a panic in the loop body at value %d: recovered %v, want %v", name, k, r, contractBoom{k})
		}
	}
	if after := contractPrefix(seq, n); !slices.Equal(after, first) {
		t.Errorf("%s after a panic in the loop body = %v, want %v", name, after, first)
	}
	var wg sync.WaitGroup
	got := make([][]V, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = contractPrefix(seq, n)
		}()
	}
	wg.Wait()
	for i, vs := range got {
		if !slices.Equal(vs, first) {
			t.Errorf("%s ranged on goroutine %d = %v, want %v", name, i, vs, first)
		}
	}
}

func TestRayContract(t *testing.T) {
	g := grid.New(6, 9, '.')
	for _, c := range []struct {
		from grid.Point
		d    grid.Dir
	}{
		{grid.Pt(5, 0), grid.Up},
		{grid.Pt(0, 0), grid.Right},
		{grid.Pt(2, 3), grid.DownLeft},
		{grid.Pt(-1, -1), grid.DownRight}, // from outside, into the grid
	} {
		checkContract(t, fmt.Sprintf("Ray(%v, %v)", c.from, c.d), walk.Ray(g, c.from, c.d), 100)
	}
}

// contractMap is a map where the guard, started at different places, walks
// off the map or loops, so that Turns gives finite and infinite sequences.
const contractMap = "" +
	".#........\n" +
	".........#\n" +
	"..........\n" +
	"#.........\n" +
	"........#.\n" +
	"..........\n" +
	".........#\n" +
	".....#....\n" +
	"..........\n" +
	"..#.......\n"

func TestJumpsTurnsContract(t *testing.T) {
	g, err := grid.ParseString(contractMap)
	if err != nil {
		t.Fatal(err)
	}
	j := walk.NewJumps(g, '#')
	loops, ends := 0, 0
	for _, c := range []struct {
		start walk.State
		extra grid.Point
	}{
		{walk.State{Pos: grid.Pt(2, 1), Dir: grid.Up}, grid.Pt(-1, -1)},   // loops
		{walk.State{Pos: grid.Pt(6, 1), Dir: grid.Up}, grid.Pt(-1, -1)},   // joins the loop
		{walk.State{Pos: grid.Pt(2, 1), Dir: grid.Up}, grid.Pt(1, 5)},     // leaves
		{walk.State{Pos: grid.Pt(1, 6), Dir: grid.Right}, grid.Pt(1, 5)},  // leaves
		{walk.State{Pos: grid.Pt(3, 1), Dir: grid.Left}, grid.Pt(-1, -1)}, // start in front of an obstacle
	} {
		seq := j.Turns(c.start, c.extra)
		name := fmt.Sprintf("Turns(%v, extra %v)", c.start, c.extra)
		if len(contractPrefix(seq, 1000)) == 1000 {
			loops++
		} else {
			ends++
		}
		checkContract(t, name, seq, 40)
	}
	if loops == 0 || ends == 0 {
		t.Errorf("%d cases loop and %d end; want both kinds", loops, ends)
	}
}

// contractStep is one value of a breadth-first search, so that BFS can be
// checked like an iter.Seq.
type contractStep struct {
	p    grid.Point
	dist int
}

// contractSteps adapts seq to an iter.Seq, passing yield's result straight
// back so that an iterator that ignores it is still caught.
func contractSteps(seq iter.Seq2[grid.Point, int]) iter.Seq[contractStep] {
	return func(yield func(contractStep) bool) {
		seq(func(p grid.Point, d int) bool { return yield(contractStep{p, d}) })
	}
}

// contractMoves returns the moves of a walker on the free cells of g, one
// step in a cardinal heading, for the searches.
func contractMoves(g grid.Grid[byte]) func(grid.Point) iter.Seq[grid.Point] {
	return func(p grid.Point) iter.Seq[grid.Point] {
		return func(yield func(grid.Point) bool) {
			for q := range g.Neighbors4(p) {
				if g.At(q) != '#' && !yield(q) {
					return
				}
			}
		}
	}
}

func TestSearchContract(t *testing.T) {
	g, err := grid.ParseString(contractMap)
	if err != nil {
		t.Fatal(err)
	}
	moves := contractMoves(g)
	start := grid.Pt(5, 5)
	sp := walk.Cells(g)
	checkContract(t, "Reach", contractSteps(walk.Reach(start, moves)), 200)
	checkContract(t, "BFS", contractSteps(viaBFS(nil, sp.Len(), sp.Cell, sp.Point, start, moves)), 200)

	costs := func(p grid.Point) iter.Seq2[grid.Point, int] {
		return func(yield func(grid.Point, int) bool) {
			for q := range moves(p) {
				if !yield(q, 1) {
					return
				}
			}
		}
	}
	paths := walk.ShortestPaths([]grid.Point{start}, costs)
	checkContract(t, "OnBest", paths.OnBest(grid.Pt(9, 9)), 200)
}

// TestSearchNextPanics checks that a panic in the next function of a search
// reaches the caller with its own value, and that the search can be run
// again afterwards.
func TestSearchNextPanics(t *testing.T) {
	g, err := grid.ParseString(contractMap)
	if err != nil {
		t.Fatal(err)
	}
	moves := contractMoves(g)
	calls := 0
	panicky := func(p grid.Point) iter.Seq[grid.Point] {
		if calls++; calls == 5 {
			panic(contractBoom{5})
		}
		return moves(p)
	}
	sp := walk.Cells(g)
	var b walk.BFS
	searches := map[string]iter.Seq2[grid.Point, int]{
		"Reach": walk.Reach(grid.Pt(5, 5), panicky),
		"BFS":   viaBFS(&b, sp.Len(), sp.Cell, sp.Point, grid.Pt(5, 5), panicky),
	}
	for name, seq := range searches {
		calls = 0
		r := func() (r any) {
			defer func() { r = recover() }()
			for range seq {
			}
			return nil
		}()
		if r != (contractBoom{5}) {
			t.Errorf("%s with next panicking: recovered %v, want %v", name, r, contractBoom{5})
		}
		calls = 100 // no more panics
		n := 0
		for range seq {
			n++
		}
		if free := g.Len() - grid.Count(g, '#'); n != free {
			t.Errorf("%s after a panic reached %d cells, want all %d free ones", name, n, free)
		}
	}
}
