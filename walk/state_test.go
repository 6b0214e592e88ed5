package walk

import (
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// allDirs lists the eight headings in their numeric order.
var allDirs = [8]grid.Dir{
	grid.Up, grid.Right, grid.Down, grid.Left,
	grid.UpRight, grid.DownRight, grid.DownLeft, grid.UpLeft,
}

// refDelta is the one-step offset of each heading, written out here rather
// than taken from grid.Dir.Delta so that the reference code in these tests
// does not share its tables with the code under test.
var refDelta = [8]struct{ dr, dc int }{
	{-1, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 1}, {1, 1}, {1, -1}, {-1, -1},
}

func TestState(t *testing.T) {
	tests := []struct {
		name  string
		s     State
		ahead grid.Point
		str   string
	}{
		{"up", State{grid.Pt(3, 5), grid.Up}, grid.Pt(2, 5), "(3,5) Up"},
		{"right", State{grid.Pt(3, 5), grid.Right}, grid.Pt(3, 6), "(3,5) Right"},
		{"down", State{grid.Pt(3, 5), grid.Down}, grid.Pt(4, 5), "(3,5) Down"},
		{"left", State{grid.Pt(3, 5), grid.Left}, grid.Pt(3, 4), "(3,5) Left"},
		{"up_right", State{grid.Pt(3, 5), grid.UpRight}, grid.Pt(2, 6), "(3,5) UpRight"},
		{"down_right", State{grid.Pt(3, 5), grid.DownRight}, grid.Pt(4, 6), "(3,5) DownRight"},
		{"down_left", State{grid.Pt(3, 5), grid.DownLeft}, grid.Pt(4, 4), "(3,5) DownLeft"},
		{"up_left", State{grid.Pt(3, 5), grid.UpLeft}, grid.Pt(2, 4), "(3,5) UpLeft"},
		{"origin_up", State{grid.Pt(0, 0), grid.Up}, grid.Pt(-1, 0), "(0,0) Up"},
		{"negative", State{grid.Pt(-2, -7), grid.Left}, grid.Pt(-2, -8), "(-2,-7) Left"},
		{"zero_value", State{}, grid.Pt(-1, 0), "(0,0) Up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.Ahead(); got != tt.ahead {
				t.Errorf("%v.Ahead() = %v, want %v", tt.s, got, tt.ahead)
			}
			want := State{tt.ahead, tt.s.Dir}
			if got := tt.s.Step(); got != want {
				t.Errorf("%v.Step() = %v, want %v", tt.s, got, want)
			}
			if got := tt.s.String(); got != tt.str {
				t.Errorf("State%+v.String() = %q, want %q", tt.s, got, tt.str)
			}
		})
	}
}

// TestStateStepAllDirs checks Ahead and Step against refDelta for every
// heading from a spread of points.
func TestStateStepAllDirs(t *testing.T) {
	for _, p := range []grid.Point{grid.Pt(0, 0), grid.Pt(1, 2), grid.Pt(-4, 9), grid.Pt(100, -100)} {
		for _, d := range allDirs {
			s := State{p, d}
			want := grid.Pt(p.Row+refDelta[d].dr, p.Col+refDelta[d].dc)
			if got := s.Ahead(); got != want {
				t.Errorf("%v.Ahead() = %v, want %v", s, got, want)
			}
			if got := s.Step(); got != (State{want, d}) {
				t.Errorf("%v.Step() = %v, want %v", s, got, State{want, d})
			}
		}
	}
}

// TestStateTurn checks TurnRight and TurnLeft against the clockwise order of
// the headings, written out, from a spread of points: the position stays,
// and four turns either way come back to the start.
func TestStateTurn(t *testing.T) {
	clockwise := map[grid.Dir]grid.Dir{
		grid.Up: grid.Right, grid.Right: grid.Down, grid.Down: grid.Left, grid.Left: grid.Up,
		grid.UpRight: grid.DownRight, grid.DownRight: grid.DownLeft, grid.DownLeft: grid.UpLeft, grid.UpLeft: grid.UpRight,
	}
	for _, p := range []grid.Point{grid.Pt(0, 0), grid.Pt(1, 2), grid.Pt(-4, 9)} {
		for d, right := range clockwise {
			s := State{p, d}
			if got := s.TurnRight(); got != (State{p, right}) {
				t.Errorf("%v.TurnRight() = %v, want %v", s, got, State{p, right})
			}
			if got := (State{p, right}).TurnLeft(); got != s {
				t.Errorf("%v.TurnLeft() = %v, want %v", State{p, right}, got, s)
			}
			if got := s.TurnRight().TurnRight().TurnRight().TurnRight(); got != s {
				t.Errorf("%v turned right four times = %v", s, got)
			}
		}
	}
}

// TestStateComparable checks that States that look the same are equal and
// serve as one map key, and that position and heading both count.
func TestStateComparable(t *testing.T) {
	m := map[State]int{}
	m[State{grid.Pt(1, 2), grid.Up}]++
	m[State{Pos: grid.Pt(1, 2), Dir: grid.Up}]++
	m[State{grid.Pt(1, 2), grid.Down}]++
	m[State{grid.Pt(2, 1), grid.Up}]++
	if got := m[State{grid.Pt(1, 2), grid.Up}]; got != 2 {
		t.Errorf("count of (1,2) Up = %d, want 2", got)
	}
	if len(m) != 3 {
		t.Errorf("len(m) = %d, want 3", len(m))
	}
}
