package junction_test

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk/junction"
)

// lpRules are the step rules the tests compress mazes with: '#' is a
// wall, and the arrows '^', '>', 'v', '<' are slopes that the rules treat
// in three ways.
var lpRules = []struct {
	name string
	rule func(g grid.Grid[byte]) func(grid.Point, grid.Dir) bool
}{
	{"open", lpOpen},
	{"slopes", lpSlopes},
	{"slopes_exit_only", func(g grid.Grid[byte]) func(grid.Point, grid.Dir) bool {
		// A slope may be entered from any side but left only downhill.
		return func(p grid.Point, d grid.Dir) bool {
			a, b := g.At(p), g.At(p.Add(d.Delta()))
			if s, ok := grid.DirOf(rune(a)); ok && s != d {
				return false
			}
			return a != '#' && b != '#'
		}
	}},
}

// lpOpen steps between any two cells that are not walls.
func lpOpen(g grid.Grid[byte]) func(grid.Point, grid.Dir) bool {
	return func(p grid.Point, d grid.Dir) bool {
		return g.At(p) != '#' && g.At(p.Add(d.Delta())) != '#'
	}
}

// lpSlopes also crosses a slope only downhill: onto it and off it.
func lpSlopes(g grid.Grid[byte]) func(grid.Point, grid.Dir) bool {
	return func(p grid.Point, d grid.Dir) bool {
		a, b := g.At(p), g.At(p.Add(d.Delta()))
		if a == '#' || b == '#' {
			return false
		}
		if s, ok := grid.DirOf(rune(a)); ok && s != d {
			return false
		}
		if s, ok := grid.DirOf(rune(b)); ok && s != d {
			return false
		}
		return true
	}
}

// longestRef is the reference: a depth-first search over the cells of g
// with a visited table, trying every simple path from start and keeping
// the longest that ends at end.
func longestRef(g grid.Grid[byte], start, end grid.Point, open func(grid.Point, grid.Dir) bool) (int, bool) {
	seen := make([]bool, g.Len())
	best := -1
	var dfs func(p grid.Point, n int)
	dfs = func(p grid.Point, n int) {
		if p == end {
			best = max(best, n)
			return
		}
		seen[g.Index(p)] = true
		for d := grid.Up; d <= grid.Left; d++ {
			if q := p.Add(d.Delta()); g.In(q) && !seen[g.Index(q)] && open(p, d) {
				dfs(q, n+1)
			}
		}
		seen[g.Index(p)] = false
	}
	dfs(start, 0)
	if best < 0 {
		return 0, false
	}
	return best, true
}

// lpGraphRef is the reference for New: the node cells, and the
// longest edge between each pair of them, found by plain searches over the
// cells of g. Nodes are start, end and the cells with three or more links
// that a breadth-first search from start or end reaches; an edge is a
// path by allowed steps between two nodes through cells that are not.
func lpGraphRef(g grid.Grid[byte], start, end grid.Point, open func(grid.Point, grid.Dir) bool) (map[grid.Point]bool, map[[2]grid.Point]int) {
	links := func(p grid.Point) int {
		n := 0
		for d := grid.Up; d <= grid.Left; d++ {
			if q := p.Add(d.Delta()); g.In(q) && (open(p, d) || open(q, d.Reverse())) {
				n++
			}
		}
		return n
	}
	nodes := map[grid.Point]bool{start: true, end: true}
	seen := map[grid.Point]bool{start: true, end: true}
	queue := []grid.Point{start, end}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if links(p) >= 3 {
			nodes[p] = true
		}
		for d := grid.Up; d <= grid.Left; d++ {
			if q := p.Add(d.Delta()); g.In(q) && !seen[q] && open(p, d) {
				seen[q] = true
				queue = append(queue, q)
			}
		}
	}
	edges := map[[2]grid.Point]int{}
	for a := range nodes {
		on := map[grid.Point]bool{a: true}
		var dfs func(p grid.Point, n int)
		dfs = func(p grid.Point, n int) {
			for d := grid.Up; d <= grid.Left; d++ {
				q := p.Add(d.Delta())
				switch {
				case !g.In(q) || on[q] || !open(p, d):
				case nodes[q]:
					k := [2]grid.Point{a, q}
					edges[k] = max(edges[k], n+1)
				default:
					on[q] = true
					dfs(q, n+1)
					on[q] = false
				}
			}
		}
		dfs(a, 0)
	}
	return nodes, edges
}

// lpMaze returns a random rows×cols maze: a spanning tree carved through
// the cells at odd coordinates, with extra walls knocked through to make
// cycles, then each open cell made a slope with probability slopes.
func lpMaze(rng *rand.Rand, rows, cols, extra int, slopes float64) grid.Grid[byte] {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = []byte(strings.Repeat("#", cols))
	}
	inner := func(p grid.Point) bool { return p.Row > 0 && p.Col > 0 && p.Row < rows-1 && p.Col < cols-1 }
	first := grid.Pt(1, 1)
	if !inner(first) {
		first = grid.Pt(0, 0)
	}
	m[first.Row][first.Col] = '.'
	stack := []grid.Point{first}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		var ways []grid.Dir
		for d := grid.Up; d <= grid.Left; d++ {
			if q := p.Move(d, 2); inner(q) && m[q.Row][q.Col] == '#' {
				ways = append(ways, d)
			}
		}
		if len(ways) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		d := ways[rng.IntN(len(ways))]
		w, q := p.Move(d, 1), p.Move(d, 2)
		m[w.Row][w.Col], m[q.Row][q.Col] = '.', '.'
		stack = append(stack, q)
	}
	for range extra {
		r, c := rng.IntN(rows), rng.IntN(cols)
		m[r][c] = '.'
	}
	for r := range m {
		for c := range m[r] {
			if m[r][c] == '.' && rng.Float64() < slopes {
				m[r][c] = grid.Dir(rng.IntN(4)).Glyph()
			}
		}
	}
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	return g
}

// lpField returns a rows×cols grid of open cells with walls scattered
// at the given density and slopes at theirs: many small cycles and
// junctions side by side.
func lpField(rng *rand.Rand, rows, cols int, walls, slopes float64) grid.Grid[byte] {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			switch x := rng.Float64(); {
			case x < walls:
				m[r][c] = '#'
			case x < walls+slopes:
				m[r][c] = grid.Dir(rng.IntN(4)).Glyph()
			default:
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

// lpOpenCell returns a random cell of g that is not a wall, or (0,0).
func lpOpenCell(rng *rand.Rand, g grid.Grid[byte]) grid.Point {
	var open []grid.Point
	for p, v := range g.All() {
		if v != '#' {
			open = append(open, p)
		}
	}
	if len(open) == 0 {
		return grid.Pt(0, 0)
	}
	return open[rng.IntN(len(open))]
}

// lpCheck compresses g and compares Longest with longestRef, and the
// graph's basic promises: start is node 0, end node 1, Index inverts Node.
// It returns the graph and the two node numbers.
func lpCheck(t *testing.T, name string, g grid.Grid[byte], start, end grid.Point, open func(grid.Point, grid.Dir) bool) (*junction.Graph, int, int) {
	t.Helper()
	jg, err := junction.New(g, start, end, open)
	if err != nil {
		t.Fatalf("%s: New(%v, %v) error: %v on\n%s", name, start, end, err, g)
	}
	from, fok := jg.Index(start)
	to, tok := jg.Index(end)
	wantTo := 1
	if start == end {
		wantTo = 0
	}
	if !fok || !tok || from != 0 || to != wantTo {
		t.Fatalf("%s: Index(start), Index(end) = %d %v, %d %v, want 0 true, %d true", name, from, fok, to, tok, wantTo)
	}
	nodes, edges := map[grid.Point]bool{}, map[[2]grid.Point]int{}
	for i := range jg.Len() {
		nodes[jg.Node(i)] = true
		if j, ok := jg.Index(jg.Node(i)); !ok || j != i {
			t.Fatalf("%s: Index(Node(%d)) = %d, %v, want %d, true", name, i, j, ok, i)
		}
		last := -1
		for v, n := range jg.Edges(i) {
			if v <= last {
				t.Fatalf("%s: Edges(%d) yields node %d after %d", name, i, v, last)
			}
			last = v
			edges[[2]grid.Point{jg.Node(i), jg.Node(v)}] = n
		}
	}
	wantNodes, wantEdges := lpGraphRef(g, start, end, open)
	if !maps.Equal(nodes, wantNodes) || !maps.Equal(edges, wantEdges) {
		t.Fatalf("%s: New(%v, %v) has nodes %v and edges %v, want %v and %v on\n%s", name, start, end, nodes, edges, wantNodes, wantEdges, g)
	}
	got, ok := jg.Longest(from, to)
	want, wok := longestRef(g, start, end, open)
	if got != want || ok != wok {
		t.Fatalf("%s: Longest from %v to %v = %d, %v, want %d, %v on\n%s", name, start, end, got, ok, want, wok, g)
	}
	return jg, from, to
}

// lpCheckPrefixes checks that LongestFrom over Prefixes(from, to, depth)
// gives Longest(from, to) at each depth in depths.
func lpCheckPrefixes(t *testing.T, name string, jg *junction.Graph, from, to int, depths ...int) {
	t.Helper()
	want, wok := jg.Longest(from, to)
	for _, depth := range depths {
		got, ok := 0, false
		for _, p := range jg.Prefixes(from, to, depth) {
			if p.Visited>>p.Node&1 == 0 || p.Visited>>from&1 == 0 {
				t.Fatalf("%s: Prefixes(%d, %d, %d) gives %+v, which misses its own ends", name, from, to, depth, p)
			}
			if n, pok := jg.LongestFrom(p, to); pok && (!ok || n > got) {
				got, ok = n, true
			}
		}
		if got != want || ok != wok {
			t.Fatalf("%s: best LongestFrom over Prefixes(%d, %d, %d) = %d, %v, want Longest = %d, %v", name, from, to, depth, got, ok, want, wok)
		}
	}
}

func TestLongestMatchesRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 1))
	for i := range 2000 {
		var g grid.Grid[byte]
		var start, end grid.Point
		if i%2 == 0 {
			rows, cols := 3+rng.IntN(13), 3+rng.IntN(13)
			g = lpMaze(rng, rows, cols, rng.IntN(1+rows*cols/8), rng.Float64()*0.3)
			start, end = lpOpenCell(rng, g), lpOpenCell(rng, g)
		} else {
			g = lpField(rng, 1+rng.IntN(5), 1+rng.IntN(6), rng.Float64()*0.4, rng.Float64()*0.2)
			start, end = lpOpenCell(rng, g), lpOpenCell(rng, g)
		}
		for _, r := range lpRules {
			name := fmt.Sprintf("maze %d, rule %s", i, r.name)
			jg, from, to := lpCheck(t, name, g, start, end, r.rule(g))
			lpCheckPrefixes(t, name, jg, from, to, 0, 1, 2, 3, 5, 8, jg.Len())
		}
	}
}

// A maze carved from a corner to the opposite one, as puzzles have them.
func TestLongestCornerToCorner(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 2))
	for i := range 300 {
		rows, cols := 5+2*rng.IntN(6), 5+2*rng.IntN(6)
		g := lpMaze(rng, rows, cols, rng.IntN(6), 0.15*float64(i%2))
		g = g.With(grid.Pt(0, 1), '.').With(grid.Pt(rows-1, cols-2), '.')
		for _, r := range lpRules {
			name := fmt.Sprintf("maze %d, rule %s", i, r.name)
			jg, from, to := lpCheck(t, name, g, grid.Pt(0, 1), grid.Pt(rows-1, cols-2), r.rule(g))
			lpCheckPrefixes(t, name, jg, from, to, 0, 1, 2, 4, 7, jg.Len())
		}
	}
}

func TestNewNodes(t *testing.T) {
	g := grid.MustParse(`
#.#####
#.....#
#.###.#
#...#.#
###.#.#
#.....#
#####.#
`)
	jg, err := junction.New(g, grid.Pt(0, 1), grid.Pt(6, 5), lpOpen(g))
	if err != nil {
		t.Fatal(err)
	}
	// The junctions, cells with three open neighbours, are (1,1), (5,3)
	// and (5,5); (1,5) is a bend, and the corridor to (5,1) a dead end.
	var nodes []grid.Point
	for i := range jg.Len() {
		nodes = append(nodes, jg.Node(i))
	}
	wantNodes := []grid.Point{grid.Pt(0, 1), grid.Pt(6, 5), grid.Pt(1, 1), grid.Pt(5, 5), grid.Pt(5, 3)}
	if !slices.Equal(nodes, wantNodes) {
		t.Fatalf("nodes = %v, want %v", nodes, wantNodes)
	}
	type link struct{ a, b grid.Point }
	edges := map[link]int{}
	for i := range jg.Len() {
		for v, n := range jg.Edges(i) {
			edges[link{jg.Node(i), jg.Node(v)}] = n
		}
	}
	wantEdges := map[link]int{}
	for _, e := range []struct {
		a, b grid.Point
		n    int
	}{
		{grid.Pt(0, 1), grid.Pt(1, 1), 1},
		{grid.Pt(1, 1), grid.Pt(5, 5), 8}, // along row 1, down column 5
		{grid.Pt(1, 1), grid.Pt(5, 3), 6}, // down, along row 3, down
		{grid.Pt(5, 3), grid.Pt(5, 5), 2},
		{grid.Pt(5, 5), grid.Pt(6, 5), 1},
	} {
		wantEdges[link{e.a, e.b}] = e.n
		wantEdges[link{e.b, e.a}] = e.n
	}
	if !maps.Equal(edges, wantEdges) {
		t.Fatalf("edges = %v, want %v", edges, wantEdges)
	}
	if n, ok := jg.Longest(0, 1); n != 10 || !ok {
		t.Fatalf("Longest(0, 1) = %d, %v, want 10, true", n, ok)
	}
}

func TestNewTooManyNodes(t *testing.T) {
	// In an open 2×n field every cell but the four corners has three open
	// neighbours; with start and end in corners there are 2n-2 nodes.
	for _, tc := range []struct {
		cols, nodes int
		fail        bool
	}{{33, 64, false}, {34, 66, true}, {60, 118, true}} {
		g := grid.New(2, tc.cols, byte('.'))
		jg, err := junction.New(g, grid.Pt(0, 0), grid.Pt(1, tc.cols-1), lpOpen(g))
		switch {
		case tc.fail && err == nil:
			t.Errorf("New on an open 2x%d field = %d nodes, nil error; want an error", tc.cols, jg.Len())
		case tc.fail && !strings.Contains(err.Error(), fmt.Sprint(tc.nodes, " nodes")):
			t.Errorf("New on an open 2x%d field: error %q does not name %d nodes", tc.cols, err, tc.nodes)
		case tc.fail && jg != nil:
			t.Errorf("New on an open 2x%d field returned a Graph with its error", tc.cols)
		case !tc.fail && err != nil:
			t.Errorf("New on an open 2x%d field: %v, want %d nodes", tc.cols, err, tc.nodes)
		case !tc.fail && jg.Len() != tc.nodes:
			t.Errorf("New on an open 2x%d field: Len() = %d, want %d", tc.cols, jg.Len(), tc.nodes)
		}
	}
}

// New counts only the junctions reachable from start: a big open
// field walled off from it does not count against MaxNodes.
func TestNewOnlyReachable(t *testing.T) {
	m := []string{"..#" + strings.Repeat(".", 20)}
	for range 10 {
		m = append(m, "..#"+strings.Repeat(".", 20))
	}
	g := grid.MustParse(strings.Join(m, "\n"))
	jg, err := junction.New(g, grid.Pt(0, 0), grid.Pt(10, 1), lpOpen(g))
	if err != nil {
		t.Fatal(err)
	}
	// The cells of the 11×2 strip with three open neighbours are those of
	// rows 1 to 9; the wide field beyond the wall has no part in it.
	if want := 2 + 9*2; jg.Len() != want {
		t.Fatalf("Len() = %d, want %d: start, end and the junctions of the strip", jg.Len(), want)
	}
	// The field beyond the wall would have about 200 nodes.
	if _, err := junction.New(g, grid.Pt(0, 5), grid.Pt(0, 6), lpOpen(g)); err == nil {
		t.Fatal("New from inside the wide field: nil error, want too many nodes")
	}
}

func TestNewBadPoints(t *testing.T) {
	g := grid.New(3, 4, byte('.'))
	for _, tc := range []struct {
		name       string
		g          grid.Grid[byte]
		start, end grid.Point
		want       string
	}{
		{"start_outside", g, grid.Pt(3, 0), grid.Pt(0, 0), "junction: New: start (3,0) outside the 3x4 grid"},
		{"end_outside", g, grid.Pt(0, 0), grid.Pt(0, -1), "junction: New: end (0,-1) outside the 3x4 grid"},
		{"zero_grid", grid.Grid[byte]{}, grid.Pt(0, 0), grid.Pt(0, 0), "junction: New: start (0,0) outside the 0x0 grid"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			jg, err := junction.New(tc.g, tc.start, tc.end, func(grid.Point, grid.Dir) bool { return true })
			if err == nil || err.Error() != tc.want || jg != nil {
				t.Fatalf("New(%v, %v) = %v, %v, want nil, %q", tc.start, tc.end, jg, err, tc.want)
			}
		})
	}
}

func TestLongestUnreachable(t *testing.T) {
	for _, tc := range []struct {
		name, maze string
		rule       func(grid.Grid[byte]) func(grid.Point, grid.Dir) bool
	}{
		{"walled_off", "S..#E\n.#..#\n...##\n", lpOpen},
		{"against_slope", "S.<.E\n", lpSlopes},
		{"against_slope_at_junction", "..#..\nS.<.E\n..#..\n", lpSlopes},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := grid.MustParse(tc.maze)
			start, _ := grid.Find(g, 'S')
			end, _ := grid.Find(g, 'E')
			jg, err := junction.New(g, start, end, tc.rule(g))
			if err != nil {
				t.Fatal(err)
			}
			if n, ok := jg.Longest(0, 1); ok || n != 0 {
				t.Errorf("Longest(0, 1) = %d, %v, want 0, false", n, ok)
			}
			for depth := range 4 {
				for _, p := range jg.Prefixes(0, 1, depth) {
					if n, ok := jg.LongestFrom(p, 1); ok {
						t.Errorf("LongestFrom(%+v, 1) = %d, true, want false", p, n)
					}
				}
			}
		})
	}
}

func TestLongestStartIsEnd(t *testing.T) {
	g := grid.MustParse("...\n.#.\n...\n")
	jg, err := junction.New(g, grid.Pt(0, 0), grid.Pt(0, 0), lpOpen(g))
	if err != nil {
		t.Fatal(err)
	}
	if jg.Len() != 1 {
		t.Fatalf("Len() = %d, want 1", jg.Len())
	}
	if n, ok := jg.Longest(0, 0); n != 0 || !ok {
		t.Fatalf("Longest(0, 0) = %d, %v, want 0, true", n, ok)
	}
	if ps := jg.Prefixes(0, 0, 3); len(ps) != 1 || ps[0] != (junction.Prefix{Node: 0, Visited: 1, Length: 0}) {
		t.Fatalf("Prefixes(0, 0, 3) = %v, want just the empty path", ps)
	}
}

func TestGraphMisuse(t *testing.T) {
	g := grid.MustParse("S..E\n")
	jg, err := junction.New(g, grid.Pt(0, 0), grid.Pt(0, 3), lpOpen(g))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		call func()
		want string
	}{
		{"node", func() { jg.Node(2) }, "junction: Graph.Node: node 2 out of range [0, 2)"},
		{"edges", func() { jg.Edges(-1) }, "junction: Graph.Edges: node -1 out of range [0, 2)"},
		{"longest_from", func() { jg.Longest(5, 1) }, "junction: Graph.Longest: node 5 out of range [0, 2)"},
		{"longest_to", func() { jg.Longest(0, 2) }, "junction: Graph.Longest: node 2 out of range [0, 2)"},
		{"longest_prefix", func() { jg.LongestFrom(junction.Prefix{Node: 64}, 1) }, "junction: Graph.LongestFrom: node 64 out of range [0, 2)"},
		{"prefixes_depth", func() { jg.Prefixes(0, 1, -1) }, "junction: Graph.Prefixes: negative depth -1"},
		{"zero_graph", func() { new(junction.Graph).Longest(0, 0) }, "junction: Graph.Longest: node 0 out of range [0, 0)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if r := recover(); fmt.Sprint(r) != tc.want {
					t.Fatalf("panic %v, want %q", r, tc.want)
				}
			}()
			tc.call()
		})
	}
}

// A Prefix whose Visited holds nodes the search must avoid.
func TestLongestFromAvoidsVisited(t *testing.T) {
	// Two routes from S to E: over the top (length 8) and along the middle
	// row (length 4).
	g := grid.MustParse("#.....#\nS.#.#.E\n#.....#\n")
	jg, err := junction.New(g, grid.Pt(1, 0), grid.Pt(1, 6), lpOpen(g))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := jg.Longest(0, 1)
	if got, ok := jg.LongestFrom(junction.Prefix{Node: 0}, 1); got != want || !ok {
		t.Errorf("LongestFrom(empty prefix at start) = %d, %v, want %d, true", got, ok, want)
	}
	// Visiting the end or every other node first leaves no path.
	if got, ok := jg.LongestFrom(junction.Prefix{Node: 0, Visited: 1 << 1}, 1); ok {
		t.Errorf("LongestFrom with the end visited = %d, true, want false", got)
	}
	all := uint64(1)<<jg.Len() - 1
	if got, ok := jg.LongestFrom(junction.Prefix{Node: 0, Visited: all &^ 2}, 1); ok {
		t.Errorf("LongestFrom with all but the end visited = %d, true, want false", got)
	}
	if got, ok := jg.LongestFrom(junction.Prefix{Node: 1, Visited: all, Length: 7}, 1); got != 7 || !ok {
		t.Errorf("LongestFrom(prefix at the end) = %d, %v, want 7, true", got, ok)
	}
}

func TestLongestAllocs(t *testing.T) {
	g := lpMaze(rand.New(rand.NewPCG(23, 3)), 31, 31, 30, 0)
	g = g.With(grid.Pt(0, 1), '.').With(grid.Pt(30, 29), '.')
	jg, err := junction.New(g, grid.Pt(0, 1), grid.Pt(30, 29), lpOpen(g))
	if err != nil {
		t.Fatal(err)
	}
	p := jg.Prefixes(0, 1, 2)[0]
	for name, f := range map[string]func(){
		"Longest":     func() { jg.Longest(0, 1) },
		"LongestFrom": func() { jg.LongestFrom(p, 1) },
	} {
		if n := testing.AllocsPerRun(20, f); n != 0 {
			t.Errorf("%s allocates %v times per run, want 0", name, n)
		}
	}
}

// FuzzLongest compresses small grids built from the fuzz bytes and checks
// Longest and LongestFrom over Prefixes against longestRef.
//
// Layout: rows, cols, start, end and rule, then one byte per cell, row by
// row (missing bytes are open cells): 0-2 a wall, 3 a slope, 4-7 open.
func FuzzLongest(f *testing.F) {
	f.Add([]byte{4, 5, 0, 29, 0})                                           // open field
	f.Add([]byte{4, 5, 0, 29, 1, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 4, 4, 3}) // slopes
	f.Add([]byte{1, 1, 0, 0, 2})                                            // one cell
	f.Add([]byte{2, 4, 0, 7, 0, 4, 0, 4, 4, 4, 4, 0, 4})                    // a corridor
	f.Add([]byte{3, 3, 0, 8, 0, 4, 4, 4, 4, 0, 4, 4, 4, 4})                 // a ring
	f.Add([]byte{5, 5, 2, 27, 2, 0x43, 0xa4, 0x7, 0x10, 0x5b, 0x33, 0x84, 0xc6, 0x20})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 5 {
			return
		}
		rows, cols := 1+int(data[0])%5, 1+int(data[1])%6
		start := grid.Pt(int(data[2])%(rows*cols)/cols, int(data[2])%(rows*cols)%cols)
		end := grid.Pt(int(data[3])%(rows*cols)/cols, int(data[3])%(rows*cols)%cols)
		r := lpRules[int(data[4])%len(lpRules)]
		cells := data[5:]
		m := make([][]byte, rows)
		for i := range m {
			m[i] = make([]byte, cols)
			for j := range m[i] {
				m[i][j] = '.'
				if k := i*cols + j; k < len(cells) {
					switch b := cells[k]; b % 8 {
					case 0, 1, 2:
						m[i][j] = '#'
					case 3:
						m[i][j] = grid.Dir(b / 8 % 4).Glyph()
					}
				}
			}
		}
		g, err := grid.FromRows(m)
		if err != nil {
			t.Fatal(err)
		}
		jg, from, to := lpCheck(t, r.name, g, start, end, r.rule(g))
		lpCheckPrefixes(t, r.name, jg, from, to, 0, 1, 2, 3, 4, jg.Len())
	})
}

// The maze of the examples, checked against the reference.
func TestLongestHike(t *testing.T) {
	g := grid.MustParse(hike)
	for _, r := range lpRules {
		jg, from, to := lpCheck(t, r.name, g, grid.Pt(0, 1), grid.Pt(g.Rows()-1, g.Cols()-2), r.rule(g))
		lpCheckPrefixes(t, r.name, jg, from, to, 0, 1, 2, 3, 4, 5, 6, jg.Len())
	}
}

// Many goroutines share one Graph; run with -race.
func TestLongestConcurrent(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 4))
	for i := range 20 {
		g := lpMaze(rng, 21, 21, 25, 0)
		g = g.With(grid.Pt(0, 1), '.').With(grid.Pt(20, 19), '.')
		jg, err := junction.New(g, grid.Pt(0, 1), grid.Pt(20, 19), lpOpen(g))
		if err != nil {
			t.Fatal(err)
		}
		want, wok := jg.Longest(0, 1)
		prefixes := jg.Prefixes(0, 1, 8)
		type result struct {
			n  int
			ok bool
		}
		results := parallel.Map(prefixes, func(p junction.Prefix) result {
			n, ok := jg.LongestFrom(p, 1)
			return result{n, ok}
		}, parallel.Workers(4), parallel.Chunk(1))
		got, ok := 0, false
		for _, r := range results {
			if r.ok && (!ok || r.n > got) {
				got, ok = r.n, true
			}
		}
		if got != want || ok != wok {
			t.Fatalf("maze %d: best of LongestFrom on 4 goroutines = %d, %v, want Longest = %d, %v", i, got, ok, want, wok)
		}
	}
}
