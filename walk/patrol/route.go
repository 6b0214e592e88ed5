package patrol

import (
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
	"github.com/gridsearch/gridsearch/walk"
)

// A Route is a guard's walk out of a grid with nothing added to it, as
// [Jumps] follows it, recorded to answer the question that patrol puzzles ask
// of every cell on it: does blocking that one cell make the guard loop? See
// [Jumps.Route] and [Route.Loops].
//
// The route is split into legs: the first runs from the start to the first
// turn, and each turn starts the next. A trial that blocks a cell can stop as
// soon as it stands in one of the route's turn states, since from there it
// follows the route:
//   - if that turn comes before the guard first reaches the blocked cell, the
//     trial walks back to where it began, so it loops;
//   - if it comes after the last leg that crosses the blocked cell, the trial
//     walks out of the grid with the route.
//
// On puzzle maps this cuts a trial from tens of turns to a handful.
//
// A Route is immutable once made and safe for concurrent use; each goroutine
// needs its own [Scratch] for [Route.Loops].
// The zero Route has no cells, and its Loops panics.
type Route struct {
	j     *Jumps
	cols  int // the map's, kept here so that Point needs no pointer
	cells []RouteCell
	// recip is 2^64/cols rounded up, for dividing a cell's index by cols
	// with a multiplication; 0 when cols is 1.
	recip uint64
	// order[id] is the leg of the route that turn state id ends, or -1 if
	// the route never stands in it.
	order []int32
}

// A RouteCell is one cell of a [Route] other than its start, as the guard
// first enters it. Read it with the methods of the Route whose Cells gave
// it; with another Route's methods it means nothing.
type RouteCell struct {
	// id is the cell's row-major index times four plus the heading the
	// guard first enters it with, as in [States] and [Trail].
	id int32
	// first and last are the legs in which the guard first and last
	// enters the cell.
	first, last int32
}

// Route follows a guard out of j's grid from start, turning right at every
// obstacle as [Jumps.Loops] does with no extra obstacle, and records the
// route: each cell the guard enters after start, in the order it first enters
// them (the cells [Trail] lists), and where each turn falls. It reports false,
// and returns nil, if the walk loops. If start.Pos lies outside the grid, the
// route has no cells.
//
// Route costs O(1) per step of the walk, plus O(Rows*Cols) to clear a table
// of 4 bytes per cell that it drops before returning, and O(obstacles) to
// number the turns. The Route keeps 16 bytes per obstacle and 12 bytes per
// cell entered, with room reserved for one per step of the walk (steps
// that enter a cell again are few on puzzle maps). It makes four
// allocations, two if start.Pos is outside the grid. It panics if
// start.Dir is not Up, Right, Down or Left.
func (j *Jumps) Route(start walk.State) (*Route, bool) {
	if !start.Dir.Cardinal() {
		panic(misuse.Heading{Call: "patrol: Jumps.Route", D: start.Dir, Want: "a cardinal heading"})
	}
	r := &Route{j: j, cols: j.cols, order: make([]int32, len(j.states))}
	if j.cols > 1 { // 2^64/1 does not fit: Point treats 0 as "do not divide"
		r.recip = ^uint64(0)/uint64(j.cols) + 1
	}
	for i := range r.order {
		r.order[i] = -1
	}
	if !j.in(start.Pos) {
		return r, true
	}
	// First the turns, to number the legs, spot a loop, and bound the
	// cells entered; then the cells, leg by leg.
	next, end := j.run(start.Pos, start.Dir)
	steps := end.Manhattan(start.Pos) // the first leg is straight
	legs := int32(0)
	for id := next; id >= 0; id = j.states[id].next {
		if r.order[id] >= 0 {
			return nil, false // the guard stands here a second time: it loops
		}
		r.order[id] = legs
		legs++
		if st := j.states[id]; st.lo != noRun {
			steps += int(st.span) + 1
		}
	}
	// slot[i] is 1 + the index in r.cells of cell i, 0 if the guard has
	// not entered it, and -1 for the start.
	w := routeWalk{r: r, slot: make([]int32, j.rows*j.cols), cols: j.cols, rows: j.rows}
	r.cells = make([]RouteCell, 0, min(steps, j.rows*j.cols))
	w.slot[start.Pos.Row*j.cols+start.Pos.Col] = -1
	if end != start.Pos {
		w.leg(start.Pos.Add(start.Dir.Delta()), end, start.Dir)
	}
	for id := next; id >= 0; id = j.states[id].next {
		w.seg++
		if st := j.states[id]; st.lo != noRun {
			w.run(st.lo, st.span, grid.Dir((id+1)&3))
		}
	}
	return r, true
}

// A routeWalk is the state of [Jumps.Route] as it marks the cells of the
// route leg by leg.
type routeWalk struct {
	r          *Route
	slot       []int32
	rows, cols int
	seg        int32 // the leg being walked
}

// leg marks the cells from, …, to, walked heading d.
func (w *routeWalk) leg(from, to grid.Point, d grid.Dir) {
	n := to.Manhattan(from) // a straight leg
	w.cells(from.Row*w.cols+from.Col, n, d)
}

// run marks the cells of a turn state's run, the linear indices lo, …,
// lo+span (see Jumps.linear), walked heading d.
func (w *routeWalk) run(lo, span uint32, d grid.Dir) {
	x := int(lo)
	if d == grid.Left || d == grid.Up { // walked from the high end
		x += int(span)
	}
	if d == grid.Up || d == grid.Down { // column-major: x = col*rows + row
		x = x%w.rows*w.cols + x/w.rows
	}
	w.cells(x, int(span), d)
}

// cells marks the cell with row-major index i and the n cells after it
// heading d.
func (w *routeWalk) cells(i, n int, d grid.Dir) {
	step := d.Delta()
	stride := step.Row*w.cols + step.Col
	for range n + 1 {
		w.enter(i, d)
		i += stride
	}
}

// enter marks cell i, entered heading d in the current leg.
func (w *routeWalk) enter(i int, d grid.Dir) {
	switch s := w.slot[i]; {
	case s == 0:
		w.r.cells = append(w.r.cells, RouteCell{id: int32(i<<2 | int(d)), first: w.seg, last: w.seg})
		w.slot[i] = int32(len(w.r.cells))
	case s > 0:
		w.r.cells[s-1].last = w.seg
	}
}

// Cells returns the cells of the route other than its start, in the order
// the guard first enters them: one per candidate for an added obstacle. The
// slice is the route's own, so it costs nothing; it must not be modified.
func (r *Route) Cells() []RouteCell { return r.cells }

// Point returns where c lies.
func (r *Route) Point(c RouteCell) grid.Point {
	// A trial starts here, so a division's latency would show: for
	// i, cols < 2^32, i/cols is the high word of i*recip (Lemire, Kaser and
	// Kurz, "Faster remainder by direct computation", 2019).
	i := uint64(c.id >> 2)
	row := i
	if r.recip != 0 {
		row, _ = bits.Mul64(i, r.recip)
	}
	return grid.Pt(int(row), int(i-row*uint64(r.cols)))
}

// Entry returns the guard's state just before it first steps into c: the
// cell it stands on and its heading. Entry(c).Ahead() is Point(c).
func (r *Route) Entry(c RouteCell) walk.State {
	d := grid.Dir(c.id & 3)
	return walk.State{Pos: r.Point(c).Sub(d.Delta()), Dir: d}
}

// Loops reports whether the guard loops when c is blocked: what
// [Jumps.Loops](r.Entry(c), r.Point(c), s) reports, since the walk up to
// Entry(c) cannot differ. It stops as soon as the trial stands in a turn
// state of the route, and costs O(1) per turn until then.
//
// Loops allocates nothing. It uses s as working memory; s must have been
// made by NewScratch of the Jumps that made r, and must not be used by
// another goroutine at the same time. Loops panics if s is nil or was made
// by another Jumps.
func (r *Route) Loops(c RouteCell, s *Scratch) bool {
	if r.j == nil {
		misuse.Panicf("patrol: Route.Loops", "the zero Route has no map: make one with Jumps.Route")
	}
	if s == nil || s.j != r.j {
		badScratch("patrol: Route.Loops")
	}
	e := r.Entry(c)
	return r.j.loops(e, e.Ahead(), s, r.order, c.first, c.last)
}
