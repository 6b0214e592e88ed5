package bitrows

import (
	"encoding/binary"
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Block is an 8x8 map of bits in one word: cell (r, c) at bit 8r+c, so
// row r is byte r. It is the inside of a jigsaw tile of 10x10, or any
// small square shape, turned and mirrored by a few word operations and
// placed into a Grid a row at a time. The zero Block has no cell set.
type Block uint64

// BlockOf returns the 8x8 cells of g from at (its top left cell) that
// equal v, as a Block; cells past g's edges are clear. A grid of bytes is
// read a row at a time, eight cells a word. It costs O(64) and allocates
// nothing for a grid of bytes whose rows are at most 64 cells.
func BlockOf[T comparable](g grid.Grid[T], at grid.Point, v T) Block {
	if gb, ok := any(g).(grid.Grid[byte]); ok && at.Col >= 0 && at.Col+8 <= g.Cols() && g.Cols() <= 64 {
		return blockOfBytes(gb, at, any(v).(byte))
	}
	var b Block
	for r := range 8 {
		for c := range 8 {
			if x, ok := g.Get(at.Add(grid.Pt(r, c))); ok && x == v {
				b |= 1 << (8*r + c)
			}
		}
	}
	return b
}

// blockOfBytes is BlockOf for eight whole columns of a grid of bytes, each
// row copied out and read as one word, whose bytes equal to v give a bit
// each, as in ofBytes.
func blockOfBytes(g grid.Grid[byte], at grid.Point, v byte) Block {
	var buf [64]byte
	var b Block
	vs := everyByte(v)
	for r := range 8 {
		if row := at.Row + r; row >= 0 && row < g.Rows() {
			line := g.AppendRow(buf[:0], row)
			eq := equalBytes(binary.LittleEndian.Uint64(line[at.Col:at.Col+8]), vs)
			b |= Block(eightBits(eq)) << (8 * r)
		}
	}
	return b
}

// Orient returns b seen in orientation o, as [grid.Grid.Orient] shows an
// 8x8 grid: mirrored left to right if o >= 4, then turned o%4 quarter
// turns clockwise. It costs a few word operations a turn. It panics if o
// is not below 8.
func (b Block) Orient(o grid.Orientation) Block {
	if o >= 8 {
		panic("bitrows: Block.Orient: orientation " + o.String() + ", want 0 to 7")
	}
	if o >= 4 {
		b = b.mirror()
	}
	for range o % 4 {
		b = b.transpose().mirror() // (r, c) takes (7-c, r): a quarter turn clockwise
	}
	return b
}

// mirror returns b mirrored left to right: cell (r, c) takes (r, 7-c).
// Reversing the word reverses rows and columns; reversing its bytes puts
// the rows back.
func (b Block) mirror() Block { return Block(bits.ReverseBytes64(bits.Reverse64(uint64(b)))) }

// transpose returns b with rows and columns swapped: cell (r, c) takes
// (c, r), by three exchanges of bits across the diagonal.
func (b Block) transpose() Block {
	x := uint64(b)
	t := 0x0f0f0f0f00000000 & (x ^ x<<28)
	x ^= t ^ t>>28
	t = 0x3333000033330000 & (x ^ x<<14)
	x ^= t ^ t>>14
	t = 0x5500550055005500 & (x ^ x<<7)
	x ^= t ^ t>>7
	return Block(x)
}

// OrBlock sets in g every cell that b has set, with b's top left cell at
// at; cells that land outside g are dropped. It returns g, and costs
// O(8) word operations, with no allocation.
func (g *Grid) OrBlock(b Block, at grid.Point) *Grid {
	inside := at.Col >= 0 && at.Col+8 <= g.cols // every column lands in g
	q, s := at.Col/64, uint(at.Col%64)
	for r := max(0, -at.Row); r < 8 && at.Row+r < g.rows; r++ {
		row, x := at.Row+r, uint64(b>>(8*r)&0xff)
		if !inside {
			src := [1]uint64{x}
			orShiftRow(g.w[row*g.per:(row+1)*g.per], src[:], at.Col, g.cols)
			continue
		}
		// The row's eight bits go into one word, or straddle two.
		i := row*g.per + q
		g.w[i] |= x << s
		if s > 56 {
			g.w[i+1] |= x >> (64 - s)
		}
	}
	return g
}

// Block returns the 8x8 cells of g from at (its top left cell) as a
// Block; cells past g's edges are clear. It costs O(8).
func (g *Grid) Block(at grid.Point) Block {
	var b Block
	for r := range 8 {
		row := at.Row + r
		if row < 0 || row >= g.rows {
			continue
		}
		words := g.w[row*g.per : (row+1)*g.per]
		// The eight columns from at.Col, those inside g.
		lo, hi := max(at.Col, 0), min(at.Col+8, g.cols)
		if lo >= hi {
			continue
		}
		x := bitsAt(words, lo, hi-lo)
		b |= Block(x<<(lo-at.Col)) << (8 * r)
	}
	return b
}

// Edges returns g's four edges as bit strings, as [grid.Edges] reads a
// tile: for Up, Right, Down and Left, the cells along that side read
// clockwise round the rectangle, the first cell read as bit 0. It costs
// O(Rows), and panics, as grid.Edges does, if a side is longer than 64
// cells.
func (g *Grid) Edges() [4]uint64 {
	if g.rows > 64 || g.cols > 64 {
		misuse.Panicf("bitrows: Grid.Edges", "a %dx%d grid has a side longer than 64 cells", g.rows, g.cols)
	}
	var e [4]uint64
	if g.rows == 0 || g.cols == 0 {
		return e
	}
	// A row is one word. The top reads left to right, as the word does;
	// the bottom right to left; the right side down, the left side up.
	e[0] = g.w[0]
	e[2] = grid.ReverseEdge(g.w[g.rows-1], g.cols)
	last := uint(g.cols - 1)
	for k := range g.rows {
		e[1] |= g.w[k] >> last & 1 << k
		e[3] |= g.w[g.rows-1-k] & 1 << k
	}
	return e
}
