package bitrows

import (
	"encoding/binary"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
)

// FromSection reads a section's map of two glyphs straight into bits: on
// is a set bit and off a clear one. Any other byte is refused with the
// error [grid.Section.Grid] gives for it under [grid.Glyphs], naming its
// line and column in the whole input, as are ragged rows and every other
// fault. A plain block (lines of one length, each ended by "\n" but
// perhaps the last, no "\r") of rows of up to 64 cells is read eight cells
// a word, with no grid of bytes made; any other goes through Section.Grid
// and [Of]. It costs O(len(s.Text)) and two allocations, the Grid's.
func FromSection(s grid.Section, on, off byte) (*Grid, error) {
	if g, ok := plainSection(s.Text, on, off); ok {
		return g, nil
	}
	g, err := s.Grid(grid.Glyphs(string([]byte{on, off})))
	if err != nil {
		return nil, err
	}
	return Of(g, on), nil
}

// plainSection is FromSection for a plain block of rows of up to 64
// cells, or false. Each row is read a word at a time: a byte equal to on
// or off leaves a zero byte when xor-ed with that byte in every byte, and
// the zero-byte test leaves the top bit of each such byte clear.
//
// Its layout test is the grid package's for a plain map (rows of one
// length by the length of the first and of the text), written again here
// as that one is not exported.
func plainSection(text string, on, off byte) (*Grid, bool) {
	const highs = 0x8080808080808080
	ons, offs := everyByte(on), everyByte(off)
	cols := strings.IndexByte(text, '\n')
	body := text
	if cols < 0 {
		cols = len(text)
	} else if text[len(text)-1] == '\n' {
		body = text[:len(text)-1]
	}
	rows := (len(body) + 1) / (cols + 1)
	if cols == 0 || cols > 64 || rows*(cols+1) != len(body)+1 || lineByte(on) || lineByte(off) {
		return nil, false
	}
	g := New(rows, cols)
	var pad [8]byte
	for r := range rows {
		at := r * (cols + 1)
		if r > 0 && body[at-1] != '\n' {
			return nil, false
		}
		var word uint64
		for c := 0; c < cols; c += 8 {
			// Eight bytes from the row's cell c: past the row's end they
			// are the next row's, or, at the end of the text, a copy
			// padded with off; only the row's own are looked at.
			var x uint64
			if i := at + c; i+8 <= len(body) {
				x = binary.LittleEndian.Uint64([]byte(body[i : i+8]))
			} else {
				for k := range pad {
					pad[k] = off
				}
				copy(pad[:], body[i:])
				x = binary.LittleEndian.Uint64(pad[:])
			}
			mine := uint64(highs) // the top bits of the row's own bytes
			if n := cols - c; n < 8 {
				mine >>= 8 * (8 - n)
			}
			isOn, isOff := equalBytes(x, ons)&mine, equalBytes(x, offs)&mine
			if isOn|isOff != mine { // a byte that is neither: a line break, "\r", another glyph
				return nil, false
			}
			word |= eightBits(isOn) << c
		}
		g.w[r] = word
	}
	return g, true
}

// lineByte reports whether b ends or splits a line, so that the one-pass
// reading, which takes every byte of a row for a cell, may not see it as
// a glyph.
func lineByte(b byte) bool { return b == '\n' || b == '\r' }
