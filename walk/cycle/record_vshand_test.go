package cycle_test

import (
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/cycle"
)

// forestMinutes returns a generated 40x40 forest of open ground, trees and
// lumberyards, and a step that advances it a minute by the woods rule
// (see the cookbook) and returns its key and its value (trees times
// lumberyards), counting its calls in *calls; reset starts the forest
// again and returns its key and value.
func forestMinutes(calls *int) (reset func() (string, int), step func() (string, int)) {
	const side = 40
	rng := rand.New(rand.NewPCG(171, 172))
	g := grid.FromFunc(side, side, func(grid.Point) byte { return "..||#"[rng.IntN(5)] })
	var trees, yards, nextT, nextY *bitrows.Grid
	var nt, ny bitrows.Counts
	reset = func() (string, int) {
		trees = bitrows.From(g, func(v byte) bool { return v == '|' })
		yards = bitrows.From(g, func(v byte) bool { return v == '#' })
		nextT, nextY = bitrows.New(side, side), bitrows.New(side, side)
		return bitrows.Key(trees, yards), trees.Count() * yards.Count()
	}
	step = func() (string, int) {
		*calls++
		nt.Count8(trees)
		ny.Count8(yards)
		for j := range trees.Words() {
			t, y, ct, cy := trees.Word(j), yards.Word(j), nt.At(j), ny.At(j)
			grow, fell := ^(t|y)&ct.AtLeast(3), t&cy.AtLeast(3)
			nextT.SetWord(j, grow|t&^fell)
			nextY.SetWord(j, fell|y&cy.AtLeast(1)&ct.AtLeast(1))
		}
		trees, nextT, yards, nextY = nextT, trees, nextY, yards
		return bitrows.Key(trees, yards), trees.Count() * yards.Count()
	}
	return reset, step
}

// recordCase: the value of a forest after a billion minutes, through the
// cycle its states fall into. The library side is cycle.Record keyed by
// the forest's bits; the hand side a map of keys seen to the minute and
// a slice of values. Both step the same forest, and the answer holds the
// number of steps taken besides the value, so the pair checks that Record
// steps exactly as often as the hand loop (and cycle.Find would step
// about three times as often).
func recordCase() testkit.Pair {
	const n = 1_000_000_000
	var calls int
	reset, step := forestMinutes(&calls)
	type minute struct {
		key   string
		value int
	}
	lib := func() int {
		calls = 0
		k, v := reset()
		h := cycle.Record(minute{k, v}, func(minute) minute { k, v := step(); return minute{k, v} }, func(m minute) string { return m.key })
		return h.Nth(n).value + calls*10_000_000
	}
	hand := func() int {
		calls = 0
		k, v := reset()
		seen := map[string]int{k: 0}
		values := []int{v}
		for {
			k, v := step()
			if first, ok := seen[k]; ok {
				period := len(values) - first
				return values[first+(n-first)%period] + calls*10_000_000
			}
			seen[k] = len(values)
			values = append(values, v)
		}
	}
	return testkit.Pair{Name: "record_forest", Lib: lib, Hand: hand}
}
