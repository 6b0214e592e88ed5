package grid

import (
	"cmp"
	"strconv"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Point is a cell address: a row and a column. Rows grow downwards and
// columns rightwards. Point is a small comparable value; its methods return
// new values. Its arithmetic (Add, Sub, Mul, Scale, Move, Abs, Manhattan)
// wraps around on overflow, as int arithmetic does, at no cost; Within,
// Reduce and Compare are exact at the edges of int.
type Point struct {
	Row, Col int
}

// Pt is shorthand for Point{row, col}.
func Pt(row, col int) Point { return Point{row, col} }

// XY returns the point at x across and y down: Point{Row: y, Col: x}. Use
// it for puzzles that give coordinates as "x,y".
func XY(x, y int) Point { return Point{y, x} }

// XY returns p as x across and y down: p.Col, p.Row.
func (p Point) XY() (x, y int) { return p.Col, p.Row }

// Add returns p+q, component-wise.
func (p Point) Add(q Point) Point { return Point{p.Row + q.Row, p.Col + q.Col} }

// Sub returns p-q, component-wise.
func (p Point) Sub(q Point) Point { return Point{p.Row - q.Row, p.Col - q.Col} }

// Mul returns p scaled by k.
func (p Point) Mul(k int) Point { return Point{p.Row * k, p.Col * k} }

// Scale returns p scaled component-wise by q: {p.Row*q.Row, p.Col*q.Col}.
func (p Point) Scale(q Point) Point { return Point{p.Row * q.Row, p.Col * q.Col} }

// Abs returns p with both components made non-negative.
func (p Point) Abs() Point { return Point{abs(p.Row), abs(p.Col)} }

// Sign returns p with each component replaced by its sign, -1, 0 or 1: the
// step towards p along each axis, as a king moves.
func (p Point) Sign() Point { return Point{sign(p.Row), sign(p.Col)} }

// Aligned reports whether p and q lie on one row, one column or one
// diagonal: whether a queen could move from one to the other.
func (p Point) Aligned(q Point) bool {
	d := q.Sub(p)
	return d.Row == 0 || d.Col == 0 || d.Row == d.Col || d.Row == -d.Col
}

// Reduce returns p divided by the greatest common divisor of its
// components: the smallest step in p's direction that lands on whole
// points, such as (2,-3) for (4,-6). The zero Point stays zero.
func (p Point) Reduce() Point {
	// The gcd is taken on magnitudes as uints, which hold |math.MinInt|.
	switch g := gcd(uabs(p.Row), uabs(p.Col)); {
	case g == 1<<63:
		// Only 0 and math.MinInt are multiples of 2^63: they give 0 and -1.
		return Point{p.Row >> 63, p.Col >> 63}
	case g > 1:
		return Point{p.Row / int(g), p.Col / int(g)}
	}
	return p
}

// Move returns the point n steps from p in direction d. A negative n moves
// backwards. Move panics if d is not valid.
func (p Point) Move(d Dir, n int) Point {
	if d >= 8 {
		panic(misuse.Heading{Call: "grid: Point.Move", D: d})
	}
	dd := dirDelta[d]
	return Point{p.Row + dd.Row*n, p.Col + dd.Col*n}
}

// Compare compares p and q in reading order, by row and then by column,
// returning -1, 0 or +1 as cmp.Compare does, so that
// slices.SortFunc(pts, grid.Point.Compare) sorts points top to bottom and
// left to right, the order of dense indices within a grid.
func (p Point) Compare(q Point) int {
	if c := cmp.Compare(p.Row, q.Row); c != 0 {
		return c
	}
	return cmp.Compare(p.Col, q.Col)
}

// Manhattan returns the Manhattan (taxicab) distance between p and q.
func (p Point) Manhattan(q Point) int { return abs(p.Row-q.Row) + abs(p.Col-q.Col) }

// String returns p as "(row,col)".
func (p Point) String() string {
	return "(" + strconv.Itoa(p.Row) + "," + strconv.Itoa(p.Col) + ")"
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// gcd returns the greatest common divisor of a and b, both at least 0;
// gcd(0, 0) is 0.
func gcd(a, b uint) uint {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// uabs returns the magnitude of x, which for math.MinInt only a uint holds.
func uabs(x int) uint {
	if x < 0 {
		return -uint(x)
	}
	return uint(x)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
