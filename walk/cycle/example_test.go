package cycle_test

import (
	"fmt"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

func ExampleLoops() {
	fmt.Println(cycle.Loops(slices.Values([]int{3, 1, 4, 1, 5})))
	fmt.Println(cycle.Loops(slices.Values([]int{2, 7, 1, 8})))

	// A guard boxed in on all four sides turns round and round.
	g := grid.MustParse(`
.#.
#^#
.#.
`)
	blocked := func(p grid.Point) bool { return g.At(p) == '#' }
	fmt.Println(cycle.Loops(walk.Patrol(g, walk.State{Pos: grid.Pt(1, 1)}, blocked)))
	// Output:
	// true
	// false
	// true
}

// Where one more obstacle traps a patrolling guard in a loop: one IDSet
// serves every trial walk, over the ids that States gives (cell, heading).
// sp.Patrol is sp.IDs(walk.Patrol(g, …)) with one iterator fewer, the
// fast way to feed a patrol to IDSet.Loops.
func ExampleIDSet_Loops() {
	g, _ := grid.ParseString(`#.....#...
.......#..
....#.....
.........#
.##...#...
.......#..
.#..^....#
..#.....##
...#......
.....#....
`)
	start, _ := grid.Find(g, '^')
	var extra grid.Point
	blocked := func(p grid.Point) bool { return p == extra || g.At(p) == '#' }
	sp := search.States(g)
	var v cycle.IDSet
	v.Reset(sp.Len())
	var traps []grid.Point
	for p, c := range g.All() {
		if c != '.' {
			continue
		}
		extra = p
		if v.Loops(sp.Patrol(walk.State{Pos: start, Dir: grid.Up}, blocked)) {
			traps = append(traps, p)
		}
	}
	fmt.Println(traps)
	// Output:
	// [(3,4) (3,6) (5,2) (5,3) (5,6) (6,3) (6,6) (7,6) (9,6)]
}

// Redistributing piles: empty the largest bank and deal its blocks one by
// one to the banks after it, round and round. The banks are an array, so
// they compare with ==.
func ExampleFind() {
	realloc := func(b [4]int) [4]int {
		i := 0
		for j, v := range b {
			if v > b[i] {
				i = j
			}
		}
		n := b[i]
		b[i] = 0
		for ; n > 0; n-- {
			i = (i + 1) % len(b)
			b[i]++
		}
		return b
	}
	start, period := cycle.Find([4]int{2, 7, 1, 8}, realloc)
	fmt.Println("a state repeats after", start+period, "cycles; the loop is", period, "long")
	// Output:
	// a state repeats after 7 cycles; the loop is 4 long
}

// A billion steps of x → x*x+1 mod 1000, taking a few dozen calls of f:
// from 0 the sequence runs 0 1 2 5 26 677 330 901 802 205 26 …, a tail of
// four and a cycle of six.
func ExampleNth() {
	calls := 0
	f := func(x int) int { calls++; return (x*x + 1) % 1000 }
	fmt.Println(cycle.Nth(0, f, 5))
	fmt.Println(cycle.Nth(0, f, 1_000_000_000), calls < 100)
	// Output:
	// 677
	// 26 true
}

// The value after a billion steps of x*x+1 modulo 1000 from 3, found from
// the cycle the values fall into: after 5 steps, every 6 steps.
func Example() {
	next := func(x int) int { return (x*x + 1) % 1000 }
	fmt.Println(cycle.Nth(3, next, 1_000_000_000))
	start, period := cycle.Find(3, next)
	fmt.Println(start, period)
	// Output:
	// 205
	// 5 6
}

// A grid as the state of a cycle, keyed by grid.Key: each step rolls every 'o' one cell
// right, round the row, and Record keys the states by grid.Key, stepping
// exactly once a state up to the first repeat. Any step's state is then a
// lookup, however far away.
func ExampleRecord_grid() {
	roll := func(g grid.Grid[byte]) grid.Grid[byte] {
		return grid.FromFunc(g.Rows(), g.Cols(), func(p grid.Point) byte {
			return g.At(grid.Pt(p.Row, (p.Col+g.Cols()-1)%g.Cols()))
		})
	}
	steps := 0
	h := cycle.Record(grid.MustParse("o..\n.o.\n"), func(g grid.Grid[byte]) grid.Grid[byte] {
		steps++
		return roll(g)
	}, grid.Key)
	fmt.Println("start", h.Start, "period", h.Period, "steps", steps)
	fmt.Print(h.Nth(1_000_000_000))
	// Output:
	// start 0 period 3 steps 3
	// .o.
	// ..o
}
