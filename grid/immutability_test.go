package grid

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestFindAllResultOwned checks that the slice FindAll returns is the
// caller's: changing or appending to it changes neither the grid nor a later
// FindAll.
func TestFindAllResultOwned(t *testing.T) {
	g, err := ParseString("#.#\n.#.\n#.#\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []Point{Pt(0, 0), Pt(0, 2), Pt(1, 1), Pt(2, 0), Pt(2, 2)}
	pts := FindAll(g, '#')
	if !slices.Equal(pts, want) {
		t.Fatalf("FindAll(g, '#') = %v, want %v", pts, want)
	}
	for i := range pts {
		pts[i] = Pt(9, 9)
	}
	if pts = append(pts[:2], Pt(7, 7), Pt(8, 8)); len(pts) != 4 {
		t.Fatalf("append gave %d points", len(pts))
	}
	if again := FindAll(g, '#'); !slices.Equal(again, want) {
		t.Errorf("after changing FindAll's result, FindAll(g, '#') = %v, want %v", again, want)
	}
	if got := g.String(); got != "#.#\n.#.\n#.#\n" {
		t.Errorf("after changing FindAll's result, g = %q", got)
	}
}

// TestMarkKeepsNoInput checks that Mark copies the points it reads: the
// slice they came from may change afterwards.
func TestMarkKeepsNoInput(t *testing.T) {
	pts := []Point{Pt(0, 0), Pt(1, 1)}
	m := Mark('o', slices.Values(pts))
	pts[0], pts[1] = Pt(0, 1), Pt(1, 0)
	if got, want := New(2, 2, '.').Render(m), "o.\n.o\n"; got != want {
		t.Errorf("Render(Mark(pts)) after pts changed = %q, want %q", got, want)
	}
}

// TestConcurrentReadersAndBuilders runs 8 goroutines reading one parsed
// grid through every read method while 8 others build changed copies of it
// in every way there is and change whatever slices they are handed. Run
// with -race, any write that reached the shared cells would be reported; in
// any run, the readers check that what they read never changes.
func TestConcurrentReadersAndBuilders(t *testing.T) {
	text := strings.Repeat("#..#.\n.##..\n", 6) // 12x5
	g, err := ParseString(text)
	if err != nil {
		t.Fatal(err)
	}
	want := g.ToRows()
	walls := Count(g, '#')
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := range 8 {
		wg.Add(2)
		go func() { // reader
			defer wg.Done()
			for range 100 {
				for p, v := range g.All() {
					if w, _ := g.Get(p); v != g.At(p) || v != w || v != want[p.Row][p.Col] {
						errs <- "All, At and Get disagree at " + p.String()
						return
					}
				}
				if g.String() != text || Count(g, '#') != walls || len(FindAll(g, '#')) != walls {
					errs <- "String, Count or FindAll changed"
					return
				}
				if !slices.Equal(slices.Collect(g.Row(i%12)), want[i%12]) {
					errs <- "Row changed"
					return
				}
				if p, ok := Find(g, '#'); !ok || p != Pt(0, 0) {
					errs <- "Find changed"
					return
				}
			}
		}()
		go func() { // builder
			defer wg.Done()
			for j := range 100 {
				p := g.PointAt((i*100 + j) % g.Len())
				h := g.With(p, '@')
				if h.At(p) != '@' {
					errs <- "With lost its change"
					return
				}
				rows := g.ToRows()
				rows[p.Row][p.Col] = '!'
				rows[0] = append(rows[0], '!')
				pts := FindAll(g, '#')
				pts[0] = Pt(-1, -1)
				m := g.Map(func(_ Point, v byte) byte { return v ^ 1 })
				c := Convert(g, func(_ Point, v byte) bool { return v == '#' })
				if m.At(p) != g.At(p)^1 || c.At(p) != (g.At(p) == '#') {
					errs <- "Map or Convert wrong"
					return
				}
				for _, tr := range []func(Grid[byte]) Grid[byte]{Grid[byte].Transpose, Grid[byte].RotateCW, Grid[byte].RotateCCW, Grid[byte].FlipH, Grid[byte].FlipV} {
					if t := tr(g); t.Len() != g.Len() {
						errs <- "a transform changed the cell count"
						return
					}
				}
				if f, err := FromRows(g.ToRows()); err != nil || !Equal(f, g) {
					errs <- "FromRows(ToRows) differs"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if got := g.String(); got != text {
		t.Errorf("after the builders ran, g = %q, want %q", got, text)
	}
}
