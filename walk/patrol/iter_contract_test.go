package patrol_test

import (
	"fmt"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/internal/testkit/patrolref"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
)

// The iterator contract that the package docs promise (see
// testkit.Contract), checked for the iterators whose own tests do not
// already.

func TestJumpsTurnsContract(t *testing.T) {
	g, err := grid.ParseString(patrolref.ContractMap)
	if err != nil {
		t.Fatal(err)
	}
	j := patrol.NewJumps(g, '#')
	loops, ends := 0, 0
	for _, c := range []struct {
		start walk.State
		extra grid.Point
	}{
		{walk.State{Pos: grid.Pt(2, 1), Dir: grid.Up}, grid.Pt(-1, -1)},   // loops
		{walk.State{Pos: grid.Pt(6, 1), Dir: grid.Up}, grid.Pt(-1, -1)},   // joins the loop
		{walk.State{Pos: grid.Pt(2, 1), Dir: grid.Up}, grid.Pt(1, 5)},     // leaves
		{walk.State{Pos: grid.Pt(1, 6), Dir: grid.Right}, grid.Pt(1, 5)},  // leaves
		{walk.State{Pos: grid.Pt(3, 1), Dir: grid.Left}, grid.Pt(-1, -1)}, // start in front of an obstacle
	} {
		seq := j.Turns(c.start, c.extra)
		name := fmt.Sprintf("Turns(%v, extra %v)", c.start, c.extra)
		if len(testkit.Prefix(seq, 1000)) == 1000 {
			loops++
		} else {
			ends++
		}
		testkit.Contract(t, name, seq, 40)
	}
	if loops == 0 || ends == 0 {
		t.Errorf("%d cases loop and %d end; want both kinds", loops, ends)
	}
}
