package automaton

import (
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
)

// Around is the eight neighbours of a cell, one byte each: byte d (bits
// 8d to 8d+7) is the neighbour in heading d, so the four cardinal ones
// (Up, Right, Down, Left) are the low four bytes. Outside the grid a
// neighbour reads as the automaton's border value.
type Around uint64

// At returns the neighbour in heading d, which must be valid.
func (n Around) At(d grid.Dir) byte { return byte(n >> (8 * (d & 7))) }

const (
	ones = 0x0101010101010101
	lows = 0x7f7f7f7f7f7f7f7f
)

// Count returns how many of the eight neighbours hold v. It counts all
// eight at once with word arithmetic, a few instructions and no branch.
func (n Around) Count(v byte) int { return zeros(uint64(n) ^ ones*uint64(v)) }

// Count4 returns how many of the four cardinal neighbours hold v.
func (n Around) Count4(v byte) int {
	return zeros(uint64(n) ^ ones*uint64(v) | 0xffffffff00000000) // the diagonals never match
}

// zeros returns the number of zero bytes in x.
func zeros(x uint64) int {
	// A byte's high bit of t is set exactly when the byte is not zero: its
	// low seven bits carry into bit 7, or bit 7 is set already.
	t := (x&lows + lows) | x
	return bits.OnesCount64(^t & ^uint64(lows))
}

// Code returns the 3x3 window of a cell as a 9-bit number, for rules that
// look a window up in a table: the cells in reading order (UpLeft, Up,
// UpRight, Left, the cell v itself, Right, DownLeft, Down, DownRight) from
// the highest bit to the lowest, 1 for a cell that holds on and 0 for any
// other value.
func (n Around) Code(v, on byte) int {
	// A byte of eq is 0x80 where the neighbour holds on, 0 elsewhere.
	x := uint64(n) ^ ones*uint64(on)
	eq := ^((x&lows + lows) | x) & ^uint64(lows)
	bit := func(d grid.Dir) int { return int(eq>>(8*d+7)) & 1 }
	c := 0
	if v == on {
		c = 1 << 4
	}
	return bit(grid.UpLeft)<<8 | bit(grid.Up)<<7 | bit(grid.UpRight)<<6 | bit(grid.Left)<<5 | c |
		bit(grid.Right)<<3 | bit(grid.DownLeft)<<2 | bit(grid.Down)<<1 | bit(grid.DownRight)
}

// around3 returns the neighbours of cell c of the row mid, between the
// rows up and down of the same copy (the border around them, so c-1 and
// c+1 are in range).
func around3(up, mid, down []byte, c int) Around {
	return Around(uint64(up[c]) | uint64(mid[c+1])<<8 | uint64(down[c])<<16 | uint64(mid[c-1])<<24 |
		uint64(up[c+1])<<32 | uint64(down[c+1])<<40 | uint64(down[c-1])<<48 | uint64(up[c-1])<<56)
}

// aroundAt returns the neighbours at the eight indices s of cur, in the
// order of the headings.
func aroundAt(cur []byte, s []int32) Around {
	s = s[:8]
	return Around(uint64(cur[s[0]]) | uint64(cur[s[1]])<<8 | uint64(cur[s[2]])<<16 | uint64(cur[s[3]])<<24 |
		uint64(cur[s[4]])<<32 | uint64(cur[s[5]])<<40 | uint64(cur[s[6]])<<48 | uint64(cur[s[7]])<<56)
}
