package mapgen

import "github.com/gridsearch/gridsearch/examples/internal/rng"

// Headings, clockwise from up, so turning right is (h+1)%4.
const (
	up = iota
	right
	down
	left
)

var (
	dRow = [4]int{-1, 0, 1, 0}
	dCol = [4]int{0, 1, 0, -1}
)

// A cell byte holds, in bits 0-3, the headings the guard has held on the
// cell, and in bit 4 whether the cell is blocked. A cell with no heading bit
// is off the path; a cell byte of 0 is free and off the path.
const (
	headings = 0x0f
	blocked  = 0x10
)

// run is one straight stretch of the planned walk: from (row, col) the guard
// takes n steps with heading h, then either turns right or, if exit is set,
// leaves the map with its next step. stop is the index of the obstacle the
// run placed to make the guard turn, or -1 if it placed none.
type run struct {
	row, col int
	h, n     int
	stop     int
	exit     bool
}

// planner lays out the guard's walk run by run, placing an obstacle at the
// end of each. Two invariants make the plan the walk the puzzle's rules
// produce: an obstacle only goes on a cell the guard has not visited (so
// every earlier step still happens), and the guard never holds the same
// heading on the same cell twice (which would be a loop).
type planner struct {
	rows, cols int
	cells      []uint8 // row-major, see headings and blocked
	visited    int     // cells with a heading bit
	placed     int     // obstacles placed by runs
	src        *rng.Source
	runs       []run
	deepest    int // most runs held when plan last hit a dead end

	// Set by options.
	cands   []int // run lengths that can end at a new obstacle, ascending
	natural int   // run length that ends at an obstacle already there, or -1
	exitLen int   // run length that ends by leaving the map, or -1

	order []int // scratch for step
}

func (p *planner) index(row, col int) int { return row*p.cols + col }

func (p *planner) inside(row, col int) bool {
	return row >= 0 && row < p.rows && col >= 0 && col < p.cols
}

func (p *planner) mark(i, h int) {
	if p.cells[i]&headings == 0 {
		p.visited++
	}
	p.cells[i] |= 1 << h
}

func (p *planner) unmark(i, h int) {
	p.cells[i] &^= 1 << h
	if p.cells[i]&headings == 0 {
		p.visited--
	}
}

// room returns how many steps the guard can take from (row, col) with
// heading h before it reaches the edge of the map.
func (p *planner) room(row, col, h int) int {
	switch h {
	case up:
		return row
	case right:
		return p.cols - 1 - col
	case down:
		return p.rows - 1 - row
	default:
		return col
	}
}

// canTurn reports whether the guard, standing on (row, col) and turning to
// heading t, reaches a state it has not been in and can then take a step.
// Requiring the step keeps the walk free of double turns, as in real maps.
func (p *planner) canTurn(row, col, t int) bool {
	if p.cells[p.index(row, col)]&(1<<t) != 0 {
		return false
	}
	nr, nc := row+dRow[t], col+dCol[t]
	if !p.inside(nr, nc) {
		return false
	}
	c := p.cells[p.index(nr, nc)]
	return c&blocked == 0 && c&(1<<t) == 0
}

// options scans the ray from (row, col) with heading h and records in
// p.cands, p.natural and p.exitLen every legal way to end the next run.
// Its cost is the length of the ray.
func (p *planner) options(row, col, h int) {
	p.cands = p.cands[:0]
	p.natural, p.exitLen = -1, -1
	t := (h + 1) % 4
	for i := 1; ; i++ {
		r, c := row+i*dRow[h], col+i*dCol[h]
		if !p.inside(r, c) {
			p.exitLen = i - 1
			return
		}
		cell := p.cells[p.index(r, c)]
		n := i - 1 // steps taken if the guard stops in front of (r, c)
		if cell&blocked != 0 {
			if p.canTurn(r-dRow[h], c-dCol[h], t) {
				p.natural = n
			}
			return
		}
		if cell&(1<<h) != 0 {
			return // stepping on would repeat a state: a loop
		}
		// A new obstacle needs a cell off the path. Only the first run may
		// place one right in front of the guard: later, that would make a
		// double turn.
		if cell&headings == 0 && (n > 0 || len(p.runs) == 0) && p.canTurn(r-dRow[h], c-dCol[h], t) {
			p.cands = append(p.cands, n)
		}
	}
}

// push appends the run of n steps from (row, col) with heading h, marks the
// states it goes through, places its obstacle and returns where it ends.
func (p *planner) push(row, col, h, n, stop int, exit bool) (endRow, endCol int) {
	p.runs = append(p.runs, run{row: row, col: col, h: h, n: n, stop: stop, exit: exit})
	for range n {
		row, col = row+dRow[h], col+dCol[h]
		p.mark(p.index(row, col), h)
	}
	if stop >= 0 {
		p.cells[stop] |= blocked
		p.placed++
	}
	if !exit {
		p.mark(p.index(row, col), (h+1)%4)
	}
	return row, col
}

// pop undoes the last run and returns the state the guard was in before it.
func (p *planner) pop() (row, col, h int) {
	u := p.runs[len(p.runs)-1]
	p.runs = p.runs[:len(p.runs)-1]
	row, col = u.row, u.col
	for range u.n {
		row, col = row+dRow[u.h], col+dCol[u.h]
		p.unmark(p.index(row, col), u.h)
	}
	if !u.exit {
		p.unmark(p.index(row, col), (u.h+1)%4)
	}
	if u.stop >= 0 {
		p.cells[u.stop] &^= blocked
		p.placed--
	}
	return u.row, u.col, u.h
}

// Once the walk has visited its target, the guard leaves at the first chance
// whose last run is at most 1/exitShare of the span, like the short last
// runs of real maps; after lateRuns more runs it takes any way out.
const (
	exitShare = 4
	lateRuns  = 20
)

// lookahead is how many run lengths step tries at most.
const lookahead = 6

// plan walks the guard from (row, col), heading up, until it has visited at
// least target cells and can leave the map, then leaves. spans[h] is the
// longest run it aims for with heading h.
//
// At each turn it draws a wanted run length (see want) and tries the legal
// run lengths closest to it (see step). When none will do, the guard is at
// a dead end: plan backs up one run, then two, four, up to 16 on dead ends
// in a row, and draws again. After budget dead ends it drops the target and
// leaves by the first way out; after budget more it backs up until it finds
// one. Backing up to the start always finds one, because the guard starts
// looking up an empty column.
func (p *planner) plan(row, col, target, budget int, spans [4]int) {
	h := up
	p.mark(p.index(row, col), h)
	fails, late, left := 0, 0, budget
	for {
		p.options(row, col, h)
		short := spans[h] / exitShare
		if p.exitLen >= 0 && p.visited >= target && (p.exitLen <= short || len(p.runs) >= late) {
			p.push(row, col, h, p.exitLen, -1, true)
			return
		}
		if p.visited < target {
			late = len(p.runs) + lateRuns
		}
		if p.step(row, col, h, p.want(row, col, h, spans[h], short, p.visited >= target), target) {
			u := p.runs[len(p.runs)-1]
			row, col, h = u.row+u.n*dRow[u.h], u.col+u.n*dCol[u.h], (h+1)%4
			if fails > 0 && len(p.runs) > p.deepest {
				fails = 0
			}
			continue
		}
		if left == 0 && target == 0 || len(p.runs) == 0 {
			break
		}
		if left == 0 {
			target, late, left, fails = 0, 0, budget, 0
		}
		left--
		fails++
		p.deepest = max(p.deepest, len(p.runs))
		for range min(len(p.runs), 1<<min(fails-1, 4)) {
			row, col, h = p.pop()
		}
	}
	p.options(row, col, h)
	for p.exitLen < 0 {
		row, col, h = p.pop()
		p.options(row, col, h)
	}
	p.push(row, col, h, p.exitLen, -1, true)
}

// want draws the run length to aim for from (row, col) with heading h:
// uniform between span/8 and span, but stopping short of the edge ahead by
// up to span/12 cells, so that turns do not pile up along the edges (real
// maps rarely turn within 6 cells of one). When closing, and the edge
// behind the guard is fewer than short cells away, it aims short enough to
// stay that close: two turns later the guard faces that edge and can leave
// with a short last run.
func (p *planner) want(row, col, h, span, short int, closing bool) int {
	if back := p.room(row, col, (h+2)%4); closing && back < short {
		return 1 + p.src.IntN(short-back)
	}
	room := p.room(row, col, h)
	hi := min(span, room-1-p.src.IntN(span/12+1))
	if hi < 1 {
		hi = max(1, room-1)
	}
	lo := min(span/8+1, hi)
	return lo + p.src.IntN(hi-lo+1)
}

// step tries up to lookahead of the run lengths found by p.options from
// (row, col) with heading h, closest to want first, and keeps the first
// after which the guard still has a legal move (one that can leave the map
// counts only once the walk has visited target cells). It reports whether it
// kept one.
func (p *planner) step(row, col, h, want, target int) bool {
	p.order = append(p.order[:0], p.cands...)
	natural := p.natural
	if natural >= 0 {
		p.order = append(p.order, natural)
	}
	for range min(lookahead, len(p.order)) {
		// Take out the option closest to want, the shorter on a tie.
		best := 0
		for i, n := range p.order {
			if d, bd := abs(n-want), abs(p.order[best]-want); d < bd || d == bd && n < p.order[best] {
				best = i
			}
		}
		n := p.order[best]
		p.order[best] = p.order[len(p.order)-1]
		p.order = p.order[:len(p.order)-1]

		stop := -1
		if n != natural {
			stop = p.index(row+(n+1)*dRow[h], col+(n+1)*dCol[h])
		}
		r, c := p.push(row, col, h, n, stop, false)
		p.options(r, c, (h+1)%4)
		if len(p.cands) > 0 || p.natural >= 0 || p.exitLen >= 0 && p.visited >= target {
			return true
		}
		p.pop()
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
