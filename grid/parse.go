package grid

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Errors that a [*ParseError] may wrap, for use with [errors.Is].
var (
	ErrEmpty    = errors.New("empty input")
	ErrRagged   = errors.New("ragged rows")
	ErrBlank    = errors.New("blank line inside the grid")
	ErrTooLarge = errors.New("grid too large")
)

// byteOrderMark is the UTF-8 byte order mark that parsing drops from the
// start of the input.
const byteOrderMark = "\ufeff"

// A ParseError reports malformed input: where it is and what is wrong.
// Line and Col count from 1; Col is 0 when the fault is the whole line, and
// Line is 0 when it is the whole input.
type ParseError struct {
	Line, Col int
	Err       error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("grid: ")
	if e.Line > 0 {
		b.WriteString("line " + strconv.Itoa(e.Line))
		if e.Col > 0 {
			b.WriteString(", column " + strconv.Itoa(e.Col))
		}
		b.WriteString(": ")
	}
	if e.Err == nil {
		b.WriteString("malformed input")
	} else {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error: one of [ErrEmpty], [ErrRagged],
// [ErrBlank], [ErrTooLarge], or the error returned by a cell function.
func (e *ParseError) Unwrap() error { return e.Err }

// Parse reads a text map into a grid of bytes, one cell per byte, one row
// per line. See [ParseFunc] for the input it takes and refuses. Parse copies
// each row whole, without a call per cell.
func Parse(r io.Reader, opts ...Option) (Grid[byte], error) {
	return parse[byte](r, nil, collect(opts))
}

// ParseString is [Parse] on a string.
func ParseString(s string, opts ...Option) (Grid[byte], error) {
	return parseText[byte](s, nil, collect(opts))
}

// MustParse is [ParseString] for maps written into a program, such as the
// ones in tests and examples: it panics if s does not parse, with the
// [*ParseError] as the panic value. Like ParseString it skips blank lines
// before the map, so a map can start on the line after the opening
// backquote.
func MustParse(s string, opts ...Option) Grid[byte] {
	g, err := ParseString(s, opts...)
	if err != nil {
		panic(err)
	}
	return g
}

// ParseFunc reads a text map into a grid, one row per line, turning each
// byte c at point p into a cell with cell(p, c). It reads r to the end.
//
// Lines end in "\n" or "\r\n", mixed freely; carriage returns at the end of a
// line are dropped. A leading UTF-8 byte order mark, a missing final newline
// and blank lines at the start and at the end are accepted; lines keep
// their numbers in the input, so a map in a Go raw string that starts with
// a newline has its first row on line 2. Every other byte, including
// spaces, tabs, NUL and non-ASCII bytes, is a cell and is passed to cell.
// cell is called row by row, for a row only once the row is known to be
// well formed.
//
// ParseFunc returns a [*ParseError] naming the line (and column, where one
// cell is at fault) for empty input ([ErrEmpty]), a row whose length differs
// from the first ([ErrRagged]), a blank line followed by more rows
// ([ErrBlank]), a grid over the cell limit ([ErrTooLarge], see [MaxCells]),
// or any error that cell returns, which it wraps. An error from r itself is
// not a *ParseError: it is returned wrapped, as "grid: reading input: ...",
// and so is a reader that breaks the [io.Reader] rules by returning more
// bytes than asked for, or no bytes and no error 100 times in a row
// ([io.ErrNoProgress]). ParseFunc stops at the first fault and never panics
// on any input from any reader; it panics only if cell is nil.
//
// Parsing costs O(input size) time, and memory for at most 2.25 times the
// grid's cells at once, plus a read buffer of at most 64 KiB and one row's
// bytes; a reader with a Len method, as strings.Reader has, costs one block
// of cells. An input over the cell limit is refused holding no more than
// the limit's cells (docs/reliability.md has the exact bounds).
func ParseFunc[T any](r io.Reader, cell func(p Point, c byte) (T, error), opts ...Option) (Grid[T], error) {
	if cell == nil {
		misusef("ParseFunc", "nil cell function")
	}
	return parse(r, cell, collect(opts))
}

// ParseStringFunc is [ParseFunc] on a string.
func ParseStringFunc[T any](s string, cell func(p Point, c byte) (T, error), opts ...Option) (Grid[T], error) {
	if cell == nil {
		misusef("ParseStringFunc", "nil cell function")
	}
	return parseText(s, cell, collect(opts))
}

// parseText is parse for a string: a short map of bytes is copied once
// and parsed in place, with no reader and no read loop.
func parseText[T any](s string, cell func(p Point, c byte) (T, error), o options) (Grid[T], error) {
	if cell != nil || len(s) >= readChunk || int64(len(s)) > inputLimit(o) {
		return parse(strings.NewReader(s), cell, o)
	}
	if g, ok := parsePlain(s, o); ok {
		return any(g).(Grid[T]), nil
	}
	p := newRowParser[T](o, nil)
	buf := []byte(s)
	p.cells = store[T]{cur: any(buf[:0]).([]T), max: o.maxCells}
	start := 0
	if !o.text && bytes.HasPrefix(buf, []byte(byteOrderMark)) {
		start = len(byteOrderMark)
	}
	if perr := p.feed(buf[start:]); perr != nil {
		return Grid[T]{}, perr
	}
	return p.grid()
}

// plainLayout finds the size of s as a plain map: body, s without its
// final "\n", holds rows lines of cols bytes, each but the last followed by
// "\n", if its length says so; ok is false otherwise. It does not look
// inside the lines: a caller checks that each "\n" is where a line ends
// and that none is inside one. It costs one search for the first "\n" and
// one division; rows*cols cannot overflow, being at most len(s).
func plainLayout(s string) (body string, rows, cols int, ok bool) {
	cols = strings.IndexByte(s, '\n')
	body = s
	if cols < 0 {
		cols = len(s)
	} else if s[len(s)-1] == '\n' {
		body = s[:len(s)-1]
	}
	rows = (len(body) + 1) / (cols + 1)
	return body, rows, cols, cols > 0 && rows*(cols+1) == len(body)+1
}

// parsePlain parses s as a map of bytes when it is plainly one, and
// reports whether it was: lines of one length, at least one byte, each
// ended by "\n" but perhaps the last, with no "\r", no byte-order mark
// to drop, every byte one of o's glyphs, and no more cells than o allows.
// It finds the size from the length of the first line and of s, and
// copies the rows into one allocation, with no work per line beyond a
// check of its end, where the row parser takes each line in turn. Any
// other text, including every faulty one, is left to the row parser,
// which gives the same grid or the error that locates the fault.
func parsePlain(s string, o options) (Grid[byte], bool) {
	body, rows, cols, ok := plainLayout(s)
	if !ok || !o.text && strings.HasPrefix(s, byteOrderMark) || strings.IndexByte(s, '\r') >= 0 {
		return Grid[byte]{}, false
	}
	if rows*cols > o.maxCells || strings.Count(body, "\n") != rows-1 {
		return Grid[byte]{}, false // too large for o, or a "\n" inside a line
	}
	cells := make([]byte, rows*cols)
	for r := range rows {
		at := r * (cols + 1)
		if r > 0 && body[at-1] != '\n' {
			return Grid[byte]{}, false
		}
		copy(cells[r*cols:(r+1)*cols], body[at:at+cols])
	}
	if o.glyphs != nil {
		for _, c := range cells {
			if !o.glyphs.in[c] {
				return Grid[byte]{}, false
			}
		}
	}
	return Grid[byte]{int32(rows), int32(cols), cells}, true
}

// inputLimit is the most bytes of input a parse with o reads: each cell
// takes at least one byte, and each row at most two bytes of line ending,
// with generous room for blank lines.
func inputLimit(o options) int64 { return int64(o.maxCells)*3 + 4096 }

// newRowParser returns a parser for o's map, of cells made by cell, or of
// bytes if cell is nil: a map of bytes checks its glyphs as it copies them,
// with no call per cell, and may keep its cells in the read buffer.
func newRowParser[T any](o options, cell func(p Point, c byte) (T, error)) rowParser[T] {
	p := rowParser[T]{maxCells: o.maxCells, line: o.firstLine, cell: cell}
	if cell == nil {
		if o.glyphs != nil {
			p.glyphs, p.set = &o.glyphs.in, o.glyphs.set
		}
	}
	return p
}

// grid ends the input and returns the grid parsed.
func (p *rowParser[T]) grid() (Grid[T], error) {
	if perr := p.finish(); perr != nil {
		return Grid[T]{}, perr
	}
	return Grid[T]{int32(p.rows), int32(p.cols), p.cells.slice()}, nil
}

// parse is the parser behind Parse and ParseFunc. A nil cell means that T
// is byte and each cell is its byte.
func parse[T any](r io.Reader, cell func(p Point, c byte) (T, error), o options) (Grid[T], error) {
	limit := inputLimit(o) // then refuse
	in := boundedReader{r: r, left: limit + 1}
	hint := lenHint(r)
	p := newRowParser(o, cell)
	if cell != nil {
		// The bytes of one row at a time: as many as the input, if it says,
		// for a small map, rather than a first block of minBlock.
		p.row = newStore[byte](o.maxCells, min(hint+1, minBlock))
	}
	size := readChunk
	if hint >= 0 {
		size = max(min(size, hint+1), 16) // +1 to see io.EOF in the same read
	}
	buf := make([]byte, size)
	// A grid of bytes from a short input that tells its length keeps its
	// cells in the read buffer itself: a cell never comes before the byte
	// it is read from, so the cells written from offset 0 never overtake
	// the bytes still to read. If the input outgrows the buffer after all,
	// reading goes on in a new buffer and the cells keep the old one.
	inPlace := cell == nil && hint >= 0 && hint < readChunk
	if inPlace {
		p.cells = store[T]{cur: any(buf[:0]).([]T), max: o.maxCells}
	} else {
		p.cells = newStore[T](o.maxCells, hint)
	}
	bom := !o.text     // still to look for a byte order mark
	start, end := 0, 0 // buf[start:end] is read and not yet parsed
	for {
		if end == len(buf) {
			if inPlace {
				buf, inPlace = make([]byte, readChunk), false
			}
			start, end = 0, 0
		}
		n, err := in.read(buf[end:])
		end += n
		if err == errTooLong {
			return Grid[T]{}, &ParseError{Err: fmt.Errorf("%w: input exceeds %d bytes", ErrTooLarge, limit)}
		}
		if err != nil && err != io.EOF {
			return Grid[T]{}, fmt.Errorf("grid: reading input: %w", err)
		}
		if bom {
			if end-start < len(byteOrderMark) && err == nil {
				continue // too few bytes yet to tell
			}
			if bytes.HasPrefix(buf[start:end], []byte(byteOrderMark)) {
				start += len(byteOrderMark)
			}
			bom = false
		}
		if perr := p.feed(buf[start:end]); perr != nil {
			return Grid[T]{}, perr
		}
		start = end
		if !inPlace {
			start, end = 0, 0
		}
		if err == io.EOF {
			break
		}
	}
	return p.grid()
}

// rowParser splits text into rows, checks their shape and stores their
// cells. Text arrives in pieces of any size.
type rowParser[T any] struct {
	maxCells   int
	cell       func(p Point, c byte) (T, error)
	cells      store[T]
	row        store[byte] // ParseFunc: the bytes of the current row
	rows, cols int
	line       int  // number of the current line
	rowLen     int  // cells of the current line so far
	pendCR     int  // carriage returns after them, which may end the line
	partial    bool // the current line has begun
	faulty     bool // the current row is refused at its end: only count it
	blankAt    int  // number of the first blank line after a row, or 0

	// Glyphs, for a map of bytes: the bytes allowed (nil for any), as
	// given, and the column and byte of the current row's first other
	// byte (0 for none), refused at the end of the line as a ragged row is.
	glyphs  *[256]bool
	set     string
	badCol  int
	badByte byte
}

// crs is a run of carriage returns, cells once a row goes on after them.
var crs = func() (a [256]byte) {
	for i := range a {
		a[i] = '\r'
	}
	return a
}()

// feed parses the next piece of text.
func (p *rowParser[T]) feed(data []byte) *ParseError {
	for len(data) > 0 {
		seg := data
		i := bytes.IndexByte(data, '\n')
		if i >= 0 {
			seg, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if err := p.segment(seg); err != nil {
			return err
		}
		if i >= 0 {
			if err := p.endLine(); err != nil {
				return err
			}
		}
	}
	return nil
}

// segment takes the next bytes of the current line, without its "\n".
func (p *rowParser[T]) segment(seg []byte) *ParseError {
	p.partial = p.partial || len(seg) > 0
	j := len(seg)
	for j > 0 && seg[j-1] == '\r' {
		j--
	}
	if j == 0 {
		p.pendCR += len(seg)
		return nil
	}
	for p.pendCR > 0 { // the carriage returns so far were cells
		k := min(p.pendCR, len(crs))
		p.pendCR -= k
		if err := p.add(crs[:k]); err != nil {
			return err
		}
	}
	p.pendCR = len(seg) - j
	return p.add(seg[:j])
}

// add takes cells of the current row.
func (p *rowParser[T]) add(b []byte) *ParseError {
	if p.rowLen == 0 && p.blankAt != 0 {
		return &ParseError{Line: p.blankAt, Err: ErrBlank}
	}
	p.rowLen += len(b)
	if p.faulty {
		return nil
	}
	if p.rows == 0 && p.rowLen > p.maxCells ||
		p.rows > 0 && (p.rowLen > p.cols || p.rows*p.cols+p.rowLen > p.maxCells) {
		p.faulty = true // refused at the end of the line, where its length is known
		return nil
	}
	if p.cell == nil {
		if p.glyphs != nil && p.badCol == 0 {
			for k, x := range b {
				if !p.glyphs[x] {
					p.badCol, p.badByte = p.rowLen-len(b)+k+1, x
					break
				}
			}
		}
		p.cells.addAll(any(b).([]T))
	} else {
		p.row.addAll(b)
	}
	return nil
}

// endLine ends the current line.
func (p *rowParser[T]) endLine() *ParseError {
	line, n, bad := p.line, p.rowLen, p.badCol
	p.line++
	p.rowLen, p.pendCR, p.partial, p.faulty, p.badCol = 0, 0, false, false, 0
	if n == 0 {
		if p.rows > 0 && p.blankAt == 0 {
			p.blankAt = line
		}
		return nil
	}
	switch {
	case p.rows == 0 && n > p.maxCells:
		return &ParseError{Line: line, Err: fmt.Errorf("%w: row has %d cells, limit is %d", ErrTooLarge, n, p.maxCells)}
	case p.rows > 0 && n != p.cols:
		return &ParseError{Line: line, Err: fmt.Errorf("%w: row has %d cells, want %d", ErrRagged, n, p.cols)}
	case p.rows > 0 && p.rows*p.cols+n > p.maxCells:
		return &ParseError{Line: line, Err: fmt.Errorf("%w: more than %d cells", ErrTooLarge, p.maxCells)}
	}
	if p.rows == 0 {
		p.cols = n
	}
	if bad > 0 {
		return &ParseError{Line: line, Col: bad, Err: fmt.Errorf("%w: %q is not one of %q", ErrSyntax, p.badByte, p.set)}
	}
	if p.cell != nil {
		// Each cell's value is written in place: the store makes room for
		// as much of the row as its block holds, the rest in the next.
		cell, row, c := p.cell, p.rows, 0
		for b := range p.row.blocks() {
			for len(b) > 0 {
				dst := p.cells.extend(len(b))
				for k, x := range b[:len(dst)] {
					v, err := cell(Point{row, c}, x)
					c++
					if err != nil {
						return &ParseError{Line: line, Col: c, Err: err}
					}
					dst[k] = v
				}
				b = b[len(dst):]
			}
		}
		p.row.reset()
	}
	p.rows++
	return nil
}

// finish ends the input.
func (p *rowParser[T]) finish() *ParseError {
	if p.partial {
		if err := p.endLine(); err != nil {
			return err
		}
	}
	if p.rows == 0 {
		return &ParseError{Err: ErrEmpty}
	}
	return nil
}
