package grid

import (
	"errors"
	"fmt"
	"io"
	"iter"
)

// This file holds the bounded reading and storage under the parsers: a
// reader wrapper that survives readers breaking the io.Reader rules, and a
// store of cells in blocks that is never copied while it grows.

// maxEmptyReads is how many reads in a row may return no bytes and no
// error before the parsers give up with io.ErrNoProgress, as bufio does.
const maxEmptyReads = 100

// readChunk is the size of the parsers' read buffer.
const readChunk = 64 << 10

// errTooLong marks a read past a boundedReader's limit.
var errTooLong = errors.New("input too long")

// boundedReader reads from r, at most left bytes in all.
type boundedReader struct {
	r    io.Reader
	left int64
}

// read reads into p. It returns errTooLong, without reading, once the limit
// is used up; an error for a count outside [0, len(p)]; and
// io.ErrNoProgress after maxEmptyReads reads in a row return (0, nil).
func (b *boundedReader) read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errTooLong
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	for range maxEmptyReads {
		n, err := b.r.Read(p)
		if n < 0 || n > len(p) {
			return 0, fmt.Errorf("reader returned %d bytes for a %d-byte buffer", n, len(p))
		}
		b.left -= int64(n)
		if n > 0 || err != nil {
			return n, err
		}
	}
	return 0, io.ErrNoProgress
}

// lenHint returns the length that r reports through a Len method, as
// bytes.Reader, strings.Reader and bytes.Buffer do, or -1 if it reports
// none or a negative one. The hint may be wrong; it only sizes buffers.
func lenHint(r io.Reader) int {
	if l, ok := r.(interface{ Len() int }); ok {
		return max(l.Len(), -1)
	}
	return -1
}

// store holds up to max values in blocks. It never copies a block while it
// grows, and each new block holds a quarter of what is held so far, so
// holding n values takes room for at most 1.25n (or minBlock) values; only
// slice, at the end, copies them into one.
type store[T any] struct {
	full [][]T // blocks filled to their capacity
	n    int   // values in full
	cur  []T   // the block being filled
	max  int
}

// minBlock is the smallest block a store allocates, in values.
const minBlock = 4096

// newStore returns a store of at most max values whose first block holds
// hint values, or minBlock if hint is negative.
func newStore[T any](max, hint int) store[T] {
	if hint < 0 {
		hint = minBlock
	}
	return store[T]{cur: make([]T, 0, min(hint, max)), max: max}
}

// len returns the number of values held.
func (s *store[T]) len() int { return s.n + len(s.cur) }

// room makes room for at least one more value: it starts a block a quarter
// as large as everything held so far, within max. The caller never adds
// past max.
func (s *store[T]) room() {
	if len(s.cur) < cap(s.cur) {
		return
	}
	if len(s.cur) > 0 {
		s.full = append(s.full, s.cur)
		s.n += len(s.cur)
	}
	s.cur = make([]T, 0, min(max(s.n/4, minBlock), s.max-s.n))
}

// addAll appends the values of vs.
func (s *store[T]) addAll(vs []T) {
	for len(vs) > 0 {
		vs = vs[copy(s.extend(len(vs)), vs):]
	}
}

// extend lengthens the store by between 1 and k values, as many as the
// current block has room for after room, and returns them for the caller
// to set: they hold whatever the block's spare room held, zero in a fresh
// store, anything after a reset. k must be at least 1.
func (s *store[T]) extend(k int) []T {
	s.room()
	n := len(s.cur)
	s.cur = s.cur[:n+min(k, cap(s.cur)-n)]
	return s.cur[n:]
}

// blocks returns an iterator over the filled part of every block, in
// order.
func (s *store[T]) blocks() iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for _, b := range s.full {
			if !yield(b) {
				return
			}
		}
		yield(s.cur)
	}
}

// reset empties s, keeping its room in one block.
func (s *store[T]) reset() {
	if len(s.full) > 0 {
		s.cur = make([]T, 0, s.n+cap(s.cur))
		s.full, s.n = nil, 0
	}
	s.cur = s.cur[:0]
}

// slice returns the values in one slice and empties s. If they fill one
// block to within an eighth of its room, that block is the slice;
// otherwise they are copied into a slice of their exact length.
func (s *store[T]) slice() []T {
	if len(s.full) == 0 && cap(s.cur)-len(s.cur) <= len(s.cur)/8 {
		out := s.cur
		*s = store[T]{max: s.max}
		return out
	}
	out := make([]T, 0, s.len())
	for b := range s.blocks() {
		out = append(out, b...)
	}
	*s = store[T]{max: s.max}
	return out
}
