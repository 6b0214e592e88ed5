package patrol_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/internal/testkit/patrolref"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
)

// TestJumpsTurnsBadHeading checks that Jumps.Turns, given a heading that is
// not cardinal, does what Jumps.Loops does for the same misuse: panic with a
// "patrol: " message (when called or when ranged over). It must never yield a
// state, least of all one outside the grid, nor fail with a runtime error.
func TestJumpsTurnsBadHeading(t *testing.T) {
	g, err := grid.ParseString(patrolref.ContractMap)
	if err != nil {
		t.Fatal(err)
	}
	j := patrol.NewJumps(g, '#')
	for _, d := range []grid.Dir{grid.UpRight, grid.DownRight, grid.DownLeft, grid.UpLeft, 8, 255} {
		start := walk.State{Pos: grid.Pt(5, 5), Dir: d}
		var yielded []walk.State
		r := func() (r any) {
			defer func() { r = recover() }()
			for s := range j.Turns(start, grid.Pt(-1, -1)) {
				if yielded = append(yielded, s); len(yielded) == 10 {
					break
				}
			}
			return nil
		}()
		if msg := fmt.Sprint(r); r == nil || !strings.HasPrefix(msg, "patrol: ") {
			t.Errorf("Turns(%v) yielded %v and panicked with %v; want a panic with a \"patrol: \" message, as Loops gives",
				start, yielded, r)
		}
		for _, s := range yielded {
			if !g.In(s.Pos) {
				t.Errorf("Turns(%v) yielded %v, outside the %dx%d grid", start, s, g.Rows(), g.Cols())
			}
		}
	}
}

// TestScratchMisuse checks that a nil Scratch, or one made by other jump
// tables, gives a panic that names the call, not a runtime error.
func TestScratchMisuse(t *testing.T) {
	g := grid.MustParse(patrolref.ContractMap)
	j, other := patrol.NewJumps(g, '#'), patrol.NewJumps(g.Pad(1, '.'), '#')
	start := walk.State{Pos: grid.Pt(5, 5), Dir: grid.Up}
	rt, ok := j.Route(start)
	if !ok || len(rt.Cells()) == 0 {
		t.Fatalf("Route(%v) = %v, %v; want a route with cells", start, rt, ok)
	}
	c := rt.Cells()[0]
	for _, tt := range []struct {
		name, want string
		f          func()
	}{
		{"jumps_nil", "patrol: Jumps.Loops: scratch is nil", func() { j.Loops(start, grid.Pt(0, 0), nil) }},
		{"jumps_other", "patrol: Jumps.Loops: scratch is nil or not made by this Jumps", func() { j.Loops(start, grid.Pt(0, 0), other.NewScratch()) }},
		{"route_nil", "patrol: Route.Loops: scratch is nil", func() { rt.Loops(c, nil) }},
		{"route_other", "patrol: Route.Loops: scratch is nil or not made by this Jumps", func() { rt.Loops(c, other.NewScratch()) }},
	} {
		testkit.MustPanic(t, tt.name, tt.want, tt.f)
	}
}
