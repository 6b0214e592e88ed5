package search_test

import (
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestZeroValues calls every method of the zero value of each exported
// type of the package, and fails on any panic that is a runtime error
// rather than a message naming the type (see testkit.ZeroValues).
func TestZeroValues(t *testing.T) {
	testkit.ZeroValues(t, &search.BFS{}, &search.Dijkstra{}, &search.Flood{}, &search.Frontier{},
		&search.Marks{}, &search.Paths[int]{}, &search.Space{}, &search.Closure{}, &search.DisjointSet{}, &search.Distances{})
}
