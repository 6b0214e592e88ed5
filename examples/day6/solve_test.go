package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/examples/day6/internal/mapgen"
	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
	"github.com/gridsearch/gridsearch/walk/search"
)

// refSolve is the plain reference: it reads the map with strings.Split,
// walks cell by cell with a map of states, and for part 2 tries every free
// cell (not only the path) when allCells is set, else the path cells. ok is
// false when the part-1 walk loops.
func refSolve(text string, allCells bool) (part1, part2 int, ok bool) {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r", "")
	var m [][]byte
	for _, line := range strings.Split(text, "\n") {
		if line != "" {
			m = append(m, []byte(line))
		}
	}
	type pt struct{ r, c int }
	type state struct {
		p pt
		d int
	}
	delta := []pt{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	var start state
	for r, row := range m {
		for c, ch := range row {
			if i := strings.IndexByte("^>v<", ch); i >= 0 {
				start = state{pt{r, c}, i}
			}
		}
	}
	rows, cols := len(m), len(m[0])
	inside := func(p pt) bool { return p.r >= 0 && p.r < rows && p.c >= 0 && p.c < cols }
	// seen[state] == trial marks the states of the current walk.
	seen, trial := make([]int, rows*cols*4), 0
	// walk returns whether the walk loops, and the cells it visits if cells
	// is not nil.
	walk := func(extra pt, cells map[pt]bool) bool {
		trial++
		s := start
		for {
			k := (s.p.r*cols+s.p.c)*4 + s.d
			if seen[k] == trial {
				return true
			}
			if seen[k] = trial; cells != nil {
				cells[s.p] = true
			}
			next := pt{s.p.r + delta[s.d].r, s.p.c + delta[s.d].c}
			if !inside(next) {
				return false
			}
			if next == extra || m[next.r][next.c] == '#' {
				s.d = (s.d + 1) % 4
			} else {
				s.p = next
			}
		}
	}
	path := map[pt]bool{}
	if walk(pt{-1, -1}, path) {
		return 0, 0, false
	}
	for r, row := range m {
		for c, ch := range row {
			p := pt{r, c}
			if ch != '.' || (!allCells && !path[p]) {
				continue
			}
			if walk(p, nil) {
				part2++
			}
		}
	}
	return len(path), part2, true
}

// testMap is one generated case.
type testMap struct {
	name string
	text string
}

// generatedMaps returns n maps: a third from mapgen (the realistic long
// walks), the rest uniform, from 1x1 to 130x130, square and not, with
// densities up to 45%, every guard glyph, and the line endings, byte order
// marks and trailing blank lines of testkit.Quirky.
func generatedMaps(t *testing.T, n int) []testMap {
	rng := rand.New(rand.NewPCG(2024, 6))
	var out []testMap
	for i := range n {
		var rows, cols int
		switch {
		case i%10 == 0:
			rows, cols = 60+rng.IntN(71), 60+rng.IntN(71)
		default:
			rows, cols = 1+rng.IntN(30), 1+rng.IntN(30)
		}
		var text string
		if i%3 == 0 {
			m, err := mapgen.Generate(mapgen.Config{Rows: rows, Cols: cols, Seed: uint64(i)})
			if err != nil {
				t.Fatal(err)
			}
			text = string(m)
		} else {
			m := testkit.Walls(rng, rows, cols, rng.Float64()*0.45)
			testkit.Place(rng, m, "^>v<"[rng.IntN(4)])
			text = testkit.Text(m)
		}
		out = append(out, testMap{fmt.Sprintf("map%d_%dx%d", i, rows, cols), testkit.Quirky(rng, testkit.Lines(text))})
	}
	return out
}

// TestStrategiesAgreeWithReference compares every strategy with refSolve on
// generated maps: 320 by default, 1280 with -heavy.
func TestStrategiesAgreeWithReference(t *testing.T) {
	n := 320
	if *heavy {
		n = 1280
	}
	maps := generatedMaps(t, n)
	var looping, answered, bigPart2 int
	for _, tm := range maps {
		pz, err := parse(strings.NewReader(tm.text))
		if err != nil {
			t.Fatalf("%s: parse: %v\n%q", tm.name, err, tm.text)
		}
		small := pz.cells.Len() <= 900
		want1, want2, ok := refSolve(tm.text, small)
		for name := range strategies {
			if name == "seed" && !small {
				continue // the literal algorithm is too slow for many big maps
			}
			got1, got2, err := solve(pz, name, 1+len(tm.name)%3)
			if !ok {
				if !errors.Is(err, errLoop) {
					t.Errorf("%s: solve(%s) = %d, %d, %v; want errLoop", tm.name, name, got1, got2, err)
				}
				continue
			}
			if err != nil || got1 != want1 || got2 != want2 {
				t.Errorf("%s: solve(%s) = %d, %d, %v; want %d, %d", tm.name, name, got1, got2, err, want1, want2)
			}
		}
		switch {
		case !ok:
			looping++
		case want2 > 20:
			bigPart2++
			answered++
		default:
			answered++
		}
	}
	// The generated set must exercise every outcome in earnest: of 320
	// maps, at least 10 loop, 200 are answered and 30 have part 2 over 20.
	if looping < n/32 || answered < n*200/320 || bigPart2 < n*30/320 {
		t.Errorf("cases: %d looping, %d answered, %d with part 2 > 20; the generator is too one-sided", looping, answered, bigPart2)
	}
}

// TestHandMadeMaps covers the corners that random maps hit only by luck.
func TestHandMadeMaps(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		p1, p2 int
	}{
		{"single_cell", "^", 1, 0},
		{"facing_out_top", "..^..\n.....\n", 1, 0},
		{"facing_out_left", "#..\n<..\n", 1, 0},
		{"straight_down", "v\n.\n.\n", 3, 0},
		// Blocked ahead and to the right: two turns on the spot, then down.
		{"double_turn", ".#.\n.^#\n...\n", 2, 0},
		// Boxed in on three sides: it turns twice and leaves downwards; a
		// fourth wall below shuts the box and it spins for ever.
		{"u_turn_pocket", ".#.\n#^#\n...\n", 2, 1},
		// Its only way out is past one cell: block it and it loops.
		{"one_exit", "#....\n...#.\n.^...\n..#..\n", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want1, want2, ok := refSolve(tt.text, true)
			if !ok {
				t.Fatalf("reference says %q loops", tt.text)
			}
			if tt.p1 != 0 && (want1 != tt.p1 || want2 != tt.p2) {
				t.Fatalf("reference = %d, %d; the table says %d, %d", want1, want2, tt.p1, tt.p2)
			}
			pz, err := parse(strings.NewReader(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			for name := range strategies {
				if got1, got2, err := solve(pz, name, 2); err != nil || got1 != want1 || got2 != want2 {
					t.Errorf("solve(%s) = %d, %d, %v; want %d, %d", name, got1, got2, err, want1, want2)
				}
			}
		})
	}
}

// TestCandidatesOnJumpEnds checks that the generated maps put candidates on
// the last cell of a straight run, where a turn-to-turn walker most easily
// goes wrong by one, and that such candidates are answered right.
func TestCandidatesOnJumpEnds(t *testing.T) {
	ends := 0
	for _, tm := range generatedMaps(t, 60) {
		pz, err := parse(strings.NewReader(tm.text))
		if err != nil {
			t.Fatal(err)
		}
		rt, err := walkRoute(pz)
		if err != nil {
			continue
		}
		for _, c := range rt.cands {
			// The candidate ends a run if the cell after it, on the same
			// heading, is blocked or off the map.
			s := rt.path.Entry(c)
			after := s.Ahead().Add(s.Dir.Delta())
			if blocked, in := pz.cells.Get(after); in && blocked != '#' {
				continue
			}
			ends++
			one := rt.only(c)
			if a, b := jumpCount(one, 1), resumeCount(pz, one, 1); a != b {
				t.Errorf("%s: candidate %v at a run's end: jump says %d, resume says %d", tm.name, s.Ahead(), a, b)
			}
		}
	}
	if ends < 100 {
		t.Errorf("only %d candidates at the end of a run; want many", ends)
	}
}

// only returns rt with its candidates cut down to cands, for tests that try
// a few of them.
func (rt route) only(cands ...patrol.RouteCell) route {
	rt.cands = cands
	return rt
}

// stateIDs returns rt's candidates as patrol.Trail lists them: each cell's
// dense index times four plus the heading it is first entered with.
func stateIDs(g grid.Grid[byte], rt route) []int32 {
	sp := search.States(g)
	ids := make([]int32, len(rt.cands))
	for i, c := range rt.cands {
		ids[i] = int32(sp.StateID(walk.State{Pos: rt.path.Point(c), Dir: rt.path.Entry(c).Dir}))
	}
	return ids
}
