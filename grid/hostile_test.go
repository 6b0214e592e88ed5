package grid

import (
	"bytes"
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// Reliability tests of the parsers on hostile input that parse_test.go does
// not cover: ParseFunc on the same quirks as Parse (its cells take another
// path through the parser), the cell limit through ParseFunc and at its
// default, and panics in the callbacks that grids call.

// hostileInputs are inputs in every shape that pasted or corrupt maps take,
// good and bad.
var hostileInputs = []string{
	"\ufeff#.\n.#\n",
	"#.\r\n.#\r\n",
	"#.\r\n.#\n##\r\n..\n",
	"#.\n.#",
	"#.\n.#\n\n\n",
	"#.\r\r\n.#\r\r\r\n\r\n",
	"##\n\n##\n",
	"\n##\n",
	"###\n##\n",
	"##\n##\n###",
	"  \t\n\t  \n",
	"é.\n.é\n",
	"\xff\xfe#\x00.\x00\n\x00",
	"\x00\x00\n\x00a\n",
	"a\rb\nc\rd\n",
	"x",
	"\ufeff",
	"\r\n\r\n",
	"",
	"\ufeff\ufeff\n",
}

// quirkyInputs returns n random inputs from the generators of
// parse_test.go, a quarter of them with a blank line inside and a quarter
// with a ragged row.
func quirkyInputs(n int) []string {
	rng := rand.New(rand.NewPCG(31, 41))
	var out []string
	for i := range n {
		rows := rowStrings(randByteGrid(rng, 8))
		switch i % 4 {
		case 1:
			rows = slices.Insert(rows, rng.IntN(len(rows)), "")
		case 2:
			r := rng.IntN(len(rows))
			rows[r] += "#"
		}
		out = append(out, testkit.Quirky(rng, rows))
	}
	return out
}

// sameError reports whether a and b are both nil, or are ParseErrors with
// the same text, line and column.
func sameError(a, b error) bool {
	if a == nil || b == nil {
		return a == b
	}
	var pa, pb *ParseError
	return errors.As(a, &pa) && errors.As(b, &pb) &&
		pa.Line == pb.Line && pa.Col == pb.Col && a.Error() == b.Error()
}

// TestParseFuncAgreesWithParse checks that ParseFunc, with cells of bytes
// and of another type (both through the cell function, where Parse copies
// whole rows),
// accepts and refuses exactly what Parse does, with the same grid or the
// same located error.
func TestParseFuncAgreesWithParse(t *testing.T) {
	asByte := func(_ Point, c byte) (byte, error) { return c, nil }
	asInt := func(_ Point, c byte) (int, error) { return int(c), nil }
	for _, input := range append(slices.Clone(hostileInputs), quirkyInputs(1000)...) {
		want, wantErr := ParseString(input)
		gb, err := ParseFunc(strings.NewReader(input), asByte)
		if !sameError(err, wantErr) || !Equal(gb, want) {
			t.Errorf("ParseFunc[byte](%q) = %q, %v; Parse gives %q, %v", input, rowStrings(gb), err, rowStrings(want), wantErr)
		}
		gi, err := ParseFunc(strings.NewReader(input), asInt)
		if !sameError(err, wantErr) || !Equal(gi, Convert(want, func(_ Point, c byte) int { return int(c) })) {
			t.Errorf("ParseFunc[int](%q) = %v, %v; Parse gives %q, %v", input, gi, err, rowStrings(want), wantErr)
		}
	}
}

// TestParseFuncLargeRows checks ParseFunc on maps whose rows cross the
// blocks the parser stores cells in (the first holds 4096 when the reader
// does not tell its length): every cell in its place, and a refused cell
// past a block's end located by its line and column.
func TestParseFuncLargeRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 7))
	for _, cols := range []int{1, 63, 97, 4095, 4097, 9000} {
		rows := 1 + 20000/cols
		lines := make([]string, rows)
		for r := range lines {
			b := make([]byte, cols)
			for c := range b {
				b[c] = 'a' + byte(rng.IntN(26))
			}
			lines[r] = string(b)
		}
		text := strings.Join(lines, "\n")
		pos := func(p Point, c byte) (int, error) { return p.Row*cols + p.Col + int(c)<<32, nil }
		unsized := func() io.Reader { return struct{ io.Reader }{strings.NewReader(text)} }
		g, err := ParseFunc(unsized(), pos)
		if err != nil || g.Rows() != rows || g.Cols() != cols {
			t.Fatalf("%d columns: ParseFunc = %dx%d, %v", cols, g.Rows(), g.Cols(), err)
		}
		for p, v := range g.All() {
			if want := p.Row*cols + p.Col + int(lines[p.Row][p.Col])<<32; v != want {
				t.Fatalf("%d columns: cell %v = %x, want %x", cols, p, v, want)
			}
		}
		bad := Pt(rows-1, cols-1) // the last cell, in the last block
		refuse := func(p Point, c byte) (byte, error) {
			if p == bad {
				return 0, errors.New("no")
			}
			return c, nil
		}
		_, err = ParseFunc(unsized(), refuse)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != rows || pe.Col != cols {
			t.Fatalf("%d columns: refusing the last cell gave %v, want line %d, column %d", cols, err, rows, cols)
		}
	}
}

// TestParseFuncMaxCells checks that ParseFunc keeps the cell limit as Parse
// does, before calling cell on a row that would pass it, and stops reading
// an endless input.
func TestParseFuncMaxCells(t *testing.T) {
	calls := 0
	cell := func(_ Point, c byte) (rune, error) { calls++; return rune(c), nil }
	tests := []struct {
		name, input string
		n           int
		want        string
		calls       int
	}{
		{"fits", "###\n###\n", 6, "", 6},
		{"rows", "###\n###\n", 5, "grid: line 2: grid too large: more than 5 cells", 3},
		{"first_row", "######\n", 5, "grid: line 1: grid too large: row has 6 cells, limit is 5", 0},
		{"bytes", "#" + strings.Repeat("\r", 5000), 1, "grid: grid too large: input exceeds 4099 bytes", 0},
		{"later_row", strings.Repeat("#\n", 3000), 1, "grid: line 2: grid too large: more than 1 cells", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls = 0
			g, err := ParseFunc(strings.NewReader(tt.input), cell, MaxCells(tt.n))
			if tt.want == "" {
				if err != nil || g.Len() != len(strings.ReplaceAll(tt.input, "\n", "")) {
					t.Errorf("ParseFunc(%q, MaxCells(%d)) = %d cells, %v; want all, nil", tt.input, tt.n, g.Len(), err)
				}
			} else if err == nil || err.Error() != tt.want || !errors.Is(err, ErrTooLarge) {
				t.Errorf("ParseFunc(%.20q, MaxCells(%d)) = %v, want %q", tt.input, tt.n, err, tt.want)
			}
			if calls != tt.calls {
				t.Errorf("ParseFunc(%.20q, MaxCells(%d)) called cell %d times, want %d", tt.input, tt.n, calls, tt.calls)
			}
		})
	}
	r := &countingReader{pattern: "#.\r\n"}
	if _, err := ParseFunc(r, cell, MaxCells(10)); !errors.Is(err, ErrTooLarge) || r.n > 3*10+4096+1 {
		t.Errorf("ParseFunc(endless input, MaxCells(10)) = %v after reading %d bytes; want ErrTooLarge within %d", err, r.n, 3*10+4096+1)
	}
}

// repeatReader is n copies of one byte, made as they are read, which tells
// its length as bytes.Reader does.
type repeatReader struct {
	b byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	chunk := bytes.Repeat([]byte{r.b}, min(k, 1<<16))
	for i := 0; i < k; i += len(chunk) {
		copy(p[i:k], chunk)
	}
	r.n -= k
	return k, nil
}

func (r *repeatReader) Len() int { return r.n }

// TestParseDefaultLimit checks the default cell limit, which is what keeps
// the indices of package walk and the day-6 example inside 32 bits: one row
// of DefaultMaxCells cells is a grid, one more cell is refused with
// ErrTooLarge, by Parse and ParseFunc alike. It reads 128 MiB, once.
func TestParseDefaultLimit(t *testing.T) {
	if DefaultMaxCells != 1<<27 {
		t.Errorf("DefaultMaxCells = %d, want 2^27: docs/reliability.md and walk's tests assume it", DefaultMaxCells)
	}
	if 4*DefaultMaxCells+4 > math.MaxInt32 {
		t.Fatalf("4*DefaultMaxCells+4 = %d overflows int32, which patrol.Jumps uses for turn states", 4*DefaultMaxCells+4)
	}
	if testing.Short() {
		t.Skip("reads 128 MiB")
	}
	_, err := Parse(&repeatReader{'.', DefaultMaxCells + 1})
	want := "grid: line 1: grid too large: row has 134217729 cells, limit is 134217728"
	if err == nil || err.Error() != want || !errors.Is(err, ErrTooLarge) {
		t.Errorf("Parse(one row of 2^27+1 cells) = %v, want %q", err, want)
	}
	_, err = ParseFunc(&repeatReader{'.', DefaultMaxCells + 1}, func(Point, byte) (bool, error) { return false, nil })
	if err == nil || err.Error() != want {
		t.Errorf("ParseFunc(one row of 2^27+1 cells) = %v, want %q", err, want)
	}
	g, err := Parse(&repeatReader{'#', DefaultMaxCells})
	if err != nil || g.Rows() != 1 || g.Cols() != DefaultMaxCells || g.At(Pt(0, DefaultMaxCells-1)) != '#' {
		t.Errorf("Parse(one row of 2^27 cells) = %dx%d, %v; want 1x%d, nil", g.Rows(), g.Cols(), err, DefaultMaxCells)
	}
}

// TestParseKeepsNoInput checks that the grid Parse returns does not share
// the caller's bytes, whether the cells went into one block sized by the
// reader's Len or were copied from several: changing the input afterwards
// changes nothing.
func TestParseKeepsNoInput(t *testing.T) {
	for _, input := range []string{"#.\n.#\n", "\ufeff#.\r\n.#\r\n\r\n", "x"} {
		readers := map[string]func(b []byte) Grid[byte]{
			"Parse(bytes.Reader)": func(b []byte) Grid[byte] { g, _ := Parse(bytes.NewReader(b)); return g },
			"Parse(bytes.Buffer)": func(b []byte) Grid[byte] { g, _ := Parse(bytes.NewBuffer(b)); return g },
			"ParseFunc": func(b []byte) Grid[byte] {
				g, _ := ParseFunc(bytes.NewReader(b), func(_ Point, c byte) (byte, error) { return c, nil })
				return g
			},
		}
		for name, parse := range readers {
			b := []byte(input)
			g := parse(b)
			want := g.String()
			for i := range b {
				b[i] = '?'
			}
			if got := g.String(); got != want || g.Len() == 0 {
				t.Errorf("%s(%q) = %q; after the input changed it is %q", name, input, want, got)
			}
		}
	}
}

// boom is a panic value that tests recover by identity.
type boom struct{ at Point }

// recovered calls f and returns what it panicked with, or nil.
func recovered(f func()) any {
	v, _ := testkit.Recover(f)
	return v
}

// TestCallbackPanics checks that a panic in a callback that a grid function
// calls (a cell parser, Map, Convert, CountFunc, an Overlay) reaches the
// caller with its own value, and leaves the grid it was called on unchanged.
func TestCallbackPanics(t *testing.T) {
	g := seqGrid(3, 4)
	before := g.ToRows()
	at := Pt(1, 2)
	calls := map[string]func(){
		"ParseFunc": func() {
			_, _ = ParseFunc(strings.NewReader("....\n....\n....\n"), func(p Point, c byte) (byte, error) {
				if p == at {
					panic(boom{p})
				}
				return c, nil
			})
		},
		"ParseFunc_int": func() {
			_, _ = ParseFunc(strings.NewReader("....\n....\n....\n"), func(p Point, c byte) (int, error) {
				if p == at {
					panic(boom{p})
				}
				return int(c), nil
			})
		},
		"Map": func() {
			g.Map(func(p Point, v int) int {
				if p == at {
					panic(boom{p})
				}
				return -v
			})
		},
		"Convert": func() {
			Convert(g, func(p Point, v int) string {
				if p == at {
					panic(boom{p})
				}
				return "x"
			})
		},
		"CountFunc": func() {
			g.CountFunc(func(v int) bool {
				if v == g.Index(at) {
					panic(boom{at})
				}
				return true
			})
		},
		"Render": func() {
			g.Render(func(p Point) (rune, bool) {
				if p == at {
					panic(boom{p})
				}
				return 'o', true
			})
		},
		"Mark": func() {
			Mark('o', func(yield func(Point) bool) {
				yield(Pt(0, 0))
				panic(boom{at})
			})
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			if got := recovered(call); got != (boom{at}) {
				t.Errorf("%s with a panicking callback: recovered %v, want %v", name, got, boom{at})
			}
			if !Equal(g, mustFromRows(t, before)) {
				t.Errorf("%s with a panicking callback changed the grid", name)
			}
		})
	}
	// Parsing after a panic in the middle of a parse is unaffected.
	if g, err := ParseString("#.\n.#\n"); err != nil || g.String() != "#.\n.#\n" {
		t.Errorf("ParseString after a panicking ParseFunc = %q, %v", g.String(), err)
	}
}
