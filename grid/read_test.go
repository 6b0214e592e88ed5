package grid

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// Tests of reading under the parsers: readers that break the io.Reader
// rules, and how much memory parsing and refusing take.

// badReader serves text through Read calls that break the io.Reader rules
// as its fields say.
type badReader struct {
	text    string
	over    int // if above 0, every count is len(p)+over; if below, over
	empties int // reads returning (0, nil) before each read of text; -1: forever
	left    int // empties still to return before the next read
}

func (r *badReader) Read(p []byte) (int, error) {
	if r.empties < 0 {
		return 0, nil
	}
	if r.left > 0 {
		r.left--
		return 0, nil
	}
	r.left = r.empties
	if r.text == "" {
		return 0, io.EOF
	}
	n := copy(p, r.text)
	r.text = r.text[n:]
	switch {
	case r.over > 0:
		return len(p) + r.over, nil
	case r.over < 0:
		return r.over, nil
	}
	return n, nil
}

// lenBadReader is a badReader that reports a length of its choosing.
type lenBadReader struct {
	*badReader
	n int
}

func (r lenBadReader) Len() int { return r.n }

// safeParse runs Parse and ParseFunc on r, turning a panic into an error
// for the test to report.
func safeParse(r func() io.Reader, opts ...Option) (g Grid[byte], panicked any, err, funcErr error) {
	defer func() { panicked = recover() }()
	g, err = Parse(r(), opts...)
	_, funcErr = ParseFunc(r(), func(_ Point, c byte) (byte, error) { return c, nil }, opts...)
	return g, nil, err, funcErr
}

// TestParseBadReaders checks that the parsers never panic or spin on a
// reader that breaks the io.Reader rules: a count above len(p) or below 0
// is an error, a Len below -1 or far above the input is ignored, and a
// reader that returns (0, nil) forever is given up with io.ErrNoProgress
// after 100 tries in a row.
func TestParseBadReaders(t *testing.T) {
	const text = "#.\n.#\n"
	tests := []struct {
		name    string
		r       func() io.Reader
		opts    []Option
		wantErr string // "" for the grid of text
		is      error
	}{
		{"count_above_len_p", func() io.Reader { return &badReader{text: text, over: 1} }, nil, "grid: reading input: reader returned 65537 bytes for a 65536-byte buffer", nil},
		{"count_above_len_p_with_len", func() io.Reader { return lenBadReader{&badReader{text: text, over: 1 << 20}, len(text)} }, nil, "grid: reading input: reader returned 1048592 bytes for a 16-byte buffer", nil},
		{"count_below_zero", func() io.Reader { return &badReader{text: text, over: -100} }, nil, "grid: reading input: reader returned -100 bytes for a 65536-byte buffer", nil},
		{"len_below_minus_one", func() io.Reader { return lenBadReader{&badReader{text: text}, -7} }, nil, "", nil},
		{"len_min_int", func() io.Reader { return lenBadReader{&badReader{text: text}, math.MinInt} }, nil, "", nil},
		{"len_max_int", func() io.Reader { return lenBadReader{&badReader{text: text}, math.MaxInt} }, []Option{MaxCells(1000)}, "", nil},
		{"no_progress", func() io.Reader { return &badReader{text: text, empties: -1} }, nil, "grid: reading input: multiple Read calls return no data or error", io.ErrNoProgress},
		{"no_progress_max_cells_1", func() io.Reader { return &badReader{text: text, empties: -1} }, []Option{MaxCells(1)}, "grid: reading input: multiple Read calls return no data or error", io.ErrNoProgress},
		{"no_progress_with_len", func() io.Reader { return lenBadReader{&badReader{text: text, empties: -1}, 10} }, nil, "grid: reading input: multiple Read calls return no data or error", io.ErrNoProgress},
		{"some_empty_reads", func() io.Reader { return &badReader{text: text, empties: 99} }, nil, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, panicked, err, funcErr := safeParse(tt.r, tt.opts...)
			if panicked != nil {
				t.Fatalf("Parse panicked: %v", panicked)
			}
			for name, err := range map[string]error{"Parse": err, "ParseFunc": funcErr} {
				if tt.wantErr == "" {
					if err != nil || g.String() != text {
						t.Errorf("%s = %q, %v; want %q, nil", name, g.String(), err, text)
					}
					continue
				}
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Errorf("%s = %v, want an error starting %q", name, err, tt.wantErr)
				}
				if tt.is != nil && !errors.Is(err, tt.is) {
					t.Errorf("%s = %v, want an error wrapping %v", name, err, tt.is)
				}
				var pe *ParseError
				if errors.As(err, &pe) {
					t.Errorf("%s = %v, a *ParseError; read errors are not", name, err)
				}
			}
		})
	}
}

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// plainReader hides the Len method of the reader it wraps.
type plainReader struct{ r io.Reader }

func (r plainReader) Read(p []byte) (int, error) { return r.r.Read(p) }

// TestParseMemory checks what the parsers allocate in all, which bounds
// what they hold at once: refusing an endless input over the cell limit
// takes no more than the limit's cells and the read buffer, and parsing n
// cells takes at most 2.25n and the buffer, or about the input's length
// when the reader tells it.
func TestParseMemory(t *testing.T) {
	const n = 4 << 20 // cells
	const slack = readChunk + 128<<10
	byteCell := func(_ Point, c byte) (byte, error) { return c, nil }
	refuse := map[string]func(){
		"Parse":     func() { Parse(&countingReader{pattern: "#"}, MaxCells(n)) },
		"ParseFunc": func() { ParseFunc(&countingReader{pattern: "#"}, byteCell, MaxCells(n)) },
		"Parse_rows": func() {
			Parse(&countingReader{pattern: strings.Repeat("#", 1000) + "\n"}, MaxCells(n))
		},
	}
	for name, f := range refuse {
		if got, limit := allocated(f), uint64(n+slack); got > limit {
			t.Errorf("%s(endless input, MaxCells(%d)) allocated %d bytes, want at most %d", name, n, got, limit)
		}
	}
	rows := strings.Repeat(strings.Repeat(".#", 512)+"\r\n", n/1024)
	for _, tt := range []struct {
		name  string
		parse func()
		limit uint64
	}{
		{"Parse(no Len)", func() { Parse(plainReader{strings.NewReader(rows)}) }, n*9/4 + slack},
		{"ParseString", func() { ParseString(rows) }, uint64(len(rows)) + slack},
		{"ParseFunc(no Len)", func() { ParseFunc(plainReader{strings.NewReader(rows)}, byteCell) }, n*9/4 + slack},
	} {
		if got := allocated(tt.parse); got > tt.limit {
			t.Errorf("%s of %d cells allocated %d bytes, want at most %d", tt.name, n, got, tt.limit)
		}
	}
	if g, err := ParseString(rows); err != nil || g.Len() != n {
		t.Fatal(fmt.Sprint("ParseString of the memory test's input = ", g.Len(), " cells, ", err))
	}
}

// TestParseChunkBoundaries checks that the parsers give the same result
// however the reader splits the input: one byte a read (so a byte order
// mark, a "\r\n" and every row are split), half a buffer a read, and the
// final data with io.EOF.
func TestParseChunkBoundaries(t *testing.T) {
	inputs := append(slices.Clone(hostileInputs), quirkyInputs(500)...)
	inputs = append(inputs, "\ufeff", "\xef\xbb", "\xef\xbb#", "\n\n\ufeff#", "#\r", "#\r\r\r.\n#\r\r\r.\n")
	asInt := func(_ Point, c byte) (int, error) { return int(c), nil }
	for _, input := range inputs {
		want, wantErr := ParseString(input)
		readers := map[string]func() io.Reader{
			"OneByteReader": func() io.Reader { return iotest.OneByteReader(strings.NewReader(input)) },
			"HalfReader":    func() io.Reader { return iotest.HalfReader(strings.NewReader(input)) },
			"DataErrReader": func() io.Reader { return iotest.DataErrReader(strings.NewReader(input)) },
		}
		for name, r := range readers {
			g, err := Parse(r())
			if !sameError(err, wantErr) || !Equal(g, want) {
				t.Errorf("Parse(%s(%q)) = %q, %v; ParseString gives %q, %v", name, input, g, err, want, wantErr)
			}
			gi, err := ParseFunc(r(), asInt)
			if !sameError(err, wantErr) || !Equal(gi, Convert(want, func(_ Point, c byte) int { return int(c) })) {
				t.Errorf("ParseFunc(%s(%q)) = %v, %v; ParseString gives %q, %v", name, input, gi, err, want, wantErr)
			}
		}
	}
}

// lyingLen is a reader with a Len method that reports n, whatever it holds.
type lyingLen struct {
	io.Reader
	n int
}

func (r lyingLen) Len() int { return r.n }

// TestParseLenLies checks Parse on readers whose Len is wrong, small or
// large, and whose reads come in pieces: a grid of bytes from a short input
// is kept in the read buffer, and an input that outgrows it must carry on
// into new blocks without losing or overwriting a cell.
func TestParseLenLies(t *testing.T) {
	rng := rand.New(rand.NewPCG(81, 82))
	for range 300 {
		rows := rowStrings(randByteGrid(rng, 60))
		input := testkit.Quirky(rng, rows)
		want, line, wantErr := plainParse(input)
		for _, n := range []int{0, 1, 2, 100, 511, 512, 600, len(input) - 1, len(input), len(input) + 1, readChunk - 1, readChunk} {
			for name, r := range map[string]io.Reader{
				"whole":   strings.NewReader(input),
				"half":    iotest.HalfReader(strings.NewReader(input)),
				"onebyte": iotest.OneByteReader(strings.NewReader(input)),
			} {
				g, err := Parse(lyingLen{r, n})
				var pe *ParseError
				switch {
				case wantErr == nil && (err != nil || !slices.Equal(rowStrings(g), want)):
					t.Fatalf("Parse(%s %q, Len %d) = %q, %v; want %q", name, input, n, rowStrings(g), err, want)
				case wantErr != nil && (!errors.As(err, &pe) || !errors.Is(err, wantErr) || pe.Line != line):
					t.Fatalf("Parse(%s %q, Len %d) = %v; want %v on line %d", name, input, n, err, wantErr, line)
				}
			}
		}
	}
}
