package walk

import "github.com/gridsearch/gridsearch/grid"

// A State is where a walker is and which way it faces. State is comparable,
// so it can key a map or feed cycle.Loops.
type State struct {
	Pos grid.Point
	Dir grid.Dir
}

// Ahead returns the point one step ahead of s.
func (s State) Ahead() grid.Point { return s.Pos.Add(s.Dir.Delta()) }

// Step returns s moved one step ahead, facing the same way.
func (s State) Step() State { return State{s.Ahead(), s.Dir} }

// TurnRight returns s turned 90° clockwise where it stands, as
// [grid.Dir.TurnRight] turns its heading.
func (s State) TurnRight() State { return State{s.Pos, s.Dir.TurnRight()} }

// TurnLeft returns s turned 90° anticlockwise where it stands, as
// [grid.Dir.TurnLeft] turns its heading.
func (s State) TurnLeft() State { return State{s.Pos, s.Dir.TurnLeft()} }

// String returns s as "(row,col) Dir".
func (s State) String() string { return s.Pos.String() + " " + s.Dir.String() }
