package automaton

// A CountRule gives a cell's next value from its value v and the number n
// (0 to 8) of its neighbours that hold the value the step counts:
// rule[v][n]. Rules of that shape, such as the game of life or seats that
// fill and empty by how many neighbours sit, then step with no call per
// cell ([Automaton.StepCount], [Automaton.StepCountBy]).
type CountRule [256][9]byte

// NewCountRule returns the CountRule whose entry for value v and count n
// is f(v, n). It calls f 2,304 times, once for each pair.
func NewCountRule(f func(v byte, n int) byte) *CountRule {
	var r CountRule
	for v := range 256 {
		for n := range 9 {
			r[v][n] = f(byte(v), n)
		}
	}
	return &r
}

// StepCount is [Automaton.Step] with a rule by count: every cell becomes
// rule[v][n] at once, for its value v and the number n of its eight
// neighbours that hold on, and it returns how many cells changed. It costs
// O(Rows*Cols), the count by word arithmetic and the rule by a table read,
// with no call a cell. Steps by the same rule and on, one after another,
// pass over the rows that cannot change: those where neither the row nor
// the rows above and below it changed in the step before. As an
// automaton settles, as seats do, most rows are passed over. The first
// step, and the first after any other change (another rule, another
// step, Set, SetBorder or Grow), works every row, and copies the rule
// (2,304 bytes) to compare it with the next step's. It allocates on the
// first call only: a bool a row, and the rule's copy.
func (a *Automaton) StepCount(rule *CountRule, on byte) (changed int) {
	t := &a.rows0
	trace := t.rule != nil && t.gen == a.gen && t.on == on && *t.rule == *rule && len(t.moved) == a.rows+2
	if !trace {
		if len(t.moved) != a.rows+2 {
			t.moved = make([]bool, a.rows+2) // the border rows, 0 and rows+1, never change
		}
		if t.rule == nil {
			t.rule = new(CountRule)
		}
		t.on, *t.rule = on, *rule
	}
	// The loops of Step and StepBy, with the table read in place of the
	// rule's call: sharing one loop would bring the call back.
	w, cur, next, moved := a.w, a.cur, a.next, t.moved
	above := false // whether the row above changed in the last step
	for r := 1; r <= a.rows; r++ {
		here := moved[r]
		if trace && !above && !here && !moved[r+1] {
			// The row's cells and neighbours are as they were a step
			// ago, so it stays, and next holds it already; above stays
			// false, as here is.
			continue
		}
		lo := r * w
		up, mid, down := cur[lo-w:lo], cur[lo:lo+w], cur[lo+w:lo+2*w]
		out := next[lo : lo+w]
		n := 0
		for c := 1; c <= a.cols; c++ {
			v := mid[c]
			x := rule[v][around3(up, mid, down, c).Count(on)]
			out[c] = x
			if x != v {
				n++
			}
		}
		moved[r], above = n > 0, here
		changed += n
	}
	a.swap()
	t.gen = a.gen
	return changed
}

// StepCountBy is [Automaton.StepBy] with a rule by count, as StepCount is
// Step's: each cell's neighbours are those nb gives, and only the cells
// for which Sight's see held are stepped. It panics if nb was made for a
// grid of another size.
func (a *Automaton) StepCountBy(nb *Neighbors, rule *CountRule, on byte) (changed int) {
	a.fits("Automaton.StepCountBy", nb)
	cur, next, at := a.cur, a.next, nb.at
	for k, i := range nb.cells {
		n := aroundAt(cur, at[8*k:8*k+8:8*k+8])
		v := cur[i]
		x := rule[v][n.Count(on)]
		next[i] = x
		if x != v {
			changed++
		}
	}
	a.swap()
	return changed
}
