package grid

import (
	"fmt"
	"iter"
	"strings"
	"unicode/utf8"
)

// String renders g as text, one line per row, each line ending in "\n".
// Cells of type byte and rune are written as themselves, strings as they are,
// bools as '#' (true) and '.' (false), and anything else with fmt's %v. For
// a Grid[byte] read by [Parse], ParseString(g.String()) gives g back: if the
// text would begin with a UTF-8 byte order mark, which Parse drops, String
// writes one more in front.
func (g Grid[T]) String() string {
	s := g.Render()
	if strings.HasPrefix(s, byteOrderMark) {
		return byteOrderMark + s
	}
	return s
}

// An Overlay is a layer drawn over a grid by [Grid.Render]: it returns the
// rune to show at p, or false to let the cell (or a lower layer) show.
type Overlay func(p Point) (rune, bool)

// Mark returns an Overlay that shows glyph at every point of pts. It reads
// pts once, when called, and costs O(len) memory.
func Mark(glyph rune, pts iter.Seq[Point]) Overlay {
	set := make(map[Point]struct{})
	for p := range pts {
		set[p] = struct{}{}
	}
	return func(p Point) (rune, bool) {
		_, ok := set[p]
		return glyph, ok
	}
}

// Render renders g like [Grid.String], with the overlays drawn on top:
// at each cell the last overlay that returns true wins. Use it to print a
// grid with a walk or a set of marked points for debugging:
//
//	fmt.Print(g.Render(grid.Mark('X', slices.Values(path))))
//
// Render calls each overlay at most once per cell, from the last down to the
// first that draws, and costs O(Rows*Cols) time.
func (g Grid[T]) Render(layers ...Overlay) string {
	var b strings.Builder
	b.Grow(len(g.cells) + int(g.rows))
	i := 0
	for r := range int(g.rows) {
		for c := range int(g.cols) {
			drawn := false
			for j := len(layers) - 1; j >= 0 && !drawn; j-- {
				if glyph, ok := layers[j](Point{r, c}); ok {
					b.WriteRune(glyph)
					drawn = true
				}
			}
			if !drawn {
				writeCell(&b, g.cells[i])
			}
			i++
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func writeCell(b *strings.Builder, v any) {
	switch v := v.(type) {
	case byte:
		b.WriteByte(v)
	case rune:
		if utf8.ValidRune(v) {
			b.WriteRune(v)
		} else {
			b.WriteByte('?')
		}
	case string:
		b.WriteString(v)
	case bool:
		if v {
			b.WriteByte('#')
		} else {
			b.WriteByte('.')
		}
	default:
		fmt.Fprint(b, v)
	}
}
