package grid

import (
	"errors"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// plainBlock is a block as the plain reference finds it: its first line's
// number and its lines, without endings.
type plainBlock struct {
	line  int
	lines []string
}

// plainSections splits s on "\n" after dropping a leading BOM, trims
// carriage returns from line ends and groups the lines that are not blank.
func plainSections(s string) []plainBlock {
	s = strings.TrimPrefix(s, "\ufeff")
	raw := strings.Split(s, "\n")
	var out []plainBlock
	in := false
	for i, l := range raw {
		l = strings.TrimRight(l, "\r")
		switch {
		case l == "":
			in = false
		case !in:
			out = append(out, plainBlock{i + 1, []string{l}})
			in = true
		default:
			out[len(out)-1].lines = append(out[len(out)-1].lines, l)
		}
	}
	return out
}

// sectionLines returns the blocks of Sections(s) in plainBlock form.
func sectionLines(s string) []plainBlock {
	var out []plainBlock
	for _, sec := range Sections(s) {
		out = append(out, plainBlock{sec.Line, slices.Collect(sec.Lines())})
	}
	return out
}

func sameBlocks(a, b []plainBlock) bool {
	return slices.EqualFunc(a, b, func(x, y plainBlock) bool {
		return x.line == y.line && slices.Equal(x.lines, y.lines)
	})
}

// randBlocks returns 1 to 5 clean blocks: grids, some ragged, and lists.
func randBlocks(rng *rand.Rand) [][]string {
	var blocks [][]string
	for range 1 + rng.IntN(5) {
		var rows []string
		if rng.IntN(3) == 0 {
			for range 1 + rng.IntN(4) {
				rows = append(rows, "R"+strings.Repeat("<", rng.IntN(3))+",12 x=-3")
			}
		} else {
			rows = rowStrings(randGrid(rng, 5, ".#O"))
			if rng.IntN(5) == 0 {
				rows[rng.IntN(len(rows))] += "#" // ragged
			}
		}
		blocks = append(blocks, rows)
	}
	return blocks
}

// cleanText writes blocks with "\n" endings and one blank line between,
// and a byte order mark in front if the text would start with one, which
// would be dropped.
func cleanText(blocks [][]string) string {
	var parts []string
	for _, b := range blocks {
		parts = append(parts, strings.Join(b, "\n")+"\n")
	}
	s := strings.Join(parts, "\n")
	if strings.HasPrefix(s, "\ufeff") {
		s = "\ufeff" + s
	}
	return s
}

// quirkyBlocks writes blocks with every quirk: a BOM, CRLF, mixed and
// doubled-CR endings, blank lines (some only carriage returns) before,
// between and after the blocks, and perhaps no final newline.
func quirkyBlocks(rng *rand.Rand, blocks [][]string) string {
	endings := []string{"\n", "\r\n", "\r\r\n"}
	blank := []string{"\n", "\r\n", "\r\n", "\r\r\n"}
	var b strings.Builder
	if rng.IntN(2) == 0 {
		b.WriteString("\ufeff")
	}
	for range rng.IntN(3) {
		b.WriteString(blank[rng.IntN(len(blank))])
	}
	for i, rows := range blocks {
		if i > 0 {
			for range 1 + rng.IntN(3) {
				b.WriteString(blank[rng.IntN(len(blank))])
			}
		}
		for j, row := range rows {
			b.WriteString(row)
			if i < len(blocks)-1 || j < len(rows)-1 || rng.IntN(3) > 0 {
				b.WriteString(endings[rng.IntN(len(endings))])
			}
		}
	}
	for range rng.IntN(3) {
		b.WriteString(blank[rng.IntN(len(blank))])
	}
	return b.String()
}

func TestSectionsVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(71, 72))
	for range 2000 {
		s := quirkyBlocks(rng, randBlocks(rng))
		if got, want := sectionLines(s), plainSections(s); !sameBlocks(got, want) {
			t.Fatalf("Sections(%q) = %v, want %v", s, got, want)
		}
		// The texts are the input's own lines: joined, with the blank
		// lines between, they give the input back.
		secs := Sections(s)
		body := strings.TrimPrefix(s, "\ufeff")
		for _, sec := range secs {
			if !strings.Contains(body, sec.Text) || strings.TrimRight(sec.Text, "\r\n") != sec.Text[:len(strings.TrimRight(sec.Text, "\r\n"))] {
				t.Fatalf("Sections(%q): text %q is not a block of the input", s, sec.Text)
			}
		}
		first, rest := CutSection(s)
		if len(secs) == 0 {
			if first != (Section{}) || rest != (Section{}) {
				t.Fatalf("CutSection(%q) = %v, %v; want zero Sections", s, first, rest)
			}
			continue
		}
		if first != secs[0] {
			t.Fatalf("CutSection(%q) first = %v, want %v", s, first, secs[0])
		}
		if len(secs) == 1 {
			if rest != (Section{}) {
				t.Fatalf("CutSection(%q) rest = %v, want the zero Section", s, rest)
			}
			continue
		}
		if rest.Line != secs[1].Line || !strings.HasSuffix(body, rest.Text) || !strings.HasPrefix(rest.Text, secs[1].Text) {
			t.Fatalf("CutSection(%q) rest = %v, want from %v to the end", s, rest, secs[1])
		}
		// The rest splits into the later sections, numbered as in s.
		later := Sections(rest.Text)
		for i := range later {
			later[i].Line += rest.Line - 1
		}
		if !slices.Equal(later, secs[1:]) {
			t.Fatalf("Sections(CutSection(%q) rest) = %v, want %v", s, later, secs[1:])
		}
	}
}

// sameParse reports whether two results of parsing a section agree: equal
// grids, or errors with the same sentinel, column and line within the
// section.
func sameParse(g1 Grid[byte], err1 error, line1 int, g2 Grid[byte], err2 error, line2 int) bool {
	if err1 == nil || err2 == nil {
		return err1 == nil && err2 == nil && Equal(g1, g2)
	}
	var p1, p2 *ParseError
	if !errors.As(err1, &p1) || !errors.As(err2, &p2) || p1.Col != p2.Col || errors.Unwrap(err1) != errors.Unwrap(err2) && errors.Unwrap(err1).Error() != errors.Unwrap(err2).Error() {
		return false
	}
	return (p1.Line == 0) == (p2.Line == 0) && (p1.Line == 0 || p1.Line-line1 == p2.Line-line2)
}

// lineOf returns line n of s as Parse numbers lines, without its ending.
func lineOf(s string, n int) string {
	lines := strings.Split(strings.TrimPrefix(s, "\ufeff"), "\n")
	if n < 1 || n > len(lines) {
		return "<none>"
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// checkQuirksAsClean checks that the sections of s parse as those of its
// clean version do, and that every error's line number points at the
// same line in each input.
func checkQuirksAsClean(t *testing.T, s, clean string) {
	t.Helper()
	secs, cleanSecs := Sections(s), Sections(clean)
	if len(secs) != len(cleanSecs) {
		t.Fatalf("Sections(%q) has %d blocks, its clean version %q %d", s, len(secs), clean, len(cleanSecs))
	}
	for i, sec := range secs {
		c := cleanSecs[i]
		if !slices.Equal(slices.Collect(sec.Lines()), slices.Collect(c.Lines())) {
			t.Fatalf("block %d of %q has lines %q, of the clean version %q", i, s, slices.Collect(sec.Lines()), slices.Collect(c.Lines()))
		}
		g1, err1 := sec.Grid()
		g2, err2 := c.Grid()
		if !sameParse(g1, err1, sec.Line, g2, err2, c.Line) {
			t.Fatalf("block %d of %q: Grid() = %q, %v; clean version gives %q, %v", i, s, g1, err1, g2, err2)
		}
		var pe *ParseError
		if errors.As(err1, &pe) && pe.Line > 0 && lineOf(s, pe.Line) != lineOf(clean, pe.Line-sec.Line+c.Line) {
			t.Fatalf("block %d of %q: error %v names line %q, the clean version's names %q", i, s, err1, lineOf(s, pe.Line), lineOf(clean, pe.Line-sec.Line+c.Line))
		}
		i1, e1 := sec.Ints()
		i2, e2 := c.Ints()
		if (e1 == nil) != (e2 == nil) || len(i1) != len(i2) {
			t.Fatalf("block %d of %q: Ints() = %v, %v; clean version gives %v, %v", i, s, i1, e1, i2, e2)
		}
		p1, e1 := sec.Points()
		p2, e2 := c.Points()
		if (e1 == nil) != (e2 == nil) || !slices.Equal(p1, p2) {
			t.Fatalf("block %d of %q: Points() = %v, %v; clean version gives %v, %v", i, s, p1, e1, p2, e2)
		}
	}
}

// TestSectionsQuirksAsClean checks generated multi-block inputs with every
// quirk against their clean versions.
func TestSectionsQuirksAsClean(t *testing.T) {
	rng := rand.New(rand.NewPCG(73, 74))
	for range 2000 {
		blocks := randBlocks(rng)
		checkQuirksAsClean(t, quirkyBlocks(rng, blocks), cleanText(blocks))
	}
}

// FuzzSections checks that any input splits and parses as its clean
// version does: the lines of its blocks, with "\n" endings and one blank
// line between blocks.
func FuzzSections(f *testing.F) {
	for _, s := range []string{
		"",
		"#.\n.#\n\nR,1\n",
		"\ufeff\r\n\r\n#.\r\n.#\r\n\r\n\r\n\n##\r\r\n##\n\r\n\r\n",
		"\n\n\n#\n\n\n.\n",
		"##\n#\n\n#\r\n",
		"1,2\r\n3,4\n\n\n5,6",
		"a\rb\n\r\n\r\rc\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var blocks [][]string
		for _, sec := range Sections(s) {
			blocks = append(blocks, slices.Collect(sec.Lines()))
		}
		if got, want := sectionLines(s), plainSections(s); !sameBlocks(got, want) {
			t.Fatalf("Sections(%q) = %v, want %v", s, got, want)
		}
		checkQuirksAsClean(t, s, cleanText(blocks))
	})
}

func TestSectionZero(t *testing.T) {
	var sec Section
	if lines := slices.Collect(sec.Lines()); len(lines) != 0 {
		t.Errorf("Section{}.Lines() = %q, want none", lines)
	}
	if _, err := sec.Grid(); !errors.Is(err, ErrEmpty) {
		t.Errorf("Section{}.Grid() = %v, want ErrEmpty", err)
	}
	if got := Sections("\r\n\n\ufeff"); len(got) != 1 || got[0].Line != 3 {
		t.Errorf(`Sections("\r\n\n\ufeff") = %v, want one block on line 3 (a BOM not at the start is text)`, got)
	}
}

// TestGlyphsRefuseHeader checks that a block with a header line as wide
// as its map parses silently as a map without Glyphs, and is refused with
// the header's line and column with it; and that Header splits it.
func TestGlyphsRefuseHeader(t *testing.T) {
	input := "\n\nTile 7:\n#..#...\n.#.....\n"
	sec := Sections(input)[0]
	if g, err := sec.Grid(); err != nil || g.Rows() != 3 {
		t.Fatalf("without Glyphs: %v, %v; want the header as row 0", g, err)
	}
	_, err := sec.Grid(Glyphs(".#"))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 3 || pe.Col != 1 || !errors.Is(err, ErrSyntax) {
		t.Fatalf("with Glyphs: err %v, want line 3 column 1", err)
	}
	head, body := sec.Header()
	g, err := body.Grid(Glyphs(".#"))
	if head != "Tile 7:" || err != nil || g.String() != "#..#...\n.#.....\n" || body.Line != 4 {
		t.Fatalf("Header: %q, body line %d %q, grid %v %v", head, body.Line, body.Text, g, err)
	}
	ids, err := ParseInts(head)
	if err != nil || len(ids) != 1 || ids[0][0] != 7 {
		t.Fatalf("ParseInts(header) = %v, %v", ids, err)
	}
	if head, body := (Section{Line: 5, Text: "only\r\n"}).Header(); head != "only" || body.Text != "" || body.Line != 0 {
		t.Fatalf("Header of one line: %q, %+v", head, body)
	}
}

// TestLineEnd compares lineEnd with strings.IndexByte from every offset of
// 3,000 random strings of "\n", "\r" and letters, lines of every length
// from 0 to 40, so that a "\n" falls in each byte of the words read and
// past them.
func TestLineEnd(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		b := make([]byte, rng.IntN(60))
		for i := range b {
			b[i] = "ab\r#."[rng.IntN(5)]
			if rng.IntN(1+rng.IntN(40)) == 0 {
				b[i] = '\n'
			}
		}
		s := string(b)
		for off := 0; off <= len(s); off++ {
			want := len(s)
			if k := strings.IndexByte(s[off:], '\n'); k >= 0 {
				want = off + k + 1
			}
			if got := lineEnd(s, off); got != want {
				t.Fatalf("lineEnd(%q, %d) = %d, want %d", s, off, got, want)
			}
		}
	}
}

// lineBlocks is the reference for blocks: each line taken in turn and
// looked at for blankness, as blocks did before it read eight bytes at a
// time.
func lineBlocks(body string) iter.Seq2[Section, int] {
	return func(yield func(Section, int) bool) {
		start, first := -1, 0 // the current block's offset and line
		for off, no := 0, 1; off < len(body); no++ {
			next := lineEnd(body, off)
			// A line is blank if it holds nothing but "\r"s before its "\n".
			blank := true
			for k := off; k < next && body[k] != '\n'; k++ {
				if body[k] != '\r' {
					blank = false
					break
				}
			}
			switch {
			case !blank && start < 0:
				start, first = off, no
			case blank && start >= 0:
				if !yield(Section{first, body[start:off]}, start) {
					return
				}
				start = -1
			}
			off = next
		}
		if start >= 0 {
			yield(Section{first, body[start:]}, start)
		}
	}
}

// TestBlocksAgainstLines compares blocks with lineBlocks, text, line and
// offset exactly, on 30,000 random inputs of "\n", "\r", "\r\n" and a few
// other bytes, long and short, so that blank lines of carriage returns,
// lines that start with one, "\n"s at every place in a word and blocks at
// either end all come up.
func TestBlocksAgainstLines(t *testing.T) {
	rng := rand.New(rand.NewPCG(101, 102))
	pieces := []string{"\n", "\n", "\r", "\r\n", "#", ".#", "abcdefgh", " "}
	type block struct {
		sec Section
		off int
	}
	collect := func(seq iter.Seq2[Section, int]) []block {
		var out []block
		for sec, off := range seq {
			out = append(out, block{sec, off})
		}
		return out
	}
	for range 30000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := collect(blocks(s)), collect(lineBlocks(s)); !slices.Equal(got, want) {
			t.Fatalf("blocks(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestSectionMask compares Section.Mask with the mask made from
// Section.Grid's grid on 20,000 random blocks: plain ones of up to 13x13
// (some of more than 64 cells, some just below or above), and ones with "\r\n" endings, a missing or
// extra byte, a blank line or a byte-order mark, which take the row
// parser's path and must fail or succeed as Section.Grid does.
func TestSectionMask(t *testing.T) {
	rng := rand.New(rand.NewPCG(61, 62))
	for trial := range 20000 {
		rows, cols := 1+rng.IntN(9), 1+rng.IntN(9)
		if rng.IntN(4) == 0 { // near 64 cells: 8x8, 5x13, 13x5, ...
			rows, cols = 4+rng.IntN(10), 4+rng.IntN(10)
		}
		var b strings.Builder
		for r := range rows {
			for range cols {
				b.WriteByte("#.#x"[rng.IntN(4)])
			}
			if r < rows-1 || rng.IntN(2) == 0 {
				b.WriteString([]string{"\n", "\n", "\n", "\r\n"}[rng.IntN(4)])
			}
		}
		text := []byte(b.String())
		switch rng.IntN(8) {
		case 0: // a byte changed, perhaps to a line break
			text[rng.IntN(len(text))] = "\n\r#."[rng.IntN(4)]
		case 1: // a byte-order mark
			text = append([]byte("\ufeff"), text...)
		}
		sec := Section{Line: 1 + rng.IntN(5), Text: string(text)}
		mask, r, c, err := sec.Mask('#')
		g, gerr := sec.Grid()
		switch {
		case gerr != nil:
			if err == nil || err.Error() != gerr.Error() {
				t.Fatalf("trial %d: Mask(%q) = %v, Grid's error is %v", trial, sec.Text, err, gerr)
			}
		case g.Len() > 64:
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("trial %d: Mask(%q) of %d cells = %v, want ErrTooLarge", trial, sec.Text, g.Len(), err)
			}
		default:
			var want uint64
			for p, v := range g.All() {
				if v == '#' {
					want |= 1 << g.Index(p)
				}
			}
			if err != nil || mask != want || r != g.Rows() || c != g.Cols() {
				t.Fatalf("trial %d: Mask(%q) = %b, %dx%d, %v; want %b, %dx%d", trial, sec.Text, mask, r, c, err, want, g.Rows(), g.Cols())
			}
		}
	}
	plain := Section{Line: 1, Text: "#.#\n.#.\n"}
	if n := testing.AllocsPerRun(50, func() { _, _, _, _ = plain.Mask('#') }); n != 0 {
		t.Errorf("Mask of a plain block: %v allocations, want 0", n)
	}
}
