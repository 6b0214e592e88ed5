package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunPNG runs -png on the embedded map and checks the file is a PNG of
// the map's size, and that the key is printed beside the answers.
func TestRunPNG(t *testing.T) {
	file := filepath.Join(t.TempDir(), "map.png")
	code, out, errOut := runWith(t, "", "-png", file)
	if wantEnd := "png " + file + ": " + pngKey + "\n"; code != 0 || errOut != "" || !strings.HasSuffix(out, wantEnd) || strings.Count(out, "\n") != 3 {
		t.Fatalf("run(-png) = %d, stdout %q, stderr %q; want 0, the answers and %q", code, out, errOut, wantEnd)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("-png wrote %d bytes that do not decode: %v", len(b), err)
	}
	// 130x130 cells of 4x4 pixels.
	if r := img.Bounds(); r.Dx() != 520 || r.Dy() != 520 {
		t.Errorf("-png drew %v, want 520x520 pixels", r)
	}
}

// TestPicture checks the picture's colours cell by cell on handMap: as
// many red cells as part 2 counts, blue ones for the rest of part 1 but the
// start, which is green, and the others dark grey or cream as the map has
// them. On a puzzle-sized map, where a cell is 4 pixels wide, it checks
// that a ring, a circle of radius 10 pixels, marks the start.
func TestPicture(t *testing.T) {
	pz, err := parse(strings.NewReader(handMap))
	if err != nil {
		t.Fatal(err)
	}
	img, err := picture(pz)
	if err != nil {
		t.Fatal(err)
	}
	scale := 640 / pz.cells.Cols()
	count := map[any]int{}
	for p, c := range pz.cells.All() {
		got := img.RGBAAt(p.Col*scale+scale/2, p.Row*scale+scale/2) // the cell's centre
		count[got]++
		switch {
		case c == '#' && got != colWall, c == '^' && got != colStart,
			c == '.' && got != colFree && got != colPath && got != colLoop:
			t.Errorf("picture of handMap: cell %v (%q) is %v", p, c, got)
		}
	}
	part1, part2, _ := refSolve(handMap, false)
	if count[colLoop] != part2 || count[colPath] != part1-1-part2 || count[colStart] != 1 {
		t.Errorf("picture of handMap: %d red, %d blue, %d green cells; want part 2 = %d, part 1 - 1 - part 2 = %d, 1",
			count[colLoop], count[colPath], count[colStart], part2, part1-1-part2)
	}

	// On a puzzle-sized map the ring is drawn around the start, inside the
	// picture, in the start's colour, on cells of other colours.
	pz, err = parse(bytes.NewReader(defaultMap))
	if err != nil {
		t.Fatal(err)
	}
	img, err = picture(pz)
	if err != nil {
		t.Fatal(err)
	}
	scale = 640 / 130
	cx, cy := pz.start.Pos.Col*scale+scale/2, pz.start.Pos.Row*scale+scale/2
	r := scale + 6
	on := 0
	for _, p := range [][2]int{{cx + r, cy}, {cx - r + 1, cy}, {cx, cy + r}, {cx, cy - r + 1}} {
		if img.RGBAAt(p[0], p[1]) == colStart {
			on++
		}
	}
	if on != 4 {
		t.Errorf("picture of the default map: %d of 4 points of the ring round the start at (%d,%d) are green", on, cx, cy)
	}
}

// TestPNGKeyInDoc checks that the package doc and -h say what every colour
// of the key means, as png.go draws them.
func TestPNGKeyInDoc(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(strings.ReplaceAll(string(doc), "//", "")), " ")
	_, _, usage := runWith(t, "", "-h")
	for _, want := range []string{
		"dark grey is an obstacle", "cream a free cell", "blue the guard's path",
		"red a cell where one more obstacle traps the guard in a loop", "a green ring marks the guard's start",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("doc.go does not say %q", want)
		}
	}
	if !strings.Contains(strings.Join(strings.Fields(usage), " "), pngKey) {
		t.Errorf("-h does not print the key %q:\n%s", pngKey, usage)
	}
}
