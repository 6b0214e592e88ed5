package grid

import "strconv"

// A Point is a cell address: a row and a column. Rows grow downwards and
// columns rightwards. Point is a small comparable value; its methods return
// new values.
type Point struct {
	Row, Col int
}

// Pt is shorthand for Point{row, col}.
func Pt(row, col int) Point { return Point{row, col} }

// Add returns p+q, component-wise.
func (p Point) Add(q Point) Point { return Point{p.Row + q.Row, p.Col + q.Col} }

// Sub returns p-q, component-wise.
func (p Point) Sub(q Point) Point { return Point{p.Row - q.Row, p.Col - q.Col} }

// Mul returns p scaled by k.
func (p Point) Mul(k int) Point { return Point{p.Row * k, p.Col * k} }

// Move returns the point n steps from p in direction d. A negative n moves
// backwards.
func (p Point) Move(d Dir, n int) Point { return p.Add(d.Delta().Mul(n)) }

// Manhattan returns the Manhattan (taxicab) distance between p and q.
func (p Point) Manhattan(q Point) int { return abs(p.Row-q.Row) + abs(p.Col-q.Col) }

// String returns p as "(row,col)".
func (p Point) String() string {
	return "(" + strconv.Itoa(p.Row) + "," + strconv.Itoa(p.Col) + ")"
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
