package testkit

import "testing"

// A Pair is one library-against-hand case of a package's BenchmarkVsHand:
// Lib solves a generated input with the library, Hand solves the same
// input as a strong solver writes it on flat slices, and both return the
// answer.
type Pair struct {
	Name      string
	Lib, Hand func() int
	NoAlloc   bool // Lib allocates nothing per run once warm
	Heavy     bool // a run takes long enough to skip with -short
}

// VsHand runs each pair as b.Run(name) with sub-benchmarks "lib" and
// "hand", after checking that the two agree, so that benchstat can set
// BenchmarkVsHand/<case>/lib beside BenchmarkVsHand/<case>/hand.
func VsHand(b *testing.B, pairs []Pair) {
	for _, c := range pairs {
		b.Run(c.Name, func(b *testing.B) {
			if lib, hand := c.Lib(), c.Hand(); lib != hand {
				b.Fatalf("%s: lib answers %d, hand %d", c.Name, lib, hand)
			}
			b.Run("lib", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					c.Lib()
				}
			})
			b.Run("hand", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					c.Hand()
				}
			})
		})
	}
}

// Agree runs each pair once and checks that the library and the hand
// version give the same answer, and that a NoAlloc library run allocates
// nothing. Heavy pairs are skipped with -short.
func Agree(t *testing.T, pairs []Pair) {
	t.Helper()
	for _, c := range pairs {
		if c.Heavy && testing.Short() {
			continue
		}
		if lib, hand := c.Lib(), c.Hand(); lib != hand {
			t.Errorf("%s: lib answers %d, hand %d", c.Name, lib, hand)
		}
		if c.NoAlloc {
			if n := testing.AllocsPerRun(3, func() { c.Lib() }); n != 0 {
				t.Errorf("%s: lib makes %v allocations per run, want 0", c.Name, n)
			}
		}
	}
}

// Neighbors4 are the steps (row, column) to the four cardinal neighbours in
// heading order, for the hand versions.
var Neighbors4 = [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
