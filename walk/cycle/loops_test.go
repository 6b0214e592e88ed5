package cycle

import (
	"iter"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit/patrolref"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// counted returns an iterator over vs and a pointer to the number of
// elements it has handed out.
func counted[T any](vs []T) (iter.Seq[T], *int) {
	n := new(int)
	return func(yield func(T) bool) {
		for _, v := range vs {
			*n++
			if !yield(v) {
				return
			}
		}
	}, n
}

func TestLoops(t *testing.T) {
	tests := []struct {
		name   string
		vs     []int
		want   bool
		pulled int // elements Loops should read: up to the first repeat
	}{
		{"empty", nil, false, 0},
		{"one", []int{7}, false, 1},
		{"no_repeat", []int{1, 2, 3, 4, 5}, false, 5},
		{"repeat_at_first", []int{4, 4, 5, 6, 7}, true, 2},
		{"repeat_late", []int{1, 2, 3, 4, 5, 6, 3, 8, 9}, true, 7},
		{"repeat_at_end", []int{1, 2, 3, 1}, true, 4},
		{"two_repeats", []int{1, 2, 2, 1, 1}, true, 3},
		{"zero_values", []int{0, 0}, true, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seq, n := counted(tt.vs)
			if got := Loops(seq); got != tt.want || *n != tt.pulled {
				t.Errorf("Loops(%v) = %v after reading %d elements, want %v after %d", tt.vs, got, *n, tt.want, tt.pulled)
			}
		})
	}
}

// TestLoopsInfinite checks that Loops returns on an infinite sequence that
// repeats, without reading past the repeat.
func TestLoopsInfinite(t *testing.T) {
	n := 0
	seq := func(yield func(walk.State) bool) {
		for i := 0; ; i++ {
			n++
			if !yield(walk.State{Pos: grid.Pt(i%1000, 0), Dir: grid.Up}) {
				return
			}
		}
	}
	if got := Loops(seq); !got || n != 1001 {
		t.Errorf("Loops(infinite walk of period 1000) = %v after %d elements, want true after 1001", got, n)
	}
}

// BenchmarkLoops checks the 8,000-step spiral walk for a repeat, with the
// map-based Loops and with IDSet.Loops.
func BenchmarkLoops(b *testing.B) {
	m, start := patrolref.Spiral(130)
	g, err := grid.FromRows(m)
	if err != nil {
		b.Fatal(err)
	}
	blocked := func(p grid.Point) bool { return g.At(p) }
	seq := walk.Patrol(g, start, blocked)
	steps, _ := patrolref.Collect(seq, -1)
	var v IDSet
	sp := search.States(g)
	v.Reset(sp.Len())
	impls := []struct {
		name  string
		loops func(iter.Seq[walk.State]) bool
	}{
		{"map", Loops[walk.State]},
		{"IDSet", func(seq iter.Seq[walk.State]) bool { return v.Loops(sp.IDs(seq)) }},
	}
	for _, impl := range impls {
		b.Run(impl.name, func(b *testing.B) {
			walks := 0
			b.ReportAllocs()
			for b.Loop() {
				if impl.loops(seq) {
					b.Fatal("the spiral walk loops")
				}
				walks++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(walks*len(steps)), "ns/step")
		})
	}
}

// TestSeenReuse checks that one Set across many checks answers as Loops
// does, whatever it held before, and that Len counts the distinct elements.
func TestSeenReuse(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	var s Set[int]
	for range 2000 {
		seq := make([]int, rng.IntN(40))
		for i := range seq {
			seq[i] = rng.IntN(60)
		}
		want, distinct := false, map[int]bool{}
		for _, v := range seq {
			if distinct[v] {
				want = true
				break
			}
			distinct[v] = true
		}
		if got := s.Loops(slices.Values(seq)); got != want {
			t.Fatalf("Set.Loops(%v) = %v, want %v", seq, got, want)
		}
		if got := Loops(slices.Values(seq)); got != want {
			t.Fatalf("Loops(%v) = %v, want %v", seq, got, want)
		}
		// distinct holds what was consumed up to the first repeat, which
		// was already in the set.
		if s.Len() != len(distinct) {
			t.Fatalf("after Set.Loops(%v), Len() = %d, want %d", seq, s.Len(), len(distinct))
		}
	}
}
