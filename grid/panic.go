package grid

import (
	"fmt"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// The panics of this package are for documented misuse only. Each panic
// value is an error whose message starts "grid: " and the call the user
// made, such as "Grid.At" or "Dir.Delta", then names the bad value:
//
//	grid: Grid.With: point (5,5) outside the 2x2 grid
//	grid: Dir.Delta: invalid heading Dir(8)
//
// The values of the methods that are cheap enough to inline are formatted
// only when printed, which keeps those methods small.

// outsideError is the panic value of a call given a point outside a grid.
type outsideError struct {
	call       string
	p          Point
	rows, cols int
}

func (e outsideError) Error() string {
	return fmt.Sprintf("grid: %s: point %v outside the %dx%d grid", e.call, e.p, e.rows, e.cols)
}

// swapError is the panic value of Mutable.Swap given points p and q, one
// of them outside a rows by cols grid. One value for both, formatted when
// printed, keeps Swap small enough to inline.
type swapError struct {
	p, q       Point
	rows, cols int
}

func (e swapError) Error() string {
	p := e.p
	if uint(p.Row) < uint(e.rows) && uint(p.Col) < uint(e.cols) {
		p = e.q
	}
	return outsideError{"Mutable.Swap", p, e.rows, e.cols}.Error()
}

// indexError is the panic value of a call given a dense index outside a
// grid.
type indexError struct {
	call       string
	i          int
	rows, cols int
}

func (e indexError) Error() string {
	return fmt.Sprintf("grid: %s: index %d outside the %dx%d grid", e.call, e.i, e.rows, e.cols)
}

// stepError is the panic value of Mutable.TorusStep, for an index outside
// the grid or a heading that is not valid: one small value for both, so
// that one test covers them and the method stays small enough to inline
// (it is at the budget: the grid's size, which other index errors give,
// would put it over).
type stepError struct {
	i int
	d Dir
}

func (e stepError) Error() string {
	if e.d.Valid() { // then the index was the fault
		return fmt.Sprintf("grid: Mutable.TorusStep: index %d outside the grid", e.i)
	}
	return misuse.Heading{Call: "grid: Mutable.TorusStep", D: e.d}.Error()
}

// rowError is the panic value of a call given row r outside a grid of
// rows by cols: Grid.AppendRow and Mutable.RowCells.
type rowError struct {
	call          string
	r, rows, cols int
}

func (e rowError) Error() string {
	return fmt.Sprintf("grid: %s: row %d outside the %dx%d grid", e.call, e.r, e.rows, e.cols)
}

// misusef panics with a misuse.Error: "grid: " followed by call, ": " and
// the formatted message.
func misusef(call, format string, args ...any) {
	misuse.Panicf("grid: "+call, format, args...)
}
