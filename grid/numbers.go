package grid

import (
	"fmt"
	"iter"
	"strconv"
)

// A Number is a run of decimal digits in a row of a grid of bytes, such
// as a part number printed on a schematic: its value, its leftmost digit
// and its length in cells.
type Number struct {
	Value int
	At    Point
	Len   int
}

// Cells returns an iterator over the cells of n, left to right.
func (n Number) Cells() iter.Seq[Point] {
	return func(yield func(Point) bool) {
		for c := range n.Len {
			if !yield(Point{n.At.Row, n.At.Col + c}) {
				return
			}
		}
	}
}

// Around returns an iterator over the 2*Len+6 points around n: the row
// above from left to right, the points just left and right of n, then the
// row below. Some may lie outside the grid: check them with [Grid.In]. To
// ask whether a number touches a symbol, range over Around.
func (n Number) Around() iter.Seq[Point] {
	return func(yield func(Point) bool) {
		r, c0, c1 := n.At.Row, n.At.Col-1, n.At.Col+n.Len
		for c := c0; c <= c1; c++ {
			if !yield(Point{r - 1, c}) {
				return
			}
		}
		if !yield(Point{r, c0}) || !yield(Point{r, c1}) {
			return
		}
		for c := c0; c <= c1; c++ {
			if !yield(Point{r + 1, c}) {
				return
			}
		}
	}
}

// Numbers returns the runs of the digits '0' to '9' in the rows of g, row
// by row and left to right; a run ends at the end of its row. Signs are
// not read: maps use '-' and '+' as symbols, so they are cells like any
// other. A run whose value is beyond the range of int is an error naming
// its first cell. Numbers costs O(Rows*Cols) and allocates the result.
func Numbers(g Grid[byte]) ([]Number, error) {
	var out []Number
	for r := range int(g.rows) {
		row := g.cells[r*int(g.cols) : (r+1)*int(g.cols)]
		for c := 0; c < len(row); {
			if !isDigit(row[c]) {
				c++
				continue
			}
			end := c
			for end < len(row) && isDigit(row[end]) {
				end++
			}
			v, ok := digits(row[c:end], false)
			if !ok {
				return nil, fmt.Errorf("grid: Numbers: number at %v: %s: %w", Point{r, c}, row[c:end], strconv.ErrRange)
			}
			out = append(out, Number{v, Point{r, c}, end - c})
			c = end
		}
	}
	return out, nil
}

// NumberAt returns the number whose digits cover the cell at p, as
// [Numbers] would list it (its value, leftmost digit and length), and
// true; or false if that cell is not a digit '0' to '9' or lies outside g.
// It reads the row left and right of p only, O(the number's length), and
// allocates nothing: the numbers around a symbol, found from the symbol,
// with no list of every number. A run whose value is beyond the range of
// int, which Numbers reports as an error, gives the zero Number and false.
func NumberAt(g Grid[byte], p Point) (Number, bool) {
	if uint(p.Row) >= uint(int(g.rows)) || uint(p.Col) >= uint(int(g.cols)) {
		return Number{}, false
	}
	row := g.cells[p.Row*int(g.cols) : (p.Row+1)*int(g.cols)]
	if !isDigit(row[p.Col]) {
		return Number{}, false
	}
	start, end := p.Col, p.Col+1
	for start > 0 && isDigit(row[start-1]) {
		start--
	}
	for end < len(row) && isDigit(row[end]) {
		end++
	}
	v, ok := digits(row[start:end], false)
	if !ok {
		return Number{}, false
	}
	return Number{v, Point{p.Row, start}, end - start}, true
}
