package grid

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// plainInts reads the integers of each line with a regular expression:
// a run of digits with the '-' before it when that '-' follows no digit.
func plainInts(s string) [][]int {
	s = strings.TrimPrefix(s, "\ufeff")
	lines := strings.Split(s, "\n")
	if strings.HasSuffix(s, "\n") {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && strings.TrimRight(lines[len(lines)-1], "\r") == "" {
		lines = lines[:len(lines)-1]
	}
	re := regexp.MustCompile(`(^|[^0-9])(-?)([0-9]+)`)
	var out [][]int
	for _, l := range lines {
		var nums []int
		for _, m := range re.FindAllStringSubmatch(strings.TrimRight(l, "\r"), -1) {
			v, err := strconv.Atoi(m[2] + m[3])
			if err != nil {
				panic(err)
			}
			nums = append(nums, v)
		}
		out = append(out, nums)
	}
	return out
}

// randIntText returns lines of integers, words, signs and ranges.
func randIntText(rng *rand.Rand) string {
	parts := []string{"x=", ",", " ", "-", "--", "p=", "..", "move", ": ", "a-b"}
	var b strings.Builder
	if rng.IntN(5) == 0 {
		b.WriteString("\ufeff")
	}
	for range rng.IntN(6) {
		for range rng.IntN(6) {
			if rng.IntN(2) == 0 {
				b.WriteString(strconv.Itoa(rng.IntN(2001) - 1000))
			} else {
				b.WriteString(parts[rng.IntN(len(parts))])
			}
		}
		b.WriteString([]string{"\n", "\r\n"}[rng.IntN(2)])
	}
	for range rng.IntN(3) {
		b.WriteString("\n")
	}
	return b.String()
}

func TestParseIntsVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(61, 62))
	for range 2000 {
		s := randIntText(rng)
		got, err := ParseInts(s)
		want := plainInts(s)
		if err != nil || len(got) != len(want) {
			t.Fatalf("ParseInts(%q) = %v, %v; want %v", s, got, err, want)
		}
		for i := range want {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("ParseInts(%q) line %d = %v, want %v", s, i+1, got[i], want[i])
			}
		}
	}
}

func TestParseIntsErrors(t *testing.T) {
	tests := []struct {
		s         string
		opts      []Option
		line, col int
		want      string
	}{
		{"1 2\n3 99999999999999999999\n", nil, 2, 3, "grid: line 2, column 3: integer 99999999999999999999: value out of range"},
		{"x=-9223372036854775809", nil, 1, 3, "grid: line 1, column 3: integer -9223372036854775809: value out of range"},
		{"1\n\n9223372036854775808", []Option{FirstLine(10)}, 12, 1, "grid: line 12, column 1: integer 9223372036854775808: value out of range"},
	}
	for _, tt := range tests {
		_, err := ParseInts(tt.s, tt.opts...)
		var pe *ParseError
		if err == nil || err.Error() != tt.want || !errors.As(err, &pe) || pe.Line != tt.line || pe.Col != tt.col || !errors.Is(err, strconv.ErrRange) {
			t.Errorf("ParseInts(%q) = %v, want %q", tt.s, err, tt.want)
		}
	}
	if got, err := ParseInts("-9223372036854775808 9223372036854775807"); err != nil || !slices.Equal(got[0], []int{-1 << 63, 1<<63 - 1}) {
		t.Errorf("ParseInts(MinInt MaxInt) = %v, %v", got, err)
	}
}

// plainPoints reads "x,y" lines with strings.Cut and strconv.Atoi.
func plainPoints(s string) ([]Point, bool) {
	var out []Point
	for l := range strings.Lines(strings.TrimPrefix(s, "\ufeff")) {
		l = strings.TrimRight(strings.TrimSuffix(l, "\n"), "\r")
		if l == "" {
			continue
		}
		xs, ys, ok := strings.Cut(l, ",")
		x, errx := strconv.Atoi(strings.Trim(xs, " \t"))
		y, erry := strconv.Atoi(strings.Trim(ys, " \t"))
		if !ok || errx != nil || erry != nil {
			return nil, false
		}
		out = append(out, XY(x, y))
	}
	return out, true
}

func TestParsePointsVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(63, 64))
	pad := []string{"", "", " ", "\t", "  "}
	for i := range 2000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			x, y := rng.IntN(201)-100, rng.IntN(201)-100
			sx, sy := strconv.Itoa(x), strconv.Itoa(y)
			if x > 0 && rng.IntN(4) == 0 {
				sx = "+" + sx
			}
			b.WriteString(pad[rng.IntN(5)] + sx + pad[rng.IntN(5)] + "," + pad[rng.IntN(5)] + sy + pad[rng.IntN(5)])
			b.WriteString([]string{"\n", "\r\n"}[rng.IntN(2)])
		}
		s := b.String()
		if i%3 == 1 { // break it
			bad := []string{"1;2", "1,", ",2", "1,2,3", "x,1", "1 2", "--1,2", "1,2a"}
			s = strings.Replace(s, "\n", "\n"+bad[rng.IntN(len(bad))]+"\n", 1)
		}
		got, err := ParsePoints(s)
		want, ok := plainPoints(s)
		if ok != (err == nil) || ok && !slices.Equal(got, want) {
			t.Fatalf("ParsePoints(%q) = %v, %v; want %v, ok %v", s, got, err, want, ok)
		}
		var pe *ParseError
		if err != nil && (!errors.As(err, &pe) || pe.Line != 2 || pe.Col < 1) {
			t.Fatalf("ParsePoints(%q) = %v, want a *ParseError on line 2 with a column", s, err)
		}
	}
}

func TestParsePointsErrors(t *testing.T) {
	tests := []struct {
		s         string
		line, col int
		is        error
		want      string
	}{
		{"1,2\n3;4\n", 2, 2, ErrSyntax, `grid: line 2, column 2: malformed line: want "x,y", no ',' after x`},
		{"1,2\n3,\n", 2, 3, ErrSyntax, "grid: line 2, column 3: malformed line: want a number, found end of line"},
		{"1,2\n,4\n", 2, 1, ErrSyntax, "grid: line 2, column 1: malformed line: want a number, found ','"},
		{"1,2\n3,4,5\n", 2, 4, ErrSyntax, `grid: line 2, column 4: malformed line: want "x,y", found ",5" after it`},
		{"1,2\n\n3,4\n", 2, 0, ErrBlank, "grid: line 2: blank line inside the grid"},
		{"1, 99999999999999999999\n", 1, 4, strconv.ErrRange, "grid: line 1, column 4: integer 99999999999999999999: value out of range"},
	}
	for _, tt := range tests {
		_, err := ParsePoints(tt.s)
		var pe *ParseError
		if err == nil || err.Error() != tt.want || !errors.As(err, &pe) || pe.Line != tt.line || pe.Col != tt.col || !errors.Is(err, tt.is) {
			t.Errorf("ParsePoints(%q) = %v, want %q", tt.s, err, tt.want)
		}
	}
	if got, err := ParsePoints("\ufeff\n\n"); err != nil || got != nil {
		t.Errorf("ParsePoints(blank) = %v, %v; want nil, nil", got, err)
	}
}

func FuzzParseInts(f *testing.F) {
	for _, s := range []string{"", "1,2\n3,4\n", "x=-3 y=+4\r\n", "1-3 a: abc", "99999999999999999999", "\ufeff-0\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseInts(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, strconv.ErrRange) {
				t.Fatalf("ParseInts(%q) = %v, want only range errors", s, err)
			}
			return
		}
		want := plainInts(s)
		if len(got) != len(want) {
			t.Fatalf("ParseInts(%q) = %v, want %v", s, got, want)
		}
		for i := range want {
			if !slices.Equal(got[i], want[i]) {
				t.Fatalf("ParseInts(%q) = %v, want %v", s, got, want)
			}
		}
		pts, err := ParsePoints(s)
		if want, ok := plainPoints(s); err == nil && (!ok || !slices.Equal(pts, want)) {
			t.Fatalf("ParsePoints(%q) = %v, want %v, ok %v", s, pts, want, ok)
		}
	})
}

// TestParsePointsPlainPath checks ParsePoints on 3,000 lists in the plain
// form its fast path reads ("x,y" lines, no spaces), some with a fault or
// an unusual line put in (a space, a '+', "\r\n", 19 digits), against the
// reference, and that the plain ones take the fast path.
func TestParsePointsPlainPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(221, 222))
	odd := []string{"1, 2", "+1,2", "3,4\r", "1234567890123456789,1", "1,2,3", "-,1", "1,-", "7;8", "5,6x7,8"}
	for i := range 3000 {
		var b strings.Builder
		n := 1 + rng.IntN(8)
		for k := range n {
			fmt.Fprintf(&b, "%d,%d", rng.IntN(2001)-1000, rng.IntN(2001)-1000)
			if k < n-1 || rng.IntN(2) == 0 {
				b.WriteByte('\n')
			}
		}
		s := b.String()
		plain := i%3 != 0
		if !plain {
			s = strings.Replace(s, "\n", "\n"+odd[rng.IntN(len(odd))]+"\n", 1)
		}
		got, err := ParsePoints(s)
		want, ok := plainPoints(s)
		if ok != (err == nil) || ok && !slices.Equal(got, want) {
			t.Fatalf("ParsePoints(%q) = %v, %v; want %v, ok %v", s, got, err, want, ok)
		}
		if _, fast := pointsPlain(s, nil); plain && !fast {
			t.Fatalf("pointsPlain(%q) did not take the fast path", s)
		}
	}
}

// TestParseIntsLinesApart checks that the lines ParseInts returns, pieces
// of one array, stay apart: appending to one leaves the next as it was,
// and a line with no integer is nil, as it was when each line had its own
// slice.
func TestParseIntsLinesApart(t *testing.T) {
	lines, err := ParseInts("1 2\n3 4\nnone\n5")
	if err != nil {
		t.Fatal(err)
	}
	_ = append(lines[0], 99)
	if !slices.Equal(lines[1], []int{3, 4}) || lines[2] != nil || !slices.Equal(lines[3], []int{5}) {
		t.Errorf("after an append to line 1: lines = %v, want [[1 2] [3 4] [] [5]] with line 3 nil", lines)
	}
	input := strings.Repeat("p=1,2 v=3,-4\n", 200) // 800 integers
	if n := testing.AllocsPerRun(20, func() { _, _ = ParseInts(input) }); n > 12 {
		t.Errorf("ParseInts of 200 lines of 4 integers: %v allocations, want at most 12 (the lines, and the integers grown by doubling)", n)
	}
}

// TestParseIntsPlainPath checks that ParseInts reads a text with no "\r"
// by its one-pass path, with the lines the reference reads, and leaves a
// text with a "\r" or a run of more than 18 digits to its general loop.
func TestParseIntsPlainPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(63, 64))
	for i := range 3000 {
		s := strings.TrimPrefix(strings.ReplaceAll(randIntText(rng), "\r", ""), "\ufeff")
		long := i%5 == 0
		if long {
			// 19 digits, within range, but read by the general loop: last,
			// or followed by more.
			s += []string{"\n7 1234567890123456789", "\n7 1234567890123456789 8\n"}[i%2]
		}
		got, ok := intsPlain(s, nil)
		if ok == long {
			t.Fatalf("intsPlain(%q) took the plain path: %v, want %v", s, ok, !long)
		}
		if !ok {
			continue
		}
		want := plainInts(s)
		if len(got) != len(want) {
			t.Fatalf("intsPlain(%q) = %v, want %v", s, got, want)
		}
		for k := range want {
			if !slices.Equal(got[k], want[k]) || (got[k] == nil) != (len(want[k]) == 0) {
				t.Fatalf("intsPlain(%q) line %d = %#v, want %v", s, k+1, got[k], want[k])
			}
		}
	}
	if _, ok := intsPlain("1 2\r\n3\n", nil); ok {
		t.Error(`intsPlain("1 2\r\n3\n") took the plain path`)
	}
}
