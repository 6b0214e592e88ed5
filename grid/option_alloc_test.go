package grid

import "testing"

// TestOptionsAllocateNothing checks that options cost no allocation: a
// plain map parsed with options, as a section or a string, makes only its
// one block of cells, as without them.
func TestOptionsAllocateNothing(t *testing.T) {
	const text = "#.#\n.#.\n"
	glyphs, limit := Glyphs("#."), MaxCells(100)
	sec := Section{Line: 3, Text: text}
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"ParseString", func() { _, _ = ParseString(text) }},
		{"ParseString with options", func() { _, _ = ParseString(text, glyphs, limit, FirstLine(2), nil) }},
		{"Section.Grid", func() { _, _ = sec.Grid() }},
		{"Section.Grid with options", func() { _, _ = sec.Grid(glyphs, limit) }},
	} {
		if n := testing.AllocsPerRun(100, c.f); n != 1 {
			t.Errorf("%s of a plain 2x3 map: %v allocations, want 1 (the cells)", c.name, n)
		}
	}
}
