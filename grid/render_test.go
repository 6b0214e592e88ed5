package grid

import (
	"slices"
	"strconv"
	"testing"
	"unicode/utf8"
)

// tile is a named byte type: String formats it with %v, as a number.
type tile byte

// wall has a String method, which String uses.
type wall bool

func (w wall) String() string {
	if w {
		return "W"
	}
	return "_"
}

func TestString(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"bytes", mustFromRows(t, [][]byte{[]byte("#."), []byte(".#")}).String(), "#.\n.#\n"},
		{"bytes_binary", mustFromRows(t, [][]byte{{0, '\t', 0xff}}).String(), "\x00\t\xff\n"},
		{"runes", mustFromRows(t, [][]rune{[]rune("→↓"), []rune("é.")}).String(), "→↓\né.\n"},
		{"invalid_runes", mustFromRows(t, [][]rune{{-1, utf8.MaxRune + 1, 0xD800, 'x'}}).String(), "???x\n"},
		{"bools", mustFromRows(t, [][]bool{{true, false}, {false, true}}).String(), "#.\n.#\n"},
		{"ints", mustFromRows(t, [][]int{{1, 2, 3}, {4, 5, 6}}).String(), "123\n456\n"},
		{"ints_wide", mustFromRows(t, [][]int{{10, -2}}).String(), "10-2\n"},
		{"strings", mustFromRows(t, [][]string{{"ab", ""}, {"c", "de"}}).String(), "ab\ncde\n"},
		{"named_byte", New(1, 2, tile('#')).String(), "3535\n"},
		{"stringer", mustFromRows(t, [][]wall{{true, false}}).String(), "W_\n"},
		{"single_cell", New(1, 1, byte('x')).String(), "x\n"},
		{"zero_grid", Grid[byte]{}.String(), ""},
		{"bom_cells", mustFromRows(t, [][]byte{[]byte("\ufeff")}).String(), "\ufeff\ufeff\n"},
		{"bom_rune_cell", New(1, 1, '\ufeff').String(), "\ufeff\ufeff\n"},
		{"bom_not_first", mustFromRows(t, [][]byte{[]byte(".\ufeff")}).String(), ".\ufeff\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("String() = %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestRender(t *testing.T) {
	g := mustFromRows(t, [][]byte{[]byte("..."), []byte("..."), []byte("...")})
	diagonal := Mark('\\', slices.Values([]Point{Pt(0, 0), Pt(1, 1), Pt(2, 2)}))
	middle := Mark('+', slices.Values([]Point{Pt(1, 0), Pt(1, 1), Pt(1, 2)}))
	never := Overlay(func(Point) (rune, bool) { return 'N', false })
	tests := []struct {
		name   string
		layers []Overlay
		want   string
	}{
		{"no_layers", nil, "...\n...\n...\n"},
		{"one_layer", []Overlay{diagonal}, "\\..\n.\\.\n..\\\n"},
		{"last_layer_wins", []Overlay{diagonal, middle}, "\\..\n+++\n..\\\n"},
		{"last_layer_wins_reversed", []Overlay{middle, diagonal}, "\\..\n+\\+\n..\\\n"},
		{"transparent_layer_on_top", []Overlay{diagonal, never}, "\\..\n.\\.\n..\\\n"},
		{"non_ascii_glyph", []Overlay{Mark('█', slices.Values([]Point{Pt(2, 0)}))}, "...\n...\n█..\n"},
		{"points_outside_ignored", []Overlay{Mark('X', slices.Values([]Point{Pt(-1, 0), Pt(3, 3), Pt(0, 2)}))}, "..X\n...\n...\n"},
		{"empty_mark", []Overlay{Mark('X', slices.Values([]Point(nil)))}, "...\n...\n...\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := g.Render(tt.layers...); got != tt.want {
				t.Errorf("Render(%s) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
	if got, want := g.String(), "...\n...\n...\n"; got != want {
		t.Errorf("after Render, g.String() = %q, want %q", got, want)
	}
}

func TestRenderOverlayCalls(t *testing.T) {
	g := New(2, 3, 0)
	calls := make([]map[Point]int, 2)
	layer := func(i int, draws bool) Overlay {
		calls[i] = map[Point]int{}
		return func(p Point) (rune, bool) {
			calls[i][p]++
			return rune('0' + i), draws
		}
	}
	if got, want := g.Render(layer(0, true), layer(1, false)), "000\n000\n"; got != want {
		t.Errorf("Render = %q, want %q", got, want)
	}
	for i := range calls {
		for p := range g.Points() {
			if calls[i][p] != 1 {
				t.Errorf("layer %d called %d times at %v, want once", i, calls[i][p], p)
			}
		}
	}
	// A layer below one that draws need not be asked.
	g.Render(layer(0, true), layer(1, true))
	for p := range g.Points() {
		if calls[0][p] > 1 || calls[1][p] != 1 {
			t.Errorf("at %v, layers called %d and %d times, want at most once and once", p, calls[0][p], calls[1][p])
		}
	}
}

func TestMarkReadsOnce(t *testing.T) {
	reads := 0
	pts := func(yield func(Point) bool) {
		reads++
		for i := range 3 {
			if !yield(Pt(i, i)) {
				return
			}
		}
	}
	m := Mark('o', pts)
	g := New(3, 3, byte('.'))
	for range 3 {
		if got, want := g.Render(m), "o..\n.o.\n..o\n"; got != want {
			t.Errorf("Render(Mark) = %q, want %q", got, want)
		}
	}
	if reads != 1 {
		t.Errorf("Mark read its points %d times, want once", reads)
	}
	if r, ok := m(Pt(1, 1)); r != 'o' || !ok {
		t.Errorf("Mark('o', ...)((1,1)) = %q, %v, want 'o', true", r, ok)
	}
	if _, ok := m(Pt(0, 1)); ok {
		t.Errorf("Mark('o', ...)((0,1)) = _, true, want false")
	}
}

func TestRenderLarge(t *testing.T) {
	g := seqGrid(40, 50)
	want := ""
	for r := range 40 {
		for c := range 50 {
			want += strconv.Itoa(r*50 + c)
		}
		want += "\n"
	}
	if got := g.String(); got != want {
		t.Errorf("String() of 40x50 ints differs from strconv.Itoa rows")
	}
}
