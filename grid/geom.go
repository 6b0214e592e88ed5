package grid

import (
	"iter"
	"math"
	"math/bits"
)

// Geometry on points and grids: the cells within a Manhattan distance, the
// cells of a straight segment, the box around a set of points, the area
// inside a loop of cells, and the ways into a grid from outside.

// Within returns an iterator over the points q with p.Manhattan(q) <= k,
// a diamond of 2k(k+1)+1 points, row by row from the top. It yields
// nothing if k is negative, and points outside any grid are included:
// check them with [Grid.In]. It allocates nothing when ranged over
// directly.
func (p Point) Within(k int) iter.Seq[Point] {
	return func(yield func(Point) bool) {
		if k < 0 {
			return // -k would overflow for math.MinInt
		}
		for dr := -k; dr <= k; dr++ {
			w := k - abs(dr)
			for dc := -w; dc <= w; dc++ {
				if !yield(Point{p.Row + dr, p.Col + dc}) {
					return
				}
			}
		}
	}
}

// Segment returns an iterator over the points from a to b, both included,
// one king's move at a time: along a row, a column or a diagonal, as rock
// paths and vent lines give them ([Point.Aligned] tells whether a and b lie
// on one). For a and b on none, the walk goes diagonally towards b until it
// shares b's row or column, then straight on: a shortest walk of king's
// moves. A segment from a point to itself is that point. A range over
// Segment allocates nothing; it costs O(1) a point.
func Segment(a, b Point) iter.Seq[Point] {
	return func(yield func(Point) bool) {
		for p := a; yield(p) && p != b; {
			p = Point{p.Row + sign(b.Row-p.Row), p.Col + sign(b.Col-p.Col)}
		}
	}
}

// Bounds returns the smallest rectangle that holds every point of points:
// its top-left corner lo and bottom-right corner hi, both included, so
// that it is hi.Row-lo.Row+1 rows by hi.Col-lo.Col+1 columns. It reports
// false if points is empty. It costs O(points) and allocates nothing.
func Bounds(points iter.Seq[Point]) (lo, hi Point, ok bool) {
	for p := range points {
		if !ok {
			lo, hi, ok = p, p, true
			continue
		}
		lo = Point{min(lo.Row, p.Row), min(lo.Col, p.Col)}
		hi = Point{max(hi.Row, p.Row), max(hi.Col, p.Col)}
	}
	return lo, hi, ok
}

// Enclosed measures the polygon whose corners are the points of loop in
// order, closed from the last point back to the first: it returns the
// number of whole points strictly inside it and the number on its
// boundary. Consecutive points may be any distance apart in any
// direction: a loop that lists every cell, such as a walk that comes back
// to its start, and one that lists only its corners, such as a dig plan,
// give the same answer. A loop of cells then encloses inside cells and is
// inside+boundary cells in all.
//
// It uses the shoelace formula for the area and Pick's theorem, costs
// O(len(loop)) and allocates nothing. The loop must not cross itself; a
// loop of fewer than three points, or with no area, encloses nothing.
// Twice the area is summed in 128 bits, so any loop whose inside fits in an
// int is measured; Enclosed panics if the inside or the boundary does not
// fit.
func Enclosed(loop []Point) (inside, boundary int) {
	if len(loop) == 0 {
		return 0, 0
	}
	var area2 int128 // twice the signed area
	prev := loop[len(loop)-1]
	for _, p := range loop {
		area2 = area2.add(mul128(prev.Col, p.Row)).sub(mul128(p.Col, prev.Row))
		d := p.Sub(prev).Abs()
		b := int(gcd(uint(d.Row), uint(d.Col)))
		if boundary += b; boundary < b || b < 0 {
			misusef("Enclosed", "boundary of more than %d points", math.MaxInt)
		}
		prev = p
	}
	if area2 == (int128{}) {
		return 0, boundary
	}
	// Pick: A = I + B/2 - 1, so 2I = 2A - B + 2.
	i2 := area2.abs().sub(int128{lo: uint64(boundary)}).add(int128{lo: 2})
	in := i2.shr1()
	if in.hi != 0 || in.lo > math.MaxInt {
		misusef("Enclosed", "more than %d points inside", math.MaxInt)
	}
	return int(in.lo), boundary
}

// An int128 is a signed 128-bit integer in two's complement: hi holds the
// top 64 bits, lo the bottom 64.
type int128 struct {
	hi int64
	lo uint64
}

// mul128 returns a*b without overflow.
func mul128(a, b int) int128 {
	hi, lo := bits.Mul64(uint64(uabs(a)), uint64(uabs(b)))
	r := int128{int64(hi), lo}
	if (a < 0) != (b < 0) {
		r = r.neg()
	}
	return r
}

func (x int128) add(y int128) int128 {
	lo, c := bits.Add64(x.lo, y.lo, 0)
	return int128{x.hi + y.hi + int64(c), lo}
}

func (x int128) neg() int128 {
	lo, b := bits.Sub64(0, x.lo, 0)
	return int128{-x.hi - int64(b), lo}
}

func (x int128) sub(y int128) int128 { return x.add(y.neg()) }

func (x int128) abs() int128 {
	if x.hi < 0 {
		return x.neg()
	}
	return x
}

// shr1 returns x/2 for x >= 0.
func (x int128) shr1() int128 {
	return int128{x.hi >> 1, x.lo>>1 | uint64(x.hi)<<63}
}

// Entries returns an iterator over the 2*(Rows+Cols) ways into g from
// outside: each cell on an edge of g with the heading that enters g across
// that edge. It yields the top row heading Down, left to right; the right
// column heading Left, top to bottom; the bottom row heading Up, left to
// right; and the left column heading Right, top to bottom. A corner cell
// comes twice, once for each of its edges. It allocates nothing when
// ranged over directly.
func (g Grid[T]) Entries() iter.Seq2[Point, Dir] {
	return func(yield func(Point, Dir) bool) {
		for c := range int(g.cols) {
			if !yield(Point{0, c}, Down) {
				return
			}
		}
		for r := range int(g.rows) {
			if !yield(Point{r, int(g.cols) - 1}, Left) {
				return
			}
		}
		for c := range int(g.cols) {
			if !yield(Point{int(g.rows) - 1, c}, Up) {
				return
			}
		}
		for r := range int(g.rows) {
			if !yield(Point{r, 0}, Right) {
				return
			}
		}
	}
}
