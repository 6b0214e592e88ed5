package grid

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMasks compares Masks with sectionMasks, which reads any input by
// Sections and Section.Mask (their own tests check those), on 20,000
// random inputs: plain ones of 1 to 12 maps of up to 9x9, with and
// without a final line break, which must take the one-pass path, and ones
// spoilt by a changed byte (control bytes and those around 0x10 and 0x80 among them), "\r\n" endings, an extra blank line, a byte
// order mark or a map of another size; all must give the same masks or
// the very same error. ExampleMasks shows the error for a map of another
// size.
func TestMasks(t *testing.T) {
	rng := rand.New(rand.NewPCG(25, 12))
	for trial := range 20000 {
		rows, cols := 1+rng.IntN(9), 1+rng.IntN(9)
		var b strings.Builder
		maps := 1 + rng.IntN(12)
		plain := true // no spoiling: Masks must take its one-pass path
		odd := -1     // a map of another size
		if rng.IntN(10) == 0 {
			odd, plain = rng.IntN(maps), maps == 1
		}
		for k := range maps {
			r, c := rows, cols
			if k == odd {
				r, c = r+1, max(c-1, 1)
			}
			if k > 0 {
				sep := []string{"\n", "\n", "\n", "\n\n"}[rng.IntN(4)]
				b.WriteString(sep)
				plain = plain && sep == "\n"
			}
			for i := range r {
				for range c {
					b.WriteByte("#.#."[rng.IntN(4)])
				}
				if i < r-1 || k < maps-1 || rng.IntN(2) == 0 {
					end := []string{"\n", "\n", "\n", "\n", "\n", "\r\n"}[rng.IntN(6)]
					b.WriteString(end)
					plain = plain && end == "\n"
				}
			}
		}
		text := []byte(b.String())
		switch rng.IntN(10) {
		case 0:
			text[rng.IntN(len(text))] = "\n\r#.x\t\x00\x0f\x10\x7f\x80\xff"[rng.IntN(12)]
			plain = false
		case 1:
			text = append([]byte("\ufeff"), text...)
			plain = false
		}
		input := string(text)
		if _, _, _, ok := plainMasks(input, '#'); plain && !ok && rows*cols <= 64 {
			t.Fatalf("trial %d: plainMasks(%q) refused a plain input", trial, input)
		}
		got, gr, gc, gerr := Masks(input, '#')
		want, wr, wc, werr := sectionMasks(input, '#')
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Fatalf("trial %d: Masks(%q) error %v, want %v", trial, input, gerr, werr)
		}
		if gerr == nil && (!slices.Equal(got, want) || gr != wr || gc != wc) {
			t.Fatalf("trial %d: Masks(%q) = %v, %dx%d; want %v, %dx%d", trial, input, got, gr, gc, want, wr, wc)
		}
	}
}

// FuzzMasks compares Masks with sectionMasks on any input.
func FuzzMasks(f *testing.F) {
	f.Add("#.\n.#\n\n..\n##\n")
	f.Add("#\n\n#")
	f.Fuzz(func(t *testing.T, input string) {
		got, gr, gc, gerr := Masks(input, '#')
		want, wr, wc, werr := sectionMasks(input, '#')
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Fatalf("Masks(%q) error %v, want %v", input, gerr, werr)
		}
		if gerr == nil && (!slices.Equal(got, want) || gr != wr || gc != wc) {
			t.Fatalf("Masks(%q) = %v, %dx%d; want %v, %dx%d", input, got, gr, gc, want, wr, wc)
		}
	})
}
