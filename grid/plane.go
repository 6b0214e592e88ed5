package grid

// A Plane is a grid without edges: every point has a cell, fill until it
// is set, and the plane keeps dense storage for the rectangle of cells set
// so far, growing it when a write falls outside. Points keep their
// coordinates as it grows, so a walker on an endless map needs no
// arithmetic of its own for the edges.
//
// At is O(1); Set and Cell are O(1) inside the rectangle, and amortised
// O(1) outside it, since each growth at least doubles the rectangle's rows
// or columns in the direction it grows (and copies every cell, once per
// doubling).
// A Plane is not safe for concurrent use; the zero Plane is not usable.
type Plane[T any] struct {
	lo         Point // the point stored at index 0
	rows, cols int
	cells      []T
	fill       T
	set        bool // whether any cell has been set
	minP, maxP Point
}

// NewPlane returns an empty plane whose every cell reads as fill.
func NewPlane[T any](fill T) *Plane[T] { return &Plane[T]{fill: fill} }

// At returns the cell at p: fill if it has not been set.
func (pl *Plane[T]) At(p Point) T {
	r, c := p.Row-pl.lo.Row, p.Col-pl.lo.Col
	if uint(r) >= uint(pl.rows) || uint(c) >= uint(pl.cols) {
		return pl.fill
	}
	return pl.cells[r*pl.cols+c]
}

// Set sets the cell at p to v, growing the storage when p lies outside it.
// It panics if the storage would need more than [DefaultMaxCells] cells.
func (pl *Plane[T]) Set(p Point, v T) { *pl.cell("Plane.Set", p) = v }

// Cell returns a pointer to the cell at p, counting it as set, for a walker
// that reads a cell and writes it back: one lookup where At and Set take
// two. The storage grows when p lies outside it, as for Set, and the
// pointer is good until the next call of Cell or Set that grows it; so
// use it at once and do not keep it. It panics as Set does.
func (pl *Plane[T]) Cell(p Point) *T { return pl.cell("Plane.Cell", p) }

// cell is Cell and Set, panicking in the name of call.
func (pl *Plane[T]) cell(call string, p Point) *T {
	r, c := p.Row-pl.lo.Row, p.Col-pl.lo.Col
	if uint(r) >= uint(pl.rows) || uint(c) >= uint(pl.cols) ||
		p.Row < pl.minP.Row || p.Row > pl.maxP.Row || p.Col < pl.minP.Col || p.Col > pl.maxP.Col {
		return pl.widen(call, p)
	}
	return &pl.cells[r*pl.cols+c]
}

// widen is cell for a point outside the rectangle of cells set so far: it
// grows the storage if p lies outside it too, and the rectangle.
func (pl *Plane[T]) widen(call string, p Point) *T {
	r, c := p.Row-pl.lo.Row, p.Col-pl.lo.Col
	if uint(r) >= uint(pl.rows) || uint(c) >= uint(pl.cols) {
		pl.grow(call, p)
		r, c = p.Row-pl.lo.Row, p.Col-pl.lo.Col
	}
	if !pl.set {
		pl.minP, pl.maxP, pl.set = p, p, true
	} else {
		pl.minP = Point{min(pl.minP.Row, p.Row), min(pl.minP.Col, p.Col)}
		pl.maxP = Point{max(pl.maxP.Row, p.Row), max(pl.maxP.Col, p.Col)}
	}
	return &pl.cells[r*pl.cols+c]
}

// grow enlarges the storage to hold p, at least doubling each side it
// extends, and copies the cells across; a store too large panics in the
// name of call.
func (pl *Plane[T]) grow(call string, p Point) {
	if pl.rows == 0 {
		pl.lo, pl.rows, pl.cols = Point{p.Row - 4, p.Col - 4}, 9, 9
		pl.cells = make([]T, 81)
		for i := range pl.cells {
			pl.cells[i] = pl.fill
		}
		return
	}
	lo, hi := pl.lo, Point{pl.lo.Row + pl.rows - 1, pl.lo.Col + pl.cols - 1}
	if p.Row < lo.Row {
		lo.Row = min(p.Row, lo.Row-pl.rows)
	}
	if p.Row > hi.Row {
		hi.Row = max(p.Row, hi.Row+pl.rows)
	}
	if p.Col < lo.Col {
		lo.Col = min(p.Col, lo.Col-pl.cols)
	}
	if p.Col > hi.Col {
		hi.Col = max(p.Col, hi.Col+pl.cols)
	}
	rows, cols := hi.Row-lo.Row+1, hi.Col-lo.Col+1
	if rows <= 0 || cols <= 0 || rows > DefaultMaxCells/cols {
		misusef(call, "%v needs a %dx%d store, more than %d cells", p, rows, cols, DefaultMaxCells)
	}
	cells := make([]T, rows*cols)
	for i := range cells {
		cells[i] = pl.fill
	}
	dr, dc := pl.lo.Row-lo.Row, pl.lo.Col-lo.Col
	for r := range pl.rows {
		copy(cells[(r+dr)*cols+dc:], pl.cells[r*pl.cols:(r+1)*pl.cols])
	}
	pl.lo, pl.rows, pl.cols, pl.cells = lo, rows, cols, cells
}

// Bounds returns the smallest rectangle holding every cell set, as its
// top left and bottom right corners, and true; or false if none has been
// set.
func (pl *Plane[T]) Bounds() (lo, hi Point, ok bool) { return pl.minP, pl.maxP, pl.set }

// Grid returns a copy of the cells within Bounds as a Grid, whose point
// (0, 0) is the plane's lo; a 1x1 grid of fill if no cell has been set.
func (pl *Plane[T]) Grid() Grid[T] {
	if !pl.set {
		return New(1, 1, pl.fill)
	}
	lo, hi := pl.minP, pl.maxP
	return FromFunc(hi.Row-lo.Row+1, hi.Col-lo.Col+1, func(p Point) T { return pl.At(p.Add(lo)) })
}
