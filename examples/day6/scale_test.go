package main

import (
	"bytes"
	"flag"
	"fmt"
	"regexp"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/examples/day6/internal/mapgen"
	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
)

// The slow checks run small by default, so that go test ./... stays
// quick, and full size with one of two flags. A flag rather than a build
// tag keeps the tests compiled, and so vetted, on every run. The flags are
// the test binary's, not go test's: they go after the package.
//
// -heavy runs TestScale on a 5000x5000 map instead of 1000x1000, and
// TestStrategiesAgreeWithReference on 1280 maps instead of 320: about ten
// seconds on 2 cores, which CI spends, without -race:
//
//	go test -run 'TestScale$|TestStrategiesAgreeWithReference' ./examples/day6 -heavy
//
// -scale runs TestScaleFull, the whole solve of a 5000x5000 map: minutes
// (about 100 s on 2 cores without -race), too long for every CI run:
//
//	go test -run TestScaleFull -timeout 30m ./examples/day6 -scale
var (
	heavy = flag.Bool("heavy", false, "run TestScale and TestStrategiesAgreeWithReference full size (seconds)")
	scale = flag.Bool("scale", false, "run TestScaleFull, the whole solve of a 5000x5000 map (minutes)")
)

// fullSide is the side of the maps of TestScaleFull and of TestScale with
// -heavy; smallSide that of TestScale without.
const fullSide, smallSide = 5000, 1000

// TestScale parses a generated map, 1000x1000 or with -heavy 5000x5000,
// answers part 1 and checks it against a turn-to-turn walk, then runs part
// 2's trials for a sample of candidates spread over the whole map, the last
// ones (the largest indices) included: a big map must neither overflow an
// index nor fail. The whole of part 2 is TestScaleFull's.
func TestScale(t *testing.T) {
	side := smallSide
	if *heavy {
		side = fullSide
	}
	size := fmt.Sprintf("%dx%d", side, side)
	text, err := mapgen.Generate(mapgen.Config{Rows: side, Cols: side, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	pz, err := parse(bytes.NewReader(text))
	if err != nil {
		t.Fatalf("parse(%s map) = %v", size, err)
	}
	if pz.cells.Rows() != side || pz.cells.Cols() != side {
		t.Fatalf("parse(%s map) is %dx%d", size, pz.cells.Rows(), pz.cells.Cols())
	}
	text = nil // 25 MB less to hold for the rest of the test
	rt, err := walkRoute(pz)
	if err != nil {
		t.Fatalf("part 1 of the %s map: %v", size, err)
	}

	// A second part 1, turn to turn: Jumps.Turns gives the turn states, and
	// the cells of each straight run between them are marked in a bitset,
	// giving the candidates, in order and with the heading of their first
	// entry, to compare with the whole of rt.cands.
	g := pz.cells
	jumps := patrol.NewJumps(g, '#')
	seen := make([]uint64, (g.Len()+63)/64)
	start := g.Index(pz.start.Pos)
	seen[start/64] |= 1 << (start % 64)
	var cands []int32
	markRun := func(from, to grid.Point, d grid.Dir) {
		for p := from; ; p = p.Add(d.Delta()) {
			if i := g.Index(p); seen[i/64]&(1<<(i%64)) == 0 {
				seen[i/64] |= 1 << (i % 64)
				cands = append(cands, int32(i<<2|int(d)))
			}
			if p == to {
				return
			}
		}
	}
	at, turns := pz.start, 0
	for ts := range jumps.Turns(pz.start, grid.Pt(-1, -1)) {
		if turns++; turns > 4*grid.Count(g, '#')+4 {
			t.Fatalf("the turn-to-turn walk of the %s map loops", size)
		}
		markRun(at.Pos, ts.Pos, at.Dir)
		at = ts.TurnRight()
	}
	last := at.Pos
	for p := range walk.Ray(g, at.Pos, at.Dir) {
		last = p
	}
	markRun(at.Pos, last, at.Dir)
	visited := 1 + len(cands)
	if part1, err := walkOut(pz); err != nil || part1 != visited {
		t.Errorf("part 1 of the %s map = %d, %v; the turn-to-turn walk visits %d cells", size, part1, err, visited)
	}
	if !slices.Equal(stateIDs(g, rt), cands) {
		t.Errorf("the %d candidates of the %s map differ from the %d of the turn-to-turn walk", len(rt.cands), size, len(cands))
	}
	// Generated maps walk over 27.5-30.5% of their cells.
	if visited < g.Len()/4 {
		t.Errorf("part 1 = %d on a %d-cell map; want over a quarter of the cells", visited, g.Len())
	}

	// Part 2 on a sample: about 2000 candidates spread evenly, and the 100
	// last ones.
	var sample []patrol.RouteCell
	for i := 0; i < len(rt.cands); i += max(1, len(rt.cands)/2000) {
		sample = append(sample, rt.cands[i])
	}
	sample = append(sample, rt.cands[max(0, len(rt.cands)-100):]...)
	loops := jumpCount(rt.only(sample...), 2)
	if loops < 0 || loops > len(sample) {
		t.Errorf("part 2 on %d sampled candidates = %d", len(sample), loops)
	}
	// The sampled trials agree with Jumps.Turns followed to a repeat.
	for _, c := range sample[len(sample)-5:] {
		s := rt.path.Entry(c)
		got := rt.path.Loops(c, rt.jumps.NewScratch())
		if want := turnsLoop(jumps, s, s.Ahead(), 4*grid.Count(g, '#')+8); got != want {
			t.Errorf("Route.Loops from %v blocking %v = %v, Turns say %v", s, s.Ahead(), got, want)
		}
	}
}

// turnsLoop reports whether the turn states of Jumps.Turns repeat, using a
// map: a second, plain loop check over the same walk.
func turnsLoop(j *patrol.Jumps, start walk.State, extra grid.Point, limit int) bool {
	seen := make(map[walk.State]bool)
	for s := range j.Turns(start, extra) {
		if seen[s] {
			return true
		}
		if seen[s] = true; len(seen) > limit {
			panic("more distinct turn states than there can be")
		}
	}
	return false
}

// TestScaleFull runs the program on a 5000x5000 generated map, as
//
//	go run ./examples/day6 -generate 1 -size 5000x5000 | go run ./examples/day6 -input -
//
// does, and checks that both parts are answered. It runs only with -scale.
func TestScaleFull(t *testing.T) {
	if !*scale {
		t.Skip("takes minutes; run with -scale")
	}
	text, err := mapgen.Generate(mapgen.Config{Rows: fullSide, Cols: fullSide, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runWith(t, string(text), "-input", "-")
	m := regexp.MustCompile(`^part1 (\d+)\npart2 (\d+)\n$`).FindStringSubmatch(out)
	if code != 0 || m == nil || errOut != "" {
		t.Fatalf("run on a 5000x5000 map = %d, stdout %q, stderr %q; want 0 and two answers", code, out, errOut)
	}
	var p1, p2 int
	fmt.Sscan(m[1], &p1)
	fmt.Sscan(m[2], &p2)
	if p2 <= 0 || p2 >= p1 {
		t.Errorf("run on a 5000x5000 map: part1 %d, part2 %d; want 0 < part2 < part1", p1, p2)
	}
	t.Logf("5000x5000 seed 1: part1 %d, part2 %d", p1, p2)
}
