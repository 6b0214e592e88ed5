// Package automaton steps a whole grid of bytes at once, as a cellular
// automaton does: every cell's next value comes from a rule on its value
// and its eight neighbours, all read before the step.
//
//	a := automaton.New(g, '.') // '.' outside the grid
//	for range 2 {
//		a.Step(func(v byte, n automaton.Around) byte {
//			if v == '.' && n.Count('|') >= 3 {
//				return '|' // open ground grows trees beside three
//			}
//			return v
//		})
//	}
//	fmt.Println(a.Count('|'))
//
// Start here:
//   - [New] copies a grid into an automaton with a border value outside.
//   - [Automaton.Step] applies a rule once and says how many cells changed;
//     [Automaton.Run] steps until nothing does.
//   - [Around] holds the eight neighbours in one word: [Around.Count]
//     counts a value among them with a few instructions, [Around.Count4]
//     among the cardinal four, [Around.At] reads one.
//   - [Automaton.Sight] builds neighbours by line of sight (the first cell
//     in each heading that matters), once, for [Automaton.StepBy], which
//     steps only the cells that matter and leaves the rest (the floor
//     between seats) as they are.
//   - A rule by a cell's value and how many neighbours hold one value (the
//     game of life, seats that fill and empty) is a [CountRule], made once
//     by [NewCountRule]: [Automaton.StepCount] and [Automaton.StepCountBy]
//     step by it with no call a cell, and StepCount's steps by one rule
//     pass over the rows that cannot change, as the automaton settles.
//   - [Automaton.StepTable] steps every cell by a table of its 3x3 window
//     (a 9-bit number, as [Around.Code] gives it), sliding the window
//     along each row, and steps the border as an endless background;
//     [Automaton.Grow] lets the image grow into it each step.
//
// An automaton keeps two copies of its cells, each with a border of one
// cell, so a step reads neighbours at fixed offsets without bounds tests
// and allocates nothing. For the state after a billion steps, record the
// steps with walk/cycle's Record, keyed by [Automaton.String].
//
// An Automaton belongs to one goroutine at a time. Misuse panics with an
// error that names the call: "automaton: Automaton.Set: (3,0) outside the
// 3x4 grid".
package automaton
