package automaton_test

import (
	"fmt"
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/automaton"
)

// Trees spread over open ground, and lumberyards appear among trees, for
// two steps.
func Example() {
	g := grid.MustParse(`
#|..#..
||.|#|.
.##.||.
..|||#.
#..|#..
`)
	a := automaton.New(g, '.')
	for range 2 {
		a.Step(func(v byte, n automaton.Around) byte {
			switch {
			case v == '.' && n.Count('|') >= 3:
				return '|'
			case v == '|' && n.Count('#') >= 3:
				return '#'
			case v == '#' && (n.Count('#') == 0 || n.Count('|') == 0):
				return '.'
			}
			return v
		})
	}
	fmt.Print(a)
	fmt.Println(a.Count('|'), "trees")
	// Output:
	// .||.#..
	// |####|.
	// .####|.
	// ..|||#.
	// ..||#..
	// 10 trees
}

// Seats fill when no seat in sight is taken, and empty when five or more
// in sight are, until nothing changes.
func ExampleAutomaton_Sight() {
	g := grid.MustParse(`
L.LL.L
LLL..L
L.L.LL
..LL.L
`)
	a := automaton.New(g, '.')
	sight := a.Sight(func(v byte) bool { return v != '.' })
	rule := func(v byte, n automaton.Around) byte {
		switch {
		case v == 'L' && n.Count('#') == 0:
			return '#'
		case v == '#' && n.Count('#') >= 5:
			return 'L'
		}
		return v
	}
	steps := 0
	for a.StepBy(sight, rule) > 0 {
		steps++
	}
	fmt.Println(steps, "steps,", a.Count('#'), "taken")
	// Output: 2 steps, 8 taken
}

// An endless dark plane with a small image in it, stepped by a table of
// 3x3 windows that lights a pixel whose window holds an even number of lit
// pixels. An all-dark window (none lit) lights, and an all-lit one (nine)
// darkens, so the whole plane outside the image flips each step, and
// StepTable flips the border with it. Grow makes room for the ring the
// image grows by.
func ExampleAutomaton_StepTable() {
	var table [512]byte
	for code := range table {
		table[code] = '.'
		if bits.OnesCount(uint(code))%2 == 0 {
			table[code] = '#'
		}
	}
	a := automaton.New(grid.MustParse("#.\n.#\n"), '.')
	for step := 1; step <= 2; step++ {
		a.Grow(1)
		a.StepTable(&table, '#')
		fmt.Printf("step %d, plane outside %q:\n%s", step, a.Border(), a)
	}
	// Output:
	// step 1, plane outside '#':
	// ...#
	// .##.
	// .##.
	// #...
	// step 2, plane outside '.':
	// #.#.#.
	// .#.#.#
	// #.#.#.
	// .#.#.#
	// #.#.#.
	// .#.#.#
}
