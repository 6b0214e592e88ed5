// Package cycle answers two questions about repetition: does a sequence
// ever repeat, and where does a function applied again and again fall into
// a cycle. The first bounds a walk that may loop; the second answers
// "after a billion steps" puzzles:
//
//	// The state after n steps of a function that cycles.
//	next := func(x int) int { return (x*x + 1) % 1000 }
//	fmt.Println(cycle.Nth(3, next, 1_000_000_000)) // 205
//
// Start here:
//   - [Loops] reports whether an iterator yields an element twice.
//   - [Set] (any comparable element, in a map) and [IDSet] (dense ids such
//     as those of a search.Space, one stamp per id, no map) do the same
//     check many times over, reusing their memory; both also answer Visit
//     and Has, as a visited set.
//   - [Find] finds the start and period of the cycle of x, f(x), f(f(x)),
//     …; [Nth] returns its n-th element without computing them all.
//     [FindFunc] and [NthFunc] take an equality for values that == cannot
//     compare.
//
// The functions keep no state between calls. A Set or IDSet belongs to one
// goroutine at a time; its zero value is ready to use (an IDSet after
// Reset). Misuse panics with an error that names the call and the bad
// argument: "cycle: IDSet.Visit: id 9 outside [0, 4)".
package cycle
