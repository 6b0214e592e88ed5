package patrol

import (
	"math/rand/v2"
	"testing"
)

// TestBeforeLongLines checks before, which counts a line's entries below x
// without a branch on short lines and by binary search on long ones,
// against a plain count, on sorted lines of every length up to 100.
func TestBeforeLongLines(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	for n := range 101 {
		line := make([]int32, n)
		v := int32(rng.IntN(3))
		for i := range line {
			line[i] = v
			v += 1 + int32(rng.IntN(4))
		}
		for x := int32(-1); x <= v+1; x++ {
			want := 0
			for _, c := range line {
				if c < x {
					want++
				}
			}
			if got := before(line, x); got != want {
				t.Fatalf("before(%v, %d) = %d, want %d", line, x, got, want)
			}
		}
	}
}
