package patrol

import (
	"iter"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
	"github.com/gridsearch/gridsearch/walk"
)

// Jumps holds precomputed straight runs over a grid's obstacles, so that a
// patrol (see [walk.Patrol]) can be followed turn to turn instead of cell by cell:
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
// needs its own [Scratch] for [Jumps.Loops].
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
	j.states = make([]turnState, 4*n)
	j.fill(fill[:0])
	return j
}

// fill computes the four turn states in front of each obstacle in one pass
// over the obstacles, row by row, so that each obstacle's states are
// written together. seen is an empty slice with room for Cols counts.
//
// Heading Up into obstacle (r, c), the guard stands at (r+1, c), turns and
// walks Right along row r+1 to its first obstacle beyond c, and heading
// Down it walks Left along row r-1 to its last obstacle before c: two
// pointers that move forward along those rows as c grows. Heading Right it
// stands at (r, c-1) and walks Down column c-1, and heading Left it walks Up
// column c+1: seen counts the obstacles of each column in the rows passed,
// which points into that column at the first obstacle below or the last
// one above.
func (j *Jumps) fill(seen []int32) {
	rows, cols := int32(j.rows), int32(j.cols)
	seen = seen[:cols]
	clear(seen)
	states, rowStart, rowCol := j.states, j.rowStart, j.rowCol
	for r := range rows {
		var above, below []int32 // the obstacles of rows r-1 and r+1
		if r > 0 {
			above = rowCol[rowStart[r-1]:rowStart[r]]
		}
		if r+1 < rows {
			below = rowCol[rowStart[r+1]:rowStart[r+2]]
		}
		ib, ia := 0, -1 // below: the first beyond c; above: the last before c
		for k := rowStart[r]; k < rowStart[r+1]; k++ {
			c := rowCol[k]
			st := states[4*k : 4*k+4 : 4*k+4]
			// Up: along row r+1, from column c+1 to the right.
			st[grid.Up] = turnState{lo: noRun, next: -1}
			if r+1 < rows {
				for ib < len(below) && below[ib] <= c {
					ib++
				}
				stop, next := cols, int32(-1)
				if ib < len(below) {
					stop, next = below[ib], 4*(rowStart[r+1]+int32(ib))+int32(grid.Right)
				}
				st[grid.Up] = runTo((r+1)*cols, c, stop, next)
			}
			// Down: along row r-1, from column c-1 to the left.
			st[grid.Down] = turnState{lo: noRun, next: -1}
			if r > 0 {
				for ia+1 < len(above) && above[ia+1] < c {
					ia++
				}
				stop, next := int32(-1), int32(-1)
				if ia >= 0 {
					stop, next = above[ia], 4*(rowStart[r-1]+int32(ia))+int32(grid.Left)
				}
				st[grid.Down] = runTo((r-1)*cols, stop, c, next)
			}
			// Right: down column c-1, from row r+1.
			st[grid.Right] = turnState{lo: noRun, next: -1}
			if c > 0 {
				i := j.colStart[c-1] + seen[c-1] // the first below row r
				stop, next := rows, int32(-1)
				if i < j.colStart[c] {
					stop, next = j.colRow[i], 4*j.colID[i]+int32(grid.Down)
				}
				st[grid.Right] = runTo((c-1)*rows, r, stop, next)
			}
			// Left: up column c+1, from row r-1.
			st[grid.Left] = turnState{lo: noRun, next: -1}
			if c+1 < cols {
				i := j.colStart[c+1] + seen[c+1] - 1 // the last above row r
				stop, next := int32(-1), int32(-1)
				if i >= j.colStart[c+1] {
					stop, next = j.colRow[i], 4*j.colID[i]+int32(grid.Up)
				}
				st[grid.Left] = runTo((c+1)*rows, stop, r, next)
			}
			seen[c]++
		}
	}
}

// runTo returns the turn state whose run covers the cells strictly between
// coordinates a and b (a < b) of the line whose linear indices start at
// base, and which then turns at next.
func runTo(base, a, b, next int32) turnState {
	if b-a > 1 {
		return turnState{lo: uint32(base + a + 1), span: uint32(b - a - 2), next: next}
	}
	return turnState{lo: noRun, next: next}
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

// A Scratch is the per-goroutine working memory of [Jumps.Loops]: one
// 16-bit generation stamp per turn state, about 8 bytes per obstacle, reused
// from call to call. It is not safe for concurrent use. Make one per worker
// with [Jumps.NewScratch].
type Scratch struct {
	stamp []uint16
	gen   uint16
	j     *Jumps // the tables it was made for
}

// NewScratch returns working memory for [Jumps.Loops] on j.
func (j *Jumps) NewScratch() *Scratch {
	return &Scratch{stamp: make([]uint16, len(j.states)+4), j: j}
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
// obstacle is blocked as well as the cells j was made with, following the
// same rules as [walk.Patrol] with its default right turns: it returns what
// cycle.IDSet.Loops of the per-cell walk would, but the cost is
// O(turns), not O(steps). Pass a point outside the grid as obstacle for no
// added obstacle. It returns false if start.Pos is outside the grid.
//
// Loops allocates nothing. It uses s as working memory; s must have been
// made by j.NewScratch and must not be used by another goroutine at the same
// time. Loops panics if start.Dir is not cardinal, or if s is nil or was
// made by another Jumps.
func (j *Jumps) Loops(start walk.State, obstacle grid.Point, s *Scratch) bool {
	if s == nil || s.j != j {
		badScratch("patrol: Jumps.Loops")
	}
	return j.loops(start, obstacle, s, nil, 0, 0)
}

// badScratch panics for a Scratch that is nil or belongs to other tables.
func badScratch(call string) {
	misuse.Panicf(call, "scratch is nil or not made by this Jumps' NewScratch")
}

// loops is Loops, and with order non-nil [Route.Loops] as well: a trial
// that stands in a turn state id with order[id] >= 0 has rejoined the
// route, and loops if order[id] < first and leaves if order[id] >= last.
func (j *Jumps) loops(start walk.State, obstacle grid.Point, s *Scratch, order []int32, first, last int32) bool {
	if !j.in(start.Pos) {
		return false
	}
	if !start.Dir.Cardinal() {
		panic(misuse.Heading{Call: "patrol: Jumps.Loops", D: start.Dir, Want: "a cardinal heading"})
	}
	if s.gen++; s.gen == 0 {
		clear(s.stamp)
		s.gen = 1
	}
	t := j.trial(obstacle)
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
// number n of obstacles on a row or column where the walk meets obstacle.
// Turns panics if start.Dir is not one of Up, Right, Down and Left.
func (j *Jumps) Turns(start walk.State, obstacle grid.Point) iter.Seq[walk.State] {
	if !start.Dir.Cardinal() {
		panic(misuse.Heading{Call: "patrol: Jumps.Turns", D: start.Dir, Want: "a cardinal heading"})
	}
	return func(yield func(walk.State) bool) {
		if !j.in(start.Pos) {
			return
		}
		t := j.trial(obstacle)
		for id := j.from(start.Pos, start.Dir, &t); id >= 0; id = j.next(id, &t) {
			if !yield(j.state(id, &t)) {
				return
			}
		}
	}
}

// state returns the position and heading of turn state id.
func (j *Jumps) state(id int32, t *trial) walk.State {
	d := grid.Dir(id & 3)
	o := t.extra
	if id < t.base {
		k := id / 4
		o = grid.Pt(int(j.rowOf[k]), int(j.rowCol[k]))
	} else {
		d = grid.Dir(id - t.base)
	}
	return walk.State{Pos: o.Sub(d.Delta()), Dir: d}
}
