package grid

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

func TestWithinVsPlain(t *testing.T) {
	for k := -2; k <= 6; k++ {
		p := Pt(3, -4)
		var want []Point
		for r := p.Row - 7; r <= p.Row+7; r++ {
			for c := p.Col - 7; c <= p.Col+7; c++ {
				if p.Manhattan(Pt(r, c)) <= k {
					want = append(want, Pt(r, c))
				}
			}
		}
		if got := slices.Collect(p.Within(k)); !slices.Equal(got, want) {
			t.Errorf("%v.Within(%d) = %v, want %v", p, k, got, want)
		}
		if k >= 0 && len(want) != 2*k*(k+1)+1 {
			t.Errorf("%v.Within(%d) has %d points, want 2k(k+1)+1", p, k, len(want))
		}
	}
}

// randOrthoPolygon returns the corners of a random simple polygon made of
// columns of whole cells, each overlapping the next, and its bounding box.
func randOrthoPolygon(rng *rand.Rand) ([]Point, int, int) {
	w := 1 + rng.IntN(6)
	lo, hi := make([]int, w), make([]int, w)
	lo[0] = rng.IntN(5)
	hi[0] = lo[0] + 1 + rng.IntN(5)
	for c := 1; c < w; c++ {
		// Overlap the previous column by at least one cell.
		lo[c] = lo[c-1] - 2 + rng.IntN(hi[c-1]-lo[c-1]+2)
		lo[c] = min(max(lo[c], 0), hi[c-1]-1)
		hi[c] = max(lo[c]+1+rng.IntN(5), lo[c-1]+1)
	}
	var loop []Point
	for c := range w { // along the top, left to right
		loop = append(loop, Pt(lo[c], c), Pt(lo[c], c+1))
	}
	for c := w - 1; c >= 0; c-- { // along the bottom, right to left
		loop = append(loop, Pt(hi[c], c+1), Pt(hi[c], c))
	}
	return loop, slices.Max(hi), w
}

// plainEnclosed counts the lattice points of the bounding box that lie on
// the polygon's edges, and those strictly inside by casting a ray to the
// right and counting the vertical edges it crosses.
func plainEnclosed(loop []Point, rows, cols int) (inside, boundary int) {
	onEdge := func(p, a, b Point) bool {
		return min(a.Row, b.Row) <= p.Row && p.Row <= max(a.Row, b.Row) &&
			min(a.Col, b.Col) <= p.Col && p.Col <= max(a.Col, b.Col) &&
			(b.Row-a.Row)*(p.Col-a.Col) == (b.Col-a.Col)*(p.Row-a.Row)
	}
	for r := -1; r <= rows+1; r++ {
		for c := -1; c <= cols+1; c++ {
			p := Pt(r, c)
			on, crossings := false, 0
			for i, a := range loop {
				b := loop[(i+1)%len(loop)]
				if onEdge(p, a, b) {
					on = true
				}
				// A vertical edge right of p, spanning p's row half-open.
				if a.Col == b.Col && a.Col > c && min(a.Row, b.Row) <= r && r < max(a.Row, b.Row) {
					crossings++
				}
			}
			switch {
			case on:
				boundary++
			case crossings%2 == 1:
				inside++
			}
		}
	}
	return inside, boundary
}

// TestEnclosedVsPlain compares Enclosed with a brute-force count on random
// polygons, given by their corners and by every boundary point in order.
func TestEnclosedVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	for range 500 {
		loop, rows, cols := randOrthoPolygon(rng)
		wantIn, wantB := plainEnclosed(loop, rows, cols)
		if in, b := Enclosed(loop); in != wantIn || b != wantB {
			t.Fatalf("Enclosed(%v) = %d, %d; want %d, %d", loop, in, b, wantIn, wantB)
		}
		// The same loop through every point of its boundary.
		var cells []Point
		for i, a := range loop {
			b := loop[(i+1)%len(loop)]
			step := b.Sub(a).Sign()
			for p := a; p != b; p = p.Add(step) {
				cells = append(cells, p)
			}
		}
		if in, b := Enclosed(cells); in != wantIn || b != wantB || b != len(cells) {
			t.Fatalf("Enclosed(every point of %v) = %d, %d; want %d, %d", loop, in, b, wantIn, wantB)
		}
	}
	for _, loop := range [][]Point{nil, {{1, 1}}, {{0, 0}, {0, 5}}} {
		if in, _ := Enclosed(loop); in != 0 {
			t.Errorf("Enclosed(%v) = %d inside, want 0", loop, in)
		}
	}
	// A diagonal edge: the triangle (0,0), (0,4), (4,0) has 3 points inside.
	if in, b := Enclosed([]Point{{0, 0}, {0, 4}, {4, 0}}); in != 3 || b != 12 {
		t.Errorf("Enclosed(triangle) = %d, %d; want 3, 12", in, b)
	}
}

func TestEdgesVsPlain(t *testing.T) {
	for _, s := range shapes {
		g := New(s.rows, s.cols, 0)
		type entry struct {
			p Point
			d Dir
		}
		var want []entry
		for c := range s.cols {
			want = append(want, entry{Pt(0, c), Down})
		}
		for r := range s.rows {
			want = append(want, entry{Pt(r, s.cols-1), Left})
		}
		for c := range s.cols {
			want = append(want, entry{Pt(s.rows-1, c), Up})
		}
		for r := range s.rows {
			want = append(want, entry{Pt(r, 0), Right})
		}
		var got []entry
		for p, d := range g.Entries() {
			got = append(got, entry{p, d})
			// The heading enters g: the cell behind p is outside.
			if g.In(p.Move(d, -1)) || !g.In(p) {
				t.Errorf("%dx%d: Entries yields %v heading %v, which does not enter from outside", s.rows, s.cols, p, d)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%dx%d: Entries = %v, want %v", s.rows, s.cols, got, want)
		}
	}
}

func TestPointHelpers(t *testing.T) {
	rng := rand.New(rand.NewPCG(33, 34))
	for range 1000 {
		p := Pt(rng.IntN(41)-20, rng.IntN(41)-20)
		q := Pt(rng.IntN(11)-5, rng.IntN(11)-5)
		if x, y := p.XY(); XY(x, y) != p || x != p.Col || y != p.Row {
			t.Fatalf("%v.XY() = %d, %d; XY of them = %v", p, x, y, XY(x, y))
		}
		if got := p.Scale(q); got != Pt(p.Row*q.Row, p.Col*q.Col) {
			t.Fatalf("%v.Scale(%v) = %v", p, q, got)
		}
		if got := p.Abs(); got.Row < 0 || got.Col < 0 || got.Row*got.Row != p.Row*p.Row || got.Col*got.Col != p.Col*p.Col {
			t.Fatalf("%v.Abs() = %v", p, got)
		}
		if s := p.Sign(); s.Scale(p.Abs()) != p {
			t.Fatalf("%v.Sign() = %v: Sign*Abs != p", p, s)
		}
		// Reduce: the smallest k with k*step == p, by trying every k.
		r := p.Reduce()
		want := p
		for k := 20; k >= 2; k-- {
			if p.Row%k == 0 && p.Col%k == 0 {
				want = Pt(p.Row/k, p.Col/k)
				break
			}
		}
		if p == (Point{}) {
			want = p
		}
		if r != want {
			t.Fatalf("%v.Reduce() = %v, want %v", p, r, want)
		}
	}
}

func TestHeadingLists(t *testing.T) {
	var all []Dir
	for d := Dir(0); d.Valid(); d++ {
		all = append(all, d)
	}
	if got := Dirs(); !slices.Equal(got[:], all) {
		t.Errorf("Dirs() = %v, want %v", got, all)
	}
	if got := Cardinals(); !slices.Equal(got[:], all[:4]) {
		t.Errorf("Cardinals() = %v, want %v", got, all[:4])
	}
	if got := Diagonals(); !slices.Equal(got[:], all[4:]) {
		t.Errorf("Diagonals() = %v, want %v", got, all[4:])
	}
	c := Cardinals()
	c[0] = Left // a copy: the next call is unchanged
	if Cardinals()[0] != Up {
		t.Error("changing the array Cardinals returned changed the next call's")
	}
}

// TestDirPanics checks that misuse of a heading panics naming the call
// and the heading, not with a runtime index error.
func TestDirPanics(t *testing.T) {
	g := New(2, 2, 0)
	testkit.MustPanic(t, "Dir(8).Delta()", "grid: Dir.Delta: invalid heading Dir(8)", func() { Dir(8).Delta() })
	testkit.MustPanic(t, "Point.Move", "grid: Point.Move: invalid heading Dir(200)", func() { Pt(0, 0).Move(200, 1) })
	testkit.MustPanic(t, "Grid.First", "grid: Grid.First: invalid heading Dir(9)", func() { g.First(Pt(0, 0), 9, func(int) bool { return true }) })
	testkit.MustPanic(t, "Grid.With", "grid: Grid.With: point (5,5) outside the 2x2 grid", func() { g.With(Pt(5, 5), 1) })
}

// TestSegmentVsPlain checks Segment and Point.Aligned on every pair of
// points of a 9x9 block against plain references. Aligned: the two points
// share a row, a column, or a diagonal (equal differences up to sign).
// Segment: the points a + k*(unit step), k from 0 to the length, for an
// aligned pair; for any pair, a walk of king's moves that is as short as
// can be (one point per step of the larger difference), ends at b, and
// first changes both coordinates, then only the one left to change.
func TestSegmentVsPlain(t *testing.T) {
	block := New(9, 9, 0)
	for a := range block.Points() {
		for b := range block.Points() {
			a, b := a.Sub(Pt(4, 4)), b.Sub(Pt(3, 5)) // negative coordinates too
			dr, dc := b.Row-a.Row, b.Col-a.Col
			aligned := dr == 0 || dc == 0 || dr == dc || dr == -dc
			if got := a.Aligned(b); got != aligned {
				t.Fatalf("%v.Aligned(%v) = %v, want %v", a, b, got, aligned)
			}
			got := slices.Collect(Segment(a, b))
			n := max(abs(dr), abs(dc))
			if len(got) != n+1 || got[0] != a || got[n] != b {
				t.Fatalf("Segment(%v, %v) = %v, want %d points from a to b", a, b, got, n+1)
			}
			for k := 1; k <= n; k++ {
				step := got[k].Sub(got[k-1])
				want := Pt(sign(b.Row-got[k-1].Row), sign(b.Col-got[k-1].Col))
				if step != want {
					t.Fatalf("Segment(%v, %v) = %v: step %d is %v, want %v", a, b, got, k, step, want)
				}
			}
			if aligned {
				for k, p := range got {
					if want := Pt(a.Row+dr*k/max(n, 1), a.Col+dc*k/max(n, 1)); p != want {
						t.Fatalf("Segment(%v, %v) = %v, point %d: want %v", a, b, got, k, want)
					}
				}
			}
		}
	}
	n := 0
	for range Segment(Pt(0, 0), Pt(0, 9)) {
		if n++; n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("a range over Segment stopped after %d points, want 3", n)
	}
}

// TestBoundsVsPlain checks Bounds on generated sets of points against the
// corners found by sorting the rows and the columns.
func TestBoundsVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 9))
	if _, _, ok := Bounds(slices.Values([]Point(nil))); ok {
		t.Fatal("Bounds of no points reported true")
	}
	for range 500 {
		pts := make([]Point, 1+rng.IntN(20))
		for i := range pts {
			pts[i] = Pt(rng.IntN(41)-20, rng.IntN(41)-20)
		}
		rows, cols := make([]int, len(pts)), make([]int, len(pts))
		for i, p := range pts {
			rows[i], cols[i] = p.Row, p.Col
		}
		slices.Sort(rows)
		slices.Sort(cols)
		lo, hi, ok := Bounds(slices.Values(pts))
		wantLo, wantHi := Pt(rows[0], cols[0]), Pt(rows[len(rows)-1], cols[len(cols)-1])
		if !ok || lo != wantLo || hi != wantHi {
			t.Fatalf("Bounds(%v) = %v, %v, %v; want %v, %v, true", pts, lo, hi, ok, wantLo, wantHi)
		}
	}
}

// TestSegmentAllocs checks that a range over Segment allocates nothing,
// which needs Segment to inline into the loop.
func TestSegmentAllocs(t *testing.T) {
	sum := 0
	a, b := Pt(3, -2), Pt(40, 35)
	if n := testing.AllocsPerRun(100, func() {
		for p := range Segment(a, b) {
			sum += p.Row
		}
	}); n != 0 {
		t.Errorf("a range over Segment: %v allocations, want 0", n)
	}
}

// TestEnclosedHuge checks loops whose doubled area overflows an int while
// the count inside does not (issue 25: a square of side 3,037,000,499 gave
// a negative count), against the count worked out exactly, and that a
// count past an int panics rather than wraps.
func TestEnclosedHuge(t *testing.T) {
	for _, s := range []int{3_037_000_499, 3_037_000_000, 1 << 31} {
		sq := []Point{Pt(0, 0), Pt(0, s), Pt(s, s), Pt(s, 0)}
		in, b := Enclosed(sq)
		if want := (s - 1) * (s - 1); in != want || b != 4*s {
			t.Errorf("Enclosed(square of side %d) = %d, %d; want %d, %d", s, in, b, want, 4*s)
		}
		// The same square with its corners negated, walked the other way.
		neg := []Point{Pt(0, 0), Pt(-s, 0), Pt(-s, -s), Pt(0, -s)}
		if in2, b2 := Enclosed(neg); in2 != in || b2 != b {
			t.Errorf("Enclosed(negated square of side %d) = %d, %d; want %d, %d", s, in2, b2, in, b)
		}
	}
	big := 3_037_000_501 // (s-1)^2 > math.MaxInt
	testkit.MustPanic(t, "Enclosed(huge)", "grid: Enclosed: more than", func() {
		Enclosed([]Point{Pt(0, 0), Pt(0, big), Pt(big, big), Pt(big, 0)})
	})
}
