package search_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// TestDisjointSetAgainstReference merges random pairs of ids on 500
// sets, reused, and after each Union checks Same, Size and Sets against a
// plain reference: the ids reachable over the pairs merged so far, by a
// search from each id.
func TestDisjointSetAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(131, 132))
	var d search.DisjointSet
	for trial := range 500 {
		n := 1 + rng.IntN(30)
		d.Reset(n)
		adj := make([][]int, n)
		comp := func() []int { // each id's component, as its smallest id
			c := make([]int, n)
			for i := range c {
				c[i] = -1
			}
			for i := range n {
				if c[i] >= 0 {
					continue
				}
				todo := []int{i}
				c[i] = i
				for len(todo) > 0 {
					v := todo[len(todo)-1]
					todo = todo[:len(todo)-1]
					for _, w := range adj[v] {
						if c[w] < 0 {
							c[w] = i
							todo = append(todo, w)
						}
					}
				}
			}
			return c
		}
		for range rng.IntN(2 * n) {
			a, b := rng.IntN(n), rng.IntN(n)
			before := comp()
			if got, want := d.Union(a, b), before[a] != before[b]; got != want {
				t.Fatalf("trial %d: Union(%d, %d) = %v, want %v", trial, a, b, got, want)
			}
			adj[a], adj[b] = append(adj[a], b), append(adj[b], a)
			c := comp()
			sets, size := 0, map[int]int{}
			for i, k := range c {
				if k == i {
					sets++
				}
				size[k]++
			}
			if d.Sets() != sets {
				t.Fatalf("trial %d: Sets() = %d, want %d", trial, d.Sets(), sets)
			}
			for i := range n {
				j := rng.IntN(n)
				if d.Same(i, j) != (c[i] == c[j]) || d.Size(i) != size[c[i]] {
					t.Fatalf("trial %d: Same(%d, %d) = %v, Size(%d) = %d; want %v, %d", trial, i, j, d.Same(i, j), i, d.Size(i), c[i] == c[j], size[c[i]])
				}
			}
		}
	}
}

func TestDisjointSetPanics(t *testing.T) {
	var d search.DisjointSet
	testkit.MustPanic(t, "Reset(-1)", "search: DisjointSet.Reset: size -1", func() { d.Reset(-1) })
	d.Reset(3)
	testkit.MustPanic(t, "Find(3)", "search: DisjointSet.Find: id 3 outside [0, 3)", func() { d.Find(3) })
	testkit.MustPanic(t, "Union(0, -1)", "search: DisjointSet.Union: id -1 outside [0, 3)", func() { d.Union(0, -1) })
	testkit.MustPanic(t, "Union(5, 0)", "search: DisjointSet.Union: id 5 outside [0, 3)", func() { d.Union(5, 0) })
	testkit.MustPanic(t, "Size(-2)", "search: DisjointSet.Size: id -2 outside [0, 3)", func() { d.Size(-2) })
	testkit.MustPanic(t, "Same(0, 9)", "search: DisjointSet.Same: id 9 outside [0, 3)", func() { d.Same(0, 9) })
}
