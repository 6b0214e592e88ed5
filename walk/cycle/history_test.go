package cycle_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk/cycle"
)

// A walker on a random function over [0, m), with a total that grows by
// the value of each state it passes: the key is the state alone.
type tally struct{ at, total int }

// TestRecordAgainstIteration checks Record on random functions against
// straight iteration: Start and Period against a map of first sightings,
// the number of calls of f, and Nth and Extrapolate for every n up to a
// few laps past the repeat.
func TestRecordAgainstIteration(t *testing.T) {
	rng := rand.New(rand.NewPCG(81, 82))
	for trial := range 500 {
		m := 1 + rng.IntN(40)
		table := make([]int, m)
		for i := range table {
			table[i] = rng.IntN(m)
		}
		calls := 0
		f := func(x tally) tally {
			calls++
			return tally{table[x.at], x.total + table[x.at]*3 + 1}
		}
		x0 := tally{rng.IntN(m), rng.IntN(10)}
		h := cycle.Record(x0, f, func(x tally) int { return x.at })

		// The reference: iterate, noting where each state was first seen.
		var seq []tally
		first := map[int]int{}
		x := x0
		for {
			if _, ok := first[x.at]; ok {
				break
			}
			first[x.at] = len(seq)
			seq = append(seq, x)
			x = tally{table[x.at], x.total + table[x.at]*3 + 1}
		}
		start, period := first[x.at], len(seq)-first[x.at]
		if h.Start != start || h.Period != period {
			t.Fatalf("trial %d: Record gives start %d period %d, want %d %d", trial, h.Start, h.Period, start, period)
		}
		if calls != start+period || h.Len() != start+period+1 {
			t.Fatalf("trial %d: Record called f %d times and kept %d elements, want %d and %d", trial, calls, h.Len(), start+period, start+period+1)
		}
		x = x0
		for n := range start + 4*period + 3 {
			if got := h.Nth(n); got.at != x.at {
				t.Fatalf("trial %d: Nth(%d) = %v, want state %d", trial, n, got, x.at)
			}
			if got := h.Extrapolate(n, func(x tally) int { return x.total }); got != x.total {
				t.Fatalf("trial %d: Extrapolate(%d) = %d, want %d", trial, n, got, x.total)
			}
			x = tally{table[x.at], x.total + table[x.at]*3 + 1}
		}
	}
}

func TestHistoryMisuse(t *testing.T) {
	h := cycle.Record(0, func(x int) int { return (x + 1) % 3 }, func(x int) int { return x })
	testkit.MustPanic(t, "nth", "cycle: History.Nth: negative n -1", func() { h.Nth(-1) })
	testkit.MustPanic(t, "extrapolate", "cycle: History.Extrapolate: negative n -2", func() { h.Extrapolate(-2, func(int) int { return 0 }) })
	testkit.MustPanic(t, "at", "cycle: History.At: id 4 outside [0, 4)", func() { h.At(4) })
}

// A stack grows by a pattern that repeats: the height after a trillion
// drops from the drops up to the first repeat.
func ExampleRecord() {
	type tower struct{ phase, height int }
	drop := func(s tower) tower { return tower{(s.phase + 1) % 5, s.height + []int{1, 3, 2, 4, 2}[s.phase]} }
	h := cycle.Record(tower{}, drop, func(s tower) int { return s.phase })
	fmt.Println("cycle starts at", h.Start, "with period", h.Period)
	fmt.Println(h.Extrapolate(1_000_000_000_000, func(s tower) int { return s.height }))
	// Output:
	// cycle starts at 0 with period 5
	// 2400000000000
}

// FuzzRecord checks Record against straight iteration on a function over
// [0, 16) given by the fuzzer's bytes.
func FuzzRecord(f *testing.F) {
	f.Add([]byte{1, 2, 3, 1}, uint8(0), uint16(50))
	f.Add([]byte{0}, uint8(0), uint16(3))
	f.Fuzz(func(t *testing.T, table []byte, x0 uint8, n uint16) {
		if len(table) == 0 {
			return
		}
		m := len(table)
		f := func(x int) int { return int(table[x]) % m }
		start := int(x0) % m
		h := cycle.Record(start, f, func(x int) int { return x })
		x := start
		for range int(n) {
			x = f(x)
		}
		if got := h.Nth(int(n)); got != x {
			t.Fatalf("table %v from %d: Nth(%d) = %d, want %d", table, start, n, got, x)
		}
		if h.Period < 1 || h.Start+h.Period+1 != h.Len() || h.Start+h.Period > m {
			t.Fatalf("table %v from %d: start %d period %d len %d", table, start, h.Start, h.Period, h.Len())
		}
	})
}
