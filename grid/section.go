package grid

import (
	"encoding/binary"
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

// A Section is one block of an input made of blocks separated by blank
// lines, such as many small maps, or a map followed by a list of moves.
// Text is the block as it stands in the input: its lines with their line
// endings, "\n" or "\r\n", the last one included if the input has it. Line
// is the number of its first line in the whole input, from 1, so that
// errors from [Section.Grid], [Section.Ints] and [Section.Points] point
// into the whole input. The zero Section has no lines.
type Section struct {
	Line int
	Text string
}

// Sections splits s into blocks of lines separated by blank lines, with
// the tolerance of [Parse]: a leading UTF-8 byte order mark is dropped;
// lines end in "\n" or "\r\n", mixed freely; a line holding only carriage
// returns is blank; any number of blank lines may separate blocks, start
// the input or end it. It returns nil if s has no block. The sections
// share s's memory; Sections costs O(len(s)) and allocates only the slice.
func Sections(s string) []Section {
	var out []Section
	for sec := range sections(s) {
		out = append(out, sec)
	}
	return out
}

// CutSection returns the first block of s, as [Sections] finds it, and
// the rest of s from the next non-blank line to the end, blank lines and
// all: "a grid, then the rest". rest is the zero Section if nothing
// follows the first block. It reads s no further than the end of the
// second block, costs O(len(s)) at most, and allocates nothing.
func CutSection(s string) (first, rest Section) {
	body := strings.TrimPrefix(s, byteOrderMark)
	for sec, off := range blocks(body) {
		if first.Line == 0 {
			first = sec
			continue
		}
		return first, Section{sec.Line, body[off:]}
	}
	return first, Section{}
}

// sections returns an iterator over the blocks of s.
func sections(s string) iter.Seq[Section] {
	return func(yield func(Section) bool) {
		for sec := range blocks(strings.TrimPrefix(s, byteOrderMark)) {
			if !yield(sec) {
				return
			}
		}
	}
}

// blocks returns an iterator over the blocks of body, which has no byte
// order mark, each with its offset in body. Only a line that starts with
// "\n" or "\r" can be blank, so within a block it reads eight bytes at a
// time for the "\n"s, and looks at the line after each (see maybeBlank).
func blocks(body string) iter.Seq2[Section, int] {
	return func(yield func(Section, int) bool) {
		start, first := -1, 0 // the current block's offset and line
		for off, no := 0, 1; off < len(body); {
			if blankAt(body, off) {
				if start >= 0 {
					if !yield(Section{first, body[start:off]}, start) {
						return
					}
					start = -1
				}
				off, no = lineEnd(body, off), no+1
				continue
			}
			if start < 0 {
				start, first = off, no
			}
			next, passed := maybeBlank(body, off)
			off, no = next, no+passed
		}
		if start >= 0 {
			yield(Section{first, body[start:]}, start)
		}
	}
}

// blankAt reports whether the line of s that starts at off is blank: it
// holds nothing but "\r"s before its "\n" or the end of s.
func blankAt(s string, off int) bool {
	for k := off; k < len(s) && s[k] != '\n'; k++ {
		if s[k] != '\r' {
			return false
		}
	}
	return true
}

// maybeBlank returns the start of the first line after the one of s that
// starts at off whose first byte is "\n" or "\r", or len(s), and how many
// lines it passed (the "\n"s it read). It reads eight bytes a word, whose
// "\n" bytes it finds at once: xor-ed with "\n" in every byte, they are
// the zero bytes.
func maybeBlank(s string, off int) (next, passed int) {
	at := func(p int) bool { return p == len(s) || s[p] == '\n' || s[p] == '\r' }
	i := off
	for ; i+8 <= len(s); i += 8 {
		for nl := newlines(s[i : i+8]); nl != 0; nl &= nl - 1 {
			passed++
			if p := i + bits.TrailingZeros64(nl)/8 + 1; at(p) {
				return p, passed
			}
		}
	}
	for ; i < len(s); i++ {
		if s[i] == '\n' {
			passed++
			if at(i + 1) {
				return i + 1, passed
			}
		}
	}
	return len(s), passed
}

// Grid parses the section as a map with [ParseString], numbering lines as
// in the whole input.
func (s Section) Grid(opts ...Option) (Grid[byte], error) {
	// The section's line and its text-only input go in as defaults, before
	// opts, without making Options of them.
	o := collectFrom(options{maxCells: maxCells, firstLine: max(s.Line, 1), text: true}, opts)
	return parseText[byte](s.Text, nil, o)
}

// Mask returns the section as a map of at most 64 cells, as [Section.Grid]
// parses it, in one word: bit r*cols+c is set where the cell at row r,
// column c is the byte on. A small shape (a piece, a lock, a key) is then
// compared and combined by bit operations, with no grid made. Errors are
// Section.Grid's, and [ErrTooLarge] in a [*ParseError] for a map of more
// than 64 cells. It costs O(len(s.Text)), and allocates nothing for a plain
// block (lines of one length, each ended by "\n" but perhaps the last, no
// "\r"); any other goes through Section.Grid.
func (s Section) Mask(on byte) (mask uint64, rows, cols int, err error) {
	if mask, rows, cols, ok := plainMask(s.Text, on); ok {
		return mask, rows, cols, nil
	}
	g, err := s.Grid()
	if err != nil {
		return 0, 0, 0, err
	}
	if g.Len() > 64 {
		return 0, 0, 0, &ParseError{Line: s.Line, Err: fmt.Errorf("%w: %dx%d cells, more than the 64 of a mask", ErrTooLarge, g.Rows(), g.Cols())}
	}
	for i, v := range g.cells {
		if v == on {
			mask |= 1 << i
		}
	}
	return mask, g.Rows(), g.Cols(), nil
}

// plainMask is Mask for a plain block of text, in one pass; it reports
// false, for Mask to parse text as a grid, for anything else.
func plainMask(text string, on byte) (mask uint64, rows, cols int, ok bool) {
	body, rows, cols, ok := plainLayout(text)
	if !ok || rows*cols > 64 {
		return 0, 0, 0, false
	}
	bit := uint64(1)
	for r := range rows {
		at := r * (cols + 1)
		if r > 0 && body[at-1] != '\n' {
			return 0, 0, 0, false
		}
		for _, b := range []byte(body[at : at+cols]) {
			if b == '\n' || b == '\r' {
				return 0, 0, 0, false
			}
			if b == on {
				mask |= bit
			}
			bit <<= 1
		}
	}
	return mask, rows, cols, true
}

// Header returns the section's first line, without its line ending, and
// the rest of the section after it: a block that opens with a header line,
// such as "Tile 17:", then its map. Read the header alone (with
// [ParseInts], say) and parse the rest as the map, with [Glyphs] to make
// sure no header slips into it. rest is the zero Section if the section
// has one line. Header costs O(length of the first line) and allocates
// nothing.
func (s Section) Header() (line string, rest Section) {
	first, after, found := strings.Cut(s.Text, "\n")
	line = strings.TrimRight(first, "\r")
	if !found || after == "" {
		return line, Section{}
	}
	return line, Section{s.Line + 1, after}
}

// Ints returns the integers on each line of the section, as [ParseInts]
// does, numbering lines as in the whole input.
func (s Section) Ints(opts ...Option) ([][]int, error) {
	return ParseInts(s.Text, s.options(opts)...)
}

// Points returns the "x,y" points of the section, as [ParsePoints] does,
// numbering lines as in the whole input.
func (s Section) Points(opts ...Option) ([]Point, error) {
	return ParsePoints(s.Text, s.options(opts)...)
}

// options puts FirstLine(s.Line) before opts, and keeps a byte order mark
// at the start of the section: Sections has dropped the input's own.
func (s Section) options(opts []Option) []Option {
	return append([]Option{FirstLine(s.Line), inside}, opts...)
}

// Lines returns an iterator over the lines of the section without their
// line endings; carriage returns at the end of a line are dropped, as
// [Parse] drops them. It allocates nothing when ranged over directly.
func (s Section) Lines() iter.Seq[string] {
	return func(yield func(string) bool) {
		for l := range lines(s.Text, 0) {
			if !yield(l.text) {
				return
			}
		}
	}
}

// A line is one line of a text.
type line struct {
	no    int    // its number
	text  string // without its "\n" and trailing carriage returns
	start int    // its offset in the text
}

// lines returns an iterator over the lines of s, numbered from first. A
// final "\n" does not start another line.
func lines(s string, first int) iter.Seq[line] {
	return func(yield func(line) bool) {
		for off, no := 0, first; off < len(s); no++ {
			end := strings.IndexByte(s[off:], '\n')
			next := len(s)
			if end < 0 {
				end = len(s)
			} else {
				end += off
				next = end + 1
			}
			if !yield(line{no, strings.TrimRight(s[off:end], "\r"), off}) {
				return
			}
			off = next
		}
	}
}

// lineEnd returns the offset just past the "\n" that ends the line of s
// starting at off, or len(s). Lines of a block of small maps are short,
// and a search library call costs more than reading them, so it reads the
// first sixteen bytes eight at a time (a word with a "\n" byte has a zero
// byte once xor-ed with "\n" in every byte), then searches the rest.
func lineEnd(s string, off int) int {
	for end := off + 16; off+8 <= len(s) && off < end; off += 8 {
		if nl := newlines(s[off : off+8]); nl != 0 {
			return off + bits.TrailingZeros64(nl)/8 + 1
		}
	}
	if k := strings.IndexByte(s[off:], '\n'); k >= 0 {
		return off + k + 1
	}
	return len(s)
}

// newlines returns the top bit of each "\n" byte of the eight bytes of w,
// read as a word.
func newlines(w string) uint64 {
	return equalBytes(binary.LittleEndian.Uint64([]byte(w)), '\n')
}

// equalBytes returns the top bit of each byte of x that is b: xor-ed with
// b in every byte, such a byte is zero, and the zero-byte test leaves its
// top bit clear where every other byte sets it.
func equalBytes(x uint64, b byte) uint64 {
	const ones, lows, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	y := x ^ uint64(b)*ones
	return ^((y&lows + lows) | y) & highs
}

// packBytes gathers the top bits of the eight bytes of x, as equalBytes
// leaves them, into its low eight bits, byte i to bit i, by one multiply.
func packBytes(x uint64) uint64 {
	return (x >> 7) * 0x0102040810204080 >> 56
}
