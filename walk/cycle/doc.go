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
//   - [Record] follows x, f(x), f(f(x)), … to the first repeat, comparing
//     states by a key, and keeps them: it calls f once a step, and its
//     [History] gives element n ([History.Nth]) and a total that grows by
//     a lap ([History.Extrapolate]), such as a height, in O(1). Use it when
//     f is costly (a whole-grid step) or a total must be carried.
//   - [Find] finds the start and period of the same cycle in O(1) memory
//     (Brent's algorithm, up to about three times the calls of f); [Nth]
//     returns its n-th element. [FindFunc] and [NthFunc] take an equality
//     for values that == cannot compare.
//
// The functions keep no state between calls. A Set or IDSet belongs to one
// goroutine at a time; its zero value is ready to use (an IDSet after
// Reset). Misuse panics with an error that names the call and the bad
// argument: "cycle: IDSet.Visit: id 9 outside [0, 4)".
package cycle
