package cookbook

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/automaton"
)

// Endless image: the input is a table of 512 '#' (lit) and '.' (dark)
// on one line, a blank line, then an image of lit and dark pixels in the
// middle of an endless dark plane. Each step every pixel of the plane
// becomes the table's entry for its 3x3 window, read as nine bits in
// reading order, lit as 1. A table that lights an all-dark window flips
// the whole plane outside the image each step. Part 1: the pixels lit
// after 2 steps; part 2: after 50.

// enhance returns the pixels lit after 2 and after 50 steps of the image
// in input: the table's line, a blank line, then the image.
func enhance(input string) (two, fifty int, err error) {
	head, rest := grid.CutSection(input)
	line := strings.TrimRight(head.Text, "\r\n")
	if len(line) != 512 || strings.Trim(line, "#.") != "" {
		return 0, 0, fmt.Errorf("line %d: want a table of 512 '#' and '.'", head.Line)
	}
	var table [512]byte
	copy(table[:], line)
	g, err := rest.Grid(grid.Glyphs("#."))
	if err != nil {
		return 0, 0, err
	}
	a := automaton.New(g, '.') // the plane starts dark
	for step := 1; step <= 50; step++ {
		a.Grow(1) // the pixels the plane's edge reaches this step
		a.StepTable(&table, '#')
		if a.Border() == '#' && step%2 == 0 {
			return 0, 0, fmt.Errorf("line %d: the plane outside the image is lit after step %d: endless", head.Line, step)
		}
		if step == 2 {
			two = a.Count('#')
		}
	}
	return two, a.Count('#'), nil
}

// genImage returns a table and a rows×cols image of random pixels, as
// lines. The table lights a dark window about half the time, and then
// darkens a lit one, so that the plane flips each step and is dark after
// every even step, as the puzzle's tables do.
func genImage(rng *rand.Rand, rows, cols int) []string {
	table := make([]byte, 512)
	for i := range table {
		table[i] = ".#"[rng.IntN(2)]
	}
	table[0], table[511] = '.', '.'
	if rng.IntN(2) == 0 {
		table[0] = '#'
	}
	lines := []string{string(table), ""}
	for range rows {
		b := make([]byte, cols)
		for c := range b {
			b[c] = ".#"[rng.IntN(2)]
		}
		lines = append(lines, string(b))
	}
	return lines
}

// refImage is the reference: the lit pixels as a set of points and the
// plane's value outside them, each step every point within one of the
// image's bounds looked at, with its nine neighbours read one by one.
func refImage(lines []string) [2]int {
	table := lines[0]
	lit := map[grid.Point]bool{}
	for r, l := range lines[2:] {
		for c := range len(l) {
			lit[grid.Pt(r, c)] = l[c] == '#'
		}
	}
	lo, hi := grid.Pt(0, 0), grid.Pt(len(lines)-3, len(lines[2])-1)
	outside := false
	var out [2]int
	for step := 1; step <= 50; step++ {
		at := func(p grid.Point) bool {
			if p.Row < lo.Row || p.Row > hi.Row || p.Col < lo.Col || p.Col > hi.Col {
				return outside
			}
			return lit[p]
		}
		next := map[grid.Point]bool{}
		for r := lo.Row - 1; r <= hi.Row+1; r++ {
			for c := lo.Col - 1; c <= hi.Col+1; c++ {
				code := 0
				for dr := -1; dr <= 1; dr++ {
					for dc := -1; dc <= 1; dc++ {
						code <<= 1
						if at(grid.Pt(r+dr, c+dc)) {
							code |= 1
						}
					}
				}
				next[grid.Pt(r, c)] = table[code] == '#'
			}
		}
		lit, lo, hi = next, lo.Sub(grid.Pt(1, 1)), hi.Add(grid.Pt(1, 1))
		if outside {
			outside = table[511] == '#'
		} else {
			outside = table[0] == '#'
		}
		if step == 2 || step == 50 {
			n := 0
			for _, on := range lit {
				if on {
					n++
				}
			}
			out[step/50] = n
		}
	}
	return out
}

// handImage is enhance with flat slices: the pixels as 0 and 1 in a
// buffer big enough for the last step, the image in a square that grows by
// one each way a step, the plane's value written on the ring around it,
// and each row's window kept as a code sliding along it.
func handImage(input string) [2]int {
	input = strings.ReplaceAll(input, "\r", "")
	head, body, _ := strings.Cut(input, "\n\n")
	var lit [512]byte
	for i := range lit {
		if head[i] == '#' {
			lit[i] = 1
		}
	}
	img := strings.Fields(body)
	const steps = 50
	rows, cols := len(img), len(img[0])
	w := cols + 2*steps + 2
	cur, next := make([]byte, (rows+2*steps+2)*w), make([]byte, (rows+2*steps+2)*w)
	for r, l := range img {
		for c := range len(l) {
			if l[c] == '#' {
				cur[(r+steps+1)*w+c+steps+1] = 1
			}
		}
	}
	var out [2]int
	bg := byte(0)
	for s := 1; s <= steps; s++ {
		top, left := steps+1-s, steps+1-s // the image's first row and column now
		bottom, right := steps+rows+s, steps+cols+s
		for _, k := range [2]int{1, 0} { // the ring the image grows by, and the one outside it
			for c := left - k; c <= right+k; c++ {
				cur[(top-k)*w+c], cur[(bottom+k)*w+c] = bg, bg
			}
			for r := top - k; r <= bottom+k; r++ {
				cur[r*w+left-k], cur[r*w+right+k] = bg, bg
			}
		}
		for r := top; r <= bottom; r++ {
			i := r*w + left
			code := int(cur[i-w-1])<<7 | int(cur[i-1])<<4 | int(cur[i+w-1])<<1 |
				int(cur[i-w])<<6 | int(cur[i])<<3 | int(cur[i+w])
			for c := left; c <= right; c++ {
				i := r*w + c
				code = (code<<1)&0b110_110_110 | int(cur[i-w+1])<<6 | int(cur[i+1])<<3 | int(cur[i+w+1])
				next[i] = lit[code]
			}
		}
		cur, next = next, cur
		bg = lit[int(bg)*511]
		if s == 2 || s == steps {
			n := 0
			for r := top; r <= bottom; r++ {
				for _, v := range cur[r*w+left : r*w+right+1] {
					n += int(v)
				}
			}
			out[s/steps] = n
		}
	}
	return out
}

func imageRecipe() recipe {
	return recipe{
		name:   "image",
		shared: []string{"enhance"},
		rows:   100, cols: 100,
		refMax: 8,
		checks: 40,
		gen:    genImage,
		ref:    refImage,
		solveText: func(input string) ([2]int, error) {
			two, fifty, err := enhance(input)
			return [2]int{two, fifty}, err
		},
		handText: handImage,
	}
}

// TestImageErrors checks that enhance refuses a table of the wrong length
// or glyphs, an image with a glyph other than '#' and '.', and a table
// that leaves the plane lit after an even step, naming the line.
func TestImageErrors(t *testing.T) {
	table := strings.Repeat(".", 512)
	lit := "#" + strings.Repeat(".", 510) + "#"
	tests := []struct {
		name, input, want string
	}{
		{"short table", strings.Repeat(".", 511) + "\n\n#.\n", "line 1: want a table of 512"},
		{"bad table glyph", "x" + table[1:] + "\n\n#.\n", "line 1: want a table of 512"},
		{"bad image glyph", table + "\n\n#.\n#x\n", "line 4"},
		{"endless", lit + "\n\n#.\n", "line 1: the plane outside the image is lit after step 2: endless"},
	}
	for _, tt := range tests {
		_, _, err := enhance(tt.input)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}
