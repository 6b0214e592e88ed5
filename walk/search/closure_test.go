package search_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/search"
)

// refClosure is the reference for Closure: from every node, a plain
// depth-first search over the edges, collecting the marks of every node
// it meets.
func refClosure(n, m int, edges [][2]int, marks [][2]int) [][]bool {
	out := make([][]int, n)
	for _, e := range edges {
		out[e[0]] = append(out[e[0]], e[1])
	}
	own := make([][]int, n)
	for _, mk := range marks {
		own[mk[0]] = append(own[mk[0]], mk[1])
	}
	reach := make([][]bool, n)
	for i := range n {
		reach[i] = make([]bool, m)
		seen := make([]bool, n)
		todo := []int{i}
		seen[i] = true
		for len(todo) > 0 {
			v := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			for _, k := range own[v] {
				reach[i][k] = true
			}
			for _, w := range out[v] {
				if !seen[w] {
					seen[w] = true
					todo = append(todo, w)
				}
			}
		}
	}
	return reach
}

// TestClosureAgainstReference builds 600 random graphs, sparse and dense,
// with cycles, self-loops, repeated edges and marks, and marks across
// several words, and checks Count and Has of every node against the
// reference.
func TestClosureAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(61, 62))
	for trial := range 600 {
		n, m := rng.IntN(40), rng.IntN(200)
		var edges, marks [][2]int
		if n > 0 {
			for range rng.IntN(3*n + 1) {
				edges = append(edges, [2]int{rng.IntN(n), rng.IntN(n)})
			}
			if m > 0 {
				for range rng.IntN(4*n + 1) {
					marks = append(marks, [2]int{rng.IntN(n), rng.IntN(m)})
				}
			}
		}
		c := search.NewClosure(n, m)
		for _, e := range edges {
			c.Edge(e[0], e[1])
		}
		for _, mk := range marks {
			c.Mark(mk[0], mk[1])
		}
		c.Close()
		c.Close() // a second call does nothing
		want := refClosure(n, m, edges, marks)
		for i := range n {
			count := 0
			for k := range m {
				if want[i][k] {
					count++
				}
				if got := c.Has(i, k); got != want[i][k] {
					t.Fatalf("trial %d (%d nodes, edges %v, marks %v): Has(%d, %d) = %v, want %v", trial, n, edges, marks, i, k, got, want[i][k])
				}
			}
			if got := c.Count(i); got != count {
				t.Fatalf("trial %d (%d nodes, edges %v, marks %v): Count(%d) = %d, want %d", trial, n, edges, marks, i, got, count)
			}
			if c.Has(i, m) || c.Has(i, -1) {
				t.Fatalf("trial %d: Has(%d, mark out of range) = true", trial, i)
			}
		}
	}
}

// TestClosureLongChain closes a chain of 200,000 nodes, node i marked
// i%64, which a recursive Tarjan would take as deep as the chain.
func TestClosureLongChain(t *testing.T) {
	const n = 200_000
	c := search.NewClosure(n, 64)
	for i := range n {
		c.Mark(i, i%64)
		if i+1 < n {
			c.Edge(i, i+1)
		}
	}
	c.Close()
	for _, i := range []int{0, 1, n / 2, n - 63, n - 5, n - 1} {
		if got, want := c.Count(i), min(64, n-i); got != want {
			t.Fatalf("Count(%d) = %d, want %d", i, got, want)
		}
	}
}

func TestClosurePanics(t *testing.T) {
	testkit.MustPanic(t, "NewClosure(-1, 0)", "search: NewClosure: -1 nodes, want", func() { search.NewClosure(-1, 0) })
	testkit.MustPanic(t, "NewClosure(0, -1)", "search: NewClosure: -1 marks, want", func() { search.NewClosure(0, -1) })
	c := search.NewClosure(3, 5)
	testkit.MustPanic(t, "Mark(3, 0)", "search: Closure.Mark: id 3 outside [0, 3)", func() { c.Mark(3, 0) })
	testkit.MustPanic(t, "Mark(0, 5)", "search: Closure.Mark: mark 5 outside [0, 5)", func() { c.Mark(0, 5) })
	testkit.MustPanic(t, "Edge(0, 3)", "search: Closure.Edge: id 3 outside [0, 3)", func() { c.Edge(0, 3) })
	testkit.MustPanic(t, "Count before Close", "search: Closure.Count: the closure is not closed", func() { c.Count(0) })
	c.Close()
	testkit.MustPanic(t, "Edge after Close", "search: Closure.Edge: the closure is closed", func() { c.Edge(0, 1) })
	testkit.MustPanic(t, "Count(-1)", "search: Closure.Count: id -1 outside [0, 3)", func() { c.Count(-1) })
	testkit.MustPanic(t, "Has(4, 0)", "search: Closure.Has: id 4 outside [0, 3)", func() { c.Has(4, 0) })
}
