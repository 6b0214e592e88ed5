package search_test

import (
	"iter"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/internal/testkit/patrolref"
	"github.com/gridsearch/gridsearch/walk/search"
)

// The iterator contract that the package docs promise (see
// testkit.Contract), checked for the iterators whose own tests do not
// already.

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
	g, err := grid.ParseString(patrolref.ContractMap)
	if err != nil {
		t.Fatal(err)
	}
	moves := contractMoves(g)
	start := grid.Pt(5, 5)
	sp := search.Cells(g)
	testkit.Contract(t, "BreadthFirst", contractSteps(search.BreadthFirst(start, moves)), 200)
	testkit.Contract(t, "BFS", contractSteps(viaBFS(nil, sp.Len(), sp.CellID, sp.Point, start, moves)), 200)

	costs := func(p grid.Point) iter.Seq2[grid.Point, int] {
		return func(yield func(grid.Point, int) bool) {
			for q := range moves(p) {
				if !yield(q, 1) {
					return
				}
			}
		}
	}
	paths := search.ShortestPaths([]grid.Point{start}, costs)
	testkit.Contract(t, "OnBest", paths.OnBest(grid.Pt(9, 9)), 200)
}

// TestSearchNextPanics checks that a panic in the next function of a search
// reaches the caller with its own value, and that the search can be run
// again afterwards.
func TestSearchNextPanics(t *testing.T) {
	g, err := grid.ParseString(patrolref.ContractMap)
	if err != nil {
		t.Fatal(err)
	}
	moves := contractMoves(g)
	calls := 0
	panicky := func(p grid.Point) iter.Seq[grid.Point] {
		if calls++; calls == 5 {
			panic(testkit.Boom{K: 5})
		}
		return moves(p)
	}
	sp := search.Cells(g)
	var b search.BFS
	searches := map[string]iter.Seq2[grid.Point, int]{
		"BreadthFirst": search.BreadthFirst(grid.Pt(5, 5), panicky),
		"BFS":          viaBFS(&b, sp.Len(), sp.CellID, sp.Point, grid.Pt(5, 5), panicky),
	}
	for name, seq := range searches {
		calls = 0
		r := func() (r any) {
			defer func() { r = recover() }()
			for range seq {
			}
			return nil
		}()
		if r != (testkit.Boom{K: 5}) {
			t.Errorf("%s with next panicking: recovered %v, want %v", name, r, testkit.Boom{K: 5})
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
