package walk

import (
	"iter"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
)

// Jumps holds precomputed straight runs over a grid's obstacles, so that a
// patrol (see [Patrol]) can be followed turn to turn instead of cell by cell:
// each turn costs O(1) however long the run before it. It also answers the
// question that makes patrols expensive to search: does the guard loop if one
// extra cell is blocked?
//
// A turn state is where the guard stands when the cell ahead is blocked,
// with the heading it had: the state just before a turn. For every obstacle
// and side, Jumps stores the next turn state and the run of cells walked to
// reach it. An extra obstacle changes a walk only where a run crosses it, and
// that test is a single comparison per turn.
//
// A Jumps is immutable once made and safe for concurrent use; each goroutine
// needs its own [JumpScratch] for [Jumps.Loops].
type Jumps struct {
	rows, cols int
	// Obstacles by row and by column, in compressed sparse form: the
	// columns of the obstacles in row r are rowCol[rowStart[r]:rowStart[r+1]],
	// ascending, with their obstacle numbers in rowID. Likewise by column.
	rowStart, rowCol, rowID []int32
	colStart, colRow, colID []int32
	rowOf                   []int32 // the row of each obstacle, for Turns
	// states[4*k+d] is the turn state in front of obstacle k, reached
	// heading d.
	states []turnState
}

// A turnState's run is the cells walked after turning right, up to the next
// turn state or the edge. The run lies in one row or one column, so it is a
// range of consecutive row-major indices (for a run along a row) or of
// column-major indices (along a column): lo, lo+1, …, lo+span. An empty run
// has lo = -1 and span = 0, which no index matches.
type turnState struct {
	lo, span uint32
	next     int32 // the next turn state, or -1 when the run leaves the grid
}

// NewJumps returns the jump tables for g where the cells equal to wall are
// the obstacles. It costs O(Rows*Cols) time to find them, vectorised on a
// Grid[byte] (see [grid.FindAll]), plus O(obstacles) to build the tables,
// and keeps O(obstacles+Rows+Cols) memory, about 64 bytes per obstacle, in
// about a dozen allocations. docs/performance.md has measured times.
func NewJumps[T comparable](g grid.Grid[T], wall T) *Jumps {
	return newJumps(g.Rows(), g.Cols(), grid.FindAll(g, wall))
}

// NewJumpsFunc is [NewJumps] with the obstacles reported by blocked, which
// it calls once per cell and does not keep.
func NewJumpsFunc[T any](g grid.Grid[T], blocked func(grid.Point) bool) *Jumps {
	var obstacles []grid.Point
	for p := range g.Points() {
		if blocked(p) {
			obstacles = append(obstacles, p)
		}
	}
	return newJumps(g.Rows(), g.Cols(), obstacles)
}

// newJumps builds the tables of a rows×cols grid from its obstacles, which
// must come row by row.
func newJumps(rows, cols int, obstacles []grid.Point) *Jumps {
	n := len(obstacles)
	j := &Jumps{
		rows: rows, cols: cols,
		rowStart: make([]int32, rows+1), rowCol: make([]int32, n), rowID: make([]int32, n),
		colStart: make([]int32, cols+1), rowOf: make([]int32, n),
	}
	for k, p := range obstacles {
		j.rowCol[k], j.rowID[k], j.rowOf[k] = int32(p.Col), int32(k), int32(p.Row)
		j.rowStart[p.Row+1]++
		j.colStart[p.Col+1]++
	}
	for r := range j.rows {
		j.rowStart[r+1] += j.rowStart[r]
	}
	for c := range j.cols {
		j.colStart[c+1] += j.colStart[c]
	}
	// Obstacles were numbered row by row; file them by column too.
	j.colRow, j.colID = make([]int32, n), make([]int32, n)
	fill := slices.Clone(j.colStart[:j.cols])
	for r := range j.rows {
		for k := j.rowStart[r]; k < j.rowStart[r+1]; k++ {
			c := j.rowCol[k]
			j.colRow[fill[c]], j.colID[fill[c]] = int32(r), k
			fill[c]++
		}
	}
	// Heading Up into obstacle (r, c), the guard stands at (r+1, c), turns
	// and walks Right along row r+1: the obstacles of row r meet those of
	// row r+1, both in order, so one merge finds every run. Likewise for
	// the other headings, by row or by column.
	j.states = make([]turnState, 4*n)
	for i := range j.states {
		j.states[i] = turnState{lo: noRun, next: -1} // off the grid: unreachable
	}
	for r := range j.rows {
		if r+1 < j.rows {
			j.sweep(grid.Up, r, r+1)
		}
		if r > 0 {
			j.sweep(grid.Down, r, r-1)
		}
	}
	for c := range j.cols {
		if c > 0 {
			j.sweep(grid.Right, c, c-1)
		}
		if c+1 < j.cols {
			j.sweep(grid.Left, c, c+1)
		}
	}
	return j
}

// line returns the obstacles of row i (for a Left or Right run) or column i
// (Up or Down): their coordinates along it, ascending, and their numbers.
func (j *Jumps) line(d grid.Dir, i int) (at, ids []int32) {
	if d == grid.Left || d == grid.Right {
		lo, hi := j.rowStart[i], j.rowStart[i+1]
		return j.rowCol[lo:hi], j.rowID[lo:hi]
	}
	lo, hi := j.colStart[i], j.colStart[i+1]
	return j.colRow[lo:hi], j.colID[lo:hi]
}

// sweep fills the turn states in front of the obstacles of line src reached
// heading d, whose runs go along the next line dst, by merging the two.
//
// A run along line dst from coordinate x to y (inclusive) covers the linear
// indices dst*L+x … dst*L+y, with L the line length: row-major indices
// along a row, column-major along a column (see Jumps.linear).
func (j *Jumps) sweep(d grid.Dir, src, dst int) {
	d2 := d.TurnRight()
	srcAt, srcIDs := j.line(d2, src)
	dstAt, dstIDs := j.line(d2, dst)
	length := int32(j.rows)
	if d2 == grid.Left || d2 == grid.Right {
		length = int32(j.cols)
	}
	base, states := int32(dst)*length, j.states
	if d2 == grid.Right || d2 == grid.Down { // ascending: the first beyond
		i := 0
		for s, a := range srcAt {
			for i < len(dstAt) && dstAt[i] <= a {
				i++
			}
			st := turnState{lo: noRun, next: -1}
			stop := length // the obstacle's coordinate, or just off the line
			if i < len(dstAt) {
				stop, st.next = dstAt[i], 4*dstIDs[i]+int32(d2)
			}
			if stop-a > 1 { // cells a+1 … stop-1
				st.lo, st.span = uint32(base+a+1), uint32(stop-a-2)
			}
			states[4*srcIDs[s]+int32(d)] = st
		}
		return
	}
	i := len(dstAt) - 1 // descending: the last before
	for s := len(srcAt) - 1; s >= 0; s-- {
		a := srcAt[s]
		for i >= 0 && dstAt[i] >= a {
			i--
		}
		st := turnState{lo: noRun, next: -1}
		stop := int32(-1)
		if i >= 0 {
			stop, st.next = dstAt[i], 4*dstIDs[i]+int32(d2)
		}
		if a-stop > 1 { // cells stop+1 … a-1
			st.lo, st.span = uint32(base+stop+1), uint32(a-stop-2)
		}
		states[4*srcIDs[s]+int32(d)] = st
	}
}

func (j *Jumps) in(p grid.Point) bool {
	return uint(p.Row) < uint(j.rows) && uint(p.Col) < uint(j.cols)
}

// linear returns p's index in the order that makes runs heading d
// consecutive: row-major for Left and Right, column-major for Up and Down.
func (j *Jumps) linear(p grid.Point, d grid.Dir) int {
	if d == grid.Left || d == grid.Right {
		return p.Row*j.cols + p.Col
	}
	return p.Col*j.rows + p.Row
}

// run walks from p heading d over free cells. It returns the turn state
// reached and the last cell walked (p itself if the cell ahead is blocked),
// or -1 and the last cell inside the grid if the walk leaves it.
func (j *Jumps) run(p grid.Point, d grid.Dir) (next int32, end grid.Point) {
	at, ids, i := j.ahead(p, d)
	return j.reach(p, d, at, ids, i)
}

// ahead returns the obstacles of the line through p heading d (see
// Jumps.line) and the index in it of the first one the guard meets walking
// from p, which is out of range if it meets none.
func (j *Jumps) ahead(p grid.Point, d grid.Dir) (at, ids []int32, i int) {
	along, fixed := p.Row, p.Col
	if d == grid.Left || d == grid.Right {
		along, fixed = p.Col, p.Row
	}
	at, ids = j.line(d, fixed)
	i = before(at, int32(along))
	if d == grid.Left || d == grid.Up {
		i-- // the last obstacle before p
	} else if i < len(at) && at[i] == int32(along) {
		i++ // the first beyond p, which is itself blocked (a guard may start on an obstacle)
	}
	return at, ids, i
}

// nextTurn returns the turn state reached walking from p heading d, or -1
// if the walk leaves the grid: the first result of run, for less.
func (j *Jumps) nextTurn(p grid.Point, d grid.Dir) int32 {
	if at, ids, i := j.ahead(p, d); uint(i) < uint(len(at)) {
		return 4*ids[i] + int32(d)
	}
	return -1
}

// reach returns the turn state reached walking from p heading d when the
// first obstacle on the way is obstacle i of the line at, ids, and the last
// cell walked; or -1 and the last cell inside the grid if i is out of range.
func (j *Jumps) reach(p grid.Point, d grid.Dir, at, ids []int32, i int) (next int32, end grid.Point) {
	next = -1
	var stop int // the obstacle's coordinate along the line, or just off the grid
	switch {
	case i >= 0 && i < len(at):
		stop, next = int(at[i]), 4*ids[i]+int32(d)
	case d == grid.Right:
		stop = j.cols
	case d == grid.Down:
		stop = j.rows
	default:
		stop = -1
	}
	end = p
	switch d {
	case grid.Right:
		end.Col = stop - 1
	case grid.Left:
		end.Col = stop + 1
	case grid.Down:
		end.Row = stop - 1
	default:
		end.Row = stop + 1
	}
	return next, end
}

// Sentinels for turnState.lo and for an extra obstacle's linear index. For
// any run, x-lo <= span (in uint32) is false when x is noCell or lo is
// noRun, and for no other pair of them.
const (
	noRun  = ^uint32(0)
	noCell = ^uint32(0) - 1
)

// A JumpScratch is the per-goroutine working memory of [Jumps.Loops]: one
// 16-bit generation stamp per turn state, about 8 bytes per obstacle, reused
// from call to call. It is not safe for concurrent use. Make one per worker
// with [Jumps.NewScratch].
type JumpScratch struct {
	stamp []uint16
	gen   uint16
}

// NewScratch returns working memory for [Jumps.Loops] on j.
func (j *Jumps) NewScratch() *JumpScratch {
	return &JumpScratch{stamp: make([]uint16, len(j.states)+4)}
}

// A trial is one walk with its extra obstacle, as the walker loops need it.
type trial struct {
	extra grid.Point
	x     [2]uint32 // extra's column-major and row-major index, or noCell
	base  int32     // first turn-state number of the extra obstacle
}

func (j *Jumps) trial(extra grid.Point) trial {
	t := trial{extra: extra, x: [2]uint32{noCell, noCell}, base: int32(len(j.states))}
	if j.in(extra) {
		t.x = [2]uint32{uint32(j.linear(extra, grid.Up)), uint32(j.linear(extra, grid.Right))}
	}
	return t
}

// from returns the first turn state reached walking from p heading d, or
// -1 if the walk leaves the grid.
func (j *Jumps) from(p grid.Point, d grid.Dir, t *trial) int32 {
	if p.Add(d.Delta()) == t.extra && t.x[0] != noCell {
		return t.base + int32(d) // a trial's usual start: right in front of extra
	}
	next, end := j.run(p, d)
	if end != p {
		lo, hi := uint32(j.linear(p.Add(d.Delta()), d)), uint32(j.linear(end, d))
		lo, hi = min(lo, hi), max(lo, hi)
		if t.x[d&1]-lo <= hi-lo {
			return t.base + int32(d)
		}
	}
	return next
}

// next returns the turn state after id, or -1 if the walk leaves the grid.
// It is small enough to inline into the walkers' loops.
func (j *Jumps) next(id int32, t *trial) int32 {
	if id >= t.base {
		return j.afterExtra(id, t)
	}
	st := &j.states[id]
	d := (id + 1) & 3 // the heading after turning right
	if t.x[d&1]-st.lo <= st.span {
		return t.base + d
	}
	return st.next
}

// afterExtra returns the turn state after id, a turn in front of the extra
// obstacle. The run after it lies across the line on which the guard met
// extra, so it cannot meet extra again: the tables answer it alone.
func (j *Jumps) afterExtra(id int32, t *trial) int32 {
	d := grid.Dir(id - t.base)
	return j.nextTurn(t.extra.Sub(d.Delta()), d.TurnRight())
}

// before returns how many of the ascending line are less than x. A short
// line is counted without a branch per element, which on the lines of
// typical maps is faster than a search that stops early and mispredicts
// where it stops.
func before(line []int32, x int32) int {
	if len(line) > 32 {
		i, _ := slices.BinarySearch(line, x)
		return i
	}
	n := 0
	for _, v := range line {
		if v < x {
			n++
		}
	}
	return n
}

// Loops reports whether a guard who starts in state start loops forever when
// extra is blocked as well as the cells j was made with, following the same
// rules as [Patrol] with its default right turns: it returns what
// [Visited.Loops] of the per-cell walk would, but the cost is O(turns), not
// O(steps). Pass a point outside the grid as extra for no extra obstacle. It
// returns false if start.Pos is outside the grid.
//
// Loops allocates nothing. It uses s as working memory; s must have been
// made by j.NewScratch and must not be used by another goroutine at the same
// time. Loops panics if start.Dir is not cardinal.
func (j *Jumps) Loops(start State, extra grid.Point, s *JumpScratch) bool {
	return j.loops(start, extra, s, nil, 0, 0)
}

// loops is Loops, and with order non-nil [Route.Loops] as well: a trial
// that stands in a turn state id with order[id] >= 0 has rejoined the
// route, and loops if order[id] < first and leaves if order[id] >= last.
func (j *Jumps) loops(start State, extra grid.Point, s *JumpScratch, order []int32, first, last int32) bool {
	if !j.in(start.Pos) {
		return false
	}
	if !start.Dir.Cardinal() {
		panic("walk: Jumps.Loops with a heading that is not Up, Right, Down or Left")
	}
	if s.gen++; s.gen == 0 {
		clear(s.stamp)
		s.gen = 1
	}
	t := j.trial(extra)
	stamp, gen, states := s.stamp[:t.base+4], s.gen, j.states
	for id := j.from(start.Pos, start.Dir, &t); id >= 0; {
		if stamp[id] == gen {
			return true
		}
		stamp[id] = gen
		if id >= t.base {
			id = j.afterExtra(id, &t)
			continue
		}
		if order != nil {
			if o := order[id]; o >= 0 && (o < first || o >= last) {
				return o < first
			}
		}
		// The common case of j.next, written out because next is too
		// large to inline and this is the hot loop.
		st := &states[id]
		if d := (id + 1) & 3; t.x[d&1]-st.lo <= st.span {
			id = t.base + d
		} else {
			id = st.next
		}
	}
	return false
}

// Turns returns an iterator over the turn states of the walk that
// [Jumps.Loops] follows: each state where the guard stands with the cell
// ahead blocked, with the heading it had before turning. The sequence is
// infinite when the walk loops. Each state costs O(1), and O(log n) in the
// number n of obstacles on a row or column where the walk meets extra.
// Turns panics if start.Dir is not one of Up, Right, Down and Left.
func (j *Jumps) Turns(start State, extra grid.Point) iter.Seq[State] {
	if !start.Dir.Cardinal() {
		panic("walk: Jumps.Turns with a heading that is not Up, Right, Down or Left")
	}
	return func(yield func(State) bool) {
		if !j.in(start.Pos) {
			return
		}
		t := j.trial(extra)
		for id := j.from(start.Pos, start.Dir, &t); id >= 0; id = j.next(id, &t) {
			if !yield(j.state(id, &t)) {
				return
			}
		}
	}
}

// state returns the position and heading of turn state id.
func (j *Jumps) state(id int32, t *trial) State {
	d := grid.Dir(id & 3)
	o := t.extra
	if id < t.base {
		k := id / 4
		o = grid.Pt(int(j.rowOf[k]), int(j.rowCol[k]))
	} else {
		d = grid.Dir(id - t.base)
	}
	return State{o.Sub(d.Delta()), d}
}
