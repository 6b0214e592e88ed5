package grid

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Reading integers from lines of text without fmt.Sscanf, which is slow
// and silent about where a line went wrong.

// ErrSyntax is wrapped by the [*ParseError] of a line that [ParsePoints]
// cannot read.
var ErrSyntax = errors.New("malformed line")

// ParseInts returns the integers written on each line of s, one slice per
// line, such as the numbers of "p=3,-4 v=-1,2" or "move 3 from 1 to 2".
// An integer is a run of the digits 0-9, negative if a '-' comes just
// before it and that '-' does not follow a digit, so that "x=-3" holds -3
// and a range "1-3" holds 1 and 3. Every other byte separates integers.
//
// Lines are read as [Parse] reads them: a leading byte order mark is
// dropped, lines end in "\n" or "\r\n", and blank lines at the end are
// dropped. A line with no integer gives an empty slice. The only fault is
// an integer beyond the range of int: a [*ParseError] naming its line and
// column, wrapping [strconv.ErrRange]. It costs O(len(s)) and allocates
// the slice of lines once and the integers of all lines together, in
// O(log n) allocations for n integers; each line's slice has its
// capacity capped, so appending to one never writes over the next.
func ParseInts(s string, opts ...Option) ([][]int, error) {
	o := collect(opts)
	out := make([][]int, 0, strings.Count(s, "\n")+1)
	if plain, ok := intsPlain(textOf(s, o), out); ok {
		return plain, nil
	}
	// Every line's integers go into one slice, each line's a piece of it
	// with its capacity capped, so that reading a line costs no
	// allocation of its own: O(log n) in all for n integers.
	var all []int
	kept := 0 // lines up to the last one that is not blank
	for l := range lines(textOf(s, o), o.firstLine) {
		start := len(all)
		t := l.text
		for i := 0; i < len(t); {
			if !isDigit(t[i]) {
				i++
				continue
			}
			j := i
			for j < len(t) && isDigit(t[j]) {
				j++
			}
			neg := negative(t, i)
			v, ok := digits(t[i:j], neg)
			if !ok {
				lo := i
				if neg {
					lo-- // the sign
				}
				return nil, &ParseError{Line: l.no, Col: lo + 1, Err: fmt.Errorf("integer %s: %w", t[lo:j], strconv.ErrRange)}
			}
			all = append(all, v)
			i = j
		}
		var nums []int // nil for a line with no integer
		if len(all) > start {
			nums = all[start:len(all):len(all)]
		}
		out = append(out, nums)
		if l.text != "" {
			kept = len(out)
		}
	}
	return out[:kept], nil
}

// intsPlain is ParseInts for a text with no "\r", whose lines end in "\n"
// alone, and no integer of more than 18 digits (none can overflow): each
// line found by strings.IndexByte and read in one pass over its bytes,
// each digit added in and each other byte a separator, where ParseInts'
// general loop reads the lines with their endings of either kind. It
// appends the lines to out and reports true, or reports false for any
// other text, which the general loop reads, with the same lines or the
// error that locates a fault.
func intsPlain(s string, out [][]int) ([][]int, bool) {
	if strings.IndexByte(s, '\r') >= 0 {
		return nil, false
	}
	// Room for an integer every 4 bytes ("12, " or "-1 x"): most inputs
	// fit in one allocation, and denser ones grow it once or twice.
	all := make([]int, 0, len(s)/4+1)
	kept := 0      // lines up to the last one that is not blank
	start := 0     // the first of the line's integers in all
	lineStart := 0 // the line's first byte
	// One pass over the text: a run of digits is read whole, and a "\n"
	// ends a line; any other byte separates.
	for i := 0; i < len(s); {
		c := s[i]
		if d := c - '0'; d < 10 {
			neg := negative(s, i) // the byte before a line's first is its "\n": no sign
			v, j := int(d), i+1
			for ; j < len(s); j++ {
				d := s[j] - '0'
				if d >= 10 {
					break
				}
				v = v*10 + int(d)
			}
			if j-i > 18 {
				return nil, false
			}
			if neg {
				v = -v
			}
			all = append(all, v)
			i = j
			continue
		}
		if c == '\n' {
			out = appendLine(out, all, start)
			if i > lineStart {
				kept = len(out)
			}
			start, lineStart = len(all), i+1
		}
		i++
	}
	if lineStart < len(s) { // the last line, with no "\n" after it
		out = appendLine(out, all, start)
		kept = len(out)
	}
	return out[:kept], true
}

// appendLine appends to out the integers of a line, all[start:] with its
// capacity capped, or nil for a line with none.
func appendLine(out [][]int, all []int, start int) [][]int {
	var nums []int
	if len(all) > start {
		nums = all[start:len(all):len(all)]
	}
	return append(out, nums)
}

// ParsePoints reads one point a line written "x,y", such as "12,-3", into
// [XY](x, y): x is the column and y the row. Spaces and tabs may surround
// each number; a number may start with '-' or '+'. Lines are read as
// [Parse] reads them, and blank lines at the start and end are skipped.
// A line that is not "x,y" is refused with a [*ParseError] naming its line
// and the column at fault, wrapping [ErrSyntax] (or [strconv.ErrRange] for
// a number beyond int); a blank line between points wraps [ErrBlank]. It
// costs O(len(s)) and allocates the result.
func ParsePoints(s string, opts ...Option) ([]Point, error) {
	o := collect(opts)
	// One point a line: room for them all, in one allocation, but no more
	// than a point per 4 bytes ("x,y" and a line end), so that an input of
	// blank lines does not reserve room for points it does not hold.
	out := make([]Point, 0, min(strings.Count(s, "\n")+1, len(s)/4+1))
	if plain, ok := pointsPlain(textOf(s, o), out); ok {
		return plain, nil
	}
	blankAt := 0
	for l := range lines(textOf(s, o), o.firstLine) {
		if l.text == "" {
			if len(out) > 0 && blankAt == 0 {
				blankAt = l.no
			}
			continue
		}
		if blankAt != 0 {
			return nil, &ParseError{Line: blankAt, Err: ErrBlank}
		}
		x, rest, col, err := number(l.text, 0)
		if err == nil {
			if rest < len(l.text) && l.text[rest] == ',' {
				var y int
				y, rest, col, err = number(l.text, rest+1)
				if err == nil && rest < len(l.text) {
					col, err = rest+1, fmt.Errorf("%w: want \"x,y\", found %q after it", ErrSyntax, l.text[rest:])
				}
				if err == nil {
					out = append(out, XY(x, y))
					continue
				}
			} else {
				col, err = rest+1, fmt.Errorf("%w: want \"x,y\", no ',' after x", ErrSyntax)
			}
		}
		return nil, &ParseError{Line: l.no, Col: col, Err: err}
	}
	if len(out) == 0 {
		return nil, nil // as for no lines at all
	}
	return out, nil
}

// pointsPlain appends to out the points of s when s is plainly a list of
// them, and reports whether it was: lines "x,y" of integers of at most 18
// digits, each with an optional '-', ended by "\n" but perhaps the last,
// with nothing else (no spaces, "\r", '+' or blank lines). It reads s in
// one pass with no work per line beyond the digits, where ParsePoints'
// general loop splits the lines and trims them; anything else, including
// every fault, is left to that loop, which gives the same points or the
// error that locates the fault.
func pointsPlain(s string, out []Point) ([]Point, bool) {
	for i := 0; i < len(s); {
		x, j, ok := pointsInt(s, i)
		if !ok || j >= len(s) || s[j] != ',' {
			return nil, false
		}
		y, k, ok := pointsInt(s, j+1)
		if !ok || k < len(s) && s[k] != '\n' {
			return nil, false
		}
		out = append(out, XY(x, y))
		i = k + 1
	}
	return out, len(out) > 0
}

// pointsInt reads an integer of 1 to 18 digits, with an optional '-', from
// s at i, and returns it and the offset after it.
func pointsInt(s string, i int) (v, next int, ok bool) {
	neg := i < len(s) && s[i] == '-'
	if neg {
		i++
	}
	j := i
	for ; j < len(s) && isDigit(s[j]); j++ {
		v = v*10 + int(s[j]-'0')
	}
	if j == i || j-i > 18 {
		return 0, 0, false
	}
	if neg {
		v = -v
	}
	return v, j, true
}

// number reads an optionally signed integer from t at i, with spaces and
// tabs around it. It returns the integer and the offset after the spaces
// that follow it, or the 1-based column of a fault and the error.
func number(t string, i int) (v, next, col int, err error) {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	start := i
	neg := false
	if i < len(t) && (t[i] == '-' || t[i] == '+') {
		neg = t[i] == '-'
		i++
	}
	j := i
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	if j == i {
		found := "end of line"
		if j < len(t) {
			found = strconv.QuoteRune(rune(t[j]))
		}
		return 0, 0, j + 1, fmt.Errorf("%w: want a number, found %s", ErrSyntax, found)
	}
	v, ok := digits(t[i:j], neg)
	if !ok {
		return 0, 0, start + 1, fmt.Errorf("integer %s: %w", t[start:j], strconv.ErrRange)
	}
	for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
		j++
	}
	return v, j, 0, nil
}

// digits returns the value of a run of decimal digits, negated if neg, and
// false if it is beyond the range of int. It reads a string or a row of a
// grid's bytes alike, with no copy.
func digits[S ~string | ~[]byte](d S, neg bool) (int, bool) {
	if len(d) <= 18 { // below 10^18: no overflow to check for
		v := 0
		for i := range len(d) {
			v = v*10 + int(d[i]-'0')
		}
		if neg {
			v = -v
		}
		return v, true
	}
	// Accumulate negatively, which reaches math.MinInt.
	v := 0
	for i := range len(d) {
		x := int(d[i] - '0')
		if v < (math.MinInt+x)/10 {
			return 0, false
		}
		v = v*10 - x
	}
	if !neg {
		if v == math.MinInt {
			return 0, false
		}
		v = -v
	}
	return v, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// negative reports whether the run of digits at t[i] is negative: a '-'
// comes just before it and that '-' does not follow a digit, so that
// "x=-3" holds -3 and a range "1-3" holds 1 and 3.
func negative(t string, i int) bool {
	return i > 0 && t[i-1] == '-' && (i < 2 || !isDigit(t[i-2]))
}

// textOf drops a leading byte order mark from s when s starts the input.
func textOf(s string, o options) string {
	if !o.text {
		return strings.TrimPrefix(s, byteOrderMark)
	}
	return s
}
