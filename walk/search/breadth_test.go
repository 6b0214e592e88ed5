package search_test

import (
	"bytes"
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// openMap returns a rows×cols map of '.' and '#', each cell a wall with
// probability density.
func openMap(rng *rand.Rand, rows, cols int, density float64) grid.Grid[byte] {
	g, err := grid.FromRows(testkit.Walls(rng, rows, cols, density))
	if err != nil {
		panic(err)
	}
	return g
}

// openCell returns a random free cell of g, or false if there is none.
func openCell(rng *rand.Rand, g grid.Grid[byte]) (grid.Point, bool) {
	free := slices.Collect(func(yield func(grid.Point) bool) {
		for p, c := range g.All() {
			if c != '#' && !yield(p) {
				return
			}
		}
	})
	if len(free) == 0 {
		return grid.Point{}, false
	}
	return free[rng.IntN(len(free))], true
}

// openNeighbors returns the next function of a search over the free cells of
// g, moving Up, Right, Down and Left.
func openNeighbors(g grid.Grid[byte]) func(grid.Point) iter.Seq[grid.Point] {
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

// plainBFS is the reference: the distance of every free cell from start,
// -1 where it cannot be reached, by a queue over [][]int.
func plainBFS(m [][]byte, start grid.Point) [][]int {
	dist := make([][]int, len(m))
	for r := range dist {
		dist[r] = make([]int, len(m[r]))
		for c := range dist[r] {
			dist[r][c] = -1
		}
	}
	dist[start.Row][start.Col] = 0
	queue := []grid.Point{start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, d := range [][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}} {
			r, c := p.Row+d[0], p.Col+d[1]
			if r < 0 || r >= len(m) || c < 0 || c >= len(m[r]) || m[r][c] == '#' || dist[r][c] >= 0 {
				continue
			}
			dist[r][c] = dist[p.Row][p.Col] + 1
			queue = append(queue, grid.Pt(r, c))
		}
	}
	return dist
}

// checkBFS checks a breadth-first sequence against reference distances:
// start first at 0, each state once, distances never decreasing, and
// exactly the reachable states with their distances.
func checkBFS[S comparable](t *testing.T, name string, seq iter.Seq2[S, int], start S, want map[S]int) {
	t.Helper()
	got := make(map[S]int)
	last, first := 0, true
	for s, d := range seq {
		if first && (s != start || d != 0) {
			t.Fatalf("%s: first yield %v, %d, want %v, 0", name, s, d, start)
		}
		first = false
		if _, dup := got[s]; dup {
			t.Fatalf("%s: %v yielded twice", name, s)
		}
		if d < last {
			t.Fatalf("%s: distance went down from %d to %d at %v", name, last, d, s)
		}
		got[s], last = d, d
	}
	if len(got) != len(want) {
		t.Fatalf("%s: yielded %d states, want %d", name, len(got), len(want))
	}
	for s, d := range want {
		if g, ok := got[s]; !ok || g != d {
			t.Fatalf("%s: %v at distance %d (found %v), want %d", name, s, g, ok, d)
		}
	}
}

// viaBFS runs a search with b, the dense BFS, over the states that id
// numbers in [0, n) and state turns back, and yields what it reaches, as
// BreadthFirst does. With b nil, each range uses a BFS of its own.
func viaBFS[S comparable](b *search.BFS, n int, id func(S) int, state func(int) S, start S, next func(S) iter.Seq[S]) iter.Seq2[S, int] {
	return func(yield func(S, int) bool) {
		b := b
		if b == nil {
			b = new(search.BFS)
		}
		b.Reset(n)
		b.Add(id(start))
		for i, d := range b.All() {
			s := state(i)
			if !yield(s, d) {
				return
			}
			for t := range next(s) {
				b.Add(id(t))
			}
		}
	}
}

// reused is one BFS for every search of the tests, so that each search
// runs on tables left by the one before.
var reused search.BFS

func TestBFSMatchesPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 1))
	for i := range 400 {
		rows, cols := 1+rng.IntN(25), 1+rng.IntN(25)
		g := openMap(rng, rows, cols, rng.Float64()*0.5)
		start, ok := openCell(rng, g)
		if !ok {
			continue
		}
		dist := plainBFS(g.ToRows(), start)
		want := make(map[grid.Point]int)
		for p := range g.Points() {
			if d := dist[p.Row][p.Col]; d >= 0 {
				want[p] = d
			}
		}
		name := fmt.Sprintf("map %d from %v:\n%s", i, start, g)
		next := openNeighbors(g)
		sp := search.Cells(g)
		checkBFS(t, "BreadthFirst "+name, search.BreadthFirst(start, next), start, want)
		checkBFS(t, "BFS "+name, viaBFS(&reused, sp.Len(), sp.CellID, sp.Point, start, next), start, want)
	}
}

// stateMoves returns the next function of a walker on the free cells of g
// who steps ahead or turns 90° either way, each one move.
func stateMoves(g grid.Grid[byte]) func(walk.State) iter.Seq[walk.State] {
	return func(s walk.State) iter.Seq[walk.State] {
		return func(yield func(walk.State) bool) {
			if a, ok := g.Get(s.Ahead()); ok && a != '#' && !yield(s.Step()) {
				return
			}
			if !yield(s.TurnLeft()) {
				return
			}
			yield(s.TurnRight())
		}
	}
}

// plainStateBFS is the reference for walker states: moves on a
// [row][col][heading] table, rounds of relaxation until nothing changes.
func plainStateBFS(m [][]byte, start walk.State) map[walk.State]int {
	const inf = 1 << 60
	rows, cols := len(m), len(m[0])
	dist := make([][][4]int, rows)
	for r := range dist {
		dist[r] = make([][4]int, cols)
		for c := range dist[r] {
			dist[r][c] = [4]int{inf, inf, inf, inf}
		}
	}
	dist[start.Pos.Row][start.Pos.Col][start.Dir] = 0
	delta := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	for changed := true; changed; {
		changed = false
		relax := func(r, c, h, d int) {
			if d < dist[r][c][h] {
				dist[r][c][h], changed = d, true
			}
		}
		for r := range rows {
			for c := range cols {
				for h := range 4 {
					d := dist[r][c][h]
					if d == inf {
						continue
					}
					relax(r, c, (h+1)%4, d+1)
					relax(r, c, (h+3)%4, d+1)
					if nr, nc := r+delta[h][0], c+delta[h][1]; nr >= 0 && nr < rows && nc >= 0 && nc < cols && m[nr][nc] != '#' {
						relax(nr, nc, h, d+1)
					}
				}
			}
		}
	}
	out := make(map[walk.State]int)
	for r := range rows {
		for c := range cols {
			for h := range 4 {
				if dist[r][c][h] < inf {
					out[walk.State{Pos: grid.Pt(r, c), Dir: grid.Dir(h)}] = dist[r][c][h]
				}
			}
		}
	}
	return out
}

func TestBFSStatesMatchPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2))
	for i := range 150 {
		g := openMap(rng, 1+rng.IntN(15), 1+rng.IntN(15), rng.Float64()*0.5)
		if i%2 == 0 {
			g = carveMaze(rng, 3+2*rng.IntN(8), 3+2*rng.IntN(8), rng.Float64()*0.3)
		}
		pos, ok := openCell(rng, g)
		if !ok {
			continue
		}
		start := walk.State{Pos: pos, Dir: grid.Dir(rng.IntN(4))}
		want := plainStateBFS(g.ToRows(), start)
		name := fmt.Sprintf("map %d from %v:\n%s", i, start, g)
		sp := search.States(g)
		checkBFS(t, "BreadthFirst "+name, search.BreadthFirst(start, stateMoves(g)), start, want)
		checkBFS(t, "BFS "+name, viaBFS(&reused, sp.Len(), sp.StateID, sp.State, start, stateMoves(g)), start, want)
	}
}

// line is the next function of the integers, each one step from its
// neighbours: an infinite graph. It counts its calls in *calls.
func line(calls *int) func(int) iter.Seq[int] {
	return func(x int) iter.Seq[int] {
		*calls++
		return func(yield func(int) bool) {
			if yield(x - 1) {
				yield(x + 1)
			}
		}
	}
}

func TestBFSEarlyBreak(t *testing.T) {
	tests := []struct {
		name      string
		target    int
		wantDist  int
		wantCalls int // next calls: one per state expanded before the target was found
	}{
		{"start", 0, 0, 0},
		{"first_found", -1, 1, 1},
		{"second_found", 1, 1, 1},
		{"far_left", -5, 5, 8},
		{"far_right", 5, 5, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls, yields int
			found := -1
			for x, d := range search.BreadthFirst(0, line(&calls)) {
				yields++
				if x == tt.target {
					found = d
					break
				}
			}
			if found != tt.wantDist || calls != tt.wantCalls {
				t.Errorf("BFS over the integers to %d: distance %d after %d calls of next, want %d after %d",
					tt.target, found, calls, tt.wantDist, tt.wantCalls)
			}
			if want := 2*tt.wantDist + 1 - btoi(tt.target < 0); yields != want {
				t.Errorf("BFS over the integers to %d yielded %d states, want %d", tt.target, yields, want)
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

// TestBFSBreakInsideNext checks that a break stops the iterator next
// returned.
func TestBFSBreakInsideNext(t *testing.T) {
	afterStop := 0
	next := func(x int) iter.Seq[int] {
		return func(yield func(int) bool) {
			for i := range 5 {
				if !yield(10*x + i + 1) {
					afterStop++ // counted once per stop; a second call would panic
					return
				}
			}
		}
	}
	for name, seq := range map[string]iter.Seq2[int, int]{
		"BreadthFirst": search.BreadthFirst(0, next),
	} {
		afterStop = 0
		var got []int
		for x := range seq {
			got = append(got, x)
			if x == 12 {
				break
			}
		}
		if want := []int{0, 1, 2, 3, 4, 5, 11, 12}; !slices.Equal(got, want) || afterStop != 1 {
			t.Errorf("%s: yielded %v, next's iterator stopped %d times; want %v, once", name, got, afterStop, want)
		}
	}
}

func TestBFSTwice(t *testing.T) {
	g := openMap(rand.New(rand.NewPCG(6, 3)), 12, 12, 0.3)
	start, _ := openCell(rand.New(rand.NewPCG(6, 4)), g)
	seq := search.BreadthFirst(start, openNeighbors(g))
	type pair struct {
		p grid.Point
		d int
	}
	collect := func() []pair {
		var out []pair
		for p, d := range seq {
			out = append(out, pair{p, d})
		}
		return out
	}
	if a, b := collect(), collect(); !slices.Equal(a, b) || len(a) == 0 {
		t.Errorf("BFS ranged twice gave %d and %d states, differing; want the same sequence", len(a), len(b))
	}
}

func TestSpaceAndBFSPanics(t *testing.T) {
	var b search.BFS
	expectPanic(t, "BFS.Reset(-1)", func() { b.Reset(-1) })
	b.Reset(10)
	expectPanic(t, "BFS.Add(10) on 10 ids", func() { b.Add(10) })
	expectPanic(t, "BFS.Add(-1)", func() { b.Add(-1) })
	testkit.MustPanic(t, "BFS.AddCounting(3) after Reset", "search: BFS.AddCounting: the search was made by Reset: use ResetCounting", func() { b.AddCounting(3) })
	b.ResetCounting(10)
	testkit.MustPanic(t, "BFS.AddCounting(10) on 10 ids", "search: BFS.AddCounting: id 10 outside [0, 10)", func() { b.AddCounting(10) })
	testkit.MustPanic(t, "BFS.AddCounting(-1)", "search: BFS.AddCounting: id -1 outside [0, 10)", func() { b.AddCounting(-1) })
	testkit.MustPanic(t, "BFS.ResetCounting(-1)", "search: BFS.ResetCounting: size -1", func() { b.ResetCounting(-1) })
	b.Reset(10)
	if d, ok := b.Dist(-1); ok || d != 0 || b.Reached(99) || b.Count(-5) != 0 || b.Path(12) != nil {
		t.Errorf("BFS queries of ids outside [0, 10) report reached")
	}
	sp := search.States(grid.New(2, 2, '.'))
	if got := sp.StateID(walk.State{Dir: grid.UpLeft}); got != -1 {
		t.Errorf("States(2x2).StateID(diagonal) = %d, want -1", got)
	}
	if got := sp.StateID(walk.State{Pos: grid.Pt(2, 0)}); got != -1 {
		t.Errorf("States(2x2).StateID(outside) = %d, want -1", got)
	}
	if n, i := sp.Len(), sp.StateID(walk.State{Pos: grid.Pt(1, 1), Dir: grid.Left}); n != 16 || i != 15 {
		t.Errorf("States(2x2): Len() = %d, State((1,1) Left) = %d, want 16, 15", n, i)
	}
}

// expectPanic checks that f panics with a message starting "search: ".
func expectPanic(t *testing.T, name string, f func()) {
	t.Helper()
	testkit.MustPanic(t, name, "search: ", f)
}

// carveMaze returns a rows×cols maze (both odd, at least 3) carved by a
// randomised depth-first search over the cells at odd coordinates, with a
// share extra of the remaining inner walls between two such cells opened,
// so that it has loops.
func carveMaze(rng *rand.Rand, rows, cols int, extra float64) grid.Grid[byte] {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = bytes.Repeat([]byte{'#'}, cols)
	}
	m[1][1] = '.'
	stack := []grid.Point{grid.Pt(1, 1)}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		var opts []grid.Dir
		for d := grid.Up; d <= grid.Left; d++ {
			if q := p.Move(d, 2); q.Row > 0 && q.Row < rows-1 && q.Col > 0 && q.Col < cols-1 && m[q.Row][q.Col] == '#' {
				opts = append(opts, d)
			}
		}
		if len(opts) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		d := opts[rng.IntN(len(opts))]
		w, q := p.Move(d, 1), p.Move(d, 2)
		m[w.Row][w.Col], m[q.Row][q.Col] = '.', '.'
		stack = append(stack, q)
	}
	for r := 1; r < rows-1; r++ {
		for c := 1; c < cols-1; c++ {
			if m[r][c] == '#' && (r%2 == 1) != (c%2 == 1) && rng.Float64() < extra {
				m[r][c] = '.'
			}
		}
	}
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	return g
}

// benchMaze is the 141x141 maze of the benchmarks, with its start and end.
func benchMaze() (g grid.Grid[byte], start walk.State, end grid.Point) {
	g = carveMaze(rand.New(rand.NewPCG(141, 1)), 141, 141, 0.05)
	return g, walk.State{Pos: grid.Pt(139, 1), Dir: grid.Right}, grid.Pt(1, 139)
}

// BenchmarkBFS walks every state of a 141x141 maze from one corner, with
// the moves of BenchmarkShortestPaths, their costs ignored: the map-based
// BreadthFirst, and the dense BFS with the same next function.
func BenchmarkBFS(b *testing.B) {
	g, start, _ := benchMaze()
	sp := search.States(g)
	var bfs search.BFS
	for _, name := range []string{"BreadthFirst", "BFS"} {
		b.Run(name, func(b *testing.B) {
			seq := search.BreadthFirst(start, stateMoves(g))
			if name == "BFS" {
				seq = viaBFS(&bfs, sp.Len(), sp.StateID, sp.State, start, stateMoves(g))
			}
			states := 0
			b.ReportAllocs()
			for b.Loop() {
				for range seq {
					states++
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(states), "ns/state")
		})
	}
}
