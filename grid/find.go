package grid

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
)

// Find returns the first point, row by row, whose cell equals v, and true;
// or the zero Point and false if there is none. It costs O(Rows*Cols); on a
// Grid[byte] it uses bytes.IndexByte, which scans many cells per
// instruction.
func Find[T comparable](g Grid[T], v T) (Point, bool) {
	if i := index(g.cells, v); i >= 0 {
		return g.PointAt(i), true
	}
	return Point{}, false
}

// FindAll returns the points, row by row, whose cell equals v. It costs
// O(Rows*Cols), with the same fast path as [Find], and returns nil if there
// are none.
func FindAll[T comparable](g Grid[T], v T) []Point {
	var out []Point
	if n := Count(g, v); n > 0 {
		out = make([]Point, 0, n) // one allocation; Count is cheap where index is
	}
	row := 0 // the row of the last cell found, advanced without dividing
	for off := 0; ; {
		i := index(g.cells[off:], v)
		if i < 0 {
			return out
		}
		off += i
		for off >= (row+1)*int(g.cols) {
			row++
		}
		out = append(out, Point{row, off - row*int(g.cols)})
		off++
	}
}

// Groups returns the points of a grid of bytes by their cell: groups[v]
// holds, row by row, the points whose cell is v, for every byte v but
// skip (a background such as '.'), whose group is empty. It is the
// antennas of each frequency, the letters of a map by letter: one pass
// over the cells, eight at a time, notes where the others lie and counts
// each byte's, and the points are then placed from those notes, so it
// costs O(Rows*Cols) and three allocations, all groups sharing one array,
// where appending to a list per byte grows each list in turn.
func Groups(g Grid[byte], skip byte) *[256][]Point {
	var count [256]int32
	at := make([]int32, 0, 64) // the cells that are not skip
	b := g.cells
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		for m := ^equalBytes(x, skip) & 0x8080808080808080; m != 0; m &= m - 1 {
			k := i + bits.TrailingZeros64(m)/8
			at = append(at, int32(k))
			count[b[k]]++
		}
	}
	for ; i < len(b); i++ {
		if b[i] != skip {
			at = append(at, int32(i))
			count[b[i]]++
		}
	}
	all := make([]Point, len(at))
	groups := new([256][]Point)
	start := 0
	for v, n := range count {
		if n > 0 {
			groups[v] = all[start : start : start+int(n)]
			start += int(n)
		}
	}
	cols := int(g.cols)
	for _, k := range at {
		v := b[k]
		groups[v] = append(groups[v], Point{int(k) / cols, int(k) % cols})
	}
	return groups
}

// Count returns the number of cells equal to v. It costs O(Rows*Cols); on a
// Grid[byte] it uses bytes.Count, which counts many cells per instruction.
func Count[T comparable](g Grid[T], v T) int {
	if b, ok := any(g.cells).([]byte); ok {
		return bytes.Count(b, []byte{any(v).(byte)})
	}
	n := 0
	for _, c := range g.cells {
		if c == v {
			n++
		}
	}
	return n
}

// index is slices.Index with a fast path for bytes.
func index[T comparable](s []T, v T) int {
	if b, ok := any(s).([]byte); ok {
		return bytes.IndexByte(b, any(v).(byte))
	}
	for i, c := range s {
		if c == v {
			return i
		}
	}
	return -1
}

// Equal reports whether a and b have the same size and equal cells.
func Equal[T comparable](a, b Grid[T]) bool {
	if a.rows != b.rows || a.cols != b.cols {
		return false
	}
	for i, v := range a.cells {
		if b.cells[i] != v {
			return false
		}
	}
	return true
}

// Key returns g's size and cells as a string, equal for two grids exactly
// when [Equal] reports them equal, so that a grid can key a map of states
// seen, as cycle.Record's key does, where Equal alone suits only Brent's
// method (cycle.NthFunc), which steps up to three times as often. It
// costs O(Rows*Cols) and one allocation of 8 bytes more than the cells.
func Key(g Grid[byte]) string {
	var b strings.Builder
	b.Grow(8 + len(g.cells))
	var size [8]byte
	binary.LittleEndian.PutUint32(size[:4], uint32(g.rows))
	binary.LittleEndian.PutUint32(size[4:], uint32(g.cols))
	b.Write(size[:])
	b.Write(g.cells)
	return b.String()
}
