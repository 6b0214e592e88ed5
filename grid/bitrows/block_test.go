package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
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
