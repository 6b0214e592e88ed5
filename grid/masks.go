package grid

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// Masks reads an input made of small maps of one size separated by blank
// lines, such as locks and keys or tiles, each into one word as
// [Section.Mask] reads a section: bit r*cols+c is set where the cell at
// row r, column c of the map is the byte on. It returns the masks in the
// order of the input and the maps' size.
//
// An input laid out plainly (maps of rows lines of cols bytes, "\n" line
// endings, one blank line between maps, no byte order mark) is read in
// one pass at a fixed stride, with no section made: the way the fastest
// published solutions read such inputs, but checking every line break on
// the way. Any other is read by [Sections] and Section.Mask, with their
// tolerance of line endings and blank lines, and their errors, which
// number the lines of the whole input; a map of another size than the
// first is an error naming its line. Masks costs O(len(input)); a plain
// input allocates only the slice of masks, any other the sections too
// (and, for a block that is not plain, what Section.Mask allocates).
func Masks(input string, on byte) (masks []uint64, rows, cols int, err error) {
	if masks, rows, cols, ok := plainMasks(input, on); ok {
		return masks, rows, cols, nil
	}
	return sectionMasks(input, on)
}

// sectionMasks is Masks by Sections and Section.Mask, for any input.
func sectionMasks(input string, on byte) (masks []uint64, rows, cols int, err error) {
	secs := Sections(input)
	masks = make([]uint64, 0, len(secs))
	for i, s := range secs {
		m, r, c, err := s.Mask(on)
		if err != nil {
			return nil, 0, 0, err
		}
		if i == 0 {
			rows, cols = r, c
		} else if r != rows || c != cols {
			return nil, 0, 0, &ParseError{Line: s.Line, Err: fmt.Errorf("a %dx%d map, where the first is %dx%d", r, c, rows, cols)}
		}
		masks = append(masks, m)
	}
	return masks, rows, cols, nil
}

// below16 sets the top bit of every byte of x below 0x10, and maybe of
// bytes above such a byte, where a borrow runs in: a borrow runs upward
// only, so masked to a run of low bytes, whether any is set is exact.
func below16(x uint64) uint64 {
	return (x - 0x1010101010101010) &^ x & 0x8080808080808080
}

// plainMasks is Masks for a plain input; it reports false, for Masks to
// read the input by sections, for anything else, including every faulty
// input.
func plainMasks(s string, on byte) (masks []uint64, rows, cols int, ok bool) {
	cols = strings.IndexByte(s, '\n')
	if cols < 0 {
		cols = len(s) // one line
	}
	if cols == 0 || cols > 64 || strings.HasPrefix(s, byteOrderMark) {
		return nil, 0, 0, false
	}
	// The first map's rows: lines of cols bytes up to the first blank one.
	line := cols + 1
	for (rows+1)*line < len(s) && s[(rows+1)*line] != '\n' {
		rows++
	}
	rows++
	block := rows * line // a map, its last "\n" included
	if rows*cols > 64 || len(s) < block-1 {
		return nil, 0, 0, false
	}
	// Maps lie block+1 bytes apart; the last may lack its final "\n".
	n := (len(s) + 2) / (block + 1)
	if end := n*(block+1) - 1; len(s) != end && len(s) != end-1 {
		return nil, 0, 0, false
	}
	masks = make([]uint64, n)
	want := uint64(1)<<min(cols, 8) - 1                          // a row's cells, in a word of eight
	highs := uint64(0x8080808080808080) >> (64 - 8*min(cols, 8)) // the top bit of each of a row's bytes
	for k := range masks {
		at := k * (block + 1)
		var m uint64
		for r := range rows {
			start := at + r*line
			if cols <= 8 && start+8 <= len(s) {
				// The row's bytes, and the line break after them if the
				// row is shorter than 8, in a word, with no branch a
				// byte. A control byte (below 0x10), such as "\r", in
				// the row, or no "\n" after it, is left to Sections,
				// which says what it is.
				x := binary.LittleEndian.Uint64([]byte(s[start : start+8]))
				if below16(x)&highs != 0 {
					return nil, 0, 0, false
				}
				if cols < 8 && byte(x>>(8*cols)) != '\n' {
					return nil, 0, 0, false
				}
				if e := start + 8; cols == 8 && e < len(s) && s[e] != '\n' {
					return nil, 0, 0, false
				}
				m |= packBytes(equalBytes(x, on)) & want << (r * cols)
				continue
			}
			for i, b := range []byte(s[start : start+cols]) {
				if b == '\n' || b == '\r' {
					return nil, 0, 0, false
				}
				if b == on {
					m |= 1 << (r*cols + i)
				}
			}
			// Every line ends in "\n", but the input's last.
			if e := start + cols; e < len(s) && s[e] != '\n' {
				return nil, 0, 0, false
			}
		}
		// A blank line follows each map but the last.
		if e := at + block; e < len(s) && s[e] != '\n' {
			return nil, 0, 0, false
		}
		masks[k] = m
	}
	return masks, rows, cols, true
}
