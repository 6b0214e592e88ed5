package automaton

import (
	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// An Automaton is a grid of bytes that steps all at once: each cell's next
// value comes from a rule on its value and its neighbours, read from the
// cells as they were before the step. It keeps two copies of the cells with
// a border of one cell round each, so the hot loop reads neighbours by
// fixed offsets with no bounds test, and a step writes one copy from the
// other.
//
// An Automaton is not safe for concurrent use. Its zero value has no
// cells; make one with [New].
type Automaton struct {
	rows, cols int
	w          int    // cols+2: a row of the copies, border included
	cur, next  []byte // (rows+2)*w cells, the border round them
	border     byte
	gen        uint64 // counts the changes of cur: steps, Set, SetBorder, Grow
	rows0      rowTrace
}

// A rowTrace is what StepCount knows of its last step, so that the next
// one, by the same rule, can pass over the rows that cannot change: a
// row's cells depend on it and the rows above and below it only, so a row
// none of whose three rows changed in the last step stays as it is, and
// holds the same in both copies.
type rowTrace struct {
	gen   uint64     // the automaton's gen after that step; 0 for none
	on    byte       // the value it counted
	rule  *CountRule // a copy of the rule it ran, made on the first StepCount
	moved []bool     // moved[r]: row r of the copy with the border changed in it
}

// New returns an automaton holding the cells of g, with border as the
// value of every cell outside g: a neighbour off the edge reads as border,
// and never changes. It costs O(g.Len()) and two allocations of
// (Rows+2)x(Cols+2) bytes.
func New(g grid.Grid[byte], border byte) *Automaton {
	a := &Automaton{border: border, gen: 1}
	a.alloc(g.Rows(), g.Cols())
	for p, v := range g.All() {
		a.cur[(p.Row+1)*a.w+p.Col+1] = v
	}
	copy(a.next, a.cur) // the cells a step by Sight's neighbours passes over keep their values in both copies
	return a
}

// alloc gives a two fresh copies of rows by cols cells with their border,
// every cell the border value.
func (a *Automaton) alloc(rows, cols int) {
	a.rows, a.cols, a.w = rows, cols, cols+2
	a.cur, a.next = make([]byte, (rows+2)*a.w), make([]byte, (rows+2)*a.w)
	fill(a.cur, a.border)
	fill(a.next, a.border)
}

// fill sets every byte of b to v, by copies that double, at the speed of
// memmove rather than a byte at a time.
func fill(b []byte, v byte) {
	if len(b) == 0 {
		return
	}
	b[0] = v
	for k := 1; k < len(b); k *= 2 {
		copy(b[k:], b[:k])
	}
}

// Rows returns the number of rows.
func (a *Automaton) Rows() int { return a.rows }

// Cols returns the number of columns.
func (a *Automaton) Cols() int { return a.cols }

// At returns the cell at p, or the border value if p lies outside.
func (a *Automaton) At(p grid.Point) byte {
	if uint(p.Row) >= uint(a.rows) || uint(p.Col) >= uint(a.cols) {
		return a.border
	}
	return a.cur[(p.Row+1)*a.w+p.Col+1]
}

// Grid returns a copy of the cells as a Grid. It costs O(Rows*Cols) and
// one allocation.
func (a *Automaton) Grid() grid.Grid[byte] {
	return grid.FromFunc(a.rows, a.cols, func(p grid.Point) byte { return a.cur[(p.Row+1)*a.w+p.Col+1] })
}

// Count returns how many cells hold v. It costs O(Rows*Cols).
func (a *Automaton) Count(v byte) int {
	n := 0
	for r := 1; r <= a.rows; r++ {
		for _, x := range a.cur[r*a.w+1 : r*a.w+1+a.cols] {
			if x == v {
				n++
			}
		}
	}
	return n
}

// Step replaces every cell by rule(v, n) at once, where v is the cell's
// value and n its eight neighbours (see [Around]), all read before the
// step, and returns how many cells changed. It costs O(Rows*Cols): for each
// cell eight reads at fixed offsets and one call of rule, and allocates
// nothing.
func (a *Automaton) Step(rule func(v byte, n Around) byte) (changed int) {
	w, cur, next := a.w, a.cur, a.next
	for r := 1; r <= a.rows; r++ {
		lo := r * w
		// Three rows of cur and one of next, resliced so that the compiler
		// can drop the bounds tests inside the loop.
		up, mid, down := cur[lo-w:lo], cur[lo:lo+w], cur[lo+w:lo+2*w]
		out := next[lo : lo+w]
		for c := 1; c <= a.cols; c++ {
			v := mid[c]
			x := rule(v, around3(up, mid, down, c))
			out[c] = x
			if x != v {
				changed++
			}
		}
	}
	a.swap()
	return changed
}

// swap makes the copy a step has written the current one.
func (a *Automaton) swap() {
	a.cur, a.next = a.next, a.cur
	a.gen++
}

// Run steps a until a step changes no cell, and returns the number of
// steps that changed some cell. It does not return if the automaton never
// settles.
func (a *Automaton) Run(rule func(v byte, n Around) byte) (steps int) {
	for a.Step(rule) > 0 {
		steps++
	}
	return steps
}

// String returns the cells as text, one line per row, as grid.Grid's
// String does for bytes.
func (a *Automaton) String() string {
	b := make([]byte, 0, a.rows*(a.cols+1))
	for r := 1; r <= a.rows; r++ {
		b = append(b, a.cur[r*a.w+1:r*a.w+1+a.cols]...)
		b = append(b, '\n')
	}
	return string(b)
}

// Border returns the value of every cell outside the grid.
func (a *Automaton) Border() byte { return a.border }

// SetBorder sets the value of every cell outside the grid, for a plane
// whose background changes with each step, as an endless image's does. It
// costs O(Rows+Cols).
func (a *Automaton) SetBorder(v byte) {
	a.border = v
	w, h := a.w, a.rows+2
	for _, buf := range [2][]byte{a.cur, a.next} {
		for c := range w {
			buf[c], buf[(h-1)*w+c] = v, v
		}
		for r := 1; r < h-1; r++ {
			buf[r*w], buf[r*w+w-1] = v, v
		}
	}
	a.gen++
}

// Grow adds n rows or columns of the border value on every side, so that
// the cells the border will touch take part in the next steps, as an image
// that grows each step needs; cells keep their values, and the cell at p
// moves to p + (n, n). It costs O((Rows+2n)x(Cols+2n)), and allocates
// only when the cells outgrow the room made before, which then at least
// doubles, so growing by one a step allocates O(log steps) times. It
// panics if n is negative.
func (a *Automaton) Grow(n int) {
	if n < 0 {
		misusef("Automaton.Grow", "negative n %d", n)
	}
	rows, cols, w := a.rows+2*n, a.cols+2*n, a.cols+2*n+2
	size := (rows + 2) * w
	dst, spare := a.next, a.cur
	if cap(dst) < size || cap(spare) < size {
		room := max(size, 2*cap(a.cur))
		dst, spare = make([]byte, size, room), make([]byte, size, room)
	}
	dst, spare = dst[:size], spare[:size]
	fill(dst, a.border)
	for r := 1; r <= a.rows; r++ {
		copy(dst[(r+n)*w+n+1:], a.cur[r*a.w+1:r*a.w+1+a.cols])
	}
	if n == 0 {
		copy(spare, dst) // both copies alike, for a StepBy that passes over cells
	} else {
		fill(spare, a.border) // the next step writes every cell; its border stays
	}
	a.rows, a.cols, a.w, a.cur, a.next = rows, cols, w, dst, spare
	a.gen++
}

// Set sets the cell at p to v, between steps, in both of a's copies, so
// that a step that passes over the cell ([Automaton.StepBy] for a cell
// Sight's see rejected) keeps v. It panics if p lies outside.
func (a *Automaton) Set(p grid.Point, v byte) {
	if uint(p.Row) >= uint(a.rows) || uint(p.Col) >= uint(a.cols) {
		misusef("Automaton.Set", "%v outside the %dx%d grid", p, a.rows, a.cols)
	}
	i := (p.Row+1)*a.w + p.Col + 1
	a.cur[i], a.next[i] = v, v // both, for a step that passes over the cell
	a.gen++
}

// misusef panics for call with a misuse error of this package.
func misusef(call, format string, args ...any) {
	misuse.Panicf("automaton: "+call, format, args...)
}
