package bitrows

import (
	"encoding/binary"
	"math"
	"math/bits"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Pile is a narrow chamber, up to 8 cells wide, that fills from its
// floor upward as pieces come to rest in it: the tower of falling rocks.
// Each row is a byte, column c at bit c, and a [Piece] of up to four rows
// is four bytes in one word, so testing whether a piece fits at a place
// is one load, one shift and one AND, whatever its shape.
//
//	p := bitrows.NewPile(7)
//	x, y := 2, p.Height()+3
//	for p.Fits(rock, x, y-1) { // fall while something lets it
//		y--
//	}
//	p.Place(rock, x, y)
//
// [Pile.AppendAir] gives the exact state of the top, the air a piece can
// still reach, as a key for a map of states seen. A Pile belongs to one
// goroutine at a time. Its zero value is a chamber no cells wide, where
// only the empty piece fits: make one with [NewPile].
type Pile struct {
	width  int
	height int
	rows   []uint8 // height rows, then at least 4 empty ones
}

// A Piece is a shape of up to four rows and up to 8 columns, bottom row
// first, column c at bit c of its row (its leftmost cell at bit 0 once
// shifted there). Its zero value is empty and fits anywhere in a pile.
type Piece struct {
	bits          uint32 // row k in byte k
	width, height uint8  // so that a Piece is one word
}

// NewPiece returns the piece whose rows, from the bottom up, are rows,
// less any empty rows at the bottom and the top, and shifted right until
// some row has column 0 set: its bottom row and leftmost column are the
// ones Fits and Place put at (x, y). It panics if there are more than
// four rows.
func NewPiece(rows ...uint8) Piece {
	if len(rows) > 4 {
		misuse.Panicf("bitrows: NewPiece", "%d rows, at most 4", len(rows))
	}
	for len(rows) > 0 && rows[0] == 0 {
		rows = rows[1:]
	}
	for len(rows) > 0 && rows[len(rows)-1] == 0 {
		rows = rows[:len(rows)-1]
	}
	var all uint8
	for _, r := range rows {
		all |= r
	}
	if all == 0 {
		return Piece{}
	}
	shift := bits.TrailingZeros8(all)
	var pc Piece
	for k, r := range rows {
		pc.bits |= uint32(r>>shift) << (8 * k)
	}
	pc.width, pc.height = uint8(bits.Len8(all>>shift)), uint8(len(rows))
	return pc
}

// Width returns the number of columns the piece spans.
func (pc Piece) Width() int { return int(pc.width) }

// Height returns the number of rows of the piece.
func (pc Piece) Height() int { return int(pc.height) }

// NewPile returns an empty pile width cells wide. It panics if width is
// not in [1, 8].
func NewPile(width int) *Pile {
	if width < 1 || width > 8 {
		misuse.Panicf("bitrows: NewPile", "width %d outside [1, 8]", width)
	}
	return &Pile{width: width, rows: make([]uint8, 64)}
}

// Width returns the number of columns.
func (p *Pile) Width() int { return p.width }

// Height returns the number of rows up to the highest one with a cell set:
// 0 for an empty pile.
func (p *Pile) Height() int { return p.height }

// Row returns row y, column c at bit c: 0 above the top. It panics if y
// is negative.
func (p *Pile) Row(y int) uint8 {
	if y < 0 {
		misuse.Panicf("bitrows: Pile.Row", "row %d below the floor", y)
	}
	if y >= p.height {
		return 0
	}
	return p.rows[y]
}

// Fits reports whether pc, its leftmost column at column x and its bottom
// row at row y, lies inside the pile (between the walls and above the
// floor) and clear of its cells. It costs O(1).
func (p *Pile) Fits(pc Piece, x, y int) bool {
	if x < 0 || x > p.width-int(pc.width) || y < 0 {
		return false
	}
	return y >= p.height || pc.bits<<x&binary.LittleEndian.Uint32(p.rows[y:]) == 0
}

// Place sets the cells of pc, its leftmost column at column x and its
// bottom row at row y, and raises the height to cover them. It costs O(1)
// amortised. It panics if pc does not fit there (see [Pile.Fits]).
func (p *Pile) Place(pc Piece, x, y int) {
	if !p.Fits(pc, x, y) {
		misuse.Panicf("bitrows: Pile.Place", "the piece does not fit at column %d, row %d", x, y)
	}
	p.place(pc.bits<<x, y)
}

// place sets the cells of s, four rows in a word, its bottom row at row y,
// and raises the height to cover them.
func (p *Pile) place(s uint32, y int) {
	if len(p.rows) < y+8 { // room above the piece for Fits' 4-byte reads
		p.rows = append(p.rows, make([]uint8, max(y+8, 2*len(p.rows))-len(p.rows))...)
	}
	binary.LittleEndian.PutUint32(p.rows[y:], s|binary.LittleEndian.Uint32(p.rows[y:]))
	if s != 0 {
		p.height = max(p.height, y+(bits.Len32(s)+7)/8)
	}
}

// Drop lets pc fall into the pile as the rocks of a falling-rock tower
// do: it appears with its leftmost column at x and its bottom row gap rows
// above the top, and then, in turn, the next jet pushes it one column,
// left for '<' and right for any other byte, if it fits there, and it
// falls one row if it fits there, until it cannot fall. Drop places it
// where it rests and returns the index of the jet after the last one
// used. Jets are taken from jets[at] on, round and round.
//
// In a pile up to 7 cells wide, the four rows about the piece ride in a
// word as it falls, the columns beyond the right wall set in each row: a
// push is a rotation of the piece and one AND, which also stops it at the
// left wall, as a cell rotated out of column 0 lands beyond the right one;
// a fall shifts the next row in below and costs one AND. This is how the
// fastest published solutions drop their rocks, where each Fits reads the
// rows afresh. A pile 8 wide has no column to spare and drops by Fits.
// Drop costs O(r) for the r rows fallen. It panics if jets is empty, at is
// outside it, gap is negative or puts the piece above the highest row an
// int can number, or pc does not lie between the walls at x.
func (p *Pile) Drop(pc Piece, x, gap int, jets []byte, at int) int {
	switch {
	case uint(at) >= uint(len(jets)):
		misuse.Panicf("bitrows: Pile.Drop", "jet %d outside the %d jets", at, len(jets))
	case gap < 0 || gap > math.MaxInt-p.height:
		misuse.Panicf("bitrows: Pile.Drop", "gap %d outside [0, %d]", gap, math.MaxInt-p.height)
	case x < 0 || x > p.width-int(pc.width):
		misuse.Panicf("bitrows: Pile.Drop", "a piece %d wide at column %d of a pile %d wide", pc.width, x, p.width)
	}
	if p.width == 8 {
		return p.dropByFits(pc, x, gap, jets, at)
	}
	walls := 0x01010101 * uint32(0xff<<p.width&0xff) // the columns beyond the right wall
	shape, y := pc.bits<<x, p.height+gap
	near := walls // rows y to y+3: empty, above the top
	for {
		moved := bits.RotateLeft32(shape, 1)
		if jets[at] == '<' {
			moved = bits.RotateLeft32(shape, -1)
		}
		if at++; at == len(jets) {
			at = 0
		}
		if moved&near == 0 {
			shape = moved
		}
		if y == 0 {
			break // on the floor
		}
		below := near<<8 | walls
		if y-1 < p.height {
			below |= uint32(p.rows[y-1])
		}
		if shape&below != 0 {
			break
		}
		near, y = below, y-1
	}
	p.place(shape, y)
	return at
}

// dropByFits is Drop for a pile 8 wide, by Fits.
func (p *Pile) dropByFits(pc Piece, x, gap int, jets []byte, at int) int {
	y := p.height + gap
	for {
		nx := x + 1
		if jets[at] == '<' {
			nx = x - 1
		}
		if at++; at == len(jets) {
			at = 0
		}
		if p.Fits(pc, nx, y) {
			x = nx
		}
		if !p.Fits(pc, x, y-1) {
			break
		}
		y--
	}
	p.Place(pc, x, y)
	return at
}

// AppendAir appends to b the air a piece can still reach from above, as
// one byte a row from the top row down, and returns the result: the free
// cells of each row joined to the reach of the row above, straight down
// and then sideways. It stops below the last row that any air reaches
// (none of a full row), so rows below it can never change again, and two
// piles whose air is alike grow alike from here on: the exact key of a
// pile's state, however tall. It costs O(rows appended × width).
func (p *Pile) AppendAir(b []byte) []byte {
	full := uint8(1<<p.width - 1)
	reach := full // the open row above the top
	for y := p.height - 1; y >= 0 && reach != 0; y-- {
		free := ^p.rows[y] & full
		reach &= free
		for { // then sideways through free cells
			more := reach | (reach<<1|reach>>1)&free
			if more == reach {
				break
			}
			reach = more
		}
		b = append(b, reach)
	}
	return b
}
