package grid

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestPointArithmetic(t *testing.T) {
	tests := []struct {
		name     string
		p, q     Point
		add, sub Point
	}{
		{"zero", Pt(0, 0), Pt(0, 0), Pt(0, 0), Pt(0, 0)},
		{"positive", Pt(1, 2), Pt(3, 4), Pt(4, 6), Pt(-2, -2)},
		{"negative", Pt(-1, -2), Pt(3, -4), Pt(2, -6), Pt(-4, 2)},
		{"inverse", Pt(5, -7), Pt(-5, 7), Pt(0, 0), Pt(10, -14)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Add(tt.q); got != tt.add {
				t.Errorf("%v.Add(%v) = %v, want %v", tt.p, tt.q, got, tt.add)
			}
			if got := tt.p.Sub(tt.q); got != tt.sub {
				t.Errorf("%v.Sub(%v) = %v, want %v", tt.p, tt.q, got, tt.sub)
			}
			if got := tt.p.Sub(tt.q).Add(tt.q); got != tt.p {
				t.Errorf("%v.Sub(%v).Add(%v) = %v, want %v", tt.p, tt.q, tt.q, got, tt.p)
			}
		})
	}
}

func TestPt(t *testing.T) {
	if got, want := Pt(3, -4), (Point{Row: 3, Col: -4}); got != want {
		t.Errorf("Pt(3, -4) = %v, want %v", got, want)
	}
}

func TestPointMul(t *testing.T) {
	tests := []struct {
		name string
		p    Point
		k    int
		want Point
	}{
		{"by_zero", Pt(3, -4), 0, Pt(0, 0)},
		{"by_one", Pt(3, -4), 1, Pt(3, -4)},
		{"by_three", Pt(3, -4), 3, Pt(9, -12)},
		{"by_minus_two", Pt(3, -4), -2, Pt(-6, 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Mul(tt.k); got != tt.want {
				t.Errorf("%v.Mul(%d) = %v, want %v", tt.p, tt.k, got, tt.want)
			}
		})
	}
}

func TestPointMove(t *testing.T) {
	tests := []struct {
		name string
		p    Point
		d    Dir
		n    int
		want Point
	}{
		{"up_one", Pt(5, 5), Up, 1, Pt(4, 5)},
		{"right_one", Pt(5, 5), Right, 1, Pt(5, 6)},
		{"down_one", Pt(5, 5), Down, 1, Pt(6, 5)},
		{"left_one", Pt(5, 5), Left, 1, Pt(5, 4)},
		{"up_right_two", Pt(5, 5), UpRight, 2, Pt(3, 7)},
		{"down_right_two", Pt(5, 5), DownRight, 2, Pt(7, 7)},
		{"down_left_two", Pt(5, 5), DownLeft, 2, Pt(7, 3)},
		{"up_left_two", Pt(5, 5), UpLeft, 2, Pt(3, 3)},
		{"zero_steps", Pt(5, 5), Down, 0, Pt(5, 5)},
		{"negative_steps", Pt(5, 5), Down, -3, Pt(2, 5)},
		{"off_the_grid", Pt(0, 0), Left, 4, Pt(0, -4)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Move(tt.d, tt.n); got != tt.want {
				t.Errorf("%v.Move(%v, %d) = %v, want %v", tt.p, tt.d, tt.n, got, tt.want)
			}
		})
	}
}

func TestPointMoveInverse(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		p := Pt(rng.IntN(2001)-1000, rng.IntN(2001)-1000)
		n := rng.IntN(201) - 100
		for d := range Dir(8) {
			q := p.Move(d, n)
			if got := q.Move(d, -n); got != p {
				t.Fatalf("%v.Move(%v, %d).Move(%v, %d) = %v, want %v", p, d, n, d, -n, got, p)
			}
			if got := q.Move(d.Reverse(), n); got != p {
				t.Fatalf("%v.Move(%v, %d).Move(%v, %d) = %v, want %v", p, d, n, d.Reverse(), n, got, p)
			}
			if got, want := p.Manhattan(q), manhattanSteps(d, n); got != want {
				t.Fatalf("%v.Manhattan(%v) = %d, want %d", p, q, got, want)
			}
		}
	}
}

// manhattanSteps is the taxicab length of n steps in direction d.
func manhattanSteps(d Dir, n int) int {
	if n < 0 {
		n = -n
	}
	if d.Cardinal() {
		return n
	}
	return 2 * n
}

func TestPointManhattan(t *testing.T) {
	tests := []struct {
		name string
		p, q Point
		want int
	}{
		{"same", Pt(3, 4), Pt(3, 4), 0},
		{"same_row", Pt(3, 4), Pt(3, 9), 5},
		{"same_col", Pt(3, 4), Pt(-2, 4), 5},
		{"diagonal", Pt(0, 0), Pt(3, 4), 7},
		{"negative", Pt(-1, -1), Pt(2, -5), 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Manhattan(tt.q); got != tt.want {
				t.Errorf("%v.Manhattan(%v) = %d, want %d", tt.p, tt.q, got, tt.want)
			}
			if got := tt.q.Manhattan(tt.p); got != tt.want {
				t.Errorf("%v.Manhattan(%v) = %d, want %d", tt.q, tt.p, got, tt.want)
			}
		})
	}
}

func TestPointString(t *testing.T) {
	tests := []struct {
		name string
		p    Point
		want string
	}{
		{"zero", Point{}, "(0,0)"},
		{"positive", Pt(3, 14), "(3,14)"},
		{"negative", Pt(-1, -20), "(-1,-20)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.String(); got != tt.want {
				t.Errorf("%#v.String() = %q, want %q", tt.p, got, tt.want)
			}
		})
	}
}

// TestIntEdges checks Reduce and Within at the edges of int (issue 25):
// math.MinInt has no int magnitude, and -math.MinInt overflows.
func TestIntEdges(t *testing.T) {
	for _, tt := range []struct{ p, want Point }{
		{Pt(math.MinInt, 6), Pt(math.MinInt/2, 3)},
		{Pt(math.MinInt, 0), Pt(-1, 0)},
		{Pt(0, math.MinInt), Pt(0, -1)},
		{Pt(math.MinInt, math.MinInt), Pt(-1, -1)},
		{Pt(math.MaxInt, math.MaxInt), Pt(1, 1)},
		{Pt(math.MinInt+1, 0), Pt(-1, 0)},
		{Pt(6, -4), Pt(3, -2)},
	} {
		if got := tt.p.Reduce(); got != tt.want {
			t.Errorf("%v.Reduce() = %v, want %v", tt.p, got, tt.want)
		}
	}
	for _, k := range []int{-1, math.MinInt} {
		n := 0
		for range Pt(0, 0).Within(k) {
			n++
		}
		if n != 0 {
			t.Errorf("Within(%d) yielded %d points, want 0", k, n)
		}
	}
}

// TestArithmeticWraps checks what Point's doc states for its arithmetic at
// the edges of int: it wraps around as int arithmetic does, and Compare
// stays exact there.
func TestArithmeticWraps(t *testing.T) {
	big := Pt(math.MaxInt, math.MinInt)
	for _, tt := range []struct {
		name      string
		got, want Point
	}{
		{"Add", big.Add(Pt(1, -1)), Pt(math.MinInt, math.MaxInt)},
		{"Sub", big.Sub(Pt(-1, 1)), Pt(math.MinInt, math.MaxInt)},
		{"Mul", big.Mul(2), Pt(-2, 0)},
		{"Scale", big.Scale(Pt(2, 2)), Pt(-2, 0)},
		{"Move", big.Move(Down, 1), Pt(math.MinInt, math.MinInt)},
		{"Abs", Pt(math.MinInt, -3).Abs(), Pt(math.MinInt, 3)},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if got := Pt(0, 0).Manhattan(big); got != -1 {
		t.Errorf("Manhattan = %d, want -1 (MaxInt + MaxInt+1 wraps)", got)
	}
	if Pt(math.MinInt, 0).Compare(Pt(math.MaxInt, 0)) != -1 || Pt(0, math.MaxInt).Compare(Pt(0, math.MinInt)) != 1 {
		t.Errorf("Compare is not exact at the edges of int")
	}
}

// TestCompareReadingOrder checks Point.Compare against the plain rule (row
// first, then column) on random points, that sorting by it gives dense
// index order on a grid, and that ReadingOrder's neighbours come out
// sorted by it.
func TestCompareReadingOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	ref := func(p, q Point) int {
		switch {
		case p.Row < q.Row || p.Row == q.Row && p.Col < q.Col:
			return -1
		case p == q:
			return 0
		}
		return 1
	}
	edge := []int{math.MinInt, -1, 0, 1, math.MaxInt}
	pick := func() int {
		if rng.IntN(4) == 0 {
			return edge[rng.IntN(len(edge))]
		}
		return rng.IntN(7) - 3
	}
	for range 5000 {
		p, q := Pt(pick(), pick()), Pt(pick(), pick())
		if got, want := p.Compare(q), ref(p, q); got != want {
			t.Fatalf("%v.Compare(%v) = %d, want %d", p, q, got, want)
		}
	}
	g := New(5, 7, 0)
	pts := slices.Collect(g.Points())
	rng.Shuffle(len(pts), func(i, j int) { pts[i], pts[j] = pts[j], pts[i] })
	slices.SortFunc(pts, Point.Compare)
	for i, p := range pts {
		if g.Index(p) != i {
			t.Fatalf("sorted by Compare, point %d is %v with index %d", i, p, g.Index(p))
		}
	}
	c := Pt(2, 3)
	var around []Point
	for _, d := range ReadingOrder() {
		around = append(around, c.Move(d, 1))
	}
	if !slices.IsSortedFunc(around, Point.Compare) || len(around) != 4 {
		t.Fatalf("ReadingOrder neighbours of %v: %v, not in reading order", c, around)
	}
}
