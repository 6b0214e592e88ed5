package walk

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refPatrol is the reference walker that Patrol should match, written the
// obvious way: an explicit loop over a [][]bool of blocked cells, with
// headings moved by refDelta and repeats found with a map. It returns the
// states of the walk from start, cut after limit states or at the first
// repeated state (which is included, and reported by loops).
func refPatrol(blocked [][]bool, start State, turn func(grid.Dir) grid.Dir, limit int) (states []State, loops bool) {
	rows := len(blocked)
	inside := func(r, c int) bool { return r >= 0 && r < rows && c >= 0 && c < len(blocked[r]) }
	if !inside(start.Pos.Row, start.Pos.Col) {
		return nil, false
	}
	seen := make(map[State]bool)
	s := start
	for {
		states = append(states, s)
		if seen[s] {
			return states, true
		}
		if len(states) == limit {
			return states, false
		}
		seen[s] = true
		r, c := s.Pos.Row+refDelta[s.Dir].dr, s.Pos.Col+refDelta[s.Dir].dc
		if !inside(r, c) {
			return states, false
		}
		if blocked[r][c] {
			s.Dir = turn(s.Dir)
		} else {
			s.Pos = grid.Pt(r, c)
		}
	}
}

// collect gathers seq the way refPatrol does: up to limit states, or up to
// and including the first repeated one.
func collect(seq iter.Seq[State], limit int) (states []State, loops bool) {
	seen := make(map[State]bool)
	for s := range seq {
		states = append(states, s)
		if seen[s] {
			return states, true
		}
		if len(states) == limit {
			return states, false
		}
		seen[s] = true
	}
	return states, false
}

// A rule is a turning rule in two forms: the Option given to Patrol and the
// rule refPatrol follows, written without grid.Dir's methods where they are
// the thing being tested.
type rule struct {
	name string
	opts []Option
	ref  func(grid.Dir) grid.Dir
}

var (
	refRight = func(d grid.Dir) grid.Dir { return (d + 1) % 4 }
	refLeft  = func(d grid.Dir) grid.Dir { return (d + 3) % 4 }
	refBack  = func(d grid.Dir) grid.Dir { return (d + 2) % 4 }
	// shuffle is a custom rule that is no rotation: Up→Down→Right→Left→Up.
	shuffle = func(d grid.Dir) grid.Dir { return [4]grid.Dir{grid.Down, grid.Left, grid.Right, grid.Up}[d] }
	// stay never turns, so a blocked guard repeats its state at once.
	stay = func(d grid.Dir) grid.Dir { return d }
)

var rules = []rule{
	{"default", nil, refRight},
	{"turning_nil", []Option{Turning(nil)}, refRight},
	{"turn_right", []Option{Turning(grid.Dir.TurnRight)}, refRight},
	{"turn_left", []Option{Turning(grid.Dir.TurnLeft)}, refLeft},
	{"reverse", []Option{Turning(grid.Dir.Reverse)}, refBack},
	{"custom", []Option{Turning(shuffle)}, shuffle},
	{"stay", []Option{Turning(stay)}, stay},
	{"last_option_wins", []Option{Turning(grid.Dir.Reverse), Turning(grid.Dir.TurnLeft)}, refLeft},
}

// mapGrid turns a [][]bool into a grid and a blocked function over it that
// counts its calls. Through g.At, blocked panics if Patrol ever asks about a
// point outside the grid.
func mapGrid(m [][]bool) (g grid.Grid[bool], blocked func(grid.Point) bool, calls *int) {
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	calls = new(int)
	return g, func(p grid.Point) bool { *calls++; return g.At(p) }, calls
}

// randStart picks a start state on a rows×cols map: anywhere, on the edge
// facing out of the map, or on the edge facing anywhere.
func randStart(rng *rand.Rand, rows, cols int) State {
	s := State{grid.Pt(rng.IntN(rows), rng.IntN(cols)), grid.Dir(rng.IntN(4))}
	switch rng.IntN(4) {
	case 0: // facing straight out of the map
		s.Dir = grid.Dir(rng.IntN(4))
		switch s.Dir {
		case grid.Up:
			s.Pos.Row = 0
		case grid.Right:
			s.Pos.Col = cols - 1
		case grid.Down:
			s.Pos.Row = rows - 1
		case grid.Left:
			s.Pos.Col = 0
		}
	case 1: // on the edge
		if rng.IntN(2) == 0 {
			s.Pos.Row = []int{0, rows - 1}[rng.IntN(2)]
		} else {
			s.Pos.Col = []int{0, cols - 1}[rng.IntN(2)]
		}
	}
	return s
}

// checkPatrol compares Patrol with refPatrol on one map, start and rule,
// and checks that blocked was called once per state after the first.
func checkPatrol(t *testing.T, m [][]bool, start State, r rule, limit int) {
	t.Helper()
	g, blocked, calls := mapGrid(m)
	got, gotLoops := collect(Patrol(g, start, blocked, r.opts...), limit)
	want, wantLoops := refPatrol(m, start, r.ref, limit)
	if !slices.Equal(got, want) || gotLoops != wantLoops {
		t.Fatalf("%s: Patrol from %v on\n%s= %v (loops %v), want %v (loops %v)",
			r.name, start, g, got, gotLoops, want, wantLoops)
	}
	if wantCalls := max(len(want)-1, 0); *calls != wantCalls {
		t.Fatalf("%s: Patrol from %v on\n%scalled blocked %d times for %d states, want %d",
			r.name, start, g, *calls, len(got), wantCalls)
	}
}

// randCase returns a random map of 1x1 to 40x40 cells, square or not, 0%
// to 45% blocked, and a start on it. Low densities are drawn more often,
// a third of the maps are walled in (the start may still be on the wall),
// and one in eight is a spiral with a few extra obstacles, because those
// give the long walks and the loops.
func randCase(rng *rand.Rand) ([][]bool, State) {
	if rng.IntN(8) == 0 {
		m, start := spiralMap(5 + rng.IntN(36))
		for range rng.IntN(4) {
			m[rng.IntN(len(m))][rng.IntN(len(m))] = true
		}
		return m, start
	}
	rows, cols := 1+rng.IntN(40), 1+rng.IntN(40)
	density := float64(rng.IntN(46)) / 100
	if rng.IntN(2) == 0 {
		density /= 8
	}
	m := testkit.Bools(rng, rows, cols, density)
	if rng.IntN(3) == 0 {
		for r := range rows {
			for c := range cols {
				if r == 0 || c == 0 || r == rows-1 || c == cols-1 {
					m[r][c] = true
				}
			}
		}
	}
	return m, randStart(rng, rows, cols)
}

// TestPatrolRandom compares Patrol with refPatrol on many random maps under
// every turning rule.
func TestPatrolRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2024))
	n := 4000
	if testing.Short() {
		n = 400
	}
	for i := range n {
		m, start := randCase(rng)
		limit := 4*len(m)*len(m[0]) + 1 // enough to see any repeat
		if i%5 == 0 {
			limit = 1 + rng.IntN(limit) // and sometimes cut short
		}
		for _, r := range rules {
			checkPatrol(t, m, start, r, limit)
		}
	}
}

// TestPatrolExhaustive compares Patrol with refPatrol on every map of up
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
						for _, rl := range rules[3:6] {
							checkPatrol(t, m, State{grid.Pt(r, c), d}, rl, 4*n+1)
						}
						checkPatrol(t, m, State{grid.Pt(r, c), d}, rules[0], 4*n+1)
					}
				}
			}
		}
	}
}

// parseMap reads a test map: '#' is blocked, one of "^>v<" marks the start
// (on an open cell), anything else is open.
func parseMap(t testing.TB, s string) ([][]bool, State) {
	t.Helper()
	g, err := grid.ParseString(strings.TrimPrefix(s, "\n"))
	if err != nil {
		t.Fatalf("parseMap: %v", err)
	}
	var start State
	found := false
	m := make([][]bool, g.Rows())
	for p, c := range g.All() {
		if p.Col == 0 {
			m[p.Row] = make([]bool, g.Cols())
		}
		m[p.Row][p.Col] = c == '#'
		if d, ok := grid.DirOf(rune(c)); ok && strings.IndexByte("^>v<", c) >= 0 {
			start, found = State{p, d}, true
		}
	}
	if !found {
		t.Fatalf("parseMap: no start in\n%s", s)
	}
	return m, start
}

func st(row, col int, d grid.Dir) State { return State{grid.Pt(row, col), d} }

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
		opts  []Option
		want  []State // cut at the first repeat, which is included
		loops bool
	}{
		{"single_cell", "^", nil, []State{st(0, 0, U)}, false},
		{"facing_out_top_edge", "..^..\n.....", nil, []State{st(0, 2, U)}, false},
		{"facing_out_right_edge", "...\n..>\n...", nil, []State{st(1, 2, R)}, false},
		{"facing_out_corner", "v..\n...\n..v", nil, []State{st(2, 2, D)}, false},
		{"straight_out", "...\n...\n.^.", nil, []State{st(2, 1, U), st(1, 1, U), st(0, 1, U)}, false},
		{"one_turn", "#..\n^..", nil, []State{st(1, 0, U), st(1, 0, R), st(1, 1, R), st(1, 2, R)}, false},
		{
			"two_turns_in_a_row",
			".#.\n.^#\n...", nil,
			[]State{st(1, 1, U), st(1, 1, R), st(1, 1, D), st(2, 1, D)}, false,
		},
		{
			"three_turns_dead_end",
			".#.\n#^#\n...", nil,
			[]State{st(1, 1, U), st(1, 1, R), st(1, 1, D), st(2, 1, D)}, false,
		},
		{
			"boxed_in",
			".#.\n#^#\n.#.", nil,
			[]State{st(1, 1, U), st(1, 1, R), st(1, 1, D), st(1, 1, L), st(1, 1, U)}, true,
		},
		{
			"boxed_in_facing_left",
			".#.\n#<#\n.#.", nil,
			[]State{st(1, 1, L), st(1, 1, U), st(1, 1, R), st(1, 1, D), st(1, 1, L)}, true,
		},
		{
			"boxed_in_turning_left",
			".#.\n#^#\n.#.", []Option{Turning(grid.Dir.TurnLeft)},
			[]State{st(1, 1, U), st(1, 1, L), st(1, 1, D), st(1, 1, R), st(1, 1, U)}, true,
		},
		{
			"boxed_in_reverse",
			".#.\n#^#\n.#.", []Option{Turning(grid.Dir.Reverse)},
			[]State{st(1, 1, U), st(1, 1, D), st(1, 1, U)}, true,
		},
		{
			"corridor_reverse",
			"#.>.#", []Option{Turning(grid.Dir.Reverse)},
			[]State{st(0, 2, R), st(0, 3, R), st(0, 3, L), st(0, 2, L), st(0, 1, L), st(0, 1, R), st(0, 2, R)}, true,
		},
		{
			"facing_out_beside_wall",
			"^#", nil,
			[]State{st(0, 0, U)}, false,
		},
		{
			"turn_then_exit",
			"#.\n^.", nil,
			[]State{st(1, 0, U), st(1, 0, R), st(1, 1, R)}, false,
		},
		{
			"rectangle_loop",
			".#...\n....#\n.^...\n#....\n...#.", nil,
			[]State{
				st(2, 1, U), st(1, 1, U), st(1, 1, R), st(1, 2, R), st(1, 3, R), st(1, 3, D),
				st(2, 3, D), st(3, 3, D), st(3, 3, L), st(3, 2, L), st(3, 1, L), st(3, 1, U),
				st(2, 1, U),
			}, true,
		},
		{
			"stay_rule_repeats_at_once",
			"#\n^", []Option{Turning(stay)},
			[]State{st(1, 0, U), st(1, 0, U)}, true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, start := parseMap(t, tt.m)
			g, blocked, _ := mapGrid(m)
			got, loops := collect(Patrol(g, start, blocked, tt.opts...), 1000)
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
	m, start := parseMap(t, smallMap)
	g, blocked, _ := mapGrid(m)
	cells := map[grid.Point]bool{}
	for s := range Patrol(g, start, blocked) {
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
		if _, loops := refPatrol(m, start, refRight, -1); loops {
			loopers++
			g2, blocked2, _ := mapGrid(m)
			if _, got := collect(Patrol(g2, start, blocked2), -1); !got {
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
	g, blocked, calls := mapGrid(testkit.Bools(rand.New(rand.NewPCG(1, 1)), 4, 6, 0.3))
	for _, p := range []grid.Point{grid.Pt(-1, 0), grid.Pt(0, -1), grid.Pt(4, 0), grid.Pt(0, 6), grid.Pt(4, 6), grid.Pt(-1, -1), grid.Pt(-100, 3), grid.Pt(2, 1<<40)} {
		for _, d := range allDirs[:4] {
			for _, r := range rules {
				if got := slices.Collect(Patrol(g, State{p, d}, blocked, r.opts...)); len(got) != 0 {
					t.Errorf("%s: Patrol from %v = %v, want nothing", r.name, State{p, d}, got)
				}
			}
		}
	}
	var zero grid.Grid[bool]
	if got := slices.Collect(Patrol(zero, State{}, blocked)); len(got) != 0 {
		t.Errorf("Patrol on the zero grid = %v, want nothing", got)
	}
	if *calls != 0 {
		t.Errorf("blocked called %d times for starts outside the grid, want 0", *calls)
	}
}

// TestPatrolEarlyBreak checks that breaking out of a Patrol loop stops the
// walk at once: blocked is not called again, and yield is not called again.
func TestPatrolEarlyBreak(t *testing.T) {
	m, start := parseMap(t, ".#.\n#^#\n.#.") // loops forever
	g, blocked, calls := mapGrid(m)
	seq := Patrol(g, start, blocked)
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
		seq(func(State) bool { n++; return n < k })
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
		seq := Patrol(g, randStart(rng, rows, cols), blocked, Turning(grid.Dir.TurnLeft))
		limit := 4*rows*cols + 1
		first, _ := collect(seq, limit)
		second, _ := collect(seq, limit)
		if !slices.Equal(first, second) {
			t.Fatalf("Patrol ranged twice = %v, then %v", first, second)
		}
		var wg sync.WaitGroup
		got := make([][]State, 4)
		for i := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[i], _ = collect(seq, limit)
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
	m, start := parseMap(t, ".#.\n#^#\n.#.")
	tests := []struct {
		name      string
		inBlocked bool
	}{
		{"in_loop_body", false},
		{"in_blocked", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, _, _ := mapGrid(m)
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
				for range Patrol(g, start, blocked) {
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
	m, start := parseMap(t, smallMap)
	g, err := grid.FromRows(m)
	if err != nil {
		t.Fatal(err)
	}
	blocked := func(p grid.Point) bool { return g.At(p) }
	var v Visited
	sp := States(g)
	tests := []struct {
		name string
		f    func()
	}{
		{"default", func() {
			n := 0
			for range Patrol(g, start, blocked) {
				n++
			}
			sink = n
		}},
		{"turning", func() {
			n := 0
			for s := range Patrol(g, start, blocked, Turning(grid.Dir.TurnLeft)) {
				n += s.Pos.Row
			}
			sink = n
		}},
		{"break_with_visited", func() {
			v.Reset(sp.Len())
			n := 0
			for s := range Patrol(g, start, blocked) {
				if v.Visit(sp.State(s)) {
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
// checks Visited.Loops(Patrol(…)) against refPatrol, and that a walk
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
		m, start := fuzzMap(data, 16)
		rows, cols := len(m), len(m[0])
		r := rules[int(data[4]>>2)%len(rules)]
		g, blocked, _ := mapGrid(m)
		bound := 4 * rows * cols

		// Visited.Loops must terminate: cap what it may read, just past the
		// point by which every walk has repeated a state or ended.
		n := 0
		capped := func(yield func(State) bool) {
			for s := range Patrol(g, start, blocked, r.opts...) {
				if n++; n > bound+1 || !yield(s) {
					return
				}
			}
		}
		sp, err := NewSpace(g, 8, 1)
		if err != nil {
			t.Fatal(err)
		}
		var v Visited
		v.Reset(sp.Len())
		got := v.Loops(sp.IDs(capped))
		if n > bound+1 {
			t.Fatalf("%s: Visited.Loops read over %d states from %v on\n%s", r.name, bound+1, start, g)
		}
		want, wantLoops := refPatrol(m, start, r.ref, -1)
		if got != wantLoops {
			t.Fatalf("%s: Visited.Loops(Patrol from %v) on\n%s= %v, want %v (walk %v)",
				r.name, start, g, got, wantLoops, want)
		}
		if !got {
			if n > bound {
				t.Fatalf("%s: walk from %v on\n%shas %d states and does not loop; want at most %d",
					r.name, start, g, n, bound)
			}
			if n != len(want) {
				t.Fatalf("%s: walk from %v on\n%shas %d states, want %d", r.name, start, g, n, len(want))
			}
		}
	})
}

// spiralMap returns an n×n map on which a guard starting in the middle
// facing up spirals outwards, clockwise, in rings two cells apart, and
// leaves the map after walking most of it: about n*n/2 steps.
func spiralMap(n int) ([][]bool, State) {
	m := make([][]bool, n)
	for i := range m {
		m[i] = make([]bool, n)
	}
	start := State{grid.Pt(n/2, n/2), grid.Up}
	p, d := start.Pos, start.Dir
	for leg := 2; ; leg += 2 {
		for range 2 {
			p = p.Move(d, leg)
			stop := p.Move(d, 1)
			if stop.Row < 0 || stop.Row >= n || stop.Col < 0 || stop.Col >= n {
				return m, start
			}
			m[stop.Row][stop.Col] = true
			d = d.TurnRight()
		}
	}
}

func TestSpiralMap(t *testing.T) {
	m, start := spiralMap(130)
	states, loops := refPatrol(m, start, refRight, -1)
	if loops || len(states) < 5000 {
		t.Errorf("walk on spiralMap(130): %d states (loops %v), want over 5000 and no loop", len(states), loops)
	}
}

// patrolAt, patrolDense and patrolFunc are what a solver writes: a
// function that ranges over Patrol and counts the states. They are kept out
// of the b.Loop body on purpose, because b.Loop keeps the values in its body
// alive, and that stops the compiler from fusing the range-over-func loop.
// patrolAt and patrolDense pass blocked as a function literal, which the
// compiler inlines together with Patrol's loop; patrolFunc takes blocked as
// an opaque function value, the cost when it cannot be inlined.
func patrolAt(g grid.Grid[bool], start State) int {
	n := 0
	for range Patrol(g, start, func(p grid.Point) bool { return g.At(p) }) {
		n++
	}
	return n
}

func patrolDense(g grid.Grid[bool], dense []bool, start State) int {
	n, cols := 0, g.Cols()
	for range Patrol(g, start, func(p grid.Point) bool { return dense[p.Row*cols+p.Col] }) {
		n++
	}
	return n
}

func patrolFunc(g grid.Grid[bool], start State, blocked func(grid.Point) bool) int {
	n := 0
	for range Patrol(g, start, blocked) {
		n++
	}
	return n
}

// BenchmarkPatrol walks the guard over a 130×130 spiral map, some 8,000
// steps from the middle to the edge, with blocked reading a grid.Grid[bool]
// through At or a dense []bool, as a literal, as an opaque function value,
// or as the method value g.At.
func BenchmarkPatrol(b *testing.B) {
	m, start := spiralMap(130)
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
		if r := recover(); fmt.Sprint(r) != "walk: Patrol with invalid heading 9" {
			t.Errorf("Patrol(Dir(9)) panicked with %v, want the invalid heading message", r)
		}
	}()
	_ = Patrol(g, State{Pos: grid.Pt(1, 1), Dir: grid.Dir(9)}, g.At)
	t.Error("Patrol(Dir(9)) returned; want a panic before any range")
}

// TestPatrolBadTurningRule checks that a turning rule that returns an
// invalid heading panics with a message naming the rule's result, not a
// bare runtime index error.
func TestPatrolBadTurningRule(t *testing.T) {
	g := grid.New(3, 3, false)
	g = g.With(grid.Pt(0, 1), true)
	bad := Turning(func(grid.Dir) grid.Dir { return 9 })
	testkit.MustPanic(t, "Patrol with a rule returning Dir(9)", "walk: Patrol: Turning rule turned Up into invalid heading 9", func() {
		for range Patrol(g, st(1, 1, grid.Up), func(p grid.Point) bool { return g.At(p) }, bad) {
		}
	})
}

// fuzzMap decodes a fuzz target's bytes, at least 5 of them, into a map of
// up to 16 rows and maxCols columns and a start state: rows, cols, start
// row, start col and heading, then one bit per cell, row by row (missing
// bytes are open cells). Start rows and columns run from -1 to rows (or
// cols), so some starts are outside the map.
func fuzzMap(data []byte, maxCols int) ([][]bool, State) {
	rows, cols := 1+int(data[0])%16, 1+int(data[1])%maxCols
	start := State{grid.Pt(int(data[2])%(rows+2)-1, int(data[3])%(cols+2)-1), grid.Dir(data[4] % 4)}
	bits := data[5:]
	m := make([][]bool, rows)
	for i := range m {
		m[i] = make([]bool, cols)
		for j := range m[i] {
			k := i*cols + j
			m[i][j] = k/8 < len(bits) && bits[k/8]>>(k%8)&1 == 1
		}
	}
	return m, start
}
