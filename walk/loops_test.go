package walk

import (
	"iter"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
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
	seq := func(yield func(State) bool) {
		for i := 0; ; i++ {
			n++
			if !yield(State{grid.Pt(i%1000, 0), grid.Up}) {
				return
			}
		}
	}
	if got := Loops(seq); !got || n != 1001 {
		t.Errorf("Loops(infinite walk of period 1000) = %v after %d elements, want true after 1001", got, n)
	}
}

func TestVisited(t *testing.T) {
	g := grid.New(3, 4, '.')
	v := NewVisited(g)
	a, b := st(1, 2, grid.Up), st(1, 2, grid.Left)
	steps := []struct {
		name  string
		op    string // "visit", "has" or "reset"
		s     State
		want  bool
		after []State // the states v should hold afterwards
	}{
		{"has_on_new", "has", a, false, nil},
		{"first_visit", "visit", a, false, []State{a}},
		{"has_after_visit", "has", a, true, []State{a}},
		{"second_visit", "visit", a, true, []State{a}},
		{"other_heading", "visit", b, false, []State{a, b}},
		{"reset", "reset", State{}, false, nil},
		{"has_after_reset", "has", a, false, nil},
		{"visit_after_reset", "visit", b, false, []State{b}},
		{"corner", "visit", st(2, 3, grid.Down), false, []State{b, st(2, 3, grid.Down)}},
		{"origin", "visit", st(0, 0, grid.Up), false, []State{b, st(2, 3, grid.Down), st(0, 0, grid.Up)}},
	}
	for _, step := range steps {
		var got bool
		switch step.op {
		case "visit":
			got = v.Visit(step.s)
		case "has":
			got = v.Has(step.s)
		case "reset":
			v.Reset()
		}
		if got != step.want {
			t.Errorf("%s: %s(%v) = %v, want %v", step.name, step.op, step.s, got, step.want)
		}
		for p := range g.Points() {
			for _, d := range allDirs[:4] {
				s := State{p, d}
				if got, want := v.Has(s), slices.Contains(step.after, s); got != want {
					t.Errorf("%s: Has(%v) = %v, want %v", step.name, s, got, want)
				}
			}
		}
	}
}

// TestVisitedWraparound resets one Visited over 70,000 times, past the
// wraparound of its 16-bit generation stamp, checking after every Reset
// that it holds exactly what was visited since. State 0 is visited only in
// the first generation, state 1 in every generation, state 2 once in 4096;
// stamps left from many generations back are what a wraparound could
// mistake for fresh ones.
func TestVisitedWraparound(t *testing.T) {
	g := grid.New(2, 2, 0) // 16 states
	v := NewVisited(g)
	var all []State
	for p := range g.Points() {
		for _, d := range allDirs[:4] {
			all = append(all, State{p, d})
		}
	}
	v.Visit(all[0])
	const gens = 70_000
	wrapped := false
	for i := 1; i <= gens; i++ {
		v.Reset()
		if v.gen == 1 {
			wrapped = true
		}
		if v.Visit(all[1]) {
			t.Fatalf("generation %d (stamp %d): Visit(%v) = true on a reset Visited, want false", i, v.gen, all[1])
		}
		if i%4096 == 0 {
			v.Visit(all[2])
		}
		for j, s := range all {
			want := j == 1 || (j == 2 && i%4096 == 0)
			if got := v.Has(s); got != want {
				t.Fatalf("generation %d (stamp %d): Has(%v) = %v, want %v", i, v.gen, s, got, want)
			}
		}
	}
	if !wrapped {
		t.Errorf("the stamp never wrapped in %d resets; stamp is %d", gens, v.gen)
	}
}

// TestVisitedLoopsAcrossWraparound runs Visited.Loops 70,000 times with one
// Visited on two walks that alternate, one that loops and one that does not.
func TestVisitedLoopsAcrossWraparound(t *testing.T) {
	m, start := parseMap(t, ".#...\n....#\n.^...\n#....\n...#.")
	g, blocked, _ := mapGrid(m)
	v := NewVisited(g)
	looping := Patrol(g, start, blocked)
	straight := Patrol(g, st(4, 2, grid.Up), blocked) // straight up and out
	for i := range 70_000 {
		if got := v.Loops(looping); !got {
			t.Fatalf("call %d: Visited.Loops(looping walk) = false, want true", i)
		}
		if got := v.Loops(straight); got {
			t.Fatalf("call %d: Visited.Loops(straight walk) = true, want false", i)
		}
	}
}

// TestVisitedLoopsRandom checks Visited.Loops against Loops on Patrol walks
// over many random maps, reusing one Visited per map, and checks that v
// holds just the states of the walk afterwards.
func TestVisitedLoopsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 6))
	n := 1500
	if testing.Short() {
		n = 150
	}
	for range n {
		m, _ := randCase(rng)
		g, blocked, _ := mapGrid(m)
		v := NewVisited(g)
		for range 3 {
			start := randStart(rng, g.Rows(), g.Cols())
			r := rules[rng.IntN(len(rules))]
			seq := Patrol(g, start, blocked, r.opts...)
			want := Loops(seq)
			if got := v.Loops(seq); got != want {
				t.Fatalf("%s: Visited.Loops(Patrol from %v) on\n%s= %v, Loops = %v", r.name, start, g, got, want)
			}
			states, _ := collect(seq, -1)
			held := 0
			for p := range g.Points() {
				for _, d := range allDirs[:4] {
					if v.Has(State{p, d}) {
						held++
						if !slices.Contains(states, State{p, d}) {
							t.Fatalf("%s: after Visited.Loops(Patrol from %v) on\n%sv holds %v, not in the walk",
								r.name, start, g, State{p, d})
						}
					}
				}
			}
			distinct := len(states)
			if want {
				distinct-- // the last state is the repeat
			}
			if held != distinct {
				t.Fatalf("%s: after Visited.Loops(Patrol from %v) on\n%sv holds %d states, want %d",
					r.name, start, g, held, distinct)
			}
		}
	}
}

func TestVisitedPanics(t *testing.T) {
	g := grid.New(3, 4, 0)
	tests := []struct {
		name string
		s    State
	}{
		{"row_negative", st(-1, 0, grid.Up)},
		{"col_negative", st(0, -1, grid.Up)},
		{"row_too_big", st(3, 0, grid.Up)},
		{"col_too_big", st(0, 4, grid.Up)},
		{"col_wraps_into_next_row", st(0, 4, grid.Right)},
		{"far_away", st(1<<40, -1<<40, grid.Left)},
		{"diagonal", st(1, 1, grid.UpRight)},
		{"diagonal_up_left", st(1, 1, grid.UpLeft)},
		{"invalid_dir", st(1, 1, grid.Dir(8))},
		{"huge_dir", st(1, 1, grid.Dir(255))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := NewVisited(g)
			mustPanic(t, "Visit", "walk: Visited", func() { v.Visit(tt.s) })
			mustPanic(t, "Has", "walk: Visited", func() { v.Has(tt.s) })
			mustPanic(t, "Loops", "walk: Visited", func() {
				v.Loops(func(yield func(State) bool) {
					_ = yield(st(0, 0, grid.Up)) && yield(tt.s)
				})
			})
			// The failed calls left nothing behind but the one good state.
			for p := range g.Points() {
				for _, d := range allDirs[:4] {
					if got, want := v.Has(State{p, d}), (State{p, d}) == st(0, 0, grid.Up); got != want {
						t.Errorf("after the panics, Has(%v) = %v, want %v", State{p, d}, got, want)
					}
				}
			}
		})
	}
	var zero Visited
	mustPanic(t, "zero Visited.Visit", "walk: Visited", func() { zero.Visit(st(0, 0, grid.Up)) })
}

// TestVisitedAllocs checks the allocation claims of NewVisited and
// Visited.Loops.
func TestVisitedAllocs(t *testing.T) {
	m, start := parseMap(t, smallMap)
	g, err := grid.FromRows(m)
	if err != nil {
		t.Fatal(err)
	}
	blocked := func(p grid.Point) bool { return g.At(p) }
	v := NewVisited(g)
	t.Run("Visit", func(t *testing.T) {
		got := testing.AllocsPerRun(100, func() {
			v.Reset()
			v.Visit(start)
			sink = btoi(v.Has(start))
		})
		if got != 0 {
			t.Errorf("Reset, Visit, Has: %v allocations, want 0", got)
		}
	})
	// Visited.Loops is documented to allocate nothing. It is not inlined,
	// so the body of its range over seq, a func value it cannot see into,
	// escapes to the heap with the state it captures.
	t.Run("Loops", func(t *testing.T) {
		got := testing.AllocsPerRun(100, func() {
			sink = btoi(v.Loops(Patrol(g, start, blocked)))
		})
		if got != 0 {
			t.Errorf("Visited.Loops(Patrol(…)): %v allocations per call, want 0", got)
		}
	})
	t.Run("NewVisited", func(t *testing.T) {
		got := testing.AllocsPerRun(100, func() {
			w := NewVisited(g)
			w.Visit(start)
			sink = btoi(w.Has(start))
		})
		if got > 1 {
			t.Errorf("NewVisited: %v allocations, want at most 1", got)
		}
	})
}

// BenchmarkLoops checks the 8,000-step spiral walk for a repeat, with the
// map-based Loops and with Visited.Loops.
func BenchmarkLoops(b *testing.B) {
	m, start := spiralMap(130)
	g, err := grid.FromRows(m)
	if err != nil {
		b.Fatal(err)
	}
	blocked := func(p grid.Point) bool { return g.At(p) }
	seq := Patrol(g, start, blocked)
	steps, _ := collect(seq, -1)
	v := NewVisited(g)
	impls := []struct {
		name  string
		loops func(iter.Seq[State]) bool
	}{
		{"map", Loops[State]},
		{"Visited", v.Loops},
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

// TestSeenReuse checks that one Seen across many checks answers as Loops
// does, whatever it held before, and that Len counts the distinct elements.
func TestSeenReuse(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	var s Seen[int]
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
			t.Fatalf("Seen.Loops(%v) = %v, want %v", seq, got, want)
		}
		if got := Loops(slices.Values(seq)); got != want {
			t.Fatalf("Loops(%v) = %v, want %v", seq, got, want)
		}
		// distinct holds what was consumed up to the first repeat, which
		// was already in the set.
		if s.Len() != len(distinct) {
			t.Fatalf("after Seen.Loops(%v), Len() = %d, want %d", seq, s.Len(), len(distinct))
		}
	}
}
