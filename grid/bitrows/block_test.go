package bitrows_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refBlock is the plain reference for BlockOf: each of the 64 cells read
// with Get.
func refBlock[T comparable](g grid.Grid[T], at grid.Point, v T) bitrows.Block {
	var b bitrows.Block
	for r := range 8 {
		for c := range 8 {
			if x, ok := g.Get(at.Add(grid.Pt(r, c))); ok && x == v {
				b |= 1 << (8*r + c)
			}
		}
	}
	return b
}

// TestBlockOf compares BlockOf with the reference on 2,000 grids of bytes
// (the word-at-a-time path, and the general one near and past the edges)
// and of ints, with bytes 0, 0x80 and 0xff among the cells.
func TestBlockOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 42))
	glyphs := []byte{'#', '.', 0, 0x80, 0xff}
	for range 2000 {
		rows, cols := 1+rng.IntN(14), 1+rng.IntN(70)
		kinds := 1 + rng.IntN(len(glyphs))
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return glyphs[rng.IntN(kinds)] })
		at := grid.Pt(rng.IntN(rows+4)-4, rng.IntN(cols+4)-4)
		v := glyphs[rng.IntN(kinds)]
		if got, want := bitrows.BlockOf(g, at, v), refBlock(g, at, v); got != want {
			t.Fatalf("BlockOf(%dx%d grid, %v, %q) = %x, want %x", rows, cols, at, v, got, want)
		}
		n := grid.FromFunc(rows, cols, func(grid.Point) int { return rng.IntN(2) })
		if got, want := bitrows.BlockOf(n, at, 1), refBlock(n, at, 1); got != want {
			t.Fatalf("BlockOf of ints at %v = %x, want %x", at, got, want)
		}
	}
}

// TestBlockOrient checks every orientation of 500 random blocks against
// grid.Grid.Orient of the same 8x8 grid.
func TestBlockOrient(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 44))
	for range 500 {
		g := grid.FromFunc(8, 8, func(grid.Point) byte { return ".#"[rng.IntN(2)] })
		b := bitrows.BlockOf(g, grid.Pt(0, 0), '#')
		for _, o := range grid.Orientations() {
			want := bitrows.BlockOf(g.Orient(o).Grid(), grid.Pt(0, 0), '#')
			if got := b.Orient(o); got != want {
				t.Fatalf("%q: Orient(%v) = %x, want %x", g, o, got, want)
			}
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Orient(8) did not panic")
		}
	}()
	bitrows.Block(0).Orient(8)
}

// TestOrBlock compares OrBlock with setting the block's cells one by one,
// on 2,000 grids up to 140 wide with blocks placed across words and partly
// or wholly outside.
func TestOrBlock(t *testing.T) {
	rng := rand.New(rand.NewPCG(45, 46))
	for range 2000 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(140)
		g := bitrows.New(rows, cols)
		for range rng.IntN(20) {
			g.Set(grid.Pt(rng.IntN(rows), rng.IntN(cols)), true)
		}
		b := bitrows.Block(rng.Uint64())
		at := grid.Pt(rng.IntN(rows+16)-8, rng.IntN(cols+16)-8)
		want := g.Clone()
		for r := range 8 {
			for c := range 8 {
				if q := at.Add(grid.Pt(r, c)); b>>(8*r+c)&1 == 1 && q.Row >= 0 && q.Row < rows && q.Col >= 0 && q.Col < cols {
					want.Set(q, true)
				}
			}
		}
		if got := g.Clone().OrBlock(b, at); !got.Equal(want) {
			t.Fatalf("OrBlock(%x, %v) on %dx%d: got %v, want %v", b, at, rows, cols, got.Key(), want.Key())
		}
	}
}

// TestGridBlock compares Grid.Block with BlockOf of the same cells as a
// grid of bytes, on 2,000 grids up to 140 wide, at points across words and
// partly or wholly outside.
func TestGridBlock(t *testing.T) {
	rng := rand.New(rand.NewPCG(47, 48))
	for range 2000 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(140)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return ".#"[rng.IntN(2)] })
		at := grid.Pt(rng.IntN(rows+16)-8, rng.IntN(cols+16)-8)
		if got, want := bitrows.Of(g, '#').Block(at), refBlock(g, at, '#'); got != want {
			t.Fatalf("Block(%v) of a %dx%d grid = %x, want %x", at, rows, cols, got, want)
		}
	}
}

// TestGridEdges compares Grid.Edges with grid.EdgesOf on 2,000 grids of up
// to 64 a side, and checks that a longer side panics.
func TestGridEdges(t *testing.T) {
	rng := rand.New(rand.NewPCG(49, 50))
	for range 2000 {
		rows, cols := 1+rng.IntN(64), 1+rng.IntN(64)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return ".#"[rng.IntN(2)] })
		if got, want := bitrows.Of(g, '#').Edges(), grid.EdgesOf(g, '#'); got != want {
			t.Fatalf("Edges of a %dx%d grid = %b, want %b", rows, cols, got, want)
		}
	}
	if e := bitrows.New(0, 0).Edges(); e != [4]uint64{} {
		t.Errorf("Edges of an empty grid = %v, want none", e)
	}
	testkit.MustPanic(t, "wide", "bitrows: Grid.Edges: a 1x65 grid has a side longer than 64 cells", func() { bitrows.New(1, 65).Edges() })
}

// TestFromSection compares FromSection with Section.Grid under Glyphs and
// Of, grid and error alike, on 20,000 blocks: plain ones up to 70 wide,
// and ones with "\r\n", another glyph, a line of another length, a
// byte-order mark, or glyphs that are line breaks.
func TestFromSection(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	for trial := range 20000 {
		rows, cols := 1+rng.IntN(6), 1+rng.IntN(70)
		var b strings.Builder
		for r := range rows {
			for range cols {
				b.WriteByte("#."[rng.IntN(2)])
			}
			if r < rows-1 || rng.IntN(2) == 0 {
				b.WriteString([]string{"\n", "\n", "\n", "\r\n"}[rng.IntN(4)])
			}
		}
		text := []byte(b.String())
		switch rng.IntN(6) {
		case 0:
			text[rng.IntN(len(text))] = "x\n\r#"[rng.IntN(4)]
		case 1:
			text = append([]byte("\ufeff"), text...)
		}
		on, off := byte('#'), byte('.')
		if rng.IntN(20) == 0 {
			off = '\n' // a line break as a glyph goes through Section.Grid
		}
		sec := grid.Section{Line: 1 + rng.IntN(4), Text: string(text)}
		got, err := bitrows.FromSection(sec, on, off)
		want, werr := sec.Grid(grid.Glyphs(string([]byte{on, off})))
		switch {
		case werr != nil:
			if err == nil || err.Error() != werr.Error() {
				t.Fatalf("trial %d: FromSection(%q) = %v, want the error %v", trial, sec.Text, err, werr)
			}
		case err != nil || !got.Equal(bitrows.Of(want, on)):
			t.Fatalf("trial %d: FromSection(%q) = %v, %v; want the grid %q", trial, sec.Text, got, err, want)
		}
	}
}

// TestFromSectionAllocs checks that a plain block is read in one pass,
// with the Grid's two allocations and no grid of bytes made.
func TestFromSectionAllocs(t *testing.T) {
	sec := grid.Section{Line: 2, Text: strings.Repeat("#.#.#.#.#.\n", 10)}
	if n := testing.AllocsPerRun(50, func() { _, _ = bitrows.FromSection(sec, '#', '.') }); n != 2 {
		t.Errorf("FromSection of a plain 10x10 block: %v allocations, want 2", n)
	}
}
