package ant_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/ant"
)

// refAnt is the reference: the plane as a map from points to states, the
// ant stepped one cell at a time.
type refAnt struct {
	rule  ant.Rule
	cells map[grid.Point]uint8
	at    grid.Point
	dir   grid.Dir
}

func (r *refAnt) run(n int, counted uint8) int {
	hits := 0
	for range n {
		s := r.cells[r.at]
		r.dir = grid.Dir((int(r.dir) + r.rule.Turn[s]) % 4)
		r.cells[r.at] = r.rule.Next[s]
		if r.rule.Next[s] == counted {
			hits++
		}
		r.at = r.at.Add(r.dir.Delta())
	}
	return hits
}

// randomRule returns a rule of 2 to 4 states, the states used only
// becoming states used.
func randomRule(rng *rand.Rand) (ant.Rule, int) {
	k := 2 + rng.IntN(3)
	var r ant.Rule
	for s := range k {
		r.Turn[s] = rng.IntN(4)
		r.Next[s] = uint8(rng.IntN(k))
	}
	return r, k
}

// check compares a with the reference: the ant's place and heading, and
// every cell the reference holds or a stores.
func check(t *testing.T, what string, a *ant.Ant, ref *refAnt) {
	t.Helper()
	if p, d := a.At(); p != ref.at || d != ref.dir {
		t.Fatalf("%s: ant at %v %v, reference %v %v", what, p, d, ref.at, ref.dir)
	}
	for p, s := range ref.cells {
		if got := a.State(p); got != s {
			t.Fatalf("%s: cell %v is %d, reference %d", what, p, got, s)
		}
	}
	// Cells the reference never held are 0: the border just outside the
	// storage, and cells picked at random inside it.
	lo, hi := a.Bounds()
	rng := rand.New(rand.NewPCG(uint64(lo.Row), uint64(hi.Col)))
	for k := range 4000 {
		p := grid.Pt(lo.Row+rng.IntN(hi.Row-lo.Row+1), lo.Col+rng.IntN(hi.Col-lo.Col+1))
		switch k % 4 {
		case 0:
			p.Row = lo.Row - 1
		case 1:
			p.Col = hi.Col + 1
		}
		if got := a.State(p); got != ref.cells[p] {
			t.Fatalf("%s: cell %v is %d, reference %d", what, p, got, ref.cells[p])
		}
	}
}

// TestRunAgainstReference runs random rules from random planes, places and
// headings, for short runs (a step at a time) and long ones (by the
// table), in pieces that change the counted state, against refAnt.
func TestRunAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 17))
	for n := range 160 {
		rule, k := randomRule(rng)
		a, err := ant.New(rule)
		if err != nil {
			t.Fatal(err)
		}
		ref := &refAnt{rule: rule, cells: map[grid.Point]uint8{}}
		// Some cells set around a random middle, some far out.
		mid := grid.Pt(rng.IntN(200)-100, rng.IntN(200)-100)
		for range rng.IntN(300) {
			p := mid.Add(grid.Pt(rng.IntN(21)-10, rng.IntN(21)-10))
			if rng.IntN(20) == 0 {
				p = grid.Pt(rng.IntN(600)-300, rng.IntN(600)-300)
			}
			s := uint8(rng.IntN(k))
			a.Set(p, s)
			ref.cells[p] = s
		}
		start, d := mid.Add(grid.Pt(rng.IntN(5)-2, rng.IntN(5)-2)), grid.Dir(rng.IntN(4))
		a.Place(start, d)
		ref.at, ref.dir = start, d
		for piece := range 3 {
			steps := rng.IntN(200)
			if n%4 == 0 {
				steps = 1<<15 + rng.IntN(30_000) // by the table
			}
			counted := uint8(rng.IntN(k))
			what := fmt.Sprintf("case %d %+v, piece %d: %d steps counting %d", n, rule, piece, steps, counted)
			if got, want := a.Run(steps, counted), ref.run(steps, counted); got != want {
				t.Fatalf("%s: %d steps left a cell counted, reference %d", what, got, want)
			}
			check(t, what, a, ref)
		}
	}
}

// TestNewErrors checks that New rejects bad turns and states, naming the
// entry, and accepts every good rule.
func TestNewErrors(t *testing.T) {
	for _, tc := range []struct {
		rule ant.Rule
		want string
	}{
		{ant.Rule{Turn: [4]int{0, 4}}, "ant: New: Turn[1] is 4, want 0 to 3 quarter turns"},
		{ant.Rule{Turn: [4]int{0, 0, 0, -1}}, "ant: New: Turn[3] is -1, want 0 to 3 quarter turns"},
		{ant.Rule{Next: [4]uint8{0, 0, 4}}, "ant: New: Next[2] is 4, want a state 0 to 3"},
	} {
		a, err := ant.New(tc.rule)
		if err == nil || err.Error() != tc.want || a != nil {
			t.Errorf("New(%+v) = %v, %v; want nil, %q", tc.rule, a, err, tc.want)
		}
	}
	if _, err := ant.New(ant.Rule{Turn: [4]int{3, 2, 1, 0}, Next: [4]uint8{3, 2, 1, 0}}); err != nil {
		t.Errorf("New with every turn and state: %v", err)
	}
}

// TestPanics checks the misuse panics and their messages.
func TestPanics(t *testing.T) {
	a, err := ant.New(ant.Rule{Turn: [4]int{1, 3}, Next: [4]uint8{1, 0}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
		f          func()
	}{
		{"Set", "ant: Ant.Set: state 4 above 3", func() { a.Set(grid.Pt(0, 0), 4) }},
		{"Place", "ant: Ant.Place: heading UpRight", func() { a.Place(grid.Pt(0, 0), grid.UpRight) }},
		{"Run steps", "ant: Ant.Run: -1 steps, below 0", func() { a.Run(-1, 0) }},
		{"Run counted", "ant: Ant.Run: counted state 4 above 3", func() { a.Run(1, 4) }},
	} {
		func() {
			defer func() {
				r := recover()
				e, ok := r.(error)
				if !ok || len(e.Error()) < len(tc.want) || e.Error()[:len(tc.want)] != tc.want {
					t.Errorf("%s: panic %v, want one starting %q", tc.name, r, tc.want)
				}
			}()
			tc.f()
		}()
	}
}

// FuzzRun runs a rule and a plane made from the fuzzer's bytes against
// the reference.
func FuzzRun(f *testing.F) {
	f.Add([]byte{1, 3, 0, 0, 1, 0, 0, 0}, []byte{}, uint16(500), uint8(1))
	f.Add([]byte{3, 0, 1, 2, 1, 2, 3, 0}, []byte{1, 2, 3, 5, 7}, uint16(40000), uint8(2))
	f.Fuzz(func(t *testing.T, rb, cells []byte, steps uint16, counted uint8) {
		if len(rb) < 8 {
			return
		}
		var rule ant.Rule
		for s := range 4 {
			rule.Turn[s], rule.Next[s] = int(rb[s]%4), rb[4+s]%4
		}
		a, err := ant.New(rule)
		if err != nil {
			t.Fatal(err)
		}
		ref := &refAnt{rule: rule, cells: map[grid.Point]uint8{}}
		for i, b := range cells {
			p := grid.Pt(i/8-4, i%8-4)
			a.Set(p, b%4)
			ref.cells[p] = b % 4
		}
		counted %= 4
		if got, want := a.Run(int(steps), counted), ref.run(int(steps), counted); got != want {
			t.Fatalf("%+v, %d steps: %d counted, reference %d", rule, steps, got, want)
		}
		check(t, fmt.Sprintf("%+v, %d steps", rule, steps), a, ref)
	})
}

// TestFarCells checks cells set and an ant placed far from the rest, on
// both sides of (0, 0): the storage grows to hold them, keeps every cell,
// and refuses points past MaxCoord.
func TestFarCells(t *testing.T) {
	rule := ant.Rule{Turn: [4]int{1, 3}, Next: [4]uint8{1, 0}}
	a, err := ant.New(rule)
	if err != nil {
		t.Fatal(err)
	}
	ref := &refAnt{rule: rule, cells: map[grid.Point]uint8{}}
	for k, p := range []grid.Point{{Row: 3, Col: -4}, {Row: -5000, Col: 7000}, {Row: 6001, Col: -2}, {Row: 0, Col: 0}} {
		a.Set(p, uint8(1+k%3))
		ref.cells[p] = uint8(1 + k%3)
	}
	a.Place(grid.Pt(-4999, 6999), grid.Left)
	ref.at, ref.dir = grid.Pt(-4999, 6999), grid.Left
	if lo, hi := a.Bounds(); lo.Row > -5000 || lo.Col > -4 || hi.Row < 6001 || hi.Col < 7000 {
		t.Fatalf("Bounds %v %v do not hold the cells set", lo, hi)
	}
	if got, want := a.Run(50_000, 1), ref.run(50_000, 1); got != want {
		t.Fatalf("50,000 steps from far out: %d counted, reference %d", got, want)
	}
	check(t, "far cells", a, ref)
	for _, p := range []grid.Point{{Row: ant.MaxCoord + 1}, {Col: -ant.MaxCoord - 1}} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "ant: Ant.Set: point") {
					t.Errorf("Set(%v): panic %v, want one naming the point", p, r)
				}
			}()
			a.Set(p, 1)
		}()
	}
}
