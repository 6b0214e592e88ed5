package grid

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestMutableVsPlain applies random Sets, Swaps, SwapIndexes and writes
// through RowCells to a Mutable and to a plain slice of rows, and checks
// after each that every read agrees (RowCells among them), and that Grid
// and Freeze give the same cells.
func TestMutableVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		g := randGrid(rng, 9, ".#O")
		m := g.Mutable()
		plain := g.ToRows()
		for range 50 {
			p := Pt(rng.IntN(g.Rows()), rng.IntN(g.Cols()))
			q := Pt(rng.IntN(g.Rows()), rng.IntN(g.Cols()))
			switch rng.IntN(4) {
			case 3: // a run of a row written in place
				v := ".#O"[rng.IntN(3)]
				lo := rng.IntN(g.Cols() + 1)
				hi := lo + rng.IntN(g.Cols()-lo+1)
				for c := range m.RowCells(p.Row)[lo:hi] {
					m.RowCells(p.Row)[lo+c] = v
					plain[p.Row][lo+c] = v
				}
			case 0:
				v := ".#O"[rng.IntN(3)]
				m.Set(p, v)
				plain[p.Row][p.Col] = v
			case 1:
				m.Swap(p, q)
				plain[p.Row][p.Col], plain[q.Row][q.Col] = plain[q.Row][q.Col], plain[p.Row][p.Col]
			default:
				m.SwapIndex(g.Index(p), g.Index(q))
				plain[p.Row][p.Col], plain[q.Row][q.Col] = plain[q.Row][q.Col], plain[p.Row][p.Col]
			}
			for r := range g.Rows() {
				if row := m.RowCells(r); !slices.Equal(row, plain[r]) || cap(row) != g.Cols() {
					t.Fatalf("Mutable.RowCells(%d) = %q (cap %d), want %q", r, row, cap(row), plain[r])
				}
			}
			for r := -1; r <= g.Rows(); r++ {
				for c := -1; c <= g.Cols(); c++ {
					p := Pt(r, c)
					in := r >= 0 && r < g.Rows() && c >= 0 && c < g.Cols()
					v, ok := m.Get(p)
					if ok != in || m.In(p) != in || in && (v != plain[r][c] || m.At(p) != v || m.Index(p) != g.Index(p) || m.PointAt(m.Index(p)) != p) {
						t.Fatalf("Mutable at %v: Get = %q, %v; In = %v; want %q, %v", p, v, ok, m.In(p), plain[r][c%max(1, g.Cols())], in)
					}
				}
			}
		}
		want, err := FromRows(plain)
		if err != nil {
			t.Fatal(err)
		}
		var all []byte
		for p, v := range m.All() {
			if v != want.At(p) {
				t.Fatalf("Mutable.All yields %q at %v, want %q", v, p, want.At(p))
			}
			all = append(all, v)
		}
		if len(all) != want.Len() {
			t.Fatalf("Mutable.All yields %d cells, want %d", len(all), want.Len())
		}
		snap := m.Grid()
		m.Set(Pt(0, 0), 'x') // the snapshot must not see this
		m.Set(Pt(0, 0), want.At(Pt(0, 0)))
		if !Equal(snap, want) || g.Len() != want.Len() {
			t.Fatalf("Mutable.Grid() = %q, want %q", snap, want)
		}
		frozen := m.Freeze()
		if !Equal(frozen, want) {
			t.Fatalf("Mutable.Freeze() = %q, want %q", frozen, want)
		}
		if m.Len() != 0 || m.Rows() != 0 || m.Cols() != 0 || m.In(Pt(0, 0)) {
			t.Fatalf("after Freeze the Mutable is %dx%d with %d cells, want empty", m.Rows(), m.Cols(), m.Len())
		}
	}
}

func TestMutableIndependentOfGrid(t *testing.T) {
	g := seqGrid(3, 4)
	m := g.Mutable()
	m.Set(Pt(1, 1), -1)
	if g.At(Pt(1, 1)) != 5 {
		t.Errorf("Grid.Mutable shares cells: g.At(1,1) = %d after m.Set, want 5", g.At(Pt(1, 1)))
	}
	n := NewMutable(2, 3, 'x')
	if n.Rows() != 2 || n.Cols() != 3 || n.At(Pt(1, 2)) != 'x' {
		t.Errorf("NewMutable(2, 3, 'x') = %dx%d with %q at (1,2)", n.Rows(), n.Cols(), n.At(Pt(1, 2)))
	}
}

func TestMutablePanics(t *testing.T) {
	m := NewMutable(2, 3, 0)
	testkit.MustPanic(t, "Mutable.At", "grid: Mutable.At: point (2,0) outside the 2x3 grid", func() { m.At(Pt(2, 0)) })
	testkit.MustPanic(t, "Mutable.Set", "grid: Mutable.Set: point (0,-1) outside the 2x3 grid", func() { m.Set(Pt(0, -1), 1) })
	testkit.MustPanic(t, "Mutable.Swap", "grid: Mutable.Swap: point (0,3) outside the 2x3 grid", func() { m.Swap(Pt(0, 0), Pt(0, 3)) })
	testkit.MustPanic(t, "Mutable.Swap first", "grid: Mutable.Swap: point (9,9) outside the 2x3 grid", func() { m.Swap(Pt(9, 9), Pt(0, 0)) })
	testkit.MustPanic(t, "Mutable.SwapIndex", "grid: Mutable.SwapIndex: index 6 outside the 2x3 grid", func() { m.SwapIndex(0, 6) })
	testkit.MustPanic(t, "Mutable.SwapIndex first", "grid: Mutable.SwapIndex: index -1 outside the 2x3 grid", func() { m.SwapIndex(-1, 2) })
	testkit.MustPanic(t, "Mutable.Index", "grid: Mutable.Index: point (5,5) outside the 2x3 grid", func() { m.Index(Pt(5, 5)) })
	testkit.MustPanic(t, "Mutable.PointAt", "grid: Mutable.PointAt: index 6 outside the 2x3 grid", func() { m.PointAt(6) })
	testkit.MustPanic(t, "Mutable.RowCells", "grid: Mutable.RowCells: row 2 outside the 2x3 grid", func() { m.RowCells(2) })
	testkit.MustPanic(t, "Mutable.RowCells below", "grid: Mutable.RowCells: row -1 outside the 2x3 grid", func() { m.RowCells(-1) })
	testkit.MustPanic(t, "NewMutable", "grid: NewMutable: negative size -1x3", func() { NewMutable(-1, 3, 0) })
	m.Freeze()
	testkit.MustPanic(t, "frozen Mutable.Set", "grid: Mutable.Set: point (0,0) outside the 0x0 grid", func() { m.Set(Pt(0, 0), 1) })
}

func TestMutableAllocs(t *testing.T) {
	m := NewMutable(10, 10, byte('.'))
	p, q := Pt(3, 4), Pt(5, 6)
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		m.Set(p, '#')
		m.Swap(p, q)
		if m.At(q) == '#' {
			n++
		}
		for r := range m.Neighbors8(p) {
			n += r.Row
		}
		for r := range m.Neighbors4(q) {
			n += r.Col
		}
		for _, v := range m.RowCells(p.Row)[2:5] {
			n += int(v)
		}
	})
	if allocs != 0 {
		t.Errorf("Mutable Set, Swap, At and neighbours allocate %v times a run, want 0", allocs)
	}
}

func TestFromFunc(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 100 {
		rows, cols := 1+rng.IntN(9), 1+rng.IntN(9)
		var calls []Point
		g := FromFunc(rows, cols, func(p Point) int { calls = append(calls, p); return p.Row*cols + p.Col })
		if !Equal(g, seqGrid(rows, cols)) {
			t.Fatalf("FromFunc(%d, %d, index) = %v, want %v", rows, cols, g, seqGrid(rows, cols))
		}
		if !slices.Equal(calls, slices.Collect(g.Points())) {
			t.Fatalf("FromFunc(%d, %d) called f at %v, want each point row by row", rows, cols, calls)
		}
	}
	testkit.MustPanic(t, "FromFunc", "grid: FromFunc: degenerate size 0x2", func() { FromFunc(0, 2, func(Point) int { return 0 }) })
}

// TestFromPointsVsPlain builds grids from random point lists and checks
// them against rows marked by hand; a point outside is an error naming it.
func TestFromPointsVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range 200 {
		rows, cols := 1+rng.IntN(9), 1+rng.IntN(9)
		var pts []Point
		plain := make([][]byte, rows)
		for r := range plain {
			plain[r] = slices.Repeat([]byte{'.'}, cols)
		}
		for range rng.IntN(20) {
			p := Pt(rng.IntN(rows), rng.IntN(cols))
			pts = append(pts, p)
			plain[p.Row][p.Col] = '#'
		}
		g, err := FromPoints(rows, cols, byte('.'), '#', slices.Values(pts))
		want, _ := FromRows(plain)
		if err != nil || !Equal(g, want) {
			t.Fatalf("FromPoints(%d, %d, %v) = %q, %v; want %q", rows, cols, pts, g, err, want)
		}
		bad := append(slices.Clone(pts), Pt(rows, 0))
		if _, err := FromPoints(rows, cols, byte('.'), '#', slices.Values(bad)); err == nil ||
			err.Error() != "grid: FromPoints: point "+strconv.Itoa(len(pts))+" of the sequence, ("+strconv.Itoa(rows)+",0), lies outside the "+strconv.Itoa(rows)+"x"+strconv.Itoa(cols)+" grid" {
			t.Fatalf("FromPoints with (%d,0) outside = %v, want an error naming point %d", rows, err, len(pts))
		}
	}
}

// tiltLib rolls every 'O' of m north until it meets '#', another 'O' or
// the top edge, using the Mutable's methods.
func tiltLib(m *Mutable[byte]) {
	for c := range m.Cols() {
		free := 0
		for r := range m.Rows() {
			switch m.At(Pt(r, c)) {
			case '#':
				free = r + 1
			case 'O':
				m.Swap(Pt(free, c), Pt(r, c))
				free++
			}
		}
	}
}

// tiltHand is tiltLib as a strong solver writes it, on a flat slice.
func tiltHand(cells []byte, rows, cols int) {
	for c := range cols {
		free := 0
		for r := range rows {
			i := r*cols + c
			switch cells[i] {
			case '#':
				free = r + 1
			case 'O':
				j := free*cols + c
				cells[i], cells[j] = cells[j], cells[i]
				free++
			}
		}
	}
}

func TestTiltLibVsHand(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 200 {
		g := randGrid(rng, 12, "..#O")
		m := g.Mutable()
		tiltLib(m)
		cells := slices.Collect(g.Values())
		tiltHand(cells, g.Rows(), g.Cols())
		if frozen := m.Freeze(); !slices.Equal(slices.Collect(frozen.Values()), cells) {
			t.Fatalf("tilting %q: Mutable and flat slice disagree", g)
		}
	}
}

// benchTilt is the generated 100x100 platform of BenchmarkVsHand/tilt.
func benchTilt() Grid[byte] {
	rng := rand.New(rand.NewPCG(1, 2))
	return FromFunc(100, 100, func(Point) byte { return "...#OO"[rng.IntN(6)] })
}

// BenchmarkVsHand compares the Mutable grid and the Torus and Tiled views
// with what a strong solver writes by hand on a flat slice, doing the same
// work on the same generated input.
func BenchmarkVsHand(b *testing.B) {
	g := benchTilt()
	flat := slices.Collect(g.Values())
	b.Run("tilt/lib", func(b *testing.B) {
		m := g.Mutable()
		b.ReportAllocs()
		for b.Loop() {
			tiltLib(m)
			m.Swap(Pt(0, 0), Pt(99, 99)) // disturb it so the next tilt has work
		}
	})
	b.Run("tilt/hand", func(b *testing.B) {
		cells := slices.Clone(flat)
		b.ReportAllocs()
		for b.Loop() {
			tiltHand(cells, 100, 100)
			cells[0], cells[len(cells)-1] = cells[len(cells)-1], cells[0]
		}
	})
	benchViews(b)
	testkit.VsHand(b, append([]testkit.Pair{regionsCase(), infectCase(), herdTorusCase(), intsCase()}, tilesCases()...))
}

// TestTorusStep checks TorusStep against Torus.Wrap on every cell and
// heading of grids of every small size, and its panics.
func TestTorusStep(t *testing.T) {
	for rows := 1; rows <= 4; rows++ {
		for cols := 1; cols <= 5; cols++ {
			g := New(rows, cols, 0)
			m, tor := g.Mutable(), g.Torus()
			for p := range g.Points() {
				for _, d := range Dirs() {
					if got, want := m.TorusStep(g.Index(p), d), g.Index(tor.Wrap(p.Move(d, 1))); got != want {
						t.Fatalf("%dx%d: TorusStep(%v, %v) = %d, want %d", rows, cols, p, d, got, want)
					}
				}
			}
		}
	}
	m := NewMutable(2, 3, 0)
	testkit.MustPanic(t, "index", "grid: Mutable.TorusStep: index 6 outside", func() { m.TorusStep(6, Up) })
	testkit.MustPanic(t, "heading", "grid: Mutable.TorusStep: invalid heading Dir(8)", func() { m.TorusStep(0, Dir(8)) })
	testkit.MustPanic(t, "both", "grid: Mutable.TorusStep: invalid heading Dir(9)", func() { m.TorusStep(-1, Dir(9)) })
	testkit.MustPanic(t, "index below", "grid: Mutable.TorusStep: index -1 outside the grid", func() { m.TorusStep(-1, Left) })
}
