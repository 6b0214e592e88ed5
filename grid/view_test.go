package grid

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// plainMod is x modulo n in [0, n), written the long way.
func plainMod(x, n int) int {
	for x < 0 {
		x += n
	}
	for x >= n {
		x -= n
	}
	return x
}

// viewOffsets are the one-step offsets in heading order.
var viewOffsets = []Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 1}, {1, 1}, {1, -1}, {-1, -1}}

// TestTorusVsPlain checks every method of Torus on random grids at points
// up to three grids away, against modulo arithmetic written out.
func TestTorusVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	for range 300 {
		g := randGrid(rng, 7, ".#")
		tor := g.Torus()
		rows, cols := g.Rows(), g.Cols()
		for range 30 {
			p := Pt(rng.IntN(7*rows)-3*rows, rng.IntN(7*cols)-3*cols)
			w := Pt(plainMod(p.Row, rows), plainMod(p.Col, cols))
			if tor.Wrap(p) != w || tor.At(p) != g.At(w) {
				t.Fatalf("%dx%d torus at %v: Wrap = %v, At = %q; want %v, %q", rows, cols, p, tor.Wrap(p), tor.At(p), w, g.At(w))
			}
			var want4, want8, open []Point
			for i, d := range viewOffsets {
				q := Pt(plainMod(w.Row+d.Row, rows), plainMod(w.Col+d.Col, cols))
				if i < 4 {
					want4 = append(want4, q)
					if g.At(q) == '.' {
						open = append(open, q)
					}
				}
				want8 = append(want8, q)
			}
			isOpen := func(_ Point, v byte) bool { return v == '.' }
			if got := slices.Collect(tor.Neighbors4(p)); !slices.Equal(got, want4) {
				t.Fatalf("%dx%d torus: Neighbors4(%v) = %v, want %v", rows, cols, p, got, want4)
			}
			if got := slices.Collect(tor.Neighbors8(p)); !slices.Equal(got, want8) {
				t.Fatalf("%dx%d torus: Neighbors8(%v) = %v, want %v", rows, cols, p, got, want8)
			}
			if got := slices.Collect(tor.Neighbors4Func(p, isOpen)); !slices.Equal(got, open) {
				t.Fatalf("%dx%d torus: Neighbors4Func(%v, open) = %v, want %v", rows, cols, p, got, open)
			}
		}
		if !Equal(tor.Grid(), g) {
			t.Fatal("Torus.Grid() is not the grid")
		}
	}
}

// TestTiledVsPlain checks every method of Tiled on random grids at points
// far from the grid, against floor division written out.
func TestTiledVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	for range 300 {
		g := randGrid(rng, 7, ".#")
		tl := g.Tiled()
		rows, cols := g.Rows(), g.Cols()
		for range 30 {
			p := Pt(rng.IntN(41*rows)-20*rows, rng.IntN(41*cols)-20*cols)
			w := Pt(plainMod(p.Row, rows), plainMod(p.Col, cols))
			tile := Pt((p.Row-w.Row)/rows, (p.Col-w.Col)/cols)
			if tl.Wrap(p) != w || tl.At(p) != g.At(w) || tl.Tile(p) != tile {
				t.Fatalf("%dx%d tiling at %v: Wrap = %v, Tile = %v, At = %q; want %v, %v, %q", rows, cols, p, tl.Wrap(p), tl.Tile(p), tl.At(p), w, tile, g.At(w))
			}
			if tl.Tile(p).Scale(Pt(rows, cols)).Add(tl.Wrap(p)) != p {
				t.Fatalf("%dx%d tiling: Tile(%v)*size + Wrap(%v) != p", rows, cols, p, p)
			}
			var want4, want8, open []Point
			for i, d := range viewOffsets {
				q := p.Add(d)
				if i < 4 {
					want4 = append(want4, q)
					if g.At(Pt(plainMod(q.Row, rows), plainMod(q.Col, cols))) == '.' {
						open = append(open, q)
					}
				}
				want8 = append(want8, q)
			}
			isOpen := func(_ Point, v byte) bool { return v == '.' }
			if got := slices.Collect(tl.Neighbors4(p)); !slices.Equal(got, want4) {
				t.Fatalf("Tiled.Neighbors4(%v) = %v, want %v", p, got, want4)
			}
			if got := slices.Collect(tl.Neighbors8(p)); !slices.Equal(got, want8) {
				t.Fatalf("Tiled.Neighbors8(%v) = %v, want %v", p, got, want8)
			}
			if got := slices.Collect(tl.Neighbors4Func(p, isOpen)); !slices.Equal(got, open) {
				t.Fatalf("Tiled.Neighbors4Func(%v, open) = %v, want %v", p, got, open)
			}
		}
		if !Equal(tl.Grid(), g) {
			t.Fatal("Tiled.Grid() is not the grid")
		}
	}
}

func TestViewsPanicOnEmptyGrid(t *testing.T) {
	var g Grid[byte]
	testkit.MustPanic(t, "Grid.Torus", "grid: Grid.Torus: empty grid", func() { g.Torus() })
	testkit.MustPanic(t, "Grid.Tiled", "grid: Grid.Tiled: empty grid", func() { g.Tiled() })
}

// TestViewAllocs checks that the views' reads and neighbour iterators
// allocate nothing when ranged over directly.
func TestViewAllocs(t *testing.T) {
	g := New(5, 7, byte('.'))
	tor, tl := g.Torus(), g.Tiled()
	open := func(_ Point, v byte) bool { return v == '.' }
	p := Pt(-13, 40)
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		for q := range tor.Neighbors4(p) {
			n += q.Row
		}
		for q := range tor.Neighbors8(p) {
			n += q.Col
		}
		for q := range tor.Neighbors4Func(p, open) {
			n += q.Row
		}
		for q := range tl.Neighbors4(p) {
			n += q.Row
		}
		for q := range tl.Neighbors8(p) {
			n += q.Col
		}
		for q := range tl.Neighbors4Func(p, open) {
			n += q.Row
		}
		n += int(tor.At(p)) + int(tl.At(p)) + tor.Wrap(p).Row + tl.Tile(p).Col
	})
	if allocs != 0 {
		t.Errorf("Torus and Tiled reads and neighbours allocate %v times a run, want 0", allocs)
	}
}

// torusBFSLib counts the open cells of a torus reachable from start, with
// the view's filtered neighbours.
func torusBFSLib(g Grid[byte], start Point, dist []int32, queue []Point) int {
	tor := g.Torus()
	for i := range dist {
		dist[i] = -1
	}
	dist[g.Index(start)] = 0
	queue = append(queue[:0], start)
	open := func(_ Point, v byte) bool { return v != '#' }
	for i := 0; i < len(queue); i++ {
		p := queue[i]
		d := dist[g.Index(p)] + 1
		for q := range tor.Neighbors4Func(p, open) {
			if j := g.Index(q); dist[j] < 0 {
				dist[j] = d
				queue = append(queue, q)
			}
		}
	}
	return len(queue)
}

// torusBFSHand is torusBFSLib on a flat slice with the wrapping written
// out.
func torusBFSHand(cells []byte, rows, cols int, start int, dist []int32, queue []int) int {
	for i := range dist {
		dist[i] = -1
	}
	dist[start] = 0
	queue = append(queue[:0], start)
	for i := 0; i < len(queue); i++ {
		p := queue[i]
		d := dist[p] + 1
		r, c := p/cols, p%cols
		up, down, left, right := r-1, r+1, c-1, c+1
		if up < 0 {
			up = rows - 1
		}
		if down == rows {
			down = 0
		}
		if left < 0 {
			left = cols - 1
		}
		if right == cols {
			right = 0
		}
		for _, j := range [4]int{up*cols + c, r*cols + right, down*cols + c, r*cols + left} {
			if cells[j] != '#' && dist[j] < 0 {
				dist[j] = d
				queue = append(queue, j)
			}
		}
	}
	return len(queue)
}

// tiledReachLib counts the garden plots of the tiled plane that k steps
// from start can end on (those at an even distance, for even k), with
// the view's filtered neighbours and a dense table around start.
func tiledReachLib(g Grid[byte], start Point, k int, dist []int32, queue []Point) int {
	tl := g.Tiled()
	side := 2*k + 1
	for i := range dist {
		dist[i] = -1
	}
	at := func(p Point) int { return (p.Row-start.Row+k)*side + p.Col - start.Col + k }
	dist[at(start)] = 0
	queue = append(queue[:0], start)
	open := func(_ Point, v byte) bool { return v != '#' }
	n := 0
	for i := 0; i < len(queue); i++ {
		p := queue[i]
		d := dist[at(p)]
		if int(d)%2 == k%2 {
			n++
		}
		if int(d) == k {
			continue
		}
		for q := range tl.Neighbors4Func(p, open) {
			if j := at(q); dist[j] < 0 {
				dist[j] = d + 1
				queue = append(queue, q)
			}
		}
	}
	return n
}

// tiledReachHand is tiledReachLib with the tiling written out as a strong
// solver would: a point is wrapped once when it leaves the queue, and its
// neighbours' cells are found by a step that wraps by a comparison.
func tiledReachHand(cells []byte, rows, cols int, sr, sc, k int, dist []int32, queue [][2]int) int {
	side := 2*k + 1
	for i := range dist {
		dist[i] = -1
	}
	dist[k*side+k] = 0
	queue = append(queue[:0], [2]int{sr, sc})
	n := 0
	visit := func(r, c, cell int, d int32) {
		if cells[cell] == '#' {
			return
		}
		if j := (r-sr+k)*side + c - sc + k; dist[j] < 0 {
			dist[j] = d
			queue = append(queue, [2]int{r, c})
		}
	}
	for i := 0; i < len(queue); i++ {
		r, c := queue[i][0], queue[i][1]
		d := dist[(r-sr+k)*side+c-sc+k]
		if int(d)%2 == k%2 {
			n++
		}
		if int(d) == k {
			continue
		}
		wr, wc := r%rows, c%cols
		if wr < 0 {
			wr += rows
		}
		if wc < 0 {
			wc += cols
		}
		up, down, left, right := wr-1, wr+1, wc-1, wc+1
		if up < 0 {
			up = rows - 1
		}
		if down == rows {
			down = 0
		}
		if left < 0 {
			left = cols - 1
		}
		if right == cols {
			right = 0
		}
		visit(r-1, c, up*cols+wc, d+1)
		visit(r, c+1, wr*cols+right, d+1)
		visit(r+1, c, down*cols+wc, d+1)
		visit(r, c-1, wr*cols+left, d+1)
	}
	return n
}

// benchGarden is a generated 131x131 garden, a tenth of it rocks, with an
// open centre.
func benchGarden() Grid[byte] {
	rng := rand.New(rand.NewPCG(3, 4))
	return FromFunc(131, 131, func(p Point) byte {
		if p == Pt(65, 65) || rng.IntN(10) > 0 {
			return '.'
		}
		return '#'
	})
}

func TestViewSearchesLibVsHand(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 26))
	for range 100 {
		g := randGrid(rng, 10, "...#")
		start := Pt(rng.IntN(g.Rows()), rng.IntN(g.Cols()))
		g = g.With(start, '.')
		cells := slices.Collect(g.Values())
		lib := torusBFSLib(g, start, make([]int32, g.Len()), nil)
		hand := torusBFSHand(cells, g.Rows(), g.Cols(), g.Index(start), make([]int32, g.Len()), nil)
		if lib != hand {
			t.Fatalf("torus search on %q from %v: lib %d cells, hand %d", g, start, lib, hand)
		}
		k := rng.IntN(30)
		side := 2*k + 1
		lib = tiledReachLib(g, start, k, make([]int32, side*side), nil)
		hand = tiledReachHand(cells, g.Rows(), g.Cols(), start.Row, start.Col, k, make([]int32, side*side), nil)
		if lib != hand {
			t.Fatalf("tiled reach %d on %q from %v: lib %d, hand %d", k, g, start, lib, hand)
		}
	}
}

// benchViews adds the Torus and Tiled pairs to BenchmarkVsHand.
func benchViews(b *testing.B) {
	g := benchGarden()
	cells := slices.Collect(g.Values())
	start := Pt(65, 65)
	b.Run("torus_bfs/lib", func(b *testing.B) {
		dist, queue := make([]int32, g.Len()), make([]Point, 0, g.Len())
		b.ReportAllocs()
		for b.Loop() {
			torusBFSLib(g, start, dist, queue)
		}
	})
	b.Run("torus_bfs/hand", func(b *testing.B) {
		dist, queue := make([]int32, g.Len()), make([]int, 0, g.Len())
		b.ReportAllocs()
		for b.Loop() {
			torusBFSHand(cells, 131, 131, g.Index(start), dist, queue)
		}
	})
	const k = 200
	side := 2*k + 1
	b.Run("tiled_reach/lib", func(b *testing.B) {
		dist, queue := make([]int32, side*side), make([]Point, 0, side*side)
		b.ReportAllocs()
		for b.Loop() {
			tiledReachLib(g, start, k, dist, queue)
		}
	})
	b.Run("tiled_reach/hand", func(b *testing.B) {
		dist, queue := make([]int32, side*side), make([][2]int, 0, side*side)
		b.ReportAllocs()
		for b.Loop() {
			tiledReachHand(cells, 131, 131, 65, 65, k, dist, queue)
		}
	})
}

// TestZeroViews checks that the zero Torus and Tiled, which have no grid,
// panic naming the type and how to make one, not with a nil dereference.
func TestZeroViews(t *testing.T) {
	var tor Torus[byte]
	var tl Tiled[byte]
	for _, tt := range []struct {
		name, want string
		f          func()
	}{
		{"torus_at", "grid: Torus: the zero Torus has no grid: make one with Grid.Torus", func() { tor.At(Pt(0, 0)) }},
		{"torus_wrap", "grid: Torus: the zero Torus", func() { tor.Wrap(Pt(0, 0)) }},
		{"torus_neighbors", "grid: Torus: the zero Torus", func() { tor.Neighbors4(Pt(0, 0)) }},
		{"torus_grid", "grid: Torus: the zero Torus", func() { tor.Grid() }},
		{"tiled_at", "grid: Tiled: the zero Tiled has no grid: make one with Grid.Tiled", func() { tl.At(Pt(0, 0)) }},
		{"tiled_tile", "grid: Tiled: the zero Tiled", func() { tl.Tile(Pt(0, 0)) }},
		{"tiled_neighbors_func", "grid: Tiled: the zero Tiled", func() { tl.Neighbors4Func(Pt(0, 0), nil) }},
	} {
		testkit.MustPanic(t, tt.name, tt.want, tt.f)
	}
}

// TestWrapAgainstModulo checks wrap, which skips the division for a point
// inside the grid, against a plain modulo, on values near every edge, far
// away, and at the ends of int.
func TestWrapAgainstModulo(t *testing.T) {
	rng := rand.New(rand.NewPCG(151, 152))
	for range 100_000 {
		n := 1 + rng.IntN(50)
		x := rng.IntN(6*n) - 3*n
		switch rng.IntN(4) {
		case 0:
			x = int(rng.Int64())
		case 1:
			x = []int{math.MinInt, math.MinInt + 1, math.MaxInt, math.MaxInt - 1, n, -n, 2 * n, 2*n - 1, -n - 1}[rng.IntN(9)]
		}
		if got, want := wrap(x, n), ((x%n)+n)%n; got != want {
			t.Fatalf("wrap(%d, %d) = %d, want %d", x, n, got, want)
		}
	}
}
