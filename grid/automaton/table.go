package automaton

// StepTable replaces every cell by table[code] at once, where code is the
// cell's 3x3 window as [Around.Code] gives it (1 for a cell that holds on,
// read in reading order from the highest of nine bits), and returns how
// many cells changed. The border steps too, as the background of an
// endless image does: it becomes table[0], or table[511] if it holds on,
// so a table that lights a dark window flips the background each step. To
// let an image grow as it steps, call [Automaton.Grow] before each step.
//
// It is [Automaton.Step] with the rule table[n.Code(v, on)] followed by
// [Automaton.SetBorder], but keeps the code as a window sliding along
// each row, three cells in and three out per step along it: O(Rows*Cols)
// with a few instructions a cell and no call, and no allocation.
func (a *Automaton) StepTable(table *[512]byte, on byte) (changed int) {
	w, cur, next := a.w, a.cur, a.next
	bit := func(x byte) int {
		if x == on {
			return 1
		}
		return 0
	}
	for r := 1; r <= a.rows; r++ {
		lo := r * w
		up, mid, down, out := cur[lo-w:lo], cur[lo:lo+w], cur[lo+w:lo+2*w], next[lo:lo+w]
		up, down, out = up[:len(mid)], down[:len(mid)], out[:len(mid)] // for the compiler's bounds proofs
		// code holds three columns of the window, each as three bits six,
		// three and zero places up; the column entering is e, so the cell
		// is e-1.
		code := (bit(up[0])<<6|bit(mid[0])<<3|bit(down[0]))<<1 | bit(up[1])<<6 | bit(mid[1])<<3 | bit(down[1])
		for e := 2; e < len(mid); e++ {
			code = (code<<1)&0b110_110_110 | bit(up[e])<<6 | bit(mid[e])<<3 | bit(down[e])
			x := table[code]
			if x != mid[e-1] {
				changed++
			}
			out[e-1] = x
		}
	}
	a.swap()
	if a.border == on {
		a.SetBorder(table[511])
	} else {
		a.SetBorder(table[0])
	}
	return changed
}
