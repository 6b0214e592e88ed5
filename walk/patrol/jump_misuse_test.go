package patrol_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
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
