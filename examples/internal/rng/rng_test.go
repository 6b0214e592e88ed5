package rng_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/examples/internal/rng"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// stream is the stream word of package mapgen, whose maps the golden
// numbers below were first pinned for.
const stream = 0x6d617067656e3036 // "mapgen06" in ASCII

// TestIntNGolden pins the numbers a seed gives, so that maps stay the same
// on every platform (32-bit ones included) and Go version.
func TestIntNGolden(t *testing.T) {
	bounds := []int{1, 2, 3, 10, 130, 1 << 20, 1_000_000_007, 2_000_000_000}
	want := []int{0, 1, 0, 1, 32, 267495, 446246791, 1599794964}
	s := rng.New(1, stream)
	for i, n := range bounds {
		if got := s.IntN(n); got != want[i] {
			t.Errorf("draw %d: IntN(%d) = %d, want %d", i, n, got, want[i])
		}
	}
}

func TestIntNRange(t *testing.T) {
	s := rng.New(2, stream)
	for _, n := range []int{1, 2, 3, 7, 130, 1000} {
		counts := make([]int, n)
		draws := 200 * n
		for range draws {
			v := s.IntN(n)
			if v < 0 || v >= n {
				t.Fatalf("IntN(%d) = %d, want in [0, %d)", n, v, n)
			}
			counts[v]++
		}
		for v, c := range counts {
			if c < 100 || c > 300 { // expected 200; more than 7 standard deviations off
				t.Errorf("IntN(%d) gave %d %d times in %d draws, want about 200", n, v, c, draws)
			}
		}
	}
}

// TestIntNRejects compares IntN with a reference written with math/big,
// at a bound just over 2⁶²: there about a quarter of the raw draws fall in
// the biased band that Lemire's method throws away, so the rejection loop
// runs often.
func TestIntNRejects(t *testing.T) {
	const n = 1<<62 + 1
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	bn := big.NewInt(n)
	band := new(big.Int).Mod(two64, bn) // 2⁶⁴ mod n: products whose low word is below it are rejected
	s, pcg := rng.New(3, stream), rand.NewPCG(3, stream)
	rejected := 0
	for i := range 1000 {
		var want int64
		for {
			x := new(big.Int).Mul(new(big.Int).SetUint64(pcg.Uint64()), bn)
			hi, lo := new(big.Int).DivMod(x, two64, new(big.Int))
			if lo.Cmp(band) >= 0 {
				want = hi.Int64()
				break
			}
			rejected++
		}
		if got := s.IntN(n); int64(got) != want {
			t.Fatalf("draw %d: IntN(%d) = %d, want %d", i, n, got, want)
		}
	}
	// A quarter of the raw draws rejected is a third of a rejection per
	// draw of IntN: about 333 in all, standard deviation 21.
	if rejected < 250 || rejected > 420 {
		t.Errorf("%d raw draws rejected for 1,000 draws of IntN(%d), want about 333", rejected, n)
	}
}

func TestIntNPanics(t *testing.T) {
	for _, n := range []int{0, -1} {
		testkit.MustPanic(t, fmt.Sprintf("IntN(%d)", n), "rng: invalid argument to IntN", func() { rng.New(1, stream).IntN(n) })
	}
}

func TestFloat64(t *testing.T) {
	s := rng.New(4, stream)
	sum := 0.0
	for range 10_000 {
		v := s.Float64()
		if v < 0 || v >= 1 || v != float64(int64(v*(1<<53)))/(1<<53) {
			t.Fatalf("Float64() = %v, want a multiple of 2^-53 in [0, 1)", v)
		}
		sum += v
	}
	if mean := sum / 10_000; mean < 0.49 || mean > 0.51 { // standard deviation 0.003
		t.Errorf("Float64 mean over 10,000 draws = %v, want about 0.5", mean)
	}
	// Float64 keeps the top 53 bits of one draw.
	s, pcg := rng.New(5, stream), rand.NewPCG(5, stream)
	if got, want := s.Float64(), float64(pcg.Uint64()>>11)/(1<<53); got != want {
		t.Errorf("Float64() = %v, want %v", got, want)
	}
}

// TestUint64 checks that a Source draws what the PCG it wraps draws, and
// that the zero Source is New(0, 0).
func TestUint64(t *testing.T) {
	s, pcg := rng.New(6, stream), rand.NewPCG(6, stream)
	var zero rng.Source
	zeroPCG := rand.NewPCG(0, 0)
	for i := range 100 {
		if got, want := s.Uint64(), pcg.Uint64(); got != want {
			t.Fatalf("draw %d: Uint64() = %#x, want %#x", i, got, want)
		}
		if got, want := zero.Uint64(), zeroPCG.Uint64(); got != want {
			t.Fatalf("draw %d: zero Source: Uint64() = %#x, want %#x", i, got, want)
		}
	}
}

// A Source serves as a rand.Source.
var _ rand.Source = (*rng.Source)(nil)
