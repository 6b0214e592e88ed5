package grid

import (
	"fmt"
	"math/bits"
)

// Edges returns the four edges of r as bit strings, for matching tiles
// edge to edge: for each side, in the order Up, Right, Down, Left, the
// cells along it read clockwise round the rectangle, the first cell read
// as bit 0, and a bit set where on holds. Two tiles fit along a shared
// side when one's edge is the other's reversed ([ReverseEdge]), since they
// read it in opposite directions; min(e, ReverseEdge(e, n)) names an edge
// whichever way a tile is mirrored. It costs O(Rows+Cols) and panics if a
// side is longer than 64 cells.
func Edges[T any, R Reader[T]](r R, on func(T) bool) [4]uint64 {
	rows, cols := r.Rows(), r.Cols()
	if rows > 64 || cols > 64 {
		misusef("Edges", "a %dx%d grid has a side longer than 64 cells", rows, cols)
	}
	// A grid or a view reads its cells by index, without a call per
	// cell through the Reader's methods.
	switch t := any(r).(type) {
	case Grid[T]:
		return edgesAt(t.cells, sides(0, cols, 1, rows, cols), on)
	case View[T]:
		return edgesAt(t.cells, sides(t.base, t.dr, t.dc, rows, cols), on)
	}
	var e [4]uint64
	read := func(side int, k int, p Point) {
		if on(r.At(p)) {
			e[side] |= 1 << k
		}
	}
	for k := range cols {
		read(0, k, Point{0, k})                   // top, left to right
		read(2, k, Point{rows - 1, cols - 1 - k}) // bottom, right to left
	}
	for k := range rows {
		read(1, k, Point{k, cols - 1})     // right, top to bottom
		read(3, k, Point{rows - 1 - k, 0}) // left, bottom to top
	}
	return e
}

// EdgesOf is [Edges] with the cells equal to v as the set bits, with no
// function call per cell for a Grid or a View: the common case of a tile
// of two glyphs. It costs O(Rows+Cols) and panics as Edges does.
func EdgesOf[T comparable, R Reader[T]](r R, v T) [4]uint64 {
	rows, cols := r.Rows(), r.Cols()
	switch t := any(r).(type) {
	case Grid[T]:
		if rows <= 64 && cols <= 64 {
			return edgesOfAt(t.cells, sides(0, cols, 1, rows, cols), v)
		}
	case View[T]:
		if rows <= 64 && cols <= 64 {
			return edgesOfAt(t.cells, sides(t.base, t.dr, t.dc, rows, cols), v)
		}
	}
	return Edges(r, func(x T) bool { return x == v })
}

// A side is where one edge of a tile starts among its cells, how far apart
// its cells lie, and how many there are.
type side struct{ at, step, n int }

// sides returns the four sides, in the order and direction Edges reads
// them, of a tile of rows by cols cells laid out as a View's are: cell (r,
// c) at base + r*dr + c*dc.
func sides(base, dr, dc, rows, cols int) [4]side {
	if rows == 0 || cols == 0 {
		return [4]side{}
	}
	last := base + (rows-1)*dr + (cols-1)*dc // the bottom right cell
	return [4]side{
		{base, dc, cols},                // top, left to right
		{base + (cols-1)*dc, dr, rows},  // right, top to bottom
		{last, -dc, cols},               // bottom, right to left
		{base + (rows-1)*dr, -dr, rows}, // left, bottom to top
	}
}

// edgesAt is Edges over cells, read along each side.
func edgesAt[T any](cells []T, ss [4]side, on func(T) bool) [4]uint64 {
	var e [4]uint64
	for i, s := range ss {
		var x, bit uint64 = 0, 1 // bit k of the edge, moved along by a shift
		for at, n := s.at, s.n; n > 0; at, n = at+s.step, n-1 {
			if on(cells[at]) {
				x |= bit
			}
			bit <<= 1
		}
		e[i] = x
	}
	return e
}

// edgesOfAt is edgesAt with the cells equal to v as the set bits.
func edgesOfAt[T comparable](cells []T, ss [4]side, v T) [4]uint64 {
	var e [4]uint64
	for i, s := range ss {
		var x, bit uint64 = 0, 1 // bit k of the edge, moved along by a shift
		for at, n := s.at, s.n; n > 0; at, n = at+s.step, n-1 {
			if cells[at] == v {
				x |= bit
			}
			bit <<= 1
		}
		e[i] = x
	}
	return e
}

// ReverseEdge returns the n-bit string x read the other way: bit k becomes
// bit n-1-k, for k below n; bits of x from n up are ignored. It panics if
// n is not in [0, 64].
func ReverseEdge(x uint64, n int) uint64 {
	if uint(n) > 64 {
		panic(edgeLength(n)) // small, to keep ReverseEdge short
	}
	// The bits from n up land below 64-n (16-n), and the shift drops
	// them; a shift of 64 (n = 0) leaves nothing. An edge of a tile is
	// short, and two table lookups reverse 16 bits, where 64 take a dozen
	// operations.
	if n <= 16 {
		return uint64(bits.Reverse16(uint16(x))) >> (16 - n)
	}
	return bits.Reverse64(x) >> (64 - n)
}

// edgeLength is ReverseEdge's panic value: a length outside [0, 64].
type edgeLength int

func (n edgeLength) Error() string {
	return fmt.Sprintf("grid: ReverseEdge: length %d, want 0 to 64", int(n))
}

// Stitch joins a rectangle of tiles into one grid: tiles[i][j] fills the
// i-th band of rows and the j-th band of columns, with trim cells cut from
// every side of each tile first (0 keeps the tiles whole; 1 drops the
// borders that jigsaw tiles share). Every tile in a row of tiles must have
// the rows of the others, and every tile in a column the same columns.
// Stitch returns an error naming the first tile that does not fit, or a
// trim that leaves nothing. Tiles may be Views, so oriented tiles are
// joined without copying them first. It costs O(cells) and one allocation.
func Stitch[T any, R Reader[T]](tiles [][]R, trim int) (Grid[T], error) {
	if len(tiles) == 0 || len(tiles[0]) == 0 {
		return Grid[T]{}, fmt.Errorf("grid: Stitch: no tiles")
	}
	heights, widths := make([]int, len(tiles)), make([]int, len(tiles[0]))
	for i, row := range tiles {
		if len(row) != len(widths) {
			return Grid[T]{}, fmt.Errorf("grid: Stitch: row %d has %d tiles, row 0 has %d", i, len(row), len(widths))
		}
		for j, t := range row {
			h, w := t.Rows()-2*trim, t.Cols()-2*trim
			switch {
			case h <= 0 || w <= 0 || trim < 0:
				return Grid[T]{}, fmt.Errorf("grid: Stitch: tile (%d,%d) is %dx%d, nothing left after trimming %d", i, j, t.Rows(), t.Cols(), trim)
			case j > 0 && h != heights[i]:
				return Grid[T]{}, fmt.Errorf("grid: Stitch: tile (%d,%d) has %d rows after trimming, the row's first has %d", i, j, h, heights[i])
			case i > 0 && w != widths[j]:
				return Grid[T]{}, fmt.Errorf("grid: Stitch: tile (%d,%d) has %d columns after trimming, the column's first has %d", i, j, w, widths[j])
			}
			heights[i], widths[j] = h, w
		}
	}
	rows, cols := 0, 0
	for _, h := range heights {
		rows += h
	}
	for _, w := range widths {
		cols += w
	}
	if rows > maxCells/cols {
		return Grid[T]{}, fmt.Errorf("grid: Stitch: %dx%d cells, more than %d", rows, cols, maxCells)
	}
	cells := make([]T, 0, rows*cols)
	// Grids and Views are read by index, without a call per cell; the kind
	// of tile is looked at once, not once a row.
	switch ts := any(tiles).(type) {
	case [][]Grid[T]:
		for i, row := range ts {
			for r := range heights[i] {
				for j, t := range row {
					at := (r+trim)*int(t.cols) + trim
					cells = append(cells, t.cells[at:at+widths[j]]...)
				}
			}
		}
	case [][]View[T]:
		for i, row := range ts {
			for r := range heights[i] {
				for j := range row {
					t := &row[j]
					k, m := t.base+(r+trim)*t.dr+trim*t.dc, len(cells)
					cells = cells[:m+widths[j]]
					dst := cells[m:]
					if t.dc == 1 { // a row of the tile as it lies
						copy(dst, t.cells[k:])
						continue
					}
					for x := range dst {
						dst[x] = t.cells[k]
						k += t.dc
					}
				}
			}
		}
	default:
		for i, row := range tiles {
			for r := range heights[i] {
				for j, t := range row {
					for k := range widths[j] {
						cells = append(cells, t.At(Point{r + trim, trim + k}))
					}
				}
			}
		}
	}
	return Grid[T]{int32(rows), int32(cols), cells}, nil
}

// Edges returns the edges of g seen in orientation o, from e, the edges
// of g itself as [Edges] reads them, for g of rows by cols cells: a
// mirror reverses each edge and swaps left and right, and a quarter turn
// moves each edge one side clockwise. It costs O(1), so a tile's edges in
// all eight orientations cost one reading of the tile.
func (o Orientation) Edges(e [4]uint64, rows, cols int) [4]uint64 {
	if o >= 8 {
		misusef("Orientation.Edges", "orientation %d, want 0 to 7", o)
	}
	if o >= 4 {
		e = [4]uint64{ReverseEdge(e[0], cols), ReverseEdge(e[3], rows), ReverseEdge(e[2], cols), ReverseEdge(e[1], rows)}
	}
	for range o % 4 {
		e = [4]uint64{e[3], e[0], e[1], e[2]}
	}
	return e
}

// An OrientationSet is a set of orientations: bit o holds orientation o.
// The zero OrientationSet is empty.
type OrientationSet uint8

// Has reports whether s holds o.
func (s OrientationSet) Has(o Orientation) bool { return o < 8 && s>>o&1 != 0 }

// Showing returns the orientations in which a tile with edges e (as
// [Edges] reads them, of a tile of rows by cols cells) shows the edge want
// on side d: those o for which o.Edges(e, rows, cols)[d] == want. It is
// the step of a jigsaw that turns a tile to meet its neighbour: the side
// of e that holds want, read either way, fixes the turn, so it costs O(1),
// allocates nothing and reads no tile, where trying each orientation
// computes eight sets of edges. It panics if d is not one of Up, Right,
// Down and Left.
func Showing(e [4]uint64, rows, cols int, d Dir, want uint64) OrientationSet {
	if d > Left {
		misusef("Showing", "side %v, want Up, Right, Down or Left", d)
	}
	// A quarter turn k moves side s to s+k; a mirror, before its turn,
	// moves side s to -s, read the other way round.
	var set OrientationSet
	for s := range 4 {
		n := cols
		if s%2 == 1 {
			n = rows
		}
		if e[s] == want {
			set |= 1 << ((int(d) - s) & 3)
		}
		if ReverseEdge(e[s], n) == want {
			set |= 1 << (4 + (int(d)+s)&3)
		}
	}
	return set
}
