package main

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// plainMap is the reference reader of a map's text, written the obvious
// way: drop one leading byte order mark, split into lines at "\n", drop the
// carriage returns that end a line and the blank lines at the start and at
// the end. The map
// is valid if some rows are left, none is blank, all are as long as the
// first, every cell is one of ".#^>v<", and exactly one is a guard.
func plainMap(text string) (rows []string, valid bool) {
	lines := testkit.Lines(text)
	if len(lines) == 0 {
		return nil, false
	}
	guards := 0
	for _, l := range lines {
		if l == "" || len(l) != len(lines[0]) {
			return nil, false
		}
		for i := range len(l) {
			switch l[i] {
			case '.', '#':
			case '^', '>', 'v', '<':
				guards++
			default:
				return nil, false
			}
		}
	}
	return lines, guards == 1
}

// decodeMap turns fuzzer bytes into a well-formed map of up to 16x16 cells,
// so that the fuzzer reaches the solver often instead of the parser's
// refusals: b[0] sets the width, b[1] the guard's cell and heading, and each
// further byte one cell, blocked one time in four.
func decodeMap(b []byte) []byte {
	if len(b) < 2 {
		return []byte("^")
	}
	cols, guard := 1+int(b[0]%16), int(b[1])
	cells := b[2:min(len(b), 2+16*cols)]
	if len(cells) == 0 {
		cells = []byte{1}
	}
	var out []byte
	for i, c := range cells {
		switch {
		case i == guard%len(cells):
			out = append(out, "^>v<"[guard/64])
		case c%4 == 0:
			out = append(out, '#')
		default:
			out = append(out, '.')
		}
		if (i+1)%cols == 0 || i == len(cells)-1 {
			out = append(out, '\n')
		}
	}
	// A short last row is kept: the map is then ragged, which parse must
	// refuse like the reference.
	return out
}

// FuzzDay6Strategies checks the whole solver against the reference on small
// inputs. The fuzzer's bytes are the map's text, or, after a leading '!', an
// encoded map (see decodeMap). A map that the plain reader refuses must be
// refused by parse with an error, and by the program with one line on
// stderr; one it accepts must be accepted, and every strategy, and the
// program, must give the reference's answers, or errLoop when the guard
// never leaves.
func FuzzDay6Strategies(f *testing.F) {
	for _, s := range []string{
		handMap,
		"^",
		".#.\n#^#\n...\n",
		"\ufeff.#..\r\n...#\r\n#^..\r\n..#.\r\n", // loops in part 1
		"..\n\n.^\n",
		"...\n.^\n",
		"^.\n.v\n",
		"\x00\xff\t \n",
		"!\x05\x11\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17",
		"!\x0f\xc3" + strings.Repeat("\x01\x02\x03\x05\x06\x07\x09\x0a\x0b\x0c", 25),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text := data
		if len(data) > 0 && data[0] == '!' {
			text = decodeMap(data[1:])
		}
		if len(text) > 4096 {
			return
		}
		rows, valid := plainMap(string(text))
		pz, err := parse(bytes.NewReader(text))
		code, out, errOut := runWith(t, string(text), "-input", "-", "-strategy", "jump")
		if !valid {
			if err == nil {
				t.Fatalf("parse(%q) accepted a map the reference refuses", text)
			}
			if code != 1 || out != "" || !strings.HasPrefix(errOut, "day6: ") || strings.Count(errOut, "\n") != 1 {
				t.Fatalf("run on %q = %d, stdout %q, stderr %q; want 1, nothing, one line \"day6: …\"", text, code, out, errOut)
			}
			return
		}
		if err != nil {
			t.Fatalf("parse(%q) = %v; the reference accepts it as %q", text, err, rows)
		}
		if pz.cells.Len() > 1024 {
			return // keep the reference, which tries every free cell, cheap
		}
		want1, want2, ok := refSolve(strings.Join(rows, "\n")+"\n", true)
		for _, name := range slices.Sorted(maps.Keys(strategies)) {
			got1, got2, err := solve(pz, name, 1+len(data)%3)
			switch {
			case !ok && !errors.Is(err, errLoop):
				t.Errorf("solve(%s) on %q = %d, %d, %v; want errLoop", name, text, got1, got2, err)
			case ok && (err != nil || got1 != want1 || got2 != want2):
				t.Errorf("solve(%s) on %q = %d, %d, %v; want %d, %d", name, text, got1, got2, err, want1, want2)
			}
		}
		wantOut := fmt.Sprintf("part1 %d\npart2 %d\n", want1, want2)
		switch {
		case !ok && (code != 1 || out != "" || !strings.Contains(errOut, "never leaves")):
			t.Errorf("run on %q = %d, stdout %q, stderr %q; want 1 and the loop error", text, code, out, errOut)
		case ok && (code != 0 || out != wantOut || errOut != ""):
			t.Errorf("run on %q = %d, stdout %q, stderr %q; want 0, %q", text, code, out, errOut, wantOut)
		}
	})
}
