package cycle

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refCycle finds the cycle of x0, f(x0), … the naive way: it records the
// index of the first occurrence of each value until one comes back.
func refCycle[T any, K comparable](x0 T, f func(T) T, key func(T) K) (start, period int) {
	first := make(map[K]int)
	x := x0
	for i := 0; ; i++ {
		k := key(x)
		if j, ok := first[k]; ok {
			return j, i - j
		}
		first[k] = i
		x = f(x)
	}
}

func id[T any](x T) T { return x }

// randGraph returns a random function on [0, n): uniform, or shaped as a
// rho with a tail and a cycle of random lengths through a random
// permutation, whose other values are random.
func randGraph(rng *rand.Rand, n int) []int {
	f := make([]int, n)
	for i := range f {
		f[i] = rng.IntN(n)
	}
	if rng.IntN(2) == 0 {
		p := rng.Perm(n)
		tail := rng.IntN(n)
		cycle := 1 + rng.IntN(n-tail)
		for i := range tail + cycle - 1 {
			f[p[i]] = p[i+1]
		}
		f[p[tail+cycle-1]] = p[tail]
	}
	return f
}

// counting returns f as a function on ints and a pointer to its call count.
func counting(f []int) (func(int) int, *int) {
	calls := new(int)
	return func(x int) int { *calls++; return f[x] }, calls
}

func TestFindCases(t *testing.T) {
	tests := []struct {
		name          string
		f             []int
		x0            int
		start, period int
	}{
		{"fixed_point_at_x0", []int{0}, 0, 0, 1},
		{"two_cycle", []int{1, 0}, 0, 0, 2},
		{"tail_into_fixed_point", []int{1, 2, 2}, 0, 2, 1},
		{"x0_on_cycle", []int{1, 2, 0, 0}, 1, 0, 3},
		{"tail_then_cycle", []int{1, 2, 3, 4, 2}, 0, 2, 3},
		{"long_tail", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 9}, 0, 9, 1},
		{"full_cycle", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 0}, 0, 0, 10},
		{"tail_of_power_of_two", []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 8}, 0, 8, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := counting(tt.f)
			if start, period := Find(tt.x0, f); start != tt.start || period != tt.period {
				t.Errorf("Find(%d, %v) = %d, %d, want %d, %d", tt.x0, tt.f, start, period, tt.start, tt.period)
			}
		})
	}
}

// TestFindRandom compares Find with refCycle on many random
// functional graphs of 1 to 500 nodes, and checks that it calls f
// O(start+period) times: at most 4*(start+period)+1.
func TestFindRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(2017, 6))
	n := 3000
	if testing.Short() {
		n = 300
	}
	worst := 0.0
	for range n {
		size := 1 + rng.IntN(500)
		g := randGraph(rng, size)
		x0 := rng.IntN(size)
		f, calls := counting(g)
		start, period := Find(x0, f)
		wantStart, wantPeriod := refCycle(x0, f, id)
		if start != wantStart || period != wantPeriod {
			t.Fatalf("Find(%d, %v) = %d, %d, want %d, %d", x0, g, start, period, wantStart, wantPeriod)
		}
		// calls counts both Find and refCycle; refCycle makes
		// start+period calls.
		got := *calls - (start + period)
		if bound := 4*(start+period) + 1; got > bound {
			t.Fatalf("Find on a walk with start %d, period %d called f %d times, want at most %d",
				start, period, got, bound)
		}
		worst = max(worst, float64(got)/float64(start+period))
	}
	t.Logf("most calls of f per element of start+period: %.2f", worst)
}

// realloc redistributes piles in place: empty the largest bank (the first of
// equals) and deal its blocks one at a time to the banks after it, round and
// round. Repeating it must fall into a cycle, having finitely many states.
func realloc(b []int) {
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
}

// banks returns b reallocated, in a new slice.
func banks(b []int) []int {
	b = slices.Clone(b)
	realloc(b)
	return b
}

func TestFindFuncSlices(t *testing.T) {
	tests := []struct {
		name          string
		x0            []int
		start, period int
	}{
		{"four_banks", []int{2, 7, 1, 8}, 3, 4},
		{"cycle_from_start", []int{3, 1, 4, 1}, 0, 4},
		{"one_bank", []int{5}, 0, 1},
		{"all_zero", []int{0, 0, 0}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, period := FindFunc(tt.x0, banks, slices.Equal)
			if start != tt.start || period != tt.period {
				t.Errorf("FindFunc(%v, banks) = %d, %d, want %d, %d", tt.x0, start, period, tt.start, tt.period)
			}
		})
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		x0 := make([]int, 2+rng.IntN(10))
		for i := range x0 {
			x0[i] = rng.IntN(20)
		}
		start, period := FindFunc(x0, banks, slices.Equal)
		wantStart, wantPeriod := refCycle(x0, banks, func(b []int) string { return fmt.Sprint(b) })
		if start != wantStart || period != wantPeriod {
			t.Fatalf("FindFunc(%v, banks) = %d, %d, want %d, %d", x0, start, period, wantStart, wantPeriod)
		}
	}
}

// TestNthSmall compares Nth with plain iteration for every n up to 3,000
// on random graphs.
func TestNthSmall(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	graphs := 20
	if testing.Short() {
		graphs = 3
	}
	for range graphs {
		size := 1 + rng.IntN(80)
		g := randGraph(rng, size)
		x0 := rng.IntN(size)
		f := func(x int) int { return g[x] }
		eq := func(a, b int) bool { return a == b }
		x := x0
		for n := range 3001 {
			if got := NthFunc(x0, f, eq, n); got != x {
				t.Fatalf("NthFunc(%d, %v, %d) = %d, want %d", x0, g, n, got, x)
			}
			x = g[x]
		}
	}
}

// TestNthLarge compares Nth for huge n with the element that the naive
// cycle's start and period point at, and checks that the calls of f do
// not grow with n.
func TestNthLarge(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 10))
	for range 300 {
		size := 1 + rng.IntN(500)
		g := randGraph(rng, size)
		x0 := rng.IntN(size)
		start, period := refCycle(x0, func(x int) int { return g[x] }, id)
		for _, n := range []int{start + period, 1e9, 1e9 + 7, 1<<62 + 3} {
			i := start + (n-start)%period
			want := x0
			for range i {
				want = g[want]
			}
			f, calls := counting(g)
			got := NthFunc(x0, f, func(a, b int) bool { return a == b }, n)
			if got != want {
				t.Fatalf("NthFunc(%d, %v, %d) = %d, want %d", x0, g, n, got, want)
			}
			if bound := 5*(start+period) + 1; *calls > bound {
				t.Fatalf("NthFunc(…, %d) with start %d, period %d called f %d times, want at most %d",
					n, start, period, *calls, bound)
			}
		}
	}
}

func TestNthSlices(t *testing.T) {
	// [0 2 7 0] has start 1 and period 4: element 1e9 is element 1 + (1e9-1)%4 = 4.
	x0 := []int{0, 2, 7, 0}
	want := x0
	for range 4 {
		want = banks(want)
	}
	if got := NthFunc(x0, banks, slices.Equal, 1e9); !slices.Equal(got, want) {
		t.Errorf("NthFunc(%v, banks, 1e9) = %v, want %v", x0, got, want)
	}
	if got := NthFunc(x0, banks, slices.Equal, 0); !slices.Equal(got, x0) {
		t.Errorf("NthFunc(%v, banks, 0) = %v, want %v", x0, got, x0)
	}
}

func TestNthNegative(t *testing.T) {
	for _, n := range []int{-1, -1e9, -1 << 63} {
		f, calls := counting([]int{0})
		testkit.MustPanic(t, fmt.Sprintf("NthFunc(0, f, eq, %d)", n), "cycle: Nth", func() {
			NthFunc(0, f, func(a, b int) bool { return a == b }, n)
		})
		if *calls != 0 {
			t.Errorf("NthFunc(0, f, eq, %d) called f %d times before panicking, want 0", n, *calls)
		}
	}
}

// FuzzFind builds a functional graph on [0, n) from bytes and checks
// Find and Nth against the naive reference.
//
// Layout: two bytes of size (n = 1 + size%500), one of x0 (mod n), one of
// n for Nth, then f(i) = (i + rest[i%len(rest)]) % n, or (i+1)%n if there
// is no rest.
func FuzzFind(f *testing.F) {
	f.Add([]byte{0, 0, 0, 5})
	f.Add([]byte{0, 9, 0, 200, 1})
	f.Add([]byte{1, 243, 17, 99, 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5})
	f.Add([]byte{0, 99, 50, 7, 255, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 4 {
			return
		}
		n := 1 + (int(data[0])<<8|int(data[1]))%500
		x0 := int(data[2]) % n
		nth := int(data[3]) * 37
		rest := data[4:]
		g := make([]int, n)
		for i := range g {
			if len(rest) == 0 {
				g[i] = (i + 1) % n
			} else {
				g[i] = (i + int(rest[i%len(rest)])) % n
			}
		}
		fn := func(x int) int { return g[x] }
		start, period := Find(x0, fn)
		wantStart, wantPeriod := refCycle(x0, fn, id)
		if start != wantStart || period != wantPeriod {
			t.Fatalf("Find(%d, %v) = %d, %d, want %d, %d", x0, g, start, period, wantStart, wantPeriod)
		}
		want := x0
		for range nth {
			want = g[want]
		}
		if got := NthFunc(x0, fn, func(a, b int) bool { return a == b }, nth); got != want {
			t.Fatalf("NthFunc(%d, %v, %d) = %d, want %d", x0, g, nth, got, want)
		}
	})
}

// BenchmarkFind finds the cycle of rho-shaped walks through a table,
// tail and cycle of equal length, and of the reallocation of 16 banks of
// random sizes held in an array.
func BenchmarkFind(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("rho_%d", 2*n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			p := rng.Perm(2 * n)
			g := make([]int, 2*n)
			for i := range 2*n - 1 {
				g[p[i]] = p[i+1]
			}
			g[p[2*n-1]] = p[n]
			calls := 0
			f := func(x int) int { calls++; return g[x] }
			b.ReportAllocs()
			for b.Loop() {
				if start, period := Find(p[0], f); start != n || period != n {
					b.Fatalf("Find = %d, %d, want %d, %d", start, period, n, n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(calls), "ns/call")
		})
	}
	b.Run("banks16", func(b *testing.B) {
		var x0 [16]int
		rng := rand.New(rand.NewPCG(16, 16))
		for i := range x0 {
			x0[i] = rng.IntN(16)
		}
		f := func(a [16]int) [16]int { realloc(a[:]); return a }
		// The answer, the plain way: remember where each state was seen.
		seen := map[[16]int]int{}
		x, wantStart := x0, 0
		for i := 0; ; i++ {
			if j, ok := seen[x]; ok {
				wantStart = j
				break
			}
			seen[x] = i
			x = f(x)
		}
		wantPeriod := len(seen) - wantStart
		b.ReportAllocs()
		for b.Loop() {
			if start, period := Find(x0, f); start != wantStart || period != wantPeriod {
				b.Fatalf("Find = %d, %d, want %d, %d", start, period, wantStart, wantPeriod)
			}
		}
	})
}

// TestNthNeverRepeats checks that Nth returns element n of a sequence
// that never repeats, as it must whenever n comes before the first repeat,
// calling f exactly n times.
func TestNthNeverRepeats(t *testing.T) {
	for n := range 40 {
		calls := 0
		f := func(x int) int { calls++; return x + 1 }
		if got := Nth(0, f, n); got != n || calls > n {
			t.Errorf("Nth(0, x+1, %d) = %d after %d calls of f, want %d after at most %d", n, got, calls, n, n)
		}
	}
}

// TestNthMatchesLoop compares Nth and NthFunc with applying f n times, on
// random functional graphs, for n before, at and after the cycle's start.
func TestNthMatchesLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 6))
	for range 300 {
		g := randGraph(rng, 1+rng.IntN(30))
		f := func(x int) int { return g[x] }
		x0 := rng.IntN(len(g))
		for n := range 70 {
			want := x0
			for range n {
				want = f(want)
			}
			if got := Nth(x0, f, n); got != want {
				t.Fatalf("Nth(%d, %v, %d) = %d, want %d", x0, g, n, got, want)
			}
			if got := NthFunc(x0, f, func(a, b int) bool { return a == b }, n); got != want {
				t.Fatalf("NthFunc(%d, %v, %d) = %d, want %d", x0, g, n, got, want)
			}
		}
	}
}
