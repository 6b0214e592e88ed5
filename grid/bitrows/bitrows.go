package bitrows

import (
	"encoding/binary"
	"math/bits"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Grid is a rows×cols map of bits, each row kept as consecutive 64-bit
// words with column c at bit c%64 of word c/64. Its operations work a
// whole word, 64 cells, at a time.
//
// The operations write their receiver from their arguments, as math/big
// does: g.And(a, b) sets g to a AND b and returns g. The arguments may be
// g itself, except in [Grid.Shift], [Grid.Rotate], [Grid.Spread] and
// [Grid.Advance]. All grids in one operation must have the same size, or
// it panics.
//
// A Grid is not safe for concurrent writes. Its zero value has no cells.
type Grid struct {
	rows, cols int
	per        int      // words per row
	w          []uint64 // rows*per words
	tmp        []uint64 // Advance's working memory, two rows
}

// New returns a rows×cols grid with every bit clear. It panics if rows or
// cols is negative.
func New(rows, cols int) *Grid {
	if rows < 0 || cols < 0 {
		misuse.Panicf("bitrows: New", "size %dx%d", rows, cols)
	}
	per := (cols + 63) / 64
	return &Grid{rows: rows, cols: cols, per: per, w: make([]uint64, rows*per)}
}

// From returns the grid of the cells of g for which on(v) holds. It costs
// O(Rows*Cols).
func From[T any](g grid.Grid[T], on func(v T) bool) *Grid {
	b := New(g.Rows(), g.Cols())
	r, c := 0, 0 // the cell of v, counted rather than divided out
	for v := range g.Values() {
		if on(v) {
			b.w[r*b.per+c/64] |= 1 << (c % 64)
		}
		if c++; c == b.cols {
			r, c = r+1, 0
		}
	}
	return b
}

// Of returns the grid of the cells of g equal to v: [From] for the most
// common test, with no function call per cell; a grid of bytes is read
// eight cells at a time. It costs O(Rows*Cols), and one allocation more
// than the Grid for a grid of bytes (a row's copy).
func Of[T comparable](g grid.Grid[T], v T) *Grid {
	if gb, ok := any(g).(grid.Grid[byte]); ok {
		return ofBytes(gb, any(v).(byte))
	}
	b := New(g.Rows(), g.Cols())
	r, c := 0, 0 // the cell of x, counted rather than divided out
	var word uint64
	for x := range g.Values() {
		if x == v {
			word |= 1 << (c % 64)
		}
		if c++; c%64 == 0 || c == b.cols {
			b.w[r*b.per+(c-1)/64] = word
			word = 0
			if c == b.cols {
				r, c = r+1, 0
			}
		}
	}
	return b
}

// ofBytes is Of for a grid of bytes. Each row is copied out, and each
// eight bytes of it, read as one word, give eight bits: a byte equal to v
// leaves a zero byte when xor-ed with v in every byte, whose top bit the
// zero-byte test clears and a multiply gathers.
func ofBytes(g grid.Grid[byte], v byte) *Grid {
	b := New(g.Rows(), g.Cols())
	vs := everyByte(v)
	row := make([]byte, 0, b.cols+7) // room to read a last word whole
	for r := range b.rows {
		// The seven bytes past the row stay as make left them, zero.
		row = g.AppendRow(row[:0], r)[:b.cols+7]
		words := b.w[r*b.per : (r+1)*b.per]
		for c := 0; c < b.cols; c += 8 {
			words[c/64] |= eightBits(equalBytes(binary.LittleEndian.Uint64(row[c:c+8]), vs)) << (c % 64)
		}
		if b.cols%64 != 0 { // the bytes past the end compared as zeros
			words[b.per-1] &= 1<<(b.cols%64) - 1
		}
	}
	return b
}

// Rows returns the number of rows.
func (g *Grid) Rows() int { return g.rows }

// Cols returns the number of columns.
func (g *Grid) Cols() int { return g.cols }

// Has reports whether the bit at p is set; false for p outside g.
func (g *Grid) Has(p grid.Point) bool {
	if uint(p.Row) >= uint(g.rows) || uint(p.Col) >= uint(g.cols) {
		return false
	}
	return g.w[p.Row*g.per+p.Col/64]>>(p.Col%64)&1 != 0
}

// Set sets the bit at p to on. It panics if p lies outside g.
func (g *Grid) Set(p grid.Point, on bool) {
	if uint(p.Row) >= uint(g.rows) || uint(p.Col) >= uint(g.cols) {
		misuse.Panicf("bitrows: Grid.Set", "%v outside the %dx%d grid", p, g.rows, g.cols)
	}
	i, m := p.Row*g.per+p.Col/64, uint64(1)<<(p.Col%64)
	if on {
		g.w[i] |= m
	} else {
		g.w[i] &^= m
	}
}

// Count returns the number of bits set. It costs O(words).
func (g *Grid) Count() int {
	n := 0
	for _, x := range g.w {
		n += bits.OnesCount64(x)
	}
	return n
}

// Any reports whether any bit is set. It stops at the first word that
// has one.
func (g *Grid) Any() bool {
	for _, x := range g.w {
		if x != 0 {
			return true
		}
	}
	return false
}

// Equal reports whether g and h have the same size and bits.
func (g *Grid) Equal(h *Grid) bool {
	if g.rows != h.rows || g.cols != h.cols {
		return false
	}
	for i, x := range g.w {
		if x != h.w[i] {
			return false
		}
	}
	return true
}

// Clone returns a copy of g.
func (g *Grid) Clone() *Grid {
	return &Grid{rows: g.rows, cols: g.cols, per: g.per, w: append([]uint64(nil), g.w...)}
}

// All returns an iterator over the points whose bits are set, row by row.
func (g *Grid) All() func(yield func(grid.Point) bool) {
	return func(yield func(grid.Point) bool) {
		for r := range g.rows {
			for k, x := range g.w[r*g.per : (r+1)*g.per] {
				for ; x != 0; x &= x - 1 {
					if !yield(grid.Pt(r, k*64+bits.TrailingZeros64(x))) {
						return
					}
				}
			}
		}
	}
}

// same panics for call unless every grid has g's size.
func (g *Grid) same(call string, hs ...*Grid) {
	for _, h := range hs {
		if h.rows != g.rows || h.cols != g.cols {
			misuse.Panicf("bitrows: Grid."+call, "sizes %dx%d and %dx%d", g.rows, g.cols, h.rows, h.cols)
		}
	}
}

// And sets g to a AND b and returns g.
func (g *Grid) And(a, b *Grid) *Grid {
	g.same("And", a, b)
	dst, x, y := g.w, a.w[:len(g.w)], b.w[:len(g.w)] // locals: no reload or bounds test a word
	for i := range dst {
		dst[i] = x[i] & y[i]
	}
	return g
}

// Or sets g to a OR b and returns g.
func (g *Grid) Or(a, b *Grid) *Grid {
	g.same("Or", a, b)
	dst, x, y := g.w, a.w[:len(g.w)], b.w[:len(g.w)] // locals: no reload or bounds test a word
	for i := range dst {
		dst[i] = x[i] | y[i]
	}
	return g
}

// AndNot sets g to a AND NOT b and returns g.
func (g *Grid) AndNot(a, b *Grid) *Grid {
	g.same("AndNot", a, b)
	dst, x, y := g.w, a.w[:len(g.w)], b.w[:len(g.w)] // locals: no reload or bounds test a word
	for i := range dst {
		dst[i] = x[i] &^ y[i]
	}
	return g
}

// Nor sets g to NOT (a OR b), within the grid's columns, and returns g:
// the cells empty of both, in one pass.
func (g *Grid) Nor(a, b *Grid) *Grid {
	g.same("Nor", a, b)
	dst, x, y := g.w, a.w[:len(g.w)], b.w[:len(g.w)] // locals: no reload or bounds test a word
	for i := range dst {
		dst[i] = ^(x[i] | y[i])
	}
	g.trim()
	return g
}

// Not sets g to NOT a, within the grid's columns, and returns g.
func (g *Grid) Not(a *Grid) *Grid {
	g.same("Not", a)
	dst, x := g.w, a.w[:len(g.w)]
	for i := range dst {
		dst[i] = ^x[i]
	}
	g.trim()
	return g
}

// trim clears the bits past the last column of each row.
func (g *Grid) trim() {
	if g.cols%64 == 0 {
		return
	}
	m := uint64(1)<<(g.cols%64) - 1
	for r := range g.rows {
		g.w[r*g.per+g.per-1] &= m
	}
}

// Rotate sets g to a with every bit moved k cells in heading d (Up, Right,
// Down or Left), wrapping round the edges as on a torus, and returns g. It
// costs O(words) and allocates nothing. It panics if g is a, d is not a
// cardinal heading, or the sizes differ.
func (g *Grid) Rotate(a *Grid, d grid.Dir, k int) *Grid {
	return g.move("Rotate", a, d, k, true)
}

// Shift is [Grid.Rotate] without the wrapping: bits moved past the edge
// are lost, and the cells they leave are cleared.
func (g *Grid) Shift(a *Grid, d grid.Dir, k int) *Grid {
	return g.move("Shift", a, d, k, false)
}

func (g *Grid) move(call string, a *Grid, d grid.Dir, k int, wrap bool) *Grid {
	g.same(call, a)
	switch {
	case g == a:
		misuse.Panicf("bitrows: Grid."+call, "the receiver is also the argument")
	case !d.Valid() || !d.Cardinal():
		misuse.Panicf("bitrows: Grid."+call, "heading %v, want a cardinal one", d)
	case k < 0:
		misuse.Panicf("bitrows: Grid."+call, "negative k %d", k)
	}
	switch d {
	case grid.Up, grid.Down:
		n := g.rows
		if n == 0 {
			return g
		}
		if d == grid.Up {
			k = -k
		}
		// The rows are consecutive, so rows moving down by s are one block
		// copy, and the rows that wrap round, or the cleared ones, another.
		per := g.per
		switch {
		case wrap:
			s := ((k % n) + n) % n
			copy(g.w[s*per:], a.w[:(n-s)*per])
			copy(g.w[:s*per], a.w[(n-s)*per:])
		case k >= n || -k >= n:
			clear(g.w)
		case k >= 0:
			copy(g.w[k*per:], a.w[:(n-k)*per])
			clear(g.w[:k*per])
		default:
			copy(g.w[:(n+k)*per], a.w[-k*per:])
			clear(g.w[(n+k)*per:])
		}
	default:
		n := g.cols
		if n == 0 {
			return g
		}
		if d == grid.Left {
			k = -k
		}
		s := ((k % n) + n) % n
		for r := range g.rows {
			dst, src := g.w[r*g.per:(r+1)*g.per], a.w[r*g.per:(r+1)*g.per]
			switch {
			case wrap && s > 0 && s < 64:
				rotateUp(dst, src, s, n)
			case wrap && s > 0 && n-s < 64:
				rotateDown(dst, src, n-s, n)
			case wrap:
				shiftRow(dst, src, s, n)
				orShiftRow(dst, src, s-n, n)
			case k > 0 && k < 64:
				shiftUpRow(dst, src, uint(k), n)
			case k < 0 && k > -64:
				shiftDownRow(dst, src, uint(-k))
			default:
				shiftRow(dst, src, k, n)
			}
		}
	}
	return g
}

// shiftUpRow sets the row dst, n columns, to src with every bit moved s
// columns up (right), for s in [1, 63], dropping what passes the last
// column: one pass, each word made from two.
func shiftUpRow(dst, src []uint64, s uint, n int) {
	src = src[:len(dst)]
	var carry uint64 // the bits of the word below that move into this one
	for i, x := range src {
		dst[i] = x<<s | carry
		carry = x >> (64 - s)
	}
	if n%64 != 0 && len(dst) > 0 {
		dst[len(dst)-1] &= uint64(1)<<(n%64) - 1
	}
}

// shiftDownRow sets the row dst to src with every bit moved s columns
// down (left), for s in [1, 63], dropping what passes column 0.
func shiftDownRow(dst, src []uint64, s uint) {
	src = src[:len(dst)]
	var carry uint64 // the bits of the word above that move into this one
	for i := len(src) - 1; i >= 0; i-- {
		x := src[i]
		dst[i] = x>>s | carry
		carry = x << (64 - s)
	}
}

// shiftRow sets dst to src moved s columns towards higher columns (toward
// lower ones for s < 0), within n columns; bits past either end are lost.
func shiftRow(dst, src []uint64, s, n int) {
	clear(dst)
	orShiftRow(dst, src, s, n)
}

// orShiftRow ORs into dst src moved s columns, as shiftRow does; src may
// be longer or shorter than dst.
func orShiftRow(dst, src []uint64, s, n int) {
	if s >= n || -s >= 64*len(src) { // everything lands past an end
		return
	}
	words, bitsOff := s/64, s%64
	if s < 0 {
		words, bitsOff = -((-s + 63) / 64), ((s%64)+64)%64
	}
	// Word i of dst takes bits from src words i-words and i-words-1.
	for i := range dst {
		var x uint64
		if j := i - words; j >= 0 && j < len(src) {
			x = src[j] << bitsOff
		}
		if j := i - words - 1; bitsOff != 0 && j >= 0 && j < len(src) {
			x |= src[j] >> (64 - bitsOff)
		}
		dst[i] |= x
	}
	if n%64 != 0 {
		dst[len(dst)-1] &= uint64(1)<<(n%64) - 1
	}
}

// rotateUp sets dst to src rotated s columns towards higher columns, for a
// row of n columns and 0 < s < min(64, n+1): one pass over the words.
func rotateUp(dst, src []uint64, s, n int) {
	top := bitsAt(src, n-s, s) // the columns that wrap round to the start
	for i := len(dst) - 1; i > 0; i-- {
		dst[i] = src[i]<<s | src[i-1]>>(64-s)
	}
	dst[0] = src[0]<<s | top
	if n%64 != 0 {
		dst[len(dst)-1] &= uint64(1)<<(n%64) - 1
	}
}

// rotateDown sets dst to src rotated s columns towards lower columns, for
// a row of n columns and 0 < s < min(64, n+1).
func rotateDown(dst, src []uint64, s, n int) {
	low := src[0] & (uint64(1)<<s - 1) // the columns that wrap round to the end
	last := len(dst) - 1
	for i := range last {
		dst[i] = src[i]>>s | src[i+1]<<(64-s)
	}
	dst[last] = src[last] >> s
	// The wrapped columns land at n-s to n-1, in one or two words.
	at := n - s
	dst[at/64] |= low << (at % 64)
	if at%64+s > 64 {
		dst[at/64+1] |= low >> (64 - at%64)
	}
}

// bitsAt returns the s bits of row from column at, for s < 64 and
// at+s <= the row's columns.
func bitsAt(row []uint64, at, s int) uint64 {
	x := row[at/64] >> (at % 64)
	if at%64+s > 64 {
		x |= row[at/64+1] << (64 - at%64)
	}
	return x & (uint64(1)<<s - 1)
}

// Key returns g's bits as a string, 8 bytes a word, row by row: equal for
// two grids of one size exactly when their bits are, so it can key a map
// of states seen, as cycle.Record's key does. It costs O(words) and one
// allocation; [Key] joins the keys of several grids in one.
func (g *Grid) Key() string { return Key(g) }

// Key returns the keys of grids (see [Grid.Key]) joined into one string,
// in one allocation: the key of a state made of several grids, such as
// the trees and the lumberyards of a forest. It costs O(words).
func Key(grids ...*Grid) string {
	n := 0
	for _, g := range grids {
		n += 8 * len(g.w)
	}
	var b strings.Builder
	b.Grow(n)
	var buf [256]byte // 32 words written at a time
	k := 0
	for _, g := range grids {
		for _, x := range g.w {
			if k == len(buf) {
				b.Write(buf[:])
				k = 0
			}
			binary.LittleEndian.PutUint64(buf[k:], x)
			k += 8
		}
	}
	b.Write(buf[:k])
	return b.String()
}

// AppendKey appends the bytes of [Grid.Key] to b and returns the result,
// as strconv's Append functions do.
func (g *Grid) AppendKey(b []byte) []byte {
	for _, x := range g.w {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	return b
}

// everyByte returns a word with v in each of its eight bytes.
func everyByte(v byte) uint64 { return uint64(v) * 0x0101010101010101 }

// equalBytes returns, for the eight bytes of x, the top bit of each byte
// equal to the byte that vs holds in every byte (see everyByte): xor-ed
// with vs, those are the zero bytes, and the zero-byte test leaves their
// top bits clear where every other byte sets its own.
func equalBytes(x, vs uint64) uint64 {
	const lows, highs = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	y := x ^ vs
	return ^((y&lows + lows) | y) & highs
}

// eightBits gathers the top bits of the eight bytes of m, byte i's to bit
// i, by one multiply: each lands on its own bit of the top byte, and no
// two sums carry into one another.
func eightBits(m uint64) uint64 { return (m >> 7) * 0x0102040810204080 >> 56 }
