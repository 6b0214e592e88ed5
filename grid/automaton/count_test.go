package automaton_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/automaton"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// randCountRule returns a CountRule of random values from values, and the
// same rule as a function for Step and StepBy.
func randCountRule(rng *rand.Rand, values string, on byte) (*automaton.CountRule, func(byte, automaton.Around) byte) {
	var table [256][9]byte
	for v := range table {
		for n := range table[v] {
			table[v][n] = values[rng.IntN(len(values))]
		}
	}
	rule := automaton.NewCountRule(func(v byte, n int) byte { return table[v][n] })
	return rule, func(v byte, n automaton.Around) byte { return table[v][n.Count(on)] }
}

// TestStepCount checks StepCount against Step, and StepCountBy against
// StepBy, with the same random rules by count, on random maps and
// borders, step after step: the same cells and the same number changed.
func TestStepCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	const values = ".L#x"
	for trial := range 400 {
		rows, cols := 1+rng.IntN(10), 1+rng.IntN(10)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return values[rng.IntN(len(values))] })
		border, on := values[rng.IntN(len(values))], values[rng.IntN(len(values))]
		rule, f := randCountRule(rng, values, on)
		a, b := automaton.New(g, border), automaton.New(g, border)
		c, d := automaton.New(g, border), automaton.New(g, border)
		nb := c.Sight(func(v byte) bool { return v != '.' })
		for step := range 6 {
			if got, want := a.StepCount(rule, on), b.Step(f); got != want || !grid.Equal(a.Grid(), b.Grid()) {
				t.Fatalf("trial %d step %d: StepCount changed %d to\n%s\nStep changed %d to\n%s", trial, step, got, a, want, b)
			}
			if got, want := c.StepCountBy(nb, rule, on), d.StepBy(nb, f); got != want || !grid.Equal(c.Grid(), d.Grid()) {
				t.Fatalf("trial %d step %d: StepCountBy changed %d to\n%s\nStepBy changed %d to\n%s", trial, step, got, c, want, d)
			}
		}
	}
	// Every pair of value and count is asked for once.
	calls := map[[2]int]int{}
	rule := automaton.NewCountRule(func(v byte, n int) byte { calls[[2]int{int(v), n}]++; return v ^ byte(n) })
	for v := range 256 {
		for n := range 9 {
			if calls[[2]int{v, n}] != 1 || rule[v][n] != byte(v)^byte(n) {
				t.Fatalf("NewCountRule: value %d, count %d: called %d times, entry %d", v, n, calls[[2]int{v, n}], rule[v][n])
			}
		}
	}
	x, y := automaton.New(grid.MustParse("..\n"), '.'), automaton.New(grid.MustParse("...\n"), '.')
	nb := x.Sight(func(byte) bool { return true })
	testkit.MustPanic(t, "size", "automaton: Automaton.StepCountBy: neighbours of a 1x2 grid, automaton 1x3", func() {
		y.StepCountBy(nb, rule, '#')
	})
}

// The game of life by its rule of counts: a cell lives on with two or
// three live neighbours and comes alive with three. A glider moves one
// cell down and right every four steps.
func ExampleAutomaton_StepCount() {
	a := automaton.New(grid.MustParse(`
.#....
..#...
###...
......
......
`), '.')
	life := automaton.NewCountRule(func(v byte, n int) byte {
		if n == 3 || v == '#' && n == 2 {
			return '#'
		}
		return '.'
	})
	for range 4 {
		a.StepCount(life, '#')
	}
	fmt.Print(a)
	// Output:
	// ......
	// ..#...
	// ...#..
	// .###..
	// ......
}

// seats is the seats' rule by count: an empty seat 'L' with none of its
// neighbours taken fills, and a taken one '#' with crowd or more empties.
func seats(crowd int) func(v byte, n int) byte {
	return func(v byte, n int) byte {
		switch {
		case v == 'L' && n == 0:
			return '#'
		case v == '#' && n >= crowd:
			return 'L'
		}
		return v
	}
}

// TestStepCountSkips checks StepCount against Step where most rows settle,
// so that StepCount passes over rows, with other changes between its
// steps that must make it work every row again: Set, SetBorder, Grow, a
// step of Step, another rule or another value counted, and a rule changed
// in place under the same pointer.
func TestStepCountSkips(t *testing.T) {
	rng := rand.New(rand.NewPCG(33, 34))
	skipped := 0
	for trial := range 300 {
		rows, cols := 1+rng.IntN(30), 1+rng.IntN(12)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return ".LL#"[rng.IntN(4)] })
		a, b := automaton.New(g, '.'), automaton.New(g, '.')
		crowd, on := 4, byte('#')
		rule := automaton.NewCountRule(seats(crowd))
		f := func(v byte, n automaton.Around) byte { return rule[v][n.Count(on)] }
		for step := range 40 {
			switch k := rng.IntN(20); k {
			case 0:
				p, v := grid.Pt(rng.IntN(a.Rows()), rng.IntN(a.Cols())), ".L#"[rng.IntN(3)]
				a.Set(p, v)
				b.Set(p, v)
			case 1:
				v := ".L#"[rng.IntN(3)]
				a.SetBorder(v)
				b.SetBorder(v)
			case 2:
				a.Grow(1)
				b.Grow(1)
			case 3:
				a.Step(f)
				b.Step(f)
			case 4:
				crowd = 3 + rng.IntN(4)
				rule = automaton.NewCountRule(seats(crowd)) // another rule
			case 5:
				crowd = 3 + rng.IntN(4)
				*rule = *automaton.NewCountRule(seats(crowd)) // the same pointer, changed
			case 6:
				on = "L#"[rng.IntN(2)]
			}
			before := a.Grid()
			got, want := a.StepCount(rule, on), b.Step(f)
			if got != want || !grid.Equal(a.Grid(), b.Grid()) {
				t.Fatalf("trial %d step %d: StepCount changed %d to\n%s\nStep changed %d to\n%s\nfrom\n%s", trial, step, got, a, want, b, before)
			}
			if got == 0 {
				skipped++
			}
		}
	}
	if skipped < 1000 {
		t.Fatalf("only %d steps settled: the test does not reach the rows passed over", skipped)
	}
}

// TestStepCountZero checks StepCount on the zero Automaton, which has no
// cells and a gen of 0, as a fresh rowTrace has, with a rule of zeros
// counting the zero byte: nothing changes, and nothing panics.
func TestStepCountZero(t *testing.T) {
	var a automaton.Automaton
	var rule automaton.CountRule
	for range 2 {
		if got := a.StepCount(&rule, 0); got != 0 {
			t.Fatalf("zero Automaton: StepCount = %d, want 0", got)
		}
	}
}
