package walk_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/internal/testkit/patrolref"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// checkPatrol compares Patrol with patrolref.Walk on one map, start and rule,
// and checks that blocked was called once per state after the first.
func checkPatrol(t *testing.T, m [][]bool, start walk.State, r patrolref.Rule, limit int) {
	t.Helper()
	g, blocked, calls := patrolref.Grid(m)
	got, gotLoops := patrolref.Collect(walk.Patrol(g, start, blocked, r.Opts...), limit)
	want, wantLoops := patrolref.Walk(m, start, r.Ref, limit)
	if !slices.Equal(got, want) || gotLoops != wantLoops {
		t.Fatalf("%s: Patrol from %v on\n%s= %v (loops %v), want %v (loops %v)",
			r.Name, start, g, got, gotLoops, want, wantLoops)
	}
	if wantCalls := max(len(want)-1, 0); *calls != wantCalls {
		t.Fatalf("%s: Patrol from %v on\n%scalled blocked %d times for %d states, want %d",
			r.Name, start, g, *calls, len(got), wantCalls)
	}
}

// TestPatrolRandom compares Patrol with patrolref.Walk on many random maps under
// every turning rule.
func TestPatrolRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2024))
	n := 4000
	if testing.Short() {
		n = 400
	}
	for i := range n {
		m, start := patrolref.RandCase(rng)
		limit := 4*len(m)*len(m[0]) + 1 // enough to see any repeat
		if i%5 == 0 {
			limit = 1 + rng.IntN(limit) // and sometimes cut short
		}
		for _, r := range patrolref.Rules {
			checkPatrol(t, m, start, r, limit)
		}
	}
}

// TestPatrolExhaustive compares Patrol with patrolref.Walk on every map of up
// to 9 cells and every start in it.
func TestPatrolExhaustive(t *testing.T) {
	shapes := []struct{ rows, cols int }{{1, 1}, {1, 2}, {2, 1}, {1, 5}, {5, 1}, {2, 2}, {2, 3}, {3, 2}, {2, 4}, {4, 2}, {3, 3}}
	for _, sh := range shapes {
		n := sh.rows * sh.cols
		for bits := range 1 << n {
			m := make([][]bool, sh.rows)
			for r := range m {
				m[r] = make([]bool, sh.cols)
				for c := range m[r] {
					m[r][c] = bits>>(r*sh.cols+c)&1 == 1
				}
			}
			for r := range sh.rows {
				for c := range sh.cols {
					for d := range grid.Dir(4) {
						for _, rl := range patrolref.Rules[3:6] {
							checkPatrol(t, m, walk.State{Pos: grid.Pt(r, c), Dir: d}, rl, 4*n+1)
						}
						checkPatrol(t, m, walk.State{Pos: grid.Pt(r, c), Dir: d}, patrolref.Rules[0], 4*n+1)
					}
				}
			}
		}
	}
}

func TestPatrolCases(t *testing.T) {
	const (
		U = grid.Up
		R = grid.Right
		D = grid.Down
		L = grid.Left
	)
	tests := []struct {
		name  string
		m     string
		opts  []walk.Option
		want  []walk.State // cut at the first repeat, which is included
		loops bool
	}{
		{"single_cell", "^", nil, []walk.State{patrolref.St(0, 0, U)}, false},
		{"facing_out_top_edge", "..^..\n.....", nil, []walk.State{patrolref.St(0, 2, U)}, false},
		{"facing_out_right_edge", "...\n..>\n...", nil, []walk.State{patrolref.St(1, 2, R)}, false},
		{"facing_out_corner", "v..\n...\n..v", nil, []walk.State{patrolref.St(2, 2, D)}, false},
		{"straight_out", "...\n...\n.^.", nil, []walk.State{patrolref.St(2, 1, U), patrolref.St(1, 1, U), patrolref.St(0, 1, U)}, false},
		{"one_turn", "#..\n^..", nil, []walk.State{patrolref.St(1, 0, U), patrolref.St(1, 0, R), patrolref.St(1, 1, R), patrolref.St(1, 2, R)}, false},
		{
			"two_turns_in_a_row",
			".#.\n.^#\n...", nil,
			[]walk.State{patrolref.St(1, 1, U), patrolref.St(1, 1, R), patrolref.St(1, 1, D), patrolref.St(2, 1, D)}, false,
		},
		{
			"three_turns_dead_end",
			".#.\n#^#\n...", nil,
			[]walk.State{patrolref.St(1, 1, U), patrolref.St(1, 1, R), patrolref.St(1, 1, D), patrolref.St(2, 1, D)}, false,
		},
		{
			"boxed_in",
			".#.\n#^#\n.#.", nil,
			[]walk.State{patrolref.St(1, 1, U), patrolref.St(1, 1, R), patrolref.St(1, 1, D), patrolref.St(1, 1, L), patrolref.St(1, 1, U)}, true,
		},
		{
			"boxed_in_facing_left",
			".#.\n#<#\n.#.", nil,
			[]walk.State{patrolref.St(1, 1, L), patrolref.St(1, 1, U), patrolref.St(1, 1, R), patrolref.St(1, 1, D), patrolref.St(1, 1, L)}, true,
		},
		{
			"boxed_in_turning_left",
			".#.\n#^#\n.#.", []walk.Option{walk.Turning(grid.Dir.TurnLeft)},
			[]walk.State{patrolref.St(1, 1, U), patrolref.St(1, 1, L), patrolref.St(1, 1, D), patrolref.St(1, 1, R), patrolref.St(1, 1, U)}, true,
		},
		{
			"boxed_in_reverse",
			".#.\n#^#\n.#.", []walk.Option{walk.Turning(grid.Dir.Reverse)},
			[]walk.State{patrolref.St(1, 1, U), patrolref.St(1, 1, D), patrolref.St(1, 1, U)}, true,
		},
		{
			"corridor_reverse",
			"#.>.#", []walk.Option{walk.Turning(grid.Dir.Reverse)},
			[]walk.State{patrolref.St(0, 2, R), patrolref.St(0, 3, R), patrolref.St(0, 3, L), patrolref.St(0, 2, L), patrolref.St(0, 1, L), patrolref.St(0, 1, R), patrolref.St(0, 2, R)}, true,
		},
		{
			"facing_out_beside_wall",
			"^#", nil,
			[]walk.State{patrolref.St(0, 0, U)}, false,
		},
		{
			"turn_then_exit",
			"#.\n^.", nil,
			[]walk.State{patrolref.St(1, 0, U), patrolref.St(1, 0, R), patrolref.St(1, 1, R)}, false,
		},
		{
			"rectangle_loop",
			".#...\n....#\n.^...\n#....\n...#.", nil,
			[]walk.State{
				patrolref.St(2, 1, U), patrolref.St(1, 1, U), patrolref.St(1, 1, R), patrolref.St(1, 2, R), patrolref.St(1, 3, R), patrolref.St(1, 3, D),
				patrolref.St(2, 3, D), patrolref.St(3, 3, D), patrolref.St(3, 3, L), patrolref.St(3, 2, L), patrolref.St(3, 1, L), patrolref.St(3, 1, U),
				patrolref.St(2, 1, U),
			}, true,
		},
		{
			"stay_rule_repeats_at_once",
			"#\n^", []walk.Option{walk.Turning(patrolref.Stay)},
			[]walk.State{patrolref.St(1, 0, U), patrolref.St(1, 0, U)}, true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, start := patrolref.Parse(t, tt.m)
			g, blocked, _ := patrolref.Grid(m)
			got, loops := patrolref.Collect(walk.Patrol(g, start, blocked, tt.opts...), 1000)
			if !slices.Equal(got, tt.want) || loops != tt.loops {
				t.Errorf("Patrol on\n%s= %v (loops %v), want %v (loops %v)", tt.m, got, loops, tt.want, tt.loops)
			}
		})
	}
}

// smallMap is a map of our own: the guard visits 23 distinct cells and
// leaves, and nine places for one more obstacle would make it loop instead
// (figures from the day-6 example's reference solver).
const smallMap = `
#.....#...
.......#..
....#.....
.........#
.##...#...
.......#..
.#..^....#
..#.....##
...#......
.....#....
`

func TestPatrolSmallMap(t *testing.T) {
	m, start := patrolref.Parse(t, smallMap)
	g, blocked, _ := patrolref.Grid(m)
	cells := map[grid.Point]bool{}
	for s := range walk.Patrol(g, start, blocked) {
		cells[s.Pos] = true
	}
	if len(cells) != 23 {
		t.Errorf("Patrol visits %d distinct cells, want 23", len(cells))
	}
	loopers := 0
	for p := range g.Points() {
		if m[p.Row][p.Col] || p == start.Pos {
			continue
		}
		m[p.Row][p.Col] = true
		if _, loops := patrolref.Walk(m, start, patrolref.Right, -1); loops {
			loopers++
			g2, blocked2, _ := patrolref.Grid(m)
			if _, got := patrolref.Collect(walk.Patrol(g2, start, blocked2), -1); !got {
				t.Errorf("with an obstacle at %v, Patrol does not loop, want it to", p)
			}
		}
		m[p.Row][p.Col] = false
	}
	if loopers != 9 {
		t.Errorf("%d obstacle places make the walk loop, want 9", loopers)
	}
}

func TestPatrolStartOutside(t *testing.T) {
	g, blocked, calls := patrolref.Grid(testkit.Bools(rand.New(rand.NewPCG(1, 1)), 4, 6, 0.3))
	for _, p := range []grid.Point{grid.Pt(-1, 0), grid.Pt(0, -1), grid.Pt(4, 0), grid.Pt(0, 6), grid.Pt(4, 6), grid.Pt(-1, -1), grid.Pt(-100, 3), grid.Pt(2, 1<<40)} {
		for _, d := range grid.Cardinals() {
			for _, r := range patrolref.Rules {
				if got := slices.Collect(walk.Patrol(g, walk.State{Pos: p, Dir: d}, blocked, r.Opts...)); len(got) != 0 {
					t.Errorf("%s: Patrol from %v = %v, want nothing", r.Name, walk.State{Pos: p, Dir: d}, got)
				}
			}
		}
	}
	var zero grid.Grid[bool]
	if got := slices.Collect(walk.Patrol(zero, walk.State{}, blocked)); len(got) != 0 {
		t.Errorf("Patrol on the zero grid = %v, want nothing", got)
	}
	if *calls != 0 {
		t.Errorf("blocked called %d times for starts outside the grid, want 0", *calls)
	}
}

// TestPatrolEarlyBreak checks that breaking out of a Patrol loop stops the
// walk at once: blocked is not called again, and yield is not called again.
func TestPatrolEarlyBreak(t *testing.T) {
	m, start := patrolref.Parse(t, ".#.\n#^#\n.#.") // loops forever
	g, blocked, calls := patrolref.Grid(m)
	seq := walk.Patrol(g, start, blocked)
	for k := 1; k <= 10; k++ {
		*calls = 0
		n, atBreak := 0, 0
		for range seq {
			n++
			if n == k {
				atBreak = *calls
				break
			}
		}
		if *calls != atBreak || atBreak != k-1 {
			t.Errorf("break after %d states: blocked called %d times by the break and %d in all, want %d and %d",
				k, atBreak, *calls, k-1, k-1)
		}

		// The same, calling the iterator function by hand.
		*calls, n = 0, 0
		seq(func(walk.State) bool { n++; return n < k })
		if n != k || *calls != k-1 {
			t.Errorf("yield returning false at call %d: yield called %d times and blocked %d, want %d and %d",
				k, n, *calls, k, k-1)
		}
	}
}

// TestPatrolTwice checks that one sequence ranged twice, in turn and at
// once from several goroutines, gives the same states each time.
func TestPatrolTwice(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for range 50 {
		rows, cols := 1+rng.IntN(30), 1+rng.IntN(30)
		m := testkit.Bools(rng, rows, cols, 0.15)
		g, err := grid.FromRows(m)
		if err != nil {
			t.Fatal(err)
		}
		blocked := func(p grid.Point) bool { return g.At(p) } // safe for concurrent use
		seq := walk.Patrol(g, patrolref.RandStart(rng, rows, cols), blocked, walk.Turning(grid.Dir.TurnLeft))
		limit := 4*rows*cols + 1
		first, _ := patrolref.Collect(seq, limit)
		second, _ := patrolref.Collect(seq, limit)
		if !slices.Equal(first, second) {
			t.Fatalf("Patrol ranged twice = %v, then %v", first, second)
		}
		var wg sync.WaitGroup
		got := make([][]walk.State, 4)
		for i := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[i], _ = patrolref.Collect(seq, limit)
			}()
		}
		wg.Wait()
		for i, states := range got {
			if !slices.Equal(states, first) {
				t.Fatalf("Patrol ranged on goroutine %d = %v, want %v", i, states, first)
			}
		}
	}
}

// TestPatrolPanic checks that a panic in the loop body, or in blocked,
// reaches the caller unchanged and ends the walk.
func TestPatrolPanic(t *testing.T) {
	type boom struct{ n int }
	m, start := patrolref.Parse(t, ".#.\n#^#\n.#.")
	tests := []struct {
		name      string
		inBlocked bool
	}{
		{"in_loop_body", false},
		{"in_blocked", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, _, _ := patrolref.Grid(m)
			calls := 0
			blocked := func(p grid.Point) bool {
				calls++
				if tt.inBlocked && calls == 3 {
					panic(boom{calls})
				}
				return g.At(p)
			}
			n := 0
			func() {
				defer func() {
					if r := recover(); r != (boom{3}) {
						t.Errorf("recovered %v, want %v", r, boom{3})
					}
				}()
				for range walk.Patrol(g, start, blocked) {
					n++
					if !tt.inBlocked && n == 3 {
						panic(boom{n})
					}
				}
			}()
			if n != 3 || calls != 2+btoi(tt.inBlocked) {
				t.Errorf("after the panic: %d states and %d calls of blocked, want 3 and %d", n, calls, 2+btoi(tt.inBlocked))
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

var sink int

// TestPatrolAllocs checks that ranging over Patrol directly allocates
// nothing, with and without a turning rule.
func TestPatrolAllocs(t *testing.T) {
	m, start := patrolref.Parse(t, smallMap)
	g, err := grid.FromRows(m)
	if err != nil {
		t.Fatal(err)
	}
	blocked := func(p grid.Point) bool { return g.At(p) }
	var v cycle.IDSet
	sp := search.States(g)
	tests := []struct {
		name string
		f    func()
	}{
		{"default", func() {
			n := 0
			for range walk.Patrol(g, start, blocked) {
				n++
			}
			sink = n
		}},
		{"turning", func() {
			n := 0
			for s := range walk.Patrol(g, start, blocked, walk.Turning(grid.Dir.TurnLeft)) {
				n += s.Pos.Row
			}
			sink = n
		}},
		{"break_with_visited", func() {
			v.Reset(sp.Len())
			n := 0
			for s := range walk.Patrol(g, start, blocked) {
				if v.Visit(sp.StateID(s)) {
					break
				}
				n++
			}
			sink = n
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Options are applied once per range, on the heap.
			want := 0.0
			if tt.name == "turning" {
				want = 1
			}
			if got := testing.AllocsPerRun(50, tt.f); got != want {
				t.Errorf("ranging over Patrol: %v allocations per walk, want %v", got, want)
			}
		})
	}
}

// FuzzPatrol builds a small map, start and turning rule from bytes and
// checks IDSet.Loops(Patrol(…)) against patrolref.Walk, and that a walk
// reported not to loop ends within 4*rows*cols states.
//
// Layout: rows, cols, start row, start col, heading and rule, then one bit
// per cell, row by row (missing bytes are open cells).
func FuzzPatrol(f *testing.F) {
	f.Add([]byte{2, 2, 2, 2, 0, 0b10101010, 0})                     // boxed in
	f.Add([]byte{10, 10, 6, 4, 0, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0}) // sparse
	f.Add([]byte{1, 1, 0, 0, 0})                                    // one cell
	f.Add([]byte{5, 7, 255, 3, 2})                                  // start outside
	f.Add([]byte{12, 12, 4, 7, 5, 0xa5, 0x5a, 0xff, 0x01, 0x80, 0x42, 0x24, 0x18, 0x81, 0x3c, 0xc3, 0x99})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 5 {
			return
		}
		m, start := patrolref.FromFuzz(data, 16)
		rows, cols := len(m), len(m[0])
		r := patrolref.Rules[int(data[4]>>2)%len(patrolref.Rules)]
		g, blocked, _ := patrolref.Grid(m)
		bound := 4 * rows * cols

		// IDSet.Loops must terminate: cap what it may read, just past the
		// point by which every walk has repeated a state or ended.
		n := 0
		capped := func(yield func(walk.State) bool) {
			for s := range walk.Patrol(g, start, blocked, r.Opts...) {
				if n++; n > bound+1 || !yield(s) {
					return
				}
			}
		}
		sp, err := search.NewSpace(g, 8, 1)
		if err != nil {
			t.Fatal(err)
		}
		var v cycle.IDSet
		v.Reset(sp.Len())
		got := v.Loops(sp.IDs(capped))
		if n > bound+1 {
			t.Fatalf("%s: IDSet.Loops read over %d states from %v on\n%s", r.Name, bound+1, start, g)
		}
		want, wantLoops := patrolref.Walk(m, start, r.Ref, -1)
		if got != wantLoops {
			t.Fatalf("%s: IDSet.Loops(Patrol from %v) on\n%s= %v, want %v (walk %v)",
				r.Name, start, g, got, wantLoops, want)
		}
		if !got {
			if n > bound {
				t.Fatalf("%s: walk from %v on\n%shas %d states and does not loop; want at most %d",
					r.Name, start, g, n, bound)
			}
			if n != len(want) {
				t.Fatalf("%s: walk from %v on\n%shas %d states, want %d", r.Name, start, g, n, len(want))
			}
		}
	})
}

func TestSpiralMap(t *testing.T) {
	m, start := patrolref.Spiral(130)
	states, loops := patrolref.Walk(m, start, patrolref.Right, -1)
	if loops || len(states) < 5000 {
		t.Errorf("walk on patrolref.Spiral(130): %d states (loops %v), want over 5000 and no loop", len(states), loops)
	}
}

// patrolAt, patrolDense and patrolFunc are what a solver writes: a
// function that ranges over Patrol and counts the states. They are kept out
// of the b.Loop body on purpose, because b.Loop keeps the values in its body
// alive, and that stops the compiler from fusing the range-over-func loop.
// patrolAt and patrolDense pass blocked as a function literal, which the
// compiler inlines together with Patrol's loop; patrolFunc takes blocked as
// an opaque function value, the cost when it cannot be inlined.
func patrolAt(g grid.Grid[bool], start walk.State) int {
	n := 0
	for range walk.Patrol(g, start, func(p grid.Point) bool { return g.At(p) }) {
		n++
	}
	return n
}

func patrolDense(g grid.Grid[bool], dense []bool, start walk.State) int {
	n, cols := 0, g.Cols()
	for range walk.Patrol(g, start, func(p grid.Point) bool { return dense[p.Row*cols+p.Col] }) {
		n++
	}
	return n
}

func patrolFunc(g grid.Grid[bool], start walk.State, blocked func(grid.Point) bool) int {
	n := 0
	for range walk.Patrol(g, start, blocked) {
		n++
	}
	return n
}

// BenchmarkPatrol walks the guard over a 130×130 spiral map, some 8,000
// steps from the middle to the edge, with blocked reading a grid.Grid[bool]
// through At or a dense []bool, as a literal, as an opaque function value,
// or as the method value g.At.
func BenchmarkPatrol(b *testing.B) {
	m, start := patrolref.Spiral(130)
	g, err := grid.FromRows(m)
	if err != nil {
		b.Fatal(err)
	}
	dense := slices.Concat(m...)
	opaque := func(p grid.Point) bool { return g.At(p) }
	walks := []struct {
		name string
		walk func() int
	}{
		{"grid_At", func() int { return patrolAt(g, start) }},
		{"dense_slice", func() int { return patrolDense(g, dense, start) }},
		{"opaque_func", func() int { return patrolFunc(g, start, opaque) }},
		{"method_value", func() int { return patrolFunc(g, start, g.At) }},
	}
	for _, w := range walks {
		b.Run(w.name, func(b *testing.B) {
			steps, walks := 0, 0
			b.ReportAllocs()
			for b.Loop() {
				steps += w.walk()
				walks++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(steps), "ns/step")
			b.ReportMetric(float64(steps)/float64(walks), "steps/walk")
		})
	}
}

func TestPatrolInvalidHeadingPanicsAtCall(t *testing.T) {
	g := grid.New(3, 3, false)
	defer func() {
		if r := recover(); fmt.Sprint(r) != "walk: Patrol: invalid heading Dir(9)" {
			t.Errorf("Patrol(Dir(9)) panicked with %v, want the invalid heading message", r)
		}
	}()
	_ = walk.Patrol(g, walk.State{Pos: grid.Pt(1, 1), Dir: grid.Dir(9)}, g.At)
	t.Error("Patrol(Dir(9)) returned; want a panic before any range")
}

// TestPatrolBadTurningRule checks that a turning rule that returns an
// invalid heading panics with a message naming the rule's result, not a
// bare runtime index error.
func TestPatrolBadTurningRule(t *testing.T) {
	g := grid.New(3, 3, false)
	g = g.With(grid.Pt(0, 1), true)
	bad := walk.Turning(func(grid.Dir) grid.Dir { return 9 })
	testkit.MustPanic(t, "Patrol with a rule returning Dir(9)", "walk: Patrol: Turning rule turned Up into invalid heading Dir(9)", func() {
		for range walk.Patrol(g, patrolref.St(1, 1, grid.Up), func(p grid.Point) bool { return g.At(p) }, bad) {
		}
	})
}
