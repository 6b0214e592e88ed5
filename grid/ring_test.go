package grid_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refPlaces is the plain reference for a Ring: each thing's place after
// ticks ticks, (at + ticks·step) mod n, worked out in big integers.
func refPlaces(n int, at, steps []int, ticks *big.Int) []int {
	out := make([]int, len(at))
	bn := big.NewInt(int64(n))
	for i := range at {
		x := new(big.Int).Mul(ticks, big.NewInt(int64(steps[i])))
		x.Add(x, big.NewInt(int64(at[i])))
		out[i] = int(x.Mod(x, bn).Int64()) // Mod is Euclidean: in [0, n)
	}
	return out
}

// checkRing drives a ring through ops (0: Tick; otherwise Advance(op))
// and compares its places with refPlaces after each.
func checkRing(t *testing.T, n int, at, steps []int, ops []int) {
	t.Helper()
	r := grid.NewRing(n, at, steps)
	if r.Size() != n || r.Len() != len(at) {
		t.Fatalf("NewRing(%d, %d things): Size %d, Len %d", n, len(at), r.Size(), r.Len())
	}
	ticks := new(big.Int)
	if got, want := r.Places(), refPlaces(n, at, steps, ticks); !slices.Equal(got, want) {
		t.Fatalf("n %d, at %v, steps %v: places %v at first, want %v", n, at, steps, got, want)
	}
	for k, op := range ops {
		if op == 0 {
			r.Tick()
			ticks.Add(ticks, big.NewInt(1))
		} else {
			r.Advance(op)
			ticks.Add(ticks, big.NewInt(int64(op)))
		}
		if got, want := r.Places(), refPlaces(n, at, steps, ticks); !slices.Equal(got, want) {
			t.Fatalf("n %d, at %v, steps %v, after ops %v (%s ticks): places %v, want %v", n, at, steps, ops[:k+1], ticks, got, want)
		}
	}
}

func TestRing(t *testing.T) {
	tests := []struct {
		name      string
		n         int
		at, steps []int
		ops       []int
	}{
		{"none", 5, nil, nil, []int{0, 3}},
		{"one place", 1, []int{7, -3}, []int{2, -9}, []int{0, 0, 5, -4}},
		{"forwards and back", 7, []int{0, 6, 3}, []int{1, -1, 13}, []int{0, 0, 0, 0, 0, 0, 0, -2, 9}},
		{"out of range places", 10, []int{-11, 25, math.MinInt}, []int{math.MaxInt, math.MinInt, 0}, []int{0, 1, math.MaxInt, math.MinInt, 0}},
		{"huge ring", math.MaxInt, []int{math.MaxInt - 1, 0}, []int{math.MaxInt - 1, math.MinInt}, []int{0, 0, math.MaxInt, 123456789123, -5, 0}},
		{"ring past 32 bits", 1<<40 + 7, []int{1 << 39, 3}, []int{1<<40 + 6, 1 << 35}, []int{0, 1 << 33, -(1 << 38), 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkRing(t, tc.n, tc.at, tc.steps, tc.ops) })
	}
}

// TestRingRandom compares Tick and Advance with the reference on random
// rings, things and ticks.
func TestRingRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2024))
	for range 2000 {
		n, huge := 1+rng.IntN(150), rng.IntN(10) == 0
		if huge {
			n = 1 + int(rng.Int64N(math.MaxInt64))
		}
		k := rng.IntN(20)
		at, steps := make([]int, k), make([]int, k)
		for i := range k {
			if huge || rng.IntN(8) == 0 {
				at[i], steps[i] = int(rng.Uint64()), int(rng.Uint64())
			} else {
				at[i], steps[i] = rng.IntN(4*n+1)-2*n, rng.IntN(4*n+1)-2*n
			}
		}
		// About two laps of ticks, some of them long jumps.
		most := 400
		if !huge {
			most = 2*n + 2
		}
		ops := make([]int, rng.IntN(most))
		for i := range ops {
			if rng.IntN(10) == 0 {
				ops[i] = int(rng.Uint64())
			}
		}
		checkRing(t, n, at, steps, ops)
	}
}

func TestNewRingPanics(t *testing.T) {
	tests := []struct {
		name      string
		n         int
		at, steps []int
		want      string
	}{
		{"negative size", -3, []int{1}, []int{1}, "grid: NewRing: negative size -3"},
		{"more places", 5, []int{1, 2}, []int{1}, "2 places for 1 steps"},
		{"more steps", 5, []int{1}, []int{1, 2}, "1 places for 2 steps"},
		{"things on no places", 0, []int{0}, []int{0}, "1 things on a ring of no places"},
	}
	for _, tc := range tests {
		testkit.MustPanic(t, tc.name, tc.want, func() { grid.NewRing(tc.n, tc.at, tc.steps) })
	}
	if r := grid.NewRing(0, nil, nil); r.Size() != 0 || r.Len() != 0 {
		t.Errorf("NewRing(0, nil, nil): Size %d, Len %d, want the empty ring", r.Size(), r.Len())
	}
}

// TestRingCopies checks that NewRing and Clone copy: changing the caller's
// slices afterwards, appending to Places, or moving a clone moves nothing
// else.
func TestRingCopies(t *testing.T) {
	at, steps := []int{1, 2}, []int{3, 4}
	r := grid.NewRing(10, at, steps)
	at[0], steps[0] = 9, 9
	_ = append(r.Places(), 9, 9) // must not reach the steps
	c := r.Clone()
	r.Tick()
	if got := r.Places(); !slices.Equal(got, []int{4, 6}) {
		t.Errorf("after changing the caller's slices, appending to Places and one tick: %v, want [4 6]", got)
	}
	if got := c.Places(); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("the clone made before the tick: %v, want [1 2]", got)
	}
	c.Advance(2)
	if got := c.Places(); !slices.Equal(got, []int{7, 0}) || !slices.Equal(r.Places(), []int{4, 6}) {
		t.Errorf("after the clone advanced 2: clone %v, ring %v; want [7 0] and [4 6]", got, r.Places())
	}
}

var ringSink *grid.Ring

func TestRingAllocs(t *testing.T) {
	r := grid.NewRing(101, []int{1, 2, 3}, []int{-1, 50, 100})
	if a := testing.AllocsPerRun(100, func() { r.Tick(); r.Advance(-77); _ = r.Places() }); a != 0 {
		t.Errorf("Tick, Advance and Places: %v allocations, want 0", a)
	}
	at, steps := []int{1, 2, 3}, []int{4, 5, 6}
	// Kept in ringSink, as a caller keeps a ring: one that does not
	// escape may live on the stack.
	if a := testing.AllocsPerRun(100, func() { ringSink = grid.NewRing(10, at, steps) }); a != 2 {
		t.Errorf("NewRing: %v allocations, want 2 as documented", a)
	}
	if a := testing.AllocsPerRun(100, func() { ringSink = r.Clone() }); a != 2 {
		t.Errorf("Clone: %v allocations, want 2 as documented", a)
	}
}

func FuzzRing(f *testing.F) {
	f.Add(7, 3, -2, 5, 0, 10)
	f.Add(1, 0, 0, 0, 0, 0)
	f.Add(math.MaxInt, math.MinInt, math.MaxInt, -1, math.MinInt, 3)
	f.Fuzz(func(t *testing.T, n, a, b, s1, s2, adv int) {
		if n < 1 {
			return // a size NewRing refuses, or the empty ring
		}
		checkRing(t, n, []int{a, b}, []int{s1, s2}, []int{0, adv, 0, -adv, 0})
	})
}

// TestTickSpread checks TickSpread against Tick and the spread summed
// from Places, on random rings of every small size and larger ones, over
// two laps.
func TestTickSpread(t *testing.T) {
	rng := rand.New(rand.NewPCG(81, 82))
	for trial := range 500 {
		n := 1 + rng.IntN(120)
		k := rng.IntN(40)
		at, steps := make([]int, k), make([]int, k)
		for i := range at {
			at[i], steps[i] = rng.IntN(3*n)-n, rng.IntN(3*n)-n
		}
		a, b := grid.NewRing(n, at, steps), grid.NewRing(n, at, steps)
		for tick := range 2 * n {
			got := a.TickSpread()
			b.Tick()
			s, ss := 0, 0
			for _, x := range b.Places() {
				s, ss = s+x, ss+x*x
			}
			if want := len(at)*ss - s*s; got != want || !slices.Equal(a.Places(), b.Places()) {
				t.Fatalf("trial %d (n %d), tick %d: TickSpread = %d with places %v, want %d with %v", trial, n, tick, got, a.Places(), want, b.Places())
			}
		}
	}
	if got := new(grid.Ring).TickSpread(); got != 0 {
		t.Errorf("the zero Ring's TickSpread = %d, want 0", got)
	}
}
