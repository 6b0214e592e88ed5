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
	left := room(p, delta, int(g.rows), int(g.cols)) // steps before the edge
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

// Room returns how many steps a walker at p heading d can take before the
// next would leave g: 0 when p lies on the edge it faces. A run of steps
// by [Grid.Offset] from g.Index(p) stays in g for that many steps, and so
// needs no bounds test of its own, as a search that moves several cells
// at a time wants. Room costs O(1) and panics if p lies outside g or d is
// not a valid heading.
func (g Grid[T]) Room(p Point, d Dir) int {
	if uint(p.Row) >= uint(int(g.rows)) || uint(p.Col) >= uint(int(g.cols)) {
		panic(outsideError{"Grid.Room", p, int(g.rows), int(g.cols)})
	}
	if uint(d) >= uint(len(dirDelta)) {
		panic(misuse.Heading{Call: "grid: Grid.Room", D: d})
	}
	return room(p, dirDelta[d], int(g.rows), int(g.cols))
}

// room returns how many steps from p by delta stay in a rows by cols grid,
// p lying in it.
func room(p, delta Point, rows, cols int) int {
	left := max(rows, cols)
	switch delta.Row {
	case -1:
		left = p.Row
	case 1:
		left = rows - 1 - p.Row
	}
	switch delta.Col {
	case -1:
		left = min(left, p.Col)
	case 1:
		left = min(left, cols-1-p.Col)
	}
	return left
}
