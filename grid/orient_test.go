package grid

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestOrientAgainstTransforms checks every orientation's view against the
// grid mirrored and turned by the copying transforms, on random grids of
// many shapes, square and not, cell by cell and materialised.
func TestOrientAgainstTransforms(t *testing.T) {
	rng := rand.New(rand.NewPCG(131, 132))
	for trial := range 400 {
		g := FromFunc(1+rng.IntN(7), 1+rng.IntN(7), func(Point) int { return rng.IntN(1000) })
		for _, o := range Orientations() {
			want := g
			if o >= 4 {
				want = want.FlipH()
			}
			for range o % 4 {
				want = want.RotateCW()
			}
			v := g.Orient(o)
			if v.Rows() != want.Rows() || v.Cols() != want.Cols() {
				t.Fatalf("trial %d %v: view is %dx%d, want %dx%d", trial, o, v.Rows(), v.Cols(), want.Rows(), want.Cols())
			}
			for p, x := range want.All() {
				if !v.In(p) || v.At(p) != x {
					t.Fatalf("trial %d %v: At(%v) = %d, want %d", trial, o, p, v.At(p), x)
				}
			}
			if !Equal(v.Grid(), want) {
				t.Fatalf("trial %d %v: Grid() = %v, want %v", trial, o, v.Grid(), want)
			}
			var _ Reader[int] = v
		}
	}
	g := MustParse("ab\ncd\n")
	testkit.MustPanic(t, "orient", "grid: Grid.Orient: orientation 8, want 0 to 7", func() { g.Orient(8) })
	testkit.MustPanic(t, "at", "grid: View.At: point (2,0) outside the 2x2 grid", func() { g.Orient(1).At(Pt(2, 0)) })
	if Orientation(5).String() != "mirror, turn 1" || Orientation(9).String() != "Orientation(9)" {
		t.Fatalf("String: %q %q", Orientation(5), Orientation(9))
	}
}
