package mapgen

import "testing"

// TestSourceGolden pins the numbers a seed gives, so that maps stay the same
// on every platform (32-bit ones included) and Go version.
func TestSourceGolden(t *testing.T) {
	bounds := []int{1, 2, 3, 10, 130, 1 << 20, 1_000_000_007, 2_000_000_000}
	want := []int{0, 1, 0, 1, 32, 267495, 446246791, 1599794964}
	s := newSource(1)
	for i, n := range bounds {
		if got := s.intn(n); got != want[i] {
			t.Errorf("draw %d: intn(%d) = %d, want %d", i, n, got, want[i])
		}
	}
}

func TestSourceRange(t *testing.T) {
	s := newSource(2)
	for _, n := range []int{1, 2, 3, 7, 130, 1000} {
		counts := make([]int, n)
		draws := 200 * n
		for range draws {
			v := s.intn(n)
			if v < 0 || v >= n {
				t.Fatalf("intn(%d) = %d, want in [0, %d)", n, v, n)
			}
			counts[v]++
		}
		for v, c := range counts {
			if c < 100 || c > 300 { // expected 200; more than 7 standard deviations off
				t.Errorf("intn(%d) gave %d %d times in %d draws, want about 200", n, v, c, draws)
			}
		}
	}
}
