package walk

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// Trail follows a guard on g from start as [Patrol] does with its default
// rule, a cell being blocked when it holds wall: if the cell ahead is
// blocked, turn right without moving; otherwise step into it. It appends to
// dst, in the order the guard first enters them, the cells it enters after
// start, each once, as the id in [States](g) of the state it enters the
// cell in: the cell's dense index times four plus the heading of that step.
// The start cell is never appended, even when the guard walks back into it,
// so the walk covers 1+len(appended) cells. The id is kept in an int32,
// which holds every id of a grid's states, to halve the memory of a long
// trail.
//
// Trail returns the extended slice and whether the guard leaves g. When the
// walk loops, ok is false and the appended cells are every cell the walk
// ever enters. If start.Pos lies outside g, Trail appends nothing and
// reports true. It panics if start.Dir is not a cardinal heading, since
// the ids have room for four headings.
//
// Trail costs O(1) time per step and a call to [grid.Span] per turn, and
// O(Len()) to find a loop: it checks for one only when the guard turns,
// stopping after more turns than g has states. It allocates one bit per cell of g
// for the cells entered, plus what appending to dst takes.
func Trail[T comparable](dst []int32, g grid.Grid[T], start State, wall T) (trail []int32, ok bool) {
	if !start.Dir.Cardinal() {
		panic(fmt.Sprintf("walk: Trail with heading %v, want a cardinal heading", start.Dir))
	}
	rows, cols := g.Rows(), g.Cols()
	r, c := start.Pos.Row, start.Pos.Col
	if uint(r) >= uint(rows) || uint(c) >= uint(cols) {
		return dst, true
	}
	entered := make([]uint64, (g.Len()+63)/64)
	i := r*cols + c
	entered[uint(i)/64] |= 1 << (uint(i) % 64)
	d := start.Dir
	// Each leg, from a turn to the next blocked cell or the edge, is found
	// with grid.Span, which scans the grid; the loop over the leg then only
	// marks cells, keeping the cell as a dense index i, so a step is
	// i += step. The guard loops if it turns more often than g has states.
	for turns := 4 * g.Len(); turns >= 0; turns-- {
		p := grid.Point{Row: r, Col: c}
		n := grid.Span(g, p, d, wall)
		delta := d.Delta()
		step := delta.Row*cols + delta.Col
		for range n {
			i += step
			if w, bit := uint(i)/64, uint64(1)<<(uint(i)%64); entered[w]&bit == 0 {
				entered[w] |= bit
				dst = append(dst, int32(i<<2|int(d)))
			}
		}
		r, c = r+n*delta.Row, c+n*delta.Col
		if uint(r+delta.Row) >= uint(rows) || uint(c+delta.Col) >= uint(cols) {
			return dst, true
		}
		d = d.TurnRight()
	}
	return dst, false
}
