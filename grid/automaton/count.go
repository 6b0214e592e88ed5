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
// with no call a cell, and allocates nothing.
func (a *Automaton) StepCount(rule *CountRule, on byte) (changed int) {
	// The loops of Step and StepBy, with the table read in place of the
	// rule's call: sharing one loop would bring the call back.
	w, cur, next := a.w, a.cur, a.next
	for r := 1; r <= a.rows; r++ {
		lo := r * w
		up, mid, down := cur[lo-w:lo], cur[lo:lo+w], cur[lo+w:lo+2*w]
		out := next[lo : lo+w]
		for c := 1; c <= a.cols; c++ {
			v := mid[c]
			x := rule[v][around3(up, mid, down, c).Count(on)]
			out[c] = x
			if x != v {
				changed++
			}
		}
	}
	a.cur, a.next = next, cur
	return changed
}

// StepCountBy is [Automaton.StepBy] with a rule by count, as StepCount is
// Step's: each cell's neighbours are those nb gives. It panics if nb was
// made for a grid of another size.
func (a *Automaton) StepCountBy(nb *Neighbors, rule *CountRule, on byte) (changed int) {
	a.fits("Automaton.StepCountBy", nb)
	w, cur, next, at := a.w, a.cur, a.next, nb.at
	k := 0
	for r := 1; r <= a.rows; r++ {
		for i := r*w + 1; i <= r*w+a.cols; i++ {
			n := aroundAt(cur, at[k:k+8:k+8])
			k += 8
			v := cur[i]
			x := rule[v][n.Count(on)]
			next[i] = x
			if x != v {
				changed++
			}
		}
	}
	a.cur, a.next = next, cur
	return changed
}
