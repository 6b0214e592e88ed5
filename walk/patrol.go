package walk

import (
	"iter"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// An Option changes the walk that [Patrol] makes. A nil Option changes
// nothing; when two options set the same thing, the last one wins.
type Option func(*options)

type options struct {
	turn func(grid.Dir) grid.Dir
}

// Turning makes the walker turn with rule instead of turning right when the
// cell ahead is blocked; the method expressions grid.Dir.TurnLeft and
// grid.Dir.Reverse are ready-made rules. A nil rule means the default,
// turning right. The walk panics if rule returns a heading that is not
// valid, naming the rule's argument and result.
func Turning(rule func(grid.Dir) grid.Dir) Option {
	return func(o *options) { o.turn = rule }
}

// Patrol returns an iterator over the walk of a guard on g who starts in
// state start and follows one rule: if the cell ahead is blocked, turn right
// (or as [Turning] says) without moving; otherwise step into it. The walk
// ends when the next step would leave g.
//
// Patrol yields start first, then the state after every step and after every
// turn, so a guard boxed in on all four sides yields its four headings in
// turn. When the walk loops, the sequence is infinite: bound it with
// cycle.Loops, cycle.IDSet.Loops or a break. If start.Pos lies outside g the
// sequence is empty. blocked is called only with points inside g, once per
// step or turn, and must be safe for concurrent use if the same sequence is
// ranged over from several goroutines.
//
// Headings may be diagonal, in which case the default rule turns the walker
// from diagonal to diagonal. Patrol panics if start.Dir is not a valid
// [grid.Dir].
//
// Patrol costs O(1) time per state and, ranged over directly in a for loop,
// allocates nothing. Pass blocked as a function literal: a function value
// the compiler cannot see into, such as the method value g.At, costs an
// indirect call per step (docs/performance.md has the figures).
func Patrol[T any](g grid.Grid[T], start State, blocked func(grid.Point) bool, opts ...Option) iter.Seq[State] {
	if !start.Dir.Valid() {
		panic(misuse.Heading{Call: "walk: Patrol", D: start.Dir})
	}
	rows, cols := g.Rows(), g.Cols()
	// The loop lives in this closure, not in a helper: Go gives closures a
	// larger inlining budget, so a for-range over Patrol inlines this body,
	// the caller's loop body and, when it is a function literal, blocked,
	// into one loop with no calls left in it. It captures only the grid's
	// size, so the loop carries no type dictionary.
	return func(yield func(State) bool) {
		var turn func(grid.Dir) grid.Dir
		if len(opts) > 0 {
			turn = apply(opts).turn
		}
		s := start
		if uint(s.Pos.Row) >= uint(rows) || uint(s.Pos.Col) >= uint(cols) || !yield(s) {
			return
		}
		step := s.Dir.Delta() // kept with s.Dir, so a straight step reads no table
		for {
			next := s.Pos.Add(step)
			if uint(next.Row) >= uint(rows) || uint(next.Col) >= uint(cols) {
				return
			}
			if blocked(next) {
				if turn == nil {
					s.Dir = s.Dir.TurnRight()
				} else if d := turn(s.Dir); d.Valid() {
					s.Dir = d
				} else {
					badTurn(s.Dir, d)
				}
				step = s.Dir.Delta()
			} else {
				s.Pos = next
			}
			if !yield(s) {
				return
			}
		}
	}
}

// badTurn panics for a turning rule that returned an invalid heading. It
// is not inlined, to keep Patrol's loop small.
//
//go:noinline
func badTurn(from, to grid.Dir) {
	misuse.Panicf("walk: Patrol", "Turning rule turned %v into invalid heading %v", from, to)
}

// apply returns the options that opts set. It allocates once, which is why
// Patrol calls it only when there are options.
func apply(opts []Option) options {
	o := new(options)
	for _, opt := range opts {
		if opt != nil {
			opt(o)
		}
	}
	return *o
}
