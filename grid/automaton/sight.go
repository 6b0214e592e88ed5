package automaton

import "github.com/gridsearch/gridsearch/grid"

// Neighbors is a fixed choice of eight neighbours for every cell of an
// automaton that a step may change, such as the first seat visible in
// each heading, built once and used by [Automaton.StepBy] on every step.
type Neighbors struct {
	rows, cols int
	cells      []int32 // the cells a step may change, row by row: indices into the copies
	at         []int32 // 8 per cell of cells: indices into the copies
}

// Sight returns, for every cell, the first cell in each of the eight
// headings, past the cell itself, whose value satisfies see, or the border
// when the line leaves the grid first: the neighbours of a rule by line of
// sight. It reads the cells as they are now, so see must hold for cells
// that a step may change and fail for those that never change (the floor
// between seats, say): [Automaton.StepBy] and [Automaton.StepCountBy]
// step only the cells for which see held, and leave the others as they
// are. It costs O(Rows*Cols*(Rows+Cols)) at worst, O(1) a heading when
// lines are short, and 36 bytes a cell for which see holds.
func (a *Automaton) Sight(see func(v byte) bool) *Neighbors {
	n := 0 // the cells see accepts, for tables made once at their size
	for r := range a.rows {
		for _, v := range a.cur[(r+1)*a.w+1 : (r+1)*a.w+1+a.cols] {
			if see(v) {
				n++
			}
		}
	}
	nb := &Neighbors{rows: a.rows, cols: a.cols, cells: make([]int32, 0, n), at: make([]int32, 0, 8*n)}
	for r := range a.rows {
		for c := range a.cols {
			i := (r+1)*a.w + c + 1
			if !see(a.cur[i]) {
				continue // never changes: no step looks at its neighbours
			}
			nb.cells = append(nb.cells, int32(i))
			for _, d := range grid.Dirs() {
				dl := d.Delta()
				at := int32(0) // a border cell of the copies
				for q := grid.Pt(r+dl.Row, c+dl.Col); uint(q.Row) < uint(a.rows) && uint(q.Col) < uint(a.cols); q = q.Add(dl) {
					if i := (q.Row+1)*a.w + q.Col + 1; see(a.cur[i]) {
						at = int32(i)
						break
					}
				}
				nb.at = append(nb.at, at)
			}
		}
	}
	return nb
}

// fits panics, naming call, unless nb was made for a grid of a's size.
func (a *Automaton) fits(call string, nb *Neighbors) {
	if nb.rows != a.rows || nb.cols != a.cols {
		misusef(call, "neighbours of a %dx%d grid, automaton %dx%d", nb.rows, nb.cols, a.rows, a.cols)
	}
}

// StepBy is [Automaton.Step] with the neighbours of each cell taken from
// nb, as made by [Automaton.Sight] on a, rather than the eight cells
// around it. It steps only the cells for which Sight's see held, and
// leaves the others, which never change, as they are. It costs eight
// reads of nb and eight of the cells per cell stepped, and allocates
// nothing. It panics if nb was made for an automaton of another size.
func (a *Automaton) StepBy(nb *Neighbors, rule func(v byte, n Around) byte) (changed int) {
	a.fits("Automaton.StepBy", nb)
	cur, next, at := a.cur, a.next, nb.at
	for k, i := range nb.cells {
		n := aroundAt(cur, at[8*k:8*k+8:8*k+8])
		v := cur[i]
		x := rule(v, n)
		next[i] = x
		if x != v {
			changed++
		}
	}
	a.swap()
	return changed
}
