package grid

import (
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// shapes are grid sizes worth checking exhaustively: single cells, single
// rows and columns, squares and oblongs.
var shapes = []struct{ rows, cols int }{
	{1, 1}, {1, 2}, {2, 1}, {1, 7}, {7, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {4, 5}, {5, 4},
}

// seqGrid returns a rows×cols grid whose cell at (r, c) is r*cols+c.
func seqGrid(rows, cols int) Grid[int] {
	g := New(rows, cols, 0)
	return g.Map(func(p Point, _ int) int { return p.Row*cols + p.Col })
}

// randGrid returns a random grid of 1 to maxSide rows and columns with
// cells drawn from alphabet.
func randGrid(rng *rand.Rand, maxSide int, alphabet string) Grid[byte] {
	rows, cols := 1+rng.IntN(maxSide), 1+rng.IntN(maxSide)
	g, err := FromRows(testkit.Letters(rng, rows, cols, alphabet))
	if err != nil {
		panic(err)
	}
	return g
}

func TestNew(t *testing.T) {
	for _, s := range shapes {
		g := New(s.rows, s.cols, 'x')
		if g.Rows() != s.rows || g.Cols() != s.cols || g.Len() != s.rows*s.cols {
			t.Errorf("New(%d, %d, 'x') is %dx%d with %d cells, want %dx%d with %d",
				s.rows, s.cols, g.Rows(), g.Cols(), g.Len(), s.rows, s.cols, s.rows*s.cols)
		}
		if n := g.CountFunc(func(v rune) bool { return v == 'x' }); n != g.Len() {
			t.Errorf("New(%d, %d, 'x') has %d cells of 'x', want %d", s.rows, s.cols, n, g.Len())
		}
	}
	if g := New(0, 0, 1); g.Rows() != 0 || g.Cols() != 0 || g.Len() != 0 {
		t.Errorf("New(0, 0, 1) is %dx%d with %d cells, want empty", g.Rows(), g.Cols(), g.Len())
	}
}

func TestNewPanics(t *testing.T) {
	tests := []struct {
		name       string
		rows, cols int
		want       string
	}{
		{"negative_rows", -1, 3, "grid: New: negative size -1x3"},
		{"negative_cols", 3, -1, "grid: New: negative size 3x-1"},
		{"zero_rows", 0, 3, "grid: New: degenerate size 0x3"},
		{"zero_cols", 3, 0, "grid: New: degenerate size 3x0"},
		{"too_many_cells", 1 << 14, 1<<13 + 1, "exceeds 134217728 cells"},
		{"overflowing", 1 << 40, 1 << 40, "exceeds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testkit.MustPanic(t, "New", tt.want, func() { New(tt.rows, tt.cols, byte(0)) })
		})
	}
}

func TestZeroGrid(t *testing.T) {
	var g Grid[int]
	if g.Rows() != 0 || g.Cols() != 0 || g.Len() != 0 {
		t.Errorf("zero Grid is %dx%d with %d cells, want empty", g.Rows(), g.Cols(), g.Len())
	}
	if g.In(Pt(0, 0)) {
		t.Errorf("zero Grid.In((0,0)) = true, want false")
	}
	if v, ok := g.Get(Pt(0, 0)); ok || v != 0 {
		t.Errorf("zero Grid.Get((0,0)) = %v, %v, want 0, false", v, ok)
	}
	for p := range g.Points() {
		t.Errorf("zero Grid.Points() yielded %v", p)
	}
	if s := g.String(); s != "" {
		t.Errorf("zero Grid.String() = %q, want %q", s, "")
	}
	if rows := g.ToRows(); len(rows) != 0 {
		t.Errorf("zero Grid.ToRows() = %v, want none", rows)
	}
	if !Equal(g, New(0, 0, 7)) {
		t.Errorf("Equal(zero Grid, New(0, 0, 7)) = false, want true")
	}
	testkit.MustPanic(t, "zero Grid.PointAt(0)", "grid: Grid.PointAt: index 0 outside the 0x0 grid", func() { g.PointAt(0) })
}

func TestFromRows(t *testing.T) {
	rows := [][]byte{[]byte("abc"), []byte("def")}
	g, err := FromRows(rows)
	if err != nil {
		t.Fatalf("FromRows(%q) = %v, want nil error", rows, err)
	}
	if got, want := g.String(), "abc\ndef\n"; got != want {
		t.Errorf("FromRows(%q).String() = %q, want %q", rows, got, want)
	}
	// The grid owns a copy: changing the input afterwards changes nothing.
	rows[0][0] = 'X'
	rows[1] = []byte("XYZ")
	if got, want := g.String(), "abc\ndef\n"; got != want {
		t.Errorf("after changing the input rows, g.String() = %q, want %q", got, want)
	}
	if got, want := g.Rows(), 2; got != want {
		t.Errorf("after changing the input rows, g.Rows() = %d, want %d", got, want)
	}
}

func TestFromRowsEmpty(t *testing.T) {
	for _, rows := range [][][]int{nil, {}} {
		g, err := FromRows(rows)
		if err != nil || g.Len() != 0 || g.Rows() != 0 {
			t.Errorf("FromRows(%v) = %dx%d grid, %v, want empty grid, nil", rows, g.Rows(), g.Cols(), err)
		}
	}
}

func TestFromRowsErrors(t *testing.T) {
	tests := []struct {
		name string
		rows [][]int
		want string
	}{
		{"first_row_empty", [][]int{{}}, "grid: FromRows: row 0 is empty"},
		{"first_row_nil", [][]int{nil, {1}}, "grid: FromRows: row 0 is empty"},
		{"later_row_empty", [][]int{{1, 2}, {}}, "grid: FromRows: row 1: ragged rows: row has 0 cells, want 2"},
		{"ragged_rows_short", [][]int{{1, 2}, {3, 4}, {5}}, "grid: FromRows: row 2: ragged rows: row has 1 cells, want 2"},
		{"ragged_rows_long", [][]int{{1}, {2, 3}}, "grid: FromRows: row 1: ragged rows: row has 2 cells, want 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := FromRows(tt.rows)
			if err == nil || err.Error() != tt.want {
				t.Errorf("FromRows(%v) = %v, %v, want error %q", tt.rows, g, err, tt.want)
			}
			if ragged := strings.Contains(tt.want, "ragged"); errors.Is(err, ErrRagged) != ragged {
				t.Errorf("FromRows(%v) = %v; errors.Is(err, ErrRagged) = %v, want %v", tt.rows, err, !ragged, ragged)
			}
		})
	}
}

func TestAccessors(t *testing.T) {
	for _, s := range shapes {
		g := seqGrid(s.rows, s.cols)
		for r := -2; r < s.rows+2; r++ {
			for c := -2; c < s.cols+2; c++ {
				p := Pt(r, c)
				inside := r >= 0 && r < s.rows && c >= 0 && c < s.cols
				if got := g.In(p); got != inside {
					t.Errorf("%dx%d grid: In(%v) = %v, want %v", s.rows, s.cols, p, got, inside)
				}
				v, ok := g.Get(p)
				if !inside {
					if ok || v != 0 {
						t.Errorf("%dx%d grid: Get(%v) = %v, %v, want 0, false", s.rows, s.cols, p, v, ok)
					}
					testkit.MustPanic(t, "At"+p.String(), "outside", func() { g.At(p) })
					testkit.MustPanic(t, "Index"+p.String(), "outside", func() { g.Index(p) })
					continue
				}
				want := r*s.cols + c
				if !ok || v != want {
					t.Errorf("%dx%d grid: Get(%v) = %v, %v, want %v, true", s.rows, s.cols, p, v, ok, want)
				}
				if got := g.At(p); got != want {
					t.Errorf("%dx%d grid: At(%v) = %v, want %v", s.rows, s.cols, p, got, want)
				}
				if got := g.Index(p); got != want {
					t.Errorf("%dx%d grid: Index(%v) = %v, want %v", s.rows, s.cols, p, got, want)
				}
			}
		}
	}
}

func TestAtPanicMessage(t *testing.T) {
	g := New(2, 3, '.')
	testkit.MustPanic(t, "At((2,0))", "grid: Grid.At: point (2,0) outside the 2x3 grid", func() { g.At(Pt(2, 0)) })
	testkit.MustPanic(t, "At((0,-1))", "grid: Grid.At: point (0,-1) outside the 2x3 grid", func() { g.At(Pt(0, -1)) })
	testkit.MustPanic(t, "Index((0,3))", "grid: Grid.Index: point (0,3) outside the 2x3 grid", func() { g.Index(Pt(0, 3)) })
	testkit.MustPanic(t, "PointAt(6)", "grid: Grid.PointAt: index 6 outside the 2x3 grid", func() { g.PointAt(6) })
	testkit.MustPanic(t, "PointAt(-1)", "grid: Grid.PointAt: index -1 outside the 2x3 grid", func() { g.PointAt(-1) })
}

func TestIndexPointAt(t *testing.T) {
	for _, s := range shapes {
		g := New(s.rows, s.cols, false)
		for i := range g.Len() {
			p := g.PointAt(i)
			if !g.In(p) {
				t.Errorf("%dx%d grid: PointAt(%d) = %v, outside the grid", s.rows, s.cols, i, p)
			}
			if got := g.Index(p); got != i {
				t.Errorf("%dx%d grid: Index(PointAt(%d)) = %d, want %d", s.rows, s.cols, i, got, i)
			}
		}
		for p := range g.Points() {
			if got := g.PointAt(g.Index(p)); got != p {
				t.Errorf("%dx%d grid: PointAt(Index(%v)) = %v, want %v", s.rows, s.cols, p, got, p)
			}
		}
	}
}

func TestIterationOrder(t *testing.T) {
	for _, s := range shapes {
		g := seqGrid(s.rows, s.cols)
		var wantPts []Point
		var wantVals []int
		for r := range s.rows {
			for c := range s.cols {
				wantPts = append(wantPts, Pt(r, c))
				wantVals = append(wantVals, r*s.cols+c)
			}
		}
		var allPts []Point
		var allVals []int
		for p, v := range g.All() {
			allPts = append(allPts, p)
			allVals = append(allVals, v)
		}
		if !slices.Equal(allPts, wantPts) || !slices.Equal(allVals, wantVals) {
			t.Errorf("%dx%d grid: All() = %v, %v, want %v, %v", s.rows, s.cols, allPts, allVals, wantPts, wantVals)
		}
		if got := slices.Collect(g.Points()); !slices.Equal(got, wantPts) {
			t.Errorf("%dx%d grid: Points() = %v, want %v", s.rows, s.cols, got, wantPts)
		}
		if got := slices.Collect(g.Values()); !slices.Equal(got, wantVals) {
			t.Errorf("%dx%d grid: Values() = %v, want %v", s.rows, s.cols, got, wantVals)
		}
		for r := -1; r <= s.rows; r++ {
			var want []int
			if r >= 0 && r < s.rows {
				want = wantVals[r*s.cols : (r+1)*s.cols]
			}
			if got := slices.Collect(g.Row(r)); !slices.Equal(got, want) {
				t.Errorf("%dx%d grid: Row(%d) = %v, want %v", s.rows, s.cols, r, got, want)
			}
			if r < 0 || r >= s.rows {
				testkit.MustPanic(t, "AppendRow outside", fmt.Sprintf("grid: Grid.AppendRow: row %d outside the %dx%d grid", r, s.rows, s.cols),
					func() { g.AppendRow(nil, r) })
				continue
			}
			// Appended after what dst holds, and a copy: changing it
			// leaves the grid as it was.
			got := g.AppendRow([]int{-7}, r)
			if !slices.Equal(got, append([]int{-7}, want...)) {
				t.Errorf("%dx%d grid: AppendRow([-7], %d) = %v, want -7 then %v", s.rows, s.cols, r, got, want)
			}
			if len(got) > 1 {
				got[1] = -1
				if g.At(Pt(r, 0)) == -1 {
					t.Errorf("%dx%d grid: changing AppendRow's result changed the grid", s.rows, s.cols)
				}
			}
		}
	}
}

// plainNeighbors returns the points next to p inside a rows×cols grid, in
// the order the headings are numbered.
func plainNeighbors(rows, cols int, p Point, diagonals bool) []Point {
	offsets := []Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	if diagonals {
		offsets = append(offsets, Point{-1, 1}, Point{1, 1}, Point{1, -1}, Point{-1, -1})
	}
	var out []Point
	for _, o := range offsets {
		q := Point{p.Row + o.Row, p.Col + o.Col}
		if q.Row >= 0 && q.Row < rows && q.Col >= 0 && q.Col < cols {
			out = append(out, q)
		}
	}
	return out
}

func TestNeighbors(t *testing.T) {
	for _, s := range shapes {
		g := New(s.rows, s.cols, 0)
		// Include points outside the grid: their neighbours may lie inside.
		for r := -1; r <= s.rows; r++ {
			for c := -1; c <= s.cols; c++ {
				p := Pt(r, c)
				if got, want := slices.Collect(g.Neighbors4(p)), plainNeighbors(s.rows, s.cols, p, false); !slices.Equal(got, want) {
					t.Errorf("%dx%d grid: Neighbors4(%v) = %v, want %v", s.rows, s.cols, p, got, want)
				}
				if got, want := slices.Collect(g.Neighbors8(p)), plainNeighbors(s.rows, s.cols, p, true); !slices.Equal(got, want) {
					t.Errorf("%dx%d grid: Neighbors8(%v) = %v, want %v", s.rows, s.cols, p, got, want)
				}
			}
		}
	}
}

func TestNeighborsCounts(t *testing.T) {
	g := New(3, 3, 0)
	tests := []struct {
		name   string
		p      Point
		n4, n8 int
	}{
		{"corner", Pt(0, 0), 2, 3},
		{"edge", Pt(0, 1), 3, 5},
		{"middle", Pt(1, 1), 4, 8},
		{"far_corner", Pt(2, 2), 2, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(slices.Collect(g.Neighbors4(tt.p))); got != tt.n4 {
				t.Errorf("len(Neighbors4(%v)) = %d, want %d", tt.p, got, tt.n4)
			}
			if got := len(slices.Collect(g.Neighbors8(tt.p))); got != tt.n8 {
				t.Errorf("len(Neighbors8(%v)) = %d, want %d", tt.p, got, tt.n8)
			}
		})
	}
	one := New(1, 1, 0)
	if got := slices.Collect(one.Neighbors8(Pt(0, 0))); len(got) != 0 {
		t.Errorf("1x1 grid: Neighbors8((0,0)) = %v, want none", got)
	}
}

// cellAt is one yield of Grid.All, so that All can be checked like an
// iter.Seq.
type cellAt struct {
	p Point
	v int
}

// pairs adapts seq to an iter.Seq, passing yield's result straight back so
// that an iterator that ignores it is still caught.
func pairs(seq iter.Seq2[Point, int]) iter.Seq[cellAt] {
	return func(yield func(cellAt) bool) {
		seq(func(p Point, v int) bool { return yield(cellAt{p, v}) })
	}
}

// checkStops checks that seq yields the same values each time it is called
// and that, for each k, it stops as soon as the k-th yield returns false.
func checkStops[V comparable](t *testing.T, name string, seq iter.Seq[V]) {
	t.Helper()
	full := slices.Collect(seq)
	if again := slices.Collect(seq); !slices.Equal(again, full) {
		t.Errorf("%s: second run yielded %v, want %v", name, again, full)
	}
	if len(full) < 2 {
		t.Errorf("%s yielded %d values, want at least 2 for this test", name, len(full))
	}
	for k := 1; k <= len(full); k++ {
		var got []V
		seq(func(v V) bool {
			got = append(got, v)
			return len(got) < k
		})
		if !slices.Equal(got, full[:k]) {
			t.Errorf("%s with yield returning false at call %d: yielded %v, want %v", name, k, got, full[:k])
		}
		// A range loop that breaks: the runtime panics if seq goes on.
		n := 0
		for range seq {
			n++
			if n == k {
				break
			}
		}
		if n != k {
			t.Errorf("%s: loop breaking after %d values ran %d times", name, k, n)
		}
	}
}

func TestIteratorsStop(t *testing.T) {
	g := seqGrid(3, 4)
	checkStops(t, "All", pairs(g.All()))
	checkStops(t, "Points", g.Points())
	checkStops(t, "Values", g.Values())
	checkStops(t, "Row(1)", g.Row(1))
	for _, p := range []Point{Pt(0, 0), Pt(1, 1), Pt(2, 3)} {
		checkStops(t, "Neighbors4"+p.String(), g.Neighbors4(p))
		checkStops(t, "Neighbors8"+p.String(), g.Neighbors8(p))
	}
}

func TestIteratorPanicPropagates(t *testing.T) {
	g := seqGrid(3, 4)
	type boom struct{}
	loops := map[string]func(){
		"All": func() {
			for range g.All() {
				panic(boom{})
			}
		},
		"Points": func() {
			for range g.Points() {
				panic(boom{})
			}
		},
		"Values": func() {
			for range g.Values() {
				panic(boom{})
			}
		},
		"Row": func() {
			for range g.Row(0) {
				panic(boom{})
			}
		},
		"Neighbors4": func() {
			for range g.Neighbors4(Pt(1, 1)) {
				panic(boom{})
			}
		},
		"Neighbors8": func() {
			for range g.Neighbors8(Pt(1, 1)) {
				panic(boom{})
			}
		},
	}
	for name, loop := range loops {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != (boom{}) {
					t.Errorf("%s loop body panic: recovered %v, want boom{}", name, r)
				}
			}()
			loop()
			t.Errorf("%s loop returned normally, want a panic", name)
		})
	}
}

func TestWith(t *testing.T) {
	g := seqGrid(3, 4)
	before := g.ToRows()
	h := g.With(Pt(1, 2), -1)
	if got := h.At(Pt(1, 2)); got != -1 {
		t.Errorf("g.With((1,2), -1).At((1,2)) = %d, want -1", got)
	}
	if got, want := g.At(Pt(1, 2)), 6; got != want {
		t.Errorf("after With, g.At((1,2)) = %d, want %d", got, want)
	}
	if !Equal(g, mustFromRows(t, before)) {
		t.Errorf("With changed the original grid")
	}
	for p, v := range h.All() {
		if p != Pt(1, 2) && v != g.At(p) {
			t.Errorf("g.With((1,2), -1).At(%v) = %d, want %d", p, v, g.At(p))
		}
	}
	if h.Rows() != 3 || h.Cols() != 4 {
		t.Errorf("g.With is %dx%d, want 3x4", h.Rows(), h.Cols())
	}
	// Two copies made from one grid do not share cells.
	a, b := g.With(Pt(0, 0), 100), g.With(Pt(0, 0), 200)
	if a.At(Pt(0, 0)) != 100 || b.At(Pt(0, 0)) != 200 {
		t.Errorf("With copies share cells: got %d and %d, want 100 and 200", a.At(Pt(0, 0)), b.At(Pt(0, 0)))
	}
	testkit.MustPanic(t, "With((3,0))", "grid: Grid.With: point (3,0) outside the 3x4 grid", func() { g.With(Pt(3, 0), 0) })
}

func mustFromRows[T any](t *testing.T, rows [][]T) Grid[T] {
	t.Helper()
	g, err := FromRows(rows)
	if err != nil {
		t.Fatalf("FromRows(%v) = %v", rows, err)
	}
	return g
}

func TestMapConvert(t *testing.T) {
	g := seqGrid(3, 4)
	var visited []Point
	doubled := g.Map(func(p Point, v int) int {
		visited = append(visited, p)
		return 2 * v
	})
	if want := slices.Collect(g.Points()); !slices.Equal(visited, want) {
		t.Errorf("Map called f at %v, want %v", visited, want)
	}
	for p, v := range g.All() {
		if got := doubled.At(p); got != 2*v {
			t.Errorf("Map(2*v).At(%v) = %d, want %d", p, got, 2*v)
		}
	}
	if got := g.At(Pt(2, 3)); got != 11 {
		t.Errorf("after Map, g.At((2,3)) = %d, want 11", got)
	}

	odd := Convert(g, func(p Point, v int) bool { return v%2 == 1 && p.Row >= 0 })
	if odd.Rows() != 3 || odd.Cols() != 4 {
		t.Errorf("Convert is %dx%d, want 3x4", odd.Rows(), odd.Cols())
	}
	if got, want := odd.String(), ".#.#\n.#.#\n.#.#\n"; got != want {
		t.Errorf("Convert(odd).String() = %q, want %q", got, want)
	}
	if got := odd.CountFunc(func(b bool) bool { return b }); got != 6 {
		t.Errorf("CountFunc(true) = %d, want 6", got)
	}
	if got := g.CountFunc(func(v int) bool { return v > 100 }); got != 0 {
		t.Errorf("CountFunc(v > 100) = %d, want 0", got)
	}
	if got := g.CountFunc(func(int) bool { return true }); got != 12 {
		t.Errorf("CountFunc(always) = %d, want 12", got)
	}
	var zero Grid[int]
	if got := Convert(zero, func(Point, int) string { return "x" }); got.Len() != 0 {
		t.Errorf("Convert(zero Grid) has %d cells, want 0", got.Len())
	}
}

func TestToRows(t *testing.T) {
	g := seqGrid(2, 3)
	rows := g.ToRows()
	want := [][]int{{0, 1, 2}, {3, 4, 5}}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Fatalf("ToRows() = %v, want %v", rows, want)
	}
	rows[0][0] = 99
	rows[1] = append(rows[1], 7)
	if got := g.At(Pt(0, 0)); got != 0 {
		t.Errorf("after changing ToRows' result, g.At((0,0)) = %d, want 0", got)
	}
	if again := g.ToRows(); !slices.EqualFunc(again, want, slices.Equal) {
		t.Errorf("after changing ToRows' result, ToRows() = %v, want %v", again, want)
	}
	// The rows do not share storage: appending to one leaves the next alone.
	rows = g.ToRows()
	rows[0] = append(rows[0], 42, 43, 44)
	if !slices.Equal(rows[1], want[1]) {
		t.Errorf("after appending to row 0, row 1 = %v, want %v", rows[1], want[1])
	}
	if got := g.At(Pt(1, 0)); got != 3 {
		t.Errorf("after appending to row 0, g.At((1,0)) = %d, want 3", got)
	}
}

func TestConcurrentUse(t *testing.T) {
	g := seqGrid(20, 30)
	want := g.ToRows()
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for i := range 8 {
		wg.Add(1)
		go func() { // reader
			defer wg.Done()
			for range 50 {
				sum := 0
				for p, v := range g.All() {
					if v != g.At(p) {
						errs <- "All and At disagree at " + p.String()
						return
					}
					sum += v
				}
				if sum != 599*600/2 {
					errs <- "sum of cells changed"
					return
				}
			}
		}()
		wg.Add(1)
		go func() { // writer building changed copies
			defer wg.Done()
			h := g
			for j := range 50 {
				h = h.With(h.PointAt((i*50+j)%h.Len()), -1)
			}
			if Count(h, -1) == 0 {
				errs <- "With copies lost their changes"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if !Equal(g, mustFromRows(t, want)) {
		t.Errorf("concurrent With changed the shared grid")
	}
}

func BenchmarkAt(b *testing.B) {
	g := seqGrid(130, 130)
	pts := slices.Collect(g.Points())
	b.ReportAllocs()
	sum := 0
	for b.Loop() {
		for _, p := range pts {
			sum += g.At(p)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(pts)), "ns/cell")
	if sum == 0 {
		b.Fatal("sum is 0")
	}
}

func BenchmarkAll(b *testing.B) {
	g := seqGrid(130, 130)
	b.ReportAllocs()
	sum := 0
	for b.Loop() {
		for p, v := range g.All() {
			sum += v + p.Row
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(g.Len()), "ns/cell")
	if sum == 0 {
		b.Fatal("sum is 0")
	}
}

func TestFromRowsTooLarge(t *testing.T) {
	// 2^14 rows of 2^13+1 cells; the rows share one slice, and FromRows
	// refuses them before copying anything.
	row := make([]byte, 1<<13+1)
	rows := make([][]byte, 1<<14)
	for i := range rows {
		rows[i] = row
	}
	_, err := FromRows(rows)
	if want := "grid: FromRows: grid too large: 16384x8193 exceeds 134217728 cells"; err == nil || err.Error() != want || !errors.Is(err, ErrTooLarge) {
		t.Errorf("FromRows(16384x8193) = %v, want %q", err, want)
	}
}

// TestOffset checks Offset on Grid and Mutable against Index: for every
// cell of grids of every shape up to 6x6 and every heading whose step stays
// inside, the index of the step is the index plus the offset; and that an
// invalid heading panics naming the call.
func TestOffset(t *testing.T) {
	for rows := 1; rows <= 6; rows++ {
		for cols := 1; cols <= 6; cols++ {
			g := New(rows, cols, 0)
			m := g.Mutable()
			for p := range g.Points() {
				for d := range Dir(8) {
					q := p.Move(d, 1)
					if !g.In(q) {
						continue
					}
					if got, want := g.Index(p)+g.Offset(d), g.Index(q); got != want {
						t.Fatalf("%dx%d: Index(%v)+Offset(%v) = %d, want Index(%v) = %d", rows, cols, p, d, got, q, want)
					}
					if m.Offset(d) != g.Offset(d) {
						t.Fatalf("%dx%d: Mutable.Offset(%v) = %d, Grid.Offset %d", rows, cols, d, m.Offset(d), g.Offset(d))
					}
				}
			}
		}
	}
	g := New(2, 2, 0)
	testkit.MustPanic(t, "Grid.Offset(8)", "grid: Grid.Offset: invalid heading Dir(8)", func() { g.Offset(8) })
	testkit.MustPanic(t, "Mutable.Offset(9)", "grid: Mutable.Offset: invalid heading Dir(9)", func() { g.Mutable().Offset(9) })
}

// TestFillAll checks the doubling fill behind New and NewMutable on every
// length from 0 to 300: every element set, none past the end touched.
func TestFillAll(t *testing.T) {
	for n := range 301 {
		buf := make([]int, n+1)
		buf[n] = -1 // past the end
		fillAll(buf[:n], 7)
		for i, v := range buf[:n] {
			if v != 7 {
				t.Fatalf("fillAll on %d: element %d is %d, want 7", n, i, v)
			}
		}
		if buf[n] != -1 {
			t.Fatalf("fillAll on %d wrote past the end", n)
		}
	}
	if g := New(3, 70, 'x'); Count(g, 'x') != 210 {
		t.Errorf("New(3, 70, 'x') holds %d 'x', want 210", Count(g, 'x'))
	}
}
