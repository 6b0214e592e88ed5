package search

import (
	"fmt"
	"iter"
	"math"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
	"github.com/gridsearch/gridsearch/walk"
)

// TurnCosts is Dijkstra's search over the states of a walker on one grid,
// run whole: a walker on a cell, facing one of the four cardinal headings,
// steps ahead onto an open cell for one cost, or turns a quarter either
// way on the spot for another, such as a reindeer that pays 1 a step and
// 1000 a turn. It finds the cheapest cost from the nearest start to every
// state, and the cells on the cheapest walks to a goal:
//
//	t, err := search.NewTurnCosts(g, func(v byte) bool { return v != '#' }, 1, 1000)
//	cost, ok, err := t.RunTo(end, walk.State{Pos: start, Dir: grid.Right})
//	seats := 0
//	for range t.OnBest(end) {
//		seats++ // a cell on some cheapest walk
//	}
//
// With two costs, the states reached by a step come out in order of cost
// if kept in one first-in first-out queue, and those reached by a turn in
// another, so the search takes the cheaper of the two heads, with no heap
// and no bucket: O(V) for the V states reached, as the fastest published
// solutions do. [NewTurnCosts] reads the grid once, into a copy of which
// cells are open with a closed border, and the search is a loop over that
// copy, with no call a state.
//
// A TurnCosts is not safe for concurrent use: its readers show the last
// search. Give each goroutine its own.
type TurnCosts struct {
	rows, cols, w int
	step, turn    int32
	costTable     // per state: padded cell*4 + heading
	ahead         [4]int32
	steps, turns  []turnEntry // the two queues, reused
	best          int32       // RunTo's goal cost, or unreached
	goal          int         // RunTo's goal cell, padded, or -1
	seen, cells   []bool      // OnBest's states walked back and cells yielded, reused
}

// A turnEntry is a state waiting in a queue at a cost; it is stale if the
// state's cost has dropped since.
type turnEntry struct{ id, cost int32 }

// unreached is the cost of a state no search has reached, and shut that
// of a state on a closed cell or the border, which no move improves.
const (
	unreached = math.MaxInt32
	shut      = -1
)

// NewTurnCosts returns a TurnCosts over g, whose open cells are those for
// which open(v) holds, where a step ahead costs step and a quarter turn
// costs turn; open must depend on v alone. It calls open once a cell (for
// a grid of bytes, once for each byte value in it) and allocates 16 bytes a cell of g
// and its border. It returns an error if a cost is negative or above
// 2^20, or g and its border hold 2^29 cells or more.
func NewTurnCosts[T any](g grid.Grid[T], open func(v T) bool, step, turn int) (*TurnCosts, error) {
	if step < 0 || turn < 0 || step > 1<<20 || turn > 1<<20 {
		return nil, fmt.Errorf("search: NewTurnCosts: step cost %d and turn cost %d, want both in [0, 2^20]", step, turn)
	}
	rows, cols := g.Rows(), g.Cols()
	w := cols + 2
	if rows+2 > (maxIDs/4)/w {
		return nil, fmt.Errorf("search: NewTurnCosts: a %dx%d grid and its border exceed %d cells", rows, cols, maxIDs/4)
	}
	n := (rows + 2) * w
	t := &TurnCosts{rows: rows, cols: cols, w: w, step: int32(step), turn: int32(turn),
		costTable: costTable{cost: make([]int32, 4*n), fresh: true}, goal: -1, best: unreached,
		steps: make([]turnEntry, 0, 4*w), turns: make([]turnEntry, 0, 4*w)}
	for i := range t.cost[:4*(w+1)] { // the top border, and the left of row 0
		t.cost[i] = shut
	}
	// For a grid of bytes, open is asked once for each byte value met,
	// and its answer kept in known as the cost the byte's states start
	// at: shut or unreached, neither of them 0, which marks a byte not
	// yet asked.
	var known [256]int32
	var row []T
	for r := range rows {
		row = g.AppendRow(row[:0], r)
		line := t.cost[4*((r+1)*w+1) : 4*((r+2)*w+1)]
		bs, isBytes := any(row).([]byte)
		for c, v := range row {
			x := int32(0)
			if isBytes {
				x = known[bs[c]]
			}
			if x == 0 {
				x = shut
				if open(v) {
					x = unreached
				}
				if isBytes {
					known[bs[c]] = x
				}
			}
			line[4*c], line[4*c+1], line[4*c+2], line[4*c+3] = x, x, x, x
		}
		for i := range line[4*cols:] { // the right border and the next row's left
			line[4*cols+i] = shut
		}
	}
	for i := range t.cost[4*((rows+1)*w+1):] { // the bottom border
		t.cost[4*((rows+1)*w+1)+i] = shut
	}
	// A step ahead moves the state id by four times the cell's.
	t.ahead = [4]int32{-4 * int32(w), 4, 4 * int32(w), -4}
	return t, nil
}

// Run searches from starts, each at cost 0, to every state they reach. It
// returns an error naming the first start outside the grid, on a closed
// cell or with a heading that is not cardinal, and then searches nothing,
// so that the readers show no state reached; and an error if a cost would
// pass 2^31-1 less a move's cost, when the readers show the search as far
// as it went. It costs O(V) time for the V states reached, and, but for the first
// search, a copy of the blank costs of every state to begin; it allocates
// only those blank costs, once, at the second search (16 bytes a cell),
// and as its queues grow past every search before.
func (t *TurnCosts) Run(starts ...walk.State) error {
	t.goal = -1
	return t.run("search: TurnCosts.Run", starts)
}

// RunTo is [TurnCosts.Run] that stops once the cheapest walk to goal is
// known and every state as cheap has come out, so that [TurnCosts.OnBest]
// can walk back from goal: it returns the cheapest cost to goal, in any
// heading, and true, or 0 and false if no start reaches it. Costs read
// after it are exact for the states at most as costly as goal's; others
// may be too high or unreached. It returns the errors Run does, and one if
// goal lies outside the grid.
func (t *TurnCosts) RunTo(goal grid.Point, starts ...walk.State) (int, bool, error) {
	if !t.inside(goal) {
		return 0, false, fmt.Errorf("search: TurnCosts.RunTo: goal %v lies outside the %dx%d grid", goal, t.rows, t.cols)
	}
	t.goal = t.cell(goal)
	if err := t.run("search: TurnCosts.RunTo", starts); err != nil {
		return 0, false, err
	}
	if t.best == unreached {
		return 0, false, nil
	}
	return int(t.best), true, nil
}

func (t *TurnCosts) inside(p grid.Point) bool {
	return uint(p.Row) < uint(t.rows) && uint(p.Col) < uint(t.cols)
}

// cell returns p's padded cell.
func (t *TurnCosts) cell(p grid.Point) int { return (p.Row+1)*t.w + p.Col + 1 }

func (t *TurnCosts) run(call string, starts []walk.State) error {
	t.reset()
	t.best = unreached
	for k, s := range starts {
		switch {
		case !t.inside(s.Pos):
			return fmt.Errorf("%s: start %d at %v lies outside the %dx%d grid", call, k, s.Pos, t.rows, t.cols)
		case !s.Dir.Cardinal():
			return fmt.Errorf("%s: start %d at %v has heading %v, not a cardinal one", call, k, s.Pos, s.Dir)
		case t.cost[4*t.cell(s.Pos)] == shut:
			return fmt.Errorf("%s: start %d at %v lies on a closed cell", call, k, s.Pos)
		}
	}
	steps, turns := t.steps[:0], t.turns[:0]
	for _, s := range starts {
		id := int32(4*t.cell(s.Pos) + int(s.Dir))
		if t.cost[id] != 0 {
			t.cost[id] = 0
			steps = append(steps, turnEntry{id, 0})
		}
	}
	cost, ahead, step, turn := t.cost, t.ahead, t.step, t.turn
	goal := int32(t.goal)
	best := int32(unreached)
	limit := unreached - max(step, turn) // a cost coming out must stay below it
	// Both queues stay in order of cost, as each takes the cost coming
	// out plus its own fixed cost, and what comes out never gets cheaper:
	// the lower head is the cheapest state waiting.
	si, ti := 0, 0
	for si < len(steps) || ti < len(turns) {
		var e turnEntry
		if ti == len(turns) || si < len(steps) && steps[si].cost <= turns[ti].cost {
			e, si = steps[si], si+1
		} else {
			e, ti = turns[ti], ti+1
		}
		c := e.cost
		if c != cost[e.id] {
			continue // stale: the state got cheaper after this entry
		}
		if c > best {
			break // past the goal: every state as cheap is out
		}
		if c >= limit {
			t.steps, t.turns = steps, turns
			return fmt.Errorf("%s: a cost reaches %d, past what the search keeps", call, c)
		}
		if e.id>>2 == goal && best == unreached {
			best = c
		}
		// A state on a closed cell costs shut, below every cost, so a
		// step onto it is never cheaper. The queues drop what has come
		// out when that is most of them.
		if j := e.id + ahead[e.id&3]; c+step < cost[j] {
			cost[j] = c + step
			if si > 256 && 2*si > len(steps) {
				steps, si = steps[:copy(steps, steps[si:])], 0
			}
			steps = append(steps, turnEntry{j, c + step})
		}
		base := e.id &^ 3
		if j := base | (e.id+1)&3; c+turn < cost[j] {
			cost[j] = c + turn
			if ti > 256 && 2*ti > len(turns) {
				turns, ti = turns[:copy(turns, turns[ti:])], 0
			}
			turns = append(turns, turnEntry{j, c + turn})
		}
		if j := base | (e.id+3)&3; c+turn < cost[j] {
			cost[j] = c + turn
			turns = append(turns, turnEntry{j, c + turn})
		}
	}
	t.steps, t.turns, t.best = steps, turns, best
	return nil
}

// Cost returns the cheapest cost of the last search from a start to the
// state s, and true; or 0 and false if it did not reach s, or s lies
// outside the grid or has a heading that is not cardinal. After RunTo, a
// state dearer than the goal may show a cost too high, or none.
func (t *TurnCosts) Cost(s walk.State) (int, bool) {
	if !t.inside(s.Pos) || !s.Dir.Cardinal() {
		return 0, false
	}
	c := t.cost[4*t.cell(s.Pos)+int(s.Dir)]
	if c == unreached || c == shut {
		return 0, false
	}
	return int(c), true
}

// OnBest returns an iterator over the cells on at least one cheapest walk
// from a start of the last search to goal, each once, goal first: the
// states of goal at its cheapest cost, and every state from which a step
// or a turn costs exactly the difference, walked back. Call it after
// [TurnCosts.RunTo] for the same goal, or after [TurnCosts.Run]. It costs
// O(V) for the V states walked back, and O(S) for the S states of the grid
// to clear its marks, a byte a state and a byte a cell, which it allocates
// on its first call. It yields nothing if goal lies outside the grid or
// the last search did not reach it. It panics if ranged over after RunTo for
// another goal, whose costs beyond that goal's are not exact. OnBest
// reuses the search's memory, so the next search must wait until its
// range is over.
func (t *TurnCosts) OnBest(goal grid.Point) iter.Seq[grid.Point] {
	return func(yield func(grid.Point) bool) {
		if !t.inside(goal) {
			return
		}
		g := t.cell(goal)
		if t.goal >= 0 && t.goal != g {
			misuse.Panicf("search: TurnCosts.OnBest", "goal %v, where the last RunTo stopped at the costs of another", goal)
		}
		best := int32(unreached)
		for d := range 4 {
			if c := t.cost[4*g+d]; c != shut {
				best = min(best, c)
			}
		}
		if best == unreached {
			return
		}
		if t.seen == nil {
			t.seen, t.cells = make([]bool, len(t.cost)), make([]bool, len(t.cost)/4)
		} else {
			clear(t.seen)
			clear(t.cells)
		}
		todo := t.turns[:0] // the search's queue, free now, as a stack
		for d := range 4 {
			if id := int32(4*g + d); t.cost[id] == best {
				t.seen[id] = true
				todo = append(todo, turnEntry{id, best})
			}
		}
		back := func(j, want int32) {
			if want >= 0 && t.cost[j] == want && !t.seen[j] {
				t.seen[j] = true
				todo = append(todo, turnEntry{j, want})
			}
		}
		for len(todo) > 0 {
			e := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if k := e.id >> 2; !t.cells[k] {
				t.cells[k] = true
				if !yield(grid.Pt(int(k)/t.w-1, int(k)%t.w-1)) {
					t.turns = todo
					return
				}
			}
			// The moves into the state: a step from the cell behind, and
			// a quarter turn from either side. A state reached at exactly
			// the cost less the move's is one the move came from.
			back(e.id-t.ahead[e.id&3], e.cost-t.step)
			base := e.id &^ 3
			back(base|(e.id+1)&3, e.cost-t.turn)
			back(base|(e.id+3)&3, e.cost-t.turn)
		}
		t.turns = todo
	}
}
