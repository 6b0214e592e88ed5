package grid

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

func TestParseAccepts(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string // rows
	}{
		{"lf", "#.\n.#\n", []string{"#.", ".#"}},
		{"crlf", "#.\r\n.#\r\n", []string{"#.", ".#"}},
		{"mixed_endings", "#.\r\n.#\n##\r\n..\n", []string{"#.", ".#", "##", ".."}},
		{"bom", "\ufeff#.\n.#\n", []string{"#.", ".#"}},
		{"bom_crlf", "\ufeff#.\r\n.#\r\n", []string{"#.", ".#"}},
		{"no_final_newline", "#.\n.#", []string{"#.", ".#"}},
		{"no_final_newline_crlf", "#.\r\n.#", []string{"#.", ".#"}},
		{"final_cr_only", "#.\r\n.#\r", []string{"#.", ".#"}},
		{"trailing_blank_lines", "#.\n.#\n\n\n", []string{"#.", ".#"}},
		{"trailing_blank_lines_crlf", "#.\r\n.#\r\n\r\n\r\n", []string{"#.", ".#"}},
		{"trailing_blank_lines_mixed", "#.\n.#\r\n\n\r\n\r", []string{"#.", ".#"}},
		{"doubled_cr", "#.\r\r\n.#\r\r\r\n", []string{"#.", ".#"}},
		{"single_cell", "x", []string{"x"}},
		{"single_cell_newline", "x\n", []string{"x"}},
		{"single_cell_bom_crlf", "\ufeffx\r\n", []string{"x"}},
		{"single_row", "#..#.\n", []string{"#..#."}},
		{"single_column", "#\n.\n#\n", []string{"#", ".", "#"}},
		{"spaces_and_tabs", "  \t\n\t  \n", []string{"  \t", "\t  "}},
		{"spaces_only", "   \n   \n", []string{"   ", "   "}},
		{"nul_bytes", "\x00\x00\n\x00a\n", []string{"\x00\x00", "\x00a"}},
		{"non_ascii", "é.\n.é\n", []string{"é.", ".é"}},
		{"invalid_utf8", "\xff\xfe\n\x80\x81\n", []string{"\xff\xfe", "\x80\x81"}},
		{"cr_inside_row", "a\rb\nc\rd\n", []string{"a\rb", "c\rd"}},
		{"leading_cr_in_row", "\rab\n\rcd\n", []string{"\rab", "\rcd"}},
		{"bom_inside_row", "a\ufeff\n.\ufeff\n", []string{"a\ufeff", ".\ufeff"}},
		{"leading_blank_line", "\n##\n", []string{"##"}},
		{"leading_blank_lines_mixed", "\r\n\n\r\r\n##\n..\n", []string{"##", ".."}},
		{"leading_blank_line_after_bom", "\ufeff\r\n##\n", []string{"##"}},
		{"raw_string", "\n#.\n.^\n", []string{"#.", ".^"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseString(tt.input)
			if err != nil {
				t.Fatalf("ParseString(%q) = %v, want rows %q", tt.input, err, tt.want)
			}
			if got := rowStrings(g); !slices.Equal(got, tt.want) {
				t.Errorf("ParseString(%q) = rows %q, want %q", tt.input, got, tt.want)
			}
			if g.Rows()*g.Cols() != g.Len() {
				t.Errorf("ParseString(%q): Rows %d * Cols %d != Len %d", tt.input, g.Rows(), g.Cols(), g.Len())
			}
			// Parse on a reader agrees with ParseString.
			h, err := Parse(strings.NewReader(tt.input))
			if err != nil || !Equal(h, g) {
				t.Errorf("Parse(%q) = %q, %v, want %q, nil", tt.input, rowStrings(h), err, tt.want)
			}
		})
	}
}

func rowStrings(g Grid[byte]) []string {
	var out []string
	for _, row := range g.ToRows() {
		out = append(out, string(row))
	}
	return out
}

var errUnknownCell = errors.New("unknown cell")

// wallCell accepts '#' and '.' only.
func wallCell(_ Point, c byte) (bool, error) {
	switch c {
	case '#':
		return true, nil
	case '.':
		return false, nil
	}
	return false, fmt.Errorf("%w %q", errUnknownCell, c)
}

func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		opts      []Option
		line, col int
		is        error
		want      string
	}{
		{"empty", "", nil, 0, 0, ErrEmpty, "grid: empty input"},
		{"only_bom", "\ufeff", nil, 0, 0, ErrEmpty, "grid: empty input"},
		{"only_newlines", "\n\n\n", nil, 0, 0, ErrEmpty, "grid: empty input"},
		{"only_crlf", "\r\n\r\n", nil, 0, 0, ErrEmpty, "grid: empty input"},
		{"only_cr", "\r", nil, 0, 0, ErrEmpty, "grid: empty input"},
		{"bom_and_newlines", "\ufeff\r\n\n", nil, 0, 0, ErrEmpty, "grid: empty input"},
		{"ragged_rows_short", "###\n##\n", nil, 2, 0, ErrRagged, "grid: line 2: ragged rows: row has 2 cells, want 3"},
		{"ragged_rows_long", "##\n##\n###\n", nil, 3, 0, ErrRagged, "grid: line 3: ragged rows: row has 3 cells, want 2"},
		{"ragged_rows_crlf", "##\r\n#\r\n", nil, 2, 0, ErrRagged, "grid: line 2: ragged rows: row has 1 cells, want 2"},
		{"ragged_rows_after_bom", "\ufeff##\n#", nil, 2, 0, ErrRagged, "grid: line 2: ragged rows: row has 1 cells, want 2"},
		{"ragged_last_row_no_newline", "##\n##\n#", nil, 3, 0, ErrRagged, "grid: line 3: ragged rows: row has 1 cells, want 2"},
		{"blank_line_inside", "##\n\n##\n", nil, 2, 0, ErrBlank, "grid: line 2: blank line inside the grid"},
		{"blank_lines_inside", "##\n##\n\n\r\n##\n", nil, 3, 0, ErrBlank, "grid: line 3: blank line inside the grid"},
		{"blank_crlf_line_inside", "##\r\n\r\n##\r\n", nil, 2, 0, ErrBlank, "grid: line 2: blank line inside the grid"},
		{"blank_line_after_leading_blank", "\n##\n\n##\n", nil, 3, 0, ErrBlank, "grid: line 3: blank line inside the grid"},
		{"ragged_after_leading_blanks", "\n\r\n##\n#\n", nil, 4, 0, ErrRagged, "grid: line 4: ragged rows: row has 1 cells, want 2"},
		{"max_cells_rows", "###\n###\n", []Option{MaxCells(5)}, 2, 0, ErrTooLarge, "grid: line 2: grid too large: more than 5 cells"},
		{"max_cells_first_row", "######\n", []Option{MaxCells(5)}, 1, 0, ErrTooLarge, "grid: line 1: grid too large: row has 6 cells, limit is 5"},
		{"max_cells_trailing_blank_lines", "#" + strings.Repeat("\n", 5000), []Option{MaxCells(1)}, 0, 0, ErrTooLarge, "grid: grid too large: input exceeds 4099 bytes"},
		{"max_cells_bytes", "#" + strings.Repeat("\r", 5000) + "\n", []Option{MaxCells(1)}, 0, 0, ErrTooLarge, "grid: grid too large: input exceeds 4099 bytes"},
		{"max_cells_leading_blank_lines", strings.Repeat("\n", 5000) + "#", []Option{MaxCells(1)}, 0, 0, ErrTooLarge, "grid: grid too large: input exceeds 4099 bytes"},
		{"max_cells_second_row_first", strings.Repeat("#\n", 3000), []Option{MaxCells(1)}, 2, 0, ErrTooLarge, "grid: line 2: grid too large: more than 1 cells"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseString(tt.input, tt.opts...)
			if err == nil {
				t.Fatalf("ParseString(%q) = %q, nil, want error %q", tt.input, rowStrings(g), tt.want)
			}
			checkParseError(t, tt.input, err, tt.line, tt.col, tt.is, tt.want)
			if g.Len() != 0 || g.Rows() != 0 {
				t.Errorf("ParseString(%q) returned a %dx%d grid with its error, want the zero Grid", tt.input, g.Rows(), g.Cols())
			}
		})
	}
}

func checkParseError(t *testing.T, input string, err error, line, col int, is error, want string) {
	t.Helper()
	if err.Error() != want {
		t.Errorf("ParseString(%q) = %q, want %q", input, err, want)
	}
	if !errors.Is(err, is) {
		t.Errorf("ParseString(%q) = %v, want an error wrapping %v", input, err, is)
	}
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("ParseString(%q) = %T, want *ParseError", input, err)
	}
	if pe.Line != line || pe.Col != col {
		t.Errorf("ParseString(%q) = line %d, column %d, want line %d, column %d", input, pe.Line, pe.Col, line, col)
	}
}

func TestParseFunc(t *testing.T) {
	var seen []Point
	g, err := ParseFunc(strings.NewReader("\ufeff#.\r\n.#\n##"), func(p Point, c byte) (bool, error) {
		seen = append(seen, p)
		return wallCell(p, c)
	})
	if err != nil {
		t.Fatalf("ParseFunc = %v, want nil error", err)
	}
	if got, want := g.String(), "#.\n.#\n##\n"; got != want {
		t.Errorf("ParseFunc(...).String() = %q, want %q", got, want)
	}
	want := []Point{Pt(0, 0), Pt(0, 1), Pt(1, 0), Pt(1, 1), Pt(2, 0), Pt(2, 1)}
	if !slices.Equal(seen, want) {
		t.Errorf("ParseFunc called cell at %v, want %v", seen, want)
	}
}

func TestParseFuncCellError(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		line, col int
		want      string
	}{
		{"first_cell", "x.\n..\n", 1, 1, `grid: line 1, column 1: unknown cell 'x'`},
		{"second_row", "..\n.x\n", 2, 2, `grid: line 2, column 2: unknown cell 'x'`},
		{"after_bom_crlf", "\ufeff..\r\n..\r\n?.\r\n", 3, 1, `grid: line 3, column 1: unknown cell '?'`},
		{"before_ragged_row", "..\n.x.\n", 2, 0, "grid: line 2: ragged rows: row has 3 cells, want 2"},
		{"cr_inside_row", ".\r.\n", 1, 2, `grid: line 1, column 2: unknown cell '\r'`},
		{"column_counts_bytes", "é\n", 1, 1, `grid: line 1, column 1: unknown cell 'Ã'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseFunc(strings.NewReader(tt.input), wallCell)
			if err == nil {
				t.Fatalf("ParseFunc(%q) = nil error, want %q", tt.input, tt.want)
			}
			is := errUnknownCell
			if tt.col == 0 {
				is = ErrRagged
			}
			checkParseError(t, tt.input, err, tt.line, tt.col, is, tt.want)
		})
	}
}

func TestParseReadError(t *testing.T) {
	errRead := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("##\n"), errReader{errRead})
	_, err := Parse(r)
	if !errors.Is(err, errRead) {
		t.Errorf("Parse(failing reader) = %v, want an error wrapping %v", err, errRead)
	}
	if want := "grid: reading input: disk on fire"; err == nil || err.Error() != want {
		t.Errorf("Parse(failing reader) = %v, want %q", err, want)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

func TestMaxCellsOption(t *testing.T) {
	input := strings.Repeat(strings.Repeat("#", 10)+"\n", 10) // 100 cells
	tests := []struct {
		name string
		n    int
		ok   bool
	}{
		{"exact", 100, true},
		{"one_short", 99, false},
		{"one_row_short", 90, false},
		{"zero_means_default", 0, true},
		{"negative_means_default", -5, true},
		{"above_default_means_default", DefaultMaxCells + 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseString(input, MaxCells(tt.n))
			if ok := err == nil; ok != tt.ok {
				t.Fatalf("ParseString(10x10, MaxCells(%d)) = %v, want success %v", tt.n, err, tt.ok)
			}
			if err == nil && g.Len() != 100 {
				t.Errorf("ParseString(10x10, MaxCells(%d)) has %d cells, want 100", tt.n, g.Len())
			}
			if err != nil && !errors.Is(err, ErrTooLarge) {
				t.Errorf("ParseString(10x10, MaxCells(%d)) = %v, want ErrTooLarge", tt.n, err)
			}
		})
	}
}

// countingReader reads an endless repetition of pattern, counting bytes.
type countingReader struct {
	pattern string
	n       int
}

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.pattern[(r.n+i)%len(r.pattern)]
	}
	r.n += len(p)
	return len(p), nil
}

func TestMaxCellsStopsReading(t *testing.T) {
	// With an endless input, returning at all shows that the parser stopped
	// reading; the count shows how soon.
	for _, pattern := range []string{"#", "#.\n", "#\r\n", "\n"} {
		r := &countingReader{pattern: pattern}
		_, err := Parse(r, MaxCells(100))
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("Parse(endless %q, MaxCells(100)) = %v, want ErrTooLarge", pattern, err)
		}
		if limit := 3*100 + 4096 + 1; r.n > limit {
			t.Errorf("Parse(endless %q, MaxCells(100)) read %d bytes, want at most %d", pattern, r.n, limit)
		}
	}
}

func TestParseLargeRow(t *testing.T) {
	row := strings.Repeat("#.", 1<<19) // 1 MiB
	g, err := ParseString(row + "\n")
	if err != nil {
		t.Fatalf("ParseString(1 MiB row) = %v, want nil error", err)
	}
	if g.Rows() != 1 || g.Cols() != 1<<20 {
		t.Errorf("ParseString(1 MiB row) is %dx%d, want 1x%d", g.Rows(), g.Cols(), 1<<20)
	}
	if g.At(Pt(0, 1<<20-1)) != '.' {
		t.Errorf("ParseString(1 MiB row): last cell = %q, want '.'", g.At(Pt(0, 1<<20-1)))
	}
}

func TestParseLargeInput(t *testing.T) {
	const rows, cols = 3000, 3333 // 10 MB
	var b strings.Builder
	b.Grow(rows * (cols + 2))
	for r := range rows {
		for c := range cols {
			b.WriteByte(".#"[(r*7+c*3)%5/4])
		}
		if r%2 == 0 {
			b.WriteString("\r\n")
		} else {
			b.WriteByte('\n')
		}
	}
	g, err := ParseString(b.String())
	if err != nil {
		t.Fatalf("ParseString(%dx%d) = %v, want nil error", rows, cols, err)
	}
	if g.Rows() != rows || g.Cols() != cols {
		t.Fatalf("ParseString(%dx%d) is %dx%d", rows, cols, g.Rows(), g.Cols())
	}
	for _, p := range []Point{Pt(0, 0), Pt(1234, 2345), Pt(rows-1, cols-1)} {
		if got, want := g.At(p), ".#"[(p.Row*7+p.Col*3)%5/4]; got != want {
			t.Errorf("ParseString(%dx%d).At(%v) = %q, want %q", rows, cols, p, got, want)
		}
	}
}

// byteCells are the cells of the round-trip tests: map glyphs, whitespace,
// control and non-ASCII bytes, and '\r', which may not end a row.
const byteCells = ".#S \t\x00\xff\x7f\r"

// randByteGrid returns a random grid of byteCells with no '\r' at the end of
// a row, where Parse would drop it.
func randByteGrid(rng *rand.Rand, maxSide int) Grid[byte] {
	g := randGrid(rng, maxSide, byteCells)
	return g.Map(func(p Point, v byte) byte {
		if v == '\r' && p.Col == g.Cols()-1 {
			return '.'
		}
		return v
	})
}

func TestParseStringRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range 2000 {
		g := randByteGrid(rng, 12)
		s := g.String()
		h, err := ParseString(s)
		if err != nil || !Equal(h, g) {
			t.Fatalf("ParseString(%q) = %q, %v, want %q, nil", s, h.String(), err, s)
		}
	}
}

func TestParseStringRoundTripBOMCells(t *testing.T) {
	// A grid whose first cells spell a byte order mark must survive String
	// and Parse, which drops one leading BOM.
	for _, input := range []string{
		"\ufeff\ufeffab\n",
		"\ufeff\ufeff\ufeff\n",
		"\ufeff\ufeff.\r\n.\ufeff\r\n",
	} {
		g, err := ParseString(input)
		if err != nil {
			t.Fatalf("ParseString(%q) = %v", input, err)
		}
		h, err := ParseString(g.String())
		if err != nil || !Equal(h, g) {
			t.Errorf("ParseString(%q) = %q, %v, want %q, nil", g.String(), rowStrings(h), err, rowStrings(g))
		}
	}
}

// plainParse is the reference parser: split on "\n", drop carriage returns
// at line ends, a leading BOM and leading and trailing blank lines. It returns the rows,
// or the sentinel error and its line.
func plainParse(s string) (rows []string, line int, err error) {
	s = strings.TrimPrefix(s, "\ufeff")
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], "\r")
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	first := 0
	for first < len(lines) && lines[first] == "" {
		first++
	}
	lines = lines[first:]
	if len(lines) == 0 {
		return nil, 0, ErrEmpty
	}
	for i, l := range lines {
		switch {
		case l == "":
			return nil, first + i + 1, ErrBlank
		case len(l) != len(lines[0]):
			return nil, first + i + 1, ErrRagged
		}
	}
	return lines, 0, nil
}

func TestParseVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for i := range 3000 {
		rows := rowStrings(randByteGrid(rng, 8))
		switch i % 4 { // break a quarter of the inputs
		case 1:
			r := rng.IntN(len(rows))
			rows = slices.Insert(rows, r, "") // blank line
		case 2:
			r := rng.IntN(len(rows))
			rows[r] = rows[r] + "#" // ragged row
		}
		input := testkit.Quirky(rng, rows)
		want, line, wantErr := plainParse(input)
		g, err := ParseString(input)
		if wantErr == nil {
			if err != nil || !slices.Equal(rowStrings(g), want) {
				t.Fatalf("ParseString(%q) = %q, %v, want %q, nil", input, rowStrings(g), err, want)
			}
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, wantErr) || pe.Line != line || pe.Col != 0 {
			t.Fatalf("ParseString(%q) = %v, want %v on line %d", input, err, wantErr, line)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"#",
		"#.\n.#\n",
		"#.\r\n.#\r\n\r\n",
		"\ufeff#.#\n...\n",
		"##\n#\n",
		"##\n\n##\n",
		"\n##",
		"a\rb\n\x00\xff\t\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := ParseString(s)
		want, _, wantErr := plainParse(s)
		// The streaming path, one byte a read, agrees with ParseString.
		if h, herr := Parse(iotest.OneByteReader(strings.NewReader(s))); !sameError(herr, err) || !Equal(h, g) {
			t.Fatalf("Parse(OneByteReader(%q)) = %q, %v; ParseString gives %q, %v", s, h, herr, g, err)
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseString(%q) = %T %v, want a *ParseError", s, err, err)
			}
			if wantErr == nil {
				t.Fatalf("ParseString(%q) = %v, want rows %q", s, err, want)
			}
			return
		}
		if wantErr != nil || !slices.Equal(rowStrings(g), want) {
			t.Fatalf("ParseString(%q) = %q, want %q, %v", s, rowStrings(g), want, wantErr)
		}
		if g.Rows() < 1 || g.Cols() < 1 || g.Rows()*g.Cols() != g.Len() {
			t.Fatalf("ParseString(%q) is %dx%d with %d cells", s, g.Rows(), g.Cols(), g.Len())
		}
		h, err := ParseString(g.String())
		if err != nil || !Equal(h, g) {
			t.Fatalf("ParseString(%q) = %q, %v, want %q, nil", g.String(), rowStrings(h), err, rowStrings(g))
		}
	})
}

func BenchmarkParse(b *testing.B) {
	for _, n := range []int{130, 1000} {
		b.Run(strconv.Itoa(n)+"x"+strconv.Itoa(n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, uint64(n)))
			input := Convert(New(n, n, 0), func(Point, int) byte { return ".#"[rng.IntN(2)] }).String()
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseString(input); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n*n), "ns/cell")
		})
	}
}

// lenReader is a reader that reports a length of its choosing, which may be
// wrong: Parse must read the whole input whatever Len says.
type lenReader struct {
	*strings.Reader
	n int
}

func (r lenReader) Len() int { return r.n }

func TestParseReaderLen(t *testing.T) {
	const text = "..#\n#..\n.#.\n"
	want, err := ParseString(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 5, len(text) - 1, len(text), len(text) + 1, 1 << 20} {
		got, err := Parse(lenReader{strings.NewReader(text), n})
		if err != nil || !Equal(got, want) {
			t.Errorf("Parse(reader with Len %d) = %v, %v; want %v", n, got, err, want)
		}
	}
}

func TestParseErrorZero(t *testing.T) {
	if got, want := (&ParseError{}).Error(), "grid: malformed input"; got != want {
		t.Errorf("ParseError{}.Error() = %q, want %q", got, want)
	}
}

// TestNilOption checks that a nil Option is ignored, not called, by every
// parser, alone and among others.
func TestNilOption(t *testing.T) {
	g, err := ParseString("#.\n.#\n", nil)
	if err != nil || g.String() != "#.\n.#\n" {
		t.Errorf("ParseString(map, nil) = %q, %v", g, err)
	}
	if _, err := Parse(strings.NewReader("###\n"), nil, MaxCells(2), nil); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Parse(3 cells, nil, MaxCells(2), nil) = %v, want ErrTooLarge", err)
	}
	if _, err := ParseFunc(strings.NewReader("#\n"), wallCell, nil); err != nil {
		t.Errorf("ParseFunc(map, nil) = %v", err)
	}
	if n, err := ParseInts("1 2\n", nil); err != nil || len(n) != 1 {
		t.Errorf("ParseInts(.., nil) = %v, %v", n, err)
	}
	if p, err := ParsePoints("1,2\n", nil); err != nil || len(p) != 1 {
		t.Errorf("ParsePoints(.., nil) = %v, %v", p, err)
	}
	if _, err := Sections("#\n")[0].Grid(nil); err != nil {
		t.Errorf("Section.Grid(nil) = %v", err)
	}
}

// TestFirstLine checks that FirstLine numbers errors from its line and
// keeps a byte order mark that is not at the start of the input.
func TestFirstLine(t *testing.T) {
	_, err := ParseString("##\n#\n", FirstLine(10))
	checkParseError(t, "##\\n#\\n", err, 11, 0, ErrRagged, "grid: line 11: ragged rows: row has 1 cells, want 2")
	g, err := ParseString("\ufeff#\n", FirstLine(2))
	if err != nil || g.Cols() != 4 {
		t.Errorf("ParseString(BOM+#, FirstLine(2)) = %q, %v; want the BOM's 3 bytes kept as cells", g, err)
	}
	if g, err := ParseString("\ufeff#\n", FirstLine(0)); err != nil || g.Cols() != 1 {
		t.Errorf("ParseString(BOM+#, FirstLine(0)) = %q, %v; want the BOM dropped", g, err)
	}
}

func BenchmarkParseFunc(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 130))
	input := Convert(New(130, 130, 0), func(Point, int) byte { return ".#"[rng.IntN(2)] }).String()
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseStringFunc(input, wallCell); err != nil {
			b.Fatal(err)
		}
	}
}

func TestMustParse(t *testing.T) {
	g := MustParse("\n#.\n.#\n")
	if g.Rows() != 2 || g.Cols() != 2 || g.At(Pt(1, 1)) != '#' {
		t.Errorf("MustParse(\"\\n#.\\n.#\\n\") = %q, want the 2x2 map", g.String())
	}
	v, panicked := testkit.Recover(func() { MustParse("#.\n.\n") })
	var pe *ParseError
	if err, ok := v.(error); !panicked || !ok || !errors.As(err, &pe) || pe.Line != 2 {
		t.Errorf("MustParse of a ragged map panicked with %v (panicked %v), want a *ParseError on line 2", v, panicked)
	}
}

func TestParseFuncNilCell(t *testing.T) {
	testkit.MustPanic(t, "ParseFunc(nil)", "grid: ParseFunc: nil cell function", func() {
		ParseFunc[int](strings.NewReader("ab\n"), nil)
	})
	testkit.MustPanic(t, "ParseStringFunc(nil)", "grid: ParseStringFunc: nil cell function", func() {
		ParseStringFunc[int]("ab\n", nil)
	})
}

// TestGlyphsAgainstFunc checks Glyphs, which checks a map's bytes as it
// copies them, against ParseStringFunc with a cell function that refuses
// the same bytes, the way Glyphs worked before: the same grids, and errors
// on the same line and column, of the same kind, on 3,000 random inputs
// with stray glyphs, ragged and blank lines, CRLF endings and headers, half
// of them read a byte at a time.
func TestGlyphsAgainstFunc(t *testing.T) {
	rng := rand.New(rand.NewPCG(81, 82))
	pieces := []string{"#", ".", "#", ".", "x", "\n", "\r\n", "\n\n", "\r", "Tile 1:\n"}
	for trial := range 3000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		input := b.String()
		set := [...]string{"#.", ".#x", "#", "#.\r"}[rng.IntN(4)]
		got, gerr := ParseString(input, Glyphs(set))
		if trial%2 == 1 { // rows split across reads, a byte at a time
			got, gerr = Parse(iotest.OneByteReader(strings.NewReader(input)), Glyphs(set))
		}
		want, werr := ParseStringFunc(input, func(_ Point, c byte) (byte, error) {
			if !strings.ContainsRune(set, rune(c)) {
				return 0, fmt.Errorf("%w: %q is not one of %q", ErrSyntax, c, set)
			}
			return c, nil
		})
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Fatalf("trial %d, %q with Glyphs(%q): error %v, want %v", trial, input, set, gerr, werr)
		}
		if gerr == nil && got.String() != want.String() {
			t.Fatalf("trial %d, %q with Glyphs(%q): grid %q, want %q", trial, input, set, got, want)
		}
	}
}

// TestParsePlainAgrees checks the plain-text fast path against the row
// parser on 30,000 short random texts over a small alphabet ('#', '.',
// 'x', "\n", "\r" and a byte-order mark), with and without Glyphs, as a
// section's text and as a whole input, and with a small MaxCells: the
// grid, or the error, must be the same either way. It also checks that
// plain maps take the fast path and that the others do not.
func TestParsePlainAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(181, 182))
	pieces := []string{"#", ".", "#", ".", "x", "\n", "\n", "\r", "\ufeff"}
	for trial := range 30000 {
		var b strings.Builder
		if trial%2 == 0 { // mostly plain: rows of one length
			rows, cols := 1+rng.IntN(5), 1+rng.IntN(6)
			for r := range rows {
				for range cols {
					b.WriteString(pieces[rng.IntN(3)])
				}
				if r < rows-1 || rng.IntN(2) == 0 {
					b.WriteByte('\n')
				}
			}
			if rng.IntN(8) == 0 { // now and then a fault
				s := []byte(b.String())
				s[rng.IntN(len(s))] = pieces[rng.IntN(len(pieces)-1)][0]
				b.Reset()
				b.Write(s)
			}
		} else {
			for range rng.IntN(14) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		s := b.String()
		o := options{maxCells: maxCells, firstLine: 1 + rng.IntN(3), text: rng.IntN(2) == 0}
		if rng.IntN(3) == 0 {
			o = Glyphs("#.")(o)
		}
		if rng.IntN(4) == 0 {
			o.maxCells = 1 + rng.IntN(12)
		}
		got, gerr := parseText[byte](s, nil, o)
		want, werr := parse[byte](strings.NewReader(s), nil, o)
		if !sameError(gerr, werr) || !Equal(got, want) {
			t.Fatalf("%q with %+v: parseText = %q, %v; the row parser = %q, %v", s, o, rowStrings(got), gerr, rowStrings(want), werr)
		}
	}
	for _, tc := range []struct {
		s     string
		plain bool
	}{{"#.\n.#\n", true}, {"#.\n.#", true}, {"#", true}, {"#.\r\n.#\r\n", false}, {"#.\n.#\n\n", false}, {"#.\n#\n", false}, {"\n#.", false}} {
		if _, ok := parsePlain(tc.s, options{maxCells: maxCells}); ok != tc.plain {
			t.Errorf("parsePlain(%q) took the fast path: %v, want %v", tc.s, ok, tc.plain)
		}
	}
}
