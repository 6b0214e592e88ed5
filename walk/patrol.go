package walk

import (
	"fmt"
	"iter"

	"github.com/gridsearch/gridsearch/grid"
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
// [Loops], [Visited.Loops] or a break. If start.Pos lies outside g the
// sequence is empty. blocked is called only with points inside g, once per
// step or turn, and must be safe for concurrent use if the same sequence is
// ranged over from several goroutines.
//
// Headings may be diagonal, in which case the default rule turns the walker
// from diagonal to diagonal. Patrol panics if start.Dir is not a valid
// [grid.Dir].
//
// Patrol costs O(1) time per state and, ranged over directly in a for loop,
// allocates nothing. The compiler then inlines Patrol, its loop and the
// loop body into the caller, and blocked too when it is a function literal,
// leaving one loop with no calls in it. blocked passed as a function value
// that the compiler cannot see into costs an indirect call per step; the
// method value g.At goes through a wrapper as well, so wrap it in a
// literal. docs/performance.md has the measured costs.
func Patrol[T any](g grid.Grid[T], start State, blocked func(grid.Point) bool, opts ...Option) iter.Seq[State] {
	if !start.Dir.Valid() {
		panic(dirError{"Patrol", start.Dir})
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
	panic(fmt.Sprintf("walk: Patrol: Turning rule turned %v into invalid heading %d", from, to))
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

// Patrol is [Patrol] over the grid that sp numbers, with its default rule
// (turn right at a blocked cell), yielding for each state of the walk its
// id in sp (with extra field 0): what sp.IDs(Patrol(g, start, blocked))
// yields for a grid g of sp's size, with one iterator fewer between the
// walk and the caller's loop. It is the fast way to check a patrol for a
// loop, state by state:
//
//	v.Reset(sp.Len())
//	loops := v.Loops(sp.Patrol(start, blocked))
//
// For another turning rule, use sp.IDs over Patrol with [Turning].
//
// Each state costs O(1). Ranged over directly, or through [Visited.Loops],
// sp.Patrol allocates nothing and inlines into the caller's loop as Patrol
// does. It panics if start.Dir is not a valid [grid.Dir], or if sp has no
// room for the headings the walk takes: turning right keeps a walk that
// starts on a cardinal heading on the four cardinal headings, and one that
// starts on a diagonal on the diagonals, so sp needs 4 headings, or 8 for
// a diagonal start.
func (sp *Space) Patrol(start State, blocked func(grid.Point) bool) iter.Seq[int] {
	if !start.Dir.Valid() {
		panic(dirError{"Space.Patrol", start.Dir})
	}
	if int(start.Dir|3) >= sp.dirs {
		panic(headingsError{start.Dir, sp.dirs})
	}
	// The walk is Patrol's, written out again in the closure for the same
	// reason: a for-range over it then inlines the whole loop. It captures
	// the space's fields, not the space, and has no turning rule to carry
	// through the loop.
	rows, cols, shift, extra := sp.rows, sp.cols, sp.shift&63, sp.extra
	return func(yield func(int) bool) {
		s := start
		if uint(s.Pos.Row) >= uint(rows) || uint(s.Pos.Col) >= uint(cols) {
			return
		}
		if !yield(((s.Pos.Row*cols+s.Pos.Col)<<shift + int(s.Dir)) * extra) {
			return
		}
		step := s.Dir.Delta()
		for {
			next := s.Pos.Add(step)
			if uint(next.Row) >= uint(rows) || uint(next.Col) >= uint(cols) {
				return
			}
			if blocked(next) {
				s.Dir = s.Dir.TurnRight()
				step = s.Dir.Delta()
			} else {
				s.Pos = next
			}
			if !yield(((s.Pos.Row*cols+s.Pos.Col)<<shift + int(s.Dir)) * extra) {
				return
			}
		}
	}
}

// headingsError is the panic value of Space.Patrol given a start heading
// whose walk takes headings its space has no room for. It is formatted
// only when printed, which keeps Space.Patrol small enough to inline.
type headingsError struct {
	d    grid.Dir
	dirs int
}

func (e headingsError) Error() string {
	return fmt.Sprintf("walk: Space.Patrol from heading %v in a space of %d headings, want %d", e.d, e.dirs, e.d|3+1)
}
