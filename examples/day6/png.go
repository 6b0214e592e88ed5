package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk"
)

var (
	colFree  = color.RGBA{0xf4, 0xf1, 0xea, 0xff}
	colWall  = color.RGBA{0x3b, 0x3b, 0x44, 0xff}
	colPath  = color.RGBA{0x8c, 0xb8, 0xe0, 0xff}
	colLoop  = color.RGBA{0xd6, 0x30, 0x30, 0xff}
	colStart = color.RGBA{0x2e, 0xa0, 0x43, 0xff}
)

// writePNG draws pz to file: walls dark, the guard's path blue, the cells
// where one added obstacle makes it loop red, and its start green.
func writePNG(file string, pz puzzle) error {
	rt, err := walkRoute(pz)
	if err != nil {
		return err
	}
	g := pz.cells
	j := walk.NewJumps(g, '#')
	loops := parallel.MapWith(rt.cands, j.NewScratch, func(scratch *walk.JumpScratch, c int32) bool {
		s := entry(g, c)
		return j.Loops(s, s.Ahead(), scratch)
	})
	colors := grid.Convert(g, func(_ grid.Point, c byte) color.RGBA {
		if c == '#' {
			return colWall
		}
		return colFree
	}).ToRows()
	for i, c := range rt.cands {
		p := g.PointAt(int(c >> 2))
		colors[p.Row][p.Col] = colPath
		if loops[i] {
			colors[p.Row][p.Col] = colLoop
		}
	}
	colors[pz.start.Pos.Row][pz.start.Pos.Col] = colStart

	scale := max(1, 640/max(g.Rows(), g.Cols()))
	img := image.NewRGBA(image.Rect(0, 0, g.Cols()*scale, g.Rows()*scale))
	for y := range img.Rect.Dy() {
		for x := range img.Rect.Dx() {
			img.SetRGBA(x, y, colors[y/scale][x/scale])
		}
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", file, err)
	}
	return f.Close()
}
