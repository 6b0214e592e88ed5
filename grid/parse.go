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

// An Option changes how [Parse], [ParseString] and [ParseFunc] read input.
type Option func(*options)

type options struct {
	maxCells int
}

// DefaultMaxCells is the largest grid that the parsers accept unless
// [MaxCells] says otherwise: 2^27 cells, 128 MiB as a Grid[byte].
const DefaultMaxCells = maxCells

// MaxCells limits the grid to at most n cells; input that holds more is
// refused with [ErrTooLarge]. The parser reads no more than 3n+4097 bytes,
// so a huge or endless input is refused quickly; text longer than 3n+4096
// bytes is refused even if it holds fewer cells. Values below 1 or above
// [DefaultMaxCells] mean DefaultMaxCells.
func MaxCells(n int) Option {
	return func(o *options) {
		if n < 1 || n > maxCells {
			n = maxCells
		}
		o.maxCells = n
	}
}

// Parse reads a text map into a grid of bytes, one cell per byte, one row
// per line. See [ParseFunc] for the input it takes and refuses.
//
// Parse copies each row whole, so it costs about as much as reading the
// input: roughly 0.1 ns per cell, where ParseFunc makes a call per cell.
func Parse(r io.Reader, opts ...Option) (Grid[byte], error) {
	return parseRows(r, opts, func(cells []byte, _ int, line []byte) ([]byte, int, error) {
		return append(cells, line...), 0, nil
	})
}

// ParseString is [Parse] on a string.
func ParseString(s string, opts ...Option) (Grid[byte], error) {
	return Parse(strings.NewReader(s), opts...)
}

// ParseFunc reads a text map into a grid, one row per line, turning each
// byte c at point p into a cell with cell(p, c). It reads r to the end.
//
// Lines end in "\n" or "\r\n", mixed freely; carriage returns at the end of a
// line are dropped. A leading UTF-8 byte order mark, a missing final newline
// and blank lines at the end are accepted. Every other byte, including
// spaces, tabs, NUL and non-ASCII bytes, is a cell and is passed to cell.
//
// ParseFunc returns a [*ParseError] naming the line (and column, where one
// cell is at fault) for empty input ([ErrEmpty]), a row whose length differs
// from the first ([ErrRagged]), a blank line followed by more rows
// ([ErrBlank]), a grid over the cell limit ([ErrTooLarge], see [MaxCells]),
// or any error that cell returns, which it wraps. It stops at the first
// fault and never panics on any input.
//
// Parsing costs O(input size) time and keeps the input and the grid in
// memory at once.
func ParseFunc[T any](r io.Reader, cell func(p Point, c byte) (T, error), opts ...Option) (Grid[T], error) {
	return parseRows(r, opts, func(cells []T, row int, line []byte) ([]T, int, error) {
		for c, b := range line {
			v, err := cell(Point{row, c}, b)
			if err != nil {
				return cells, c + 1, err
			}
			cells = append(cells, v)
		}
		return cells, 0, nil
	})
}

// parseRows is the parser behind Parse and ParseFunc: it splits the input
// into rows and checks their shape, and add appends the cells of one row,
// returning the 1-based column of a faulty cell with its error.
func parseRows[T any](r io.Reader, opts []Option, add func(cells []T, row int, line []byte) ([]T, int, error)) (Grid[T], error) {
	o := options{maxCells: maxCells}
	for _, opt := range opts {
		opt(&o)
	}
	// Each cell takes at least one byte, and each row at most two bytes of
	// line ending; allow generous room for trailing blank lines, then refuse.
	limit := int64(o.maxCells)*3 + 4096
	data, err := readAll(r, limit+1)
	if err != nil {
		return Grid[T]{}, fmt.Errorf("grid: reading input: %w", err)
	}
	if int64(len(data)) > limit {
		return Grid[T]{}, &ParseError{Err: fmt.Errorf("%w: input exceeds %d bytes", ErrTooLarge, limit)}
	}
	data = bytes.TrimPrefix(data, []byte(byteOrderMark))

	var (
		g        Grid[T]
		blankAt  int // line number of the first blank line seen, or 0
		lineNo   int
		col      int
		rest     = data
		rowBytes []byte
	)
	for len(rest) > 0 {
		lineNo++
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			rowBytes, rest = rest[:i], rest[i+1:]
		} else {
			rowBytes, rest = rest, nil
		}
		rowBytes = bytes.TrimRight(rowBytes, "\r")
		if len(rowBytes) == 0 {
			if blankAt == 0 {
				blankAt = lineNo
			}
			continue
		}
		if blankAt != 0 {
			return Grid[T]{}, &ParseError{Line: blankAt, Err: ErrBlank}
		}
		if g.rows == 0 {
			g.cols = len(rowBytes)
			if g.cols > o.maxCells {
				return Grid[T]{}, &ParseError{Line: lineNo, Err: fmt.Errorf("%w: row has %d cells, limit is %d", ErrTooLarge, g.cols, o.maxCells)}
			}
			if b, ok := any(data).([]T); ok {
				// Cells of bytes can live in the input buffer itself, which is
				// ours: row r's cells are written to offsets from r*cols, never
				// beyond the byte being read, so compacting in place is safe.
				g.cells = b[:0]
			} else {
				// Every later row needs at least cols+1 bytes of the rest.
				g.cells = make([]T, 0, g.cols*min(1+len(rest)/(g.cols+1), o.maxCells/g.cols))
			}
		} else if len(rowBytes) != g.cols {
			return Grid[T]{}, &ParseError{Line: lineNo, Err: fmt.Errorf("%w: row has %d cells, want %d", ErrRagged, len(rowBytes), g.cols)}
		}
		if len(g.cells)+g.cols > o.maxCells {
			return Grid[T]{}, &ParseError{Line: lineNo, Err: fmt.Errorf("%w: more than %d cells", ErrTooLarge, o.maxCells)}
		}
		if g.cells, col, err = add(g.cells, g.rows, rowBytes); err != nil {
			return Grid[T]{}, &ParseError{Line: lineNo, Col: col, Err: err}
		}
		g.rows++
	}
	if g.rows == 0 {
		return Grid[T]{}, &ParseError{Err: ErrEmpty}
	}
	return g, nil
}

// readAll reads r to the end or to limit bytes, whichever comes first. When
// r tells its length, as bytes.Reader, strings.Reader and bytes.Buffer do,
// it allocates the buffer once instead of growing it.
func readAll(r io.Reader, limit int64) ([]byte, error) {
	lr := io.LimitReader(r, limit)
	l, ok := r.(interface{ Len() int })
	if !ok {
		return io.ReadAll(lr)
	}
	buf := make([]byte, 0, min(int64(l.Len()), limit)+1) // +1 to see io.EOF without growing
	for {
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the length was a lie: grow
		}
	}
}
