package grid

import (
	"iter"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Views of a grid beyond its edges: a Torus, whose edges wrap around, and
// a Tiled plane, covered by copies of the grid in every direction. Both
// are small values (a Grid) that share the grid's cells; both are as safe
// for concurrent use as the Grid. Their methods are O(1), and their
// neighbour iterators allocate nothing when ranged over directly, so a
// search can take them as successor functions: t.Neighbors4 is a
// func(Point) iter.Seq[Point].

// A Torus is a view of a grid whose edges wrap around: stepping off one
// side enters on the opposite side, as robots that teleport across a map
// do. Every point names a cell; [Torus.Wrap] gives the point of g that it
// names, so that states over a torus stay finite.
type Torus[T any] struct {
	// A pointer to a copy of the grid, not the grid: an iterator that a
	// loop calls for every cell then captures one word, and the loop keeps
	// fewer values live (torus_bfs was 1.6x the hand time with the grid
	// itself; docs/performance.md).
	g *Grid[T]
}

// Torus returns g as a torus. It costs one small allocation, and panics if
// g has no cells.
func (g Grid[T]) Torus() Torus[T] { return Torus[T]{nonEmpty("Grid.Torus", g)} }

// nonEmpty returns g, panicking for call if g has no cells.
func nonEmpty[T any](call string, g Grid[T]) *Grid[T] {
	if len(g.cells) == 0 {
		misusef(call, "empty grid")
	}
	return &g
}

// Grid returns the grid under t.
func (t Torus[T]) Grid() Grid[T] { return *t.grid() }

// grid returns the grid under t, panicking for the zero Torus.
func (t Torus[T]) grid() *Grid[T] {
	if t.g == nil {
		panic(zeroTorus)
	}
	return t.g
}

// The panic values of the views' zero values, which have no grid.
var (
	zeroTorus = misuse.Error{Call: "grid: Torus", Msg: "the zero Torus has no grid: make one with Grid.Torus"}
	zeroTiled = misuse.Error{Call: "grid: Tiled", Msg: "the zero Tiled has no grid: make one with Grid.Tiled"}
)

// Wrap returns the point of the grid that p stands for: p with Row taken
// modulo Rows and Col modulo Cols, both in range.
func (t Torus[T]) Wrap(p Point) Point {
	g := t.grid()
	return wrapPoint(p, int(g.rows), int(g.cols))
}

// At returns the cell that p stands for, for any p: the grid's cell at
// Wrap(p).
func (t Torus[T]) At(p Point) T {
	g := t.grid()
	return g.cells[wrapIndex(p, int(g.rows), int(g.cols))]
}

// wrapPoint returns p wrapped into a rows by cols grid.
func wrapPoint(p Point, rows, cols int) Point { return Point{wrap(p.Row, rows), wrap(p.Col, cols)} }

// wrapIndex returns the dense index of p wrapped into a rows by cols grid.
func wrapIndex(p Point, rows, cols int) int { return wrap(p.Row, rows)*cols + wrap(p.Col, cols) }

// Neighbors4 returns an iterator over the four points next to p in the
// cardinal headings, wrapped into the grid, in heading order. On a grid
// less than three cells across a point may come twice, or be p itself.
func (t Torus[T]) Neighbors4(p Point) iter.Seq[Point] { return t.neighbors(p, 4) }

// Neighbors8 is [Torus.Neighbors4] over all eight headings.
func (t Torus[T]) Neighbors8(p Point) iter.Seq[Point] { return t.neighbors(p, 8) }

func (t Torus[T]) neighbors(p Point, n int) iter.Seq[Point] {
	g := t.grid()
	return func(yield func(Point) bool) {
		rows, cols := int(g.rows), int(g.cols)
		p := wrapPoint(p, rows, cols)
		for _, d := range dirDelta[:n] {
			if !yield(Point{step(p.Row, d.Row, rows), step(p.Col, d.Col, cols)}) {
				return
			}
		}
	}
}

// Neighbors4Func returns an iterator over the points q of
// [Torus.Neighbors4] for which f(q, t.At(q)) is true.
func (t Torus[T]) Neighbors4Func(p Point, f func(q Point, v T) bool) iter.Seq[Point] {
	g := t.grid()
	return func(yield func(Point) bool) {
		rows, cols, cells := int(g.rows), int(g.cols), g.cells
		p := wrapPoint(p, rows, cols)
		r, c := p.Row, p.Col
		up, right, down, left := r-1, c+1, r+1, c-1
		if up < 0 {
			up = rows - 1
		}
		if right == cols {
			right = 0
		}
		if down == rows {
			down = 0
		}
		if left < 0 {
			left = cols - 1
		}
		// Unrolled, with each row's base index computed once: a loop over
		// an array of the four points cost a fifth more (torus_bfs).
		at := r * cols
		if q := (Point{up, c}); f(q, cells[up*cols+c]) && !yield(q) {
			return
		}
		if q := (Point{r, right}); f(q, cells[at+right]) && !yield(q) {
			return
		}
		if q := (Point{down, c}); f(q, cells[down*cols+c]) && !yield(q) {
			return
		}
		if q := (Point{r, left}); f(q, cells[at+left]) {
			yield(q)
		}
	}
}

// A Tiled is the plane covered by copies of a grid in every direction, as
// a garden repeats without end. Every point of the plane is distinct:
// neighbours are not wrapped, and [Tiled.Tile] tells which copy a point
// lies in, while [Tiled.At] reads the cell it shows.
type Tiled[T any] struct{ g *Grid[T] } // a pointer, as in Torus

// Tiled returns the plane tiled with g. It costs one small allocation, and
// panics if g has no cells.
func (g Grid[T]) Tiled() Tiled[T] { return Tiled[T]{nonEmpty("Grid.Tiled", g)} }

// Grid returns the grid that tiles t.
func (t Tiled[T]) Grid() Grid[T] { return *t.grid() }

// grid returns the grid under t, panicking for the zero Tiled.
func (t Tiled[T]) grid() *Grid[T] {
	if t.g == nil {
		panic(zeroTiled)
	}
	return t.g
}

// Wrap returns the point of the grid that p shows: p with Row taken
// modulo Rows and Col modulo Cols, both in range.
func (t Tiled[T]) Wrap(p Point) Point {
	g := t.grid()
	return wrapPoint(p, int(g.rows), int(g.cols))
}

// At returns the cell that p shows, for any p: the grid's cell at Wrap(p).
func (t Tiled[T]) At(p Point) T {
	g := t.grid()
	return g.cells[wrapIndex(p, int(g.rows), int(g.cols))]
}

// Tile returns which copy of the grid p lies in: (0,0) for the grid
// itself, (0,1) for the copy to its right, (-1,0) for the one above. For
// every p, p == t.Tile(p).Scale(Pt(Rows, Cols)).Add(t.Wrap(p)).
func (t Tiled[T]) Tile(p Point) Point {
	g := t.grid()
	return Point{floorDiv(p.Row, int(g.rows)), floorDiv(p.Col, int(g.cols))}
}

// Neighbors4 returns an iterator over the four points next to p in the
// cardinal headings, in heading order. All four are always there.
func (t Tiled[T]) Neighbors4(p Point) iter.Seq[Point] { return plane(p, 4) }

// Neighbors8 returns an iterator over the eight points next to p.
func (t Tiled[T]) Neighbors8(p Point) iter.Seq[Point] { return plane(p, 8) }

// Neighbors4Func returns an iterator over the points q of
// [Tiled.Neighbors4] for which f(q, t.At(q)) is true.
func (t Tiled[T]) Neighbors4Func(p Point, f func(q Point, v T) bool) iter.Seq[Point] {
	g := t.grid()
	rows, cols, cells := int(g.rows), int(g.cols), g.cells
	return func(yield func(Point) bool) {
		// p is wrapped once and its neighbours' cells found by a step, as
		// in Torus.Neighbors4Func, not by four divisions.
		r, c := wrap(p.Row, rows), wrap(p.Col, cols)
		up, right, down, left := step(r, -1, rows), step(c, 1, cols), step(r, 1, rows), step(c, -1, cols)
		at := r * cols
		if q := (Point{p.Row - 1, p.Col}); f(q, cells[up*cols+c]) && !yield(q) {
			return
		}
		if q := (Point{p.Row, p.Col + 1}); f(q, cells[at+right]) && !yield(q) {
			return
		}
		if q := (Point{p.Row + 1, p.Col}); f(q, cells[down*cols+c]) && !yield(q) {
			return
		}
		if q := (Point{p.Row, p.Col - 1}); f(q, cells[at+left]) {
			yield(q)
		}
	}
}

func plane(p Point, n int) iter.Seq[Point] {
	return func(yield func(Point) bool) {
		for _, d := range dirDelta[:n] {
			if !yield(p.Add(d)) {
				return
			}
		}
	}
}

// wrap returns x modulo n, in [0, n), for n > 0.
func wrap(x, n int) int {
	if uint(x) < uint(n) {
		return x
	}
	x %= n
	if x < 0 {
		x += n
	}
	return x
}

// floorDiv returns x/n rounded down, for n > 0.
func floorDiv(x, n int) int {
	q := x / n
	if x%n < 0 {
		q--
	}
	return q
}

// step returns x+d modulo n, for x in [0, n) and d in [-1, 1].
func step(x, d, n int) int {
	x += d
	switch {
	case x < 0:
		return x + n
	case x >= n:
		return x - n
	}
	return x
}
