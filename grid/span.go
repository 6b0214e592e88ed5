package grid

import (
	"bytes"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Span returns how many steps a walker at p heading d can take in a
// straight line before the next cell would be outside g or equal to stop:
// 0 when the very next cell is. The cell at p itself is not looked at.
//
// Span costs O(steps taken) and allocates nothing. On a Grid[byte] heading
// Right or Left it uses bytes.IndexByte or bytes.LastIndexByte, which scan
// many cells per instruction; other headings and types read one cell per
// step. Span panics if p lies outside g or d is not a valid heading.
func Span[T comparable](g Grid[T], p Point, d Dir, stop T) int {
	if uint(p.Row) >= uint(int(g.rows)) || uint(p.Col) >= uint(int(g.cols)) {
		panic(outsideError{"Span", p, int(g.rows), int(g.cols)})
	}
	if !d.Valid() {
		panic(misuse.Heading{Call: "grid: Span", D: d})
	}
	delta := dirDelta[d]
	left := max(int(g.rows), int(g.cols)) // steps before the edge
	switch delta.Row {
	case -1:
		left = p.Row
	case 1:
		left = int(g.rows) - 1 - p.Row
	}
	switch delta.Col {
	case -1:
		left = min(left, p.Col)
	case 1:
		left = min(left, int(g.cols)-1-p.Col)
	}
	i := p.Row*int(g.cols) + p.Col
	if b, ok := any(g.cells).([]byte); ok && delta.Row == 0 {
		s := any(stop).(byte)
		if delta.Col == 1 {
			if k := bytes.IndexByte(b[i+1:i+1+left], s); k >= 0 {
				return k
			}
			return left
		}
		if k := bytes.LastIndexByte(b[i-left:i], s); k >= 0 {
			return left - 1 - k
		}
		return left
	}
	step := delta.Row*int(g.cols) + delta.Col
	n := 0
	for j := i + step; n < left && g.cells[j] != stop; j += step {
		n++
	}
	return n
}
