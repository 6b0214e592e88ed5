package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk/patrol"
)

// The picture's colours.
var (
	colFree  = color.RGBA{0xf4, 0xf1, 0xea, 0xff} // cream
	colWall  = color.RGBA{0x3b, 0x3b, 0x44, 0xff} // dark grey
	colPath  = color.RGBA{0x8c, 0xb8, 0xe0, 0xff} // blue
	colLoop  = color.RGBA{0xd6, 0x30, 0x30, 0xff} // red
	colStart = color.RGBA{0x2e, 0xa0, 0x43, 0xff} // green
)

// pngKey says what the picture's colours mean. The program prints it
// beside the picture, and it is in -h and the package doc.
const pngKey = "dark grey = obstacle, cream = free, blue = the guard's path, " +
	"red = where one more obstacle traps the guard in a loop, green ring = the guard's start"

// writePNG draws pz to file as pngKey says, each cell a square of pixels:
// as many as make the longer side about 640 pixels, at least one.
func writePNG(file string, pz puzzle) error {
	img, err := picture(pz)
	if err != nil {
		return err
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

// picture draws pz: the cells in the colours of pngKey, and a green ring
// around the start, which a cell a few pixels wide would hide.
func picture(pz puzzle) (*image.RGBA, error) {
	rt, err := walkRoute(pz)
	if err != nil {
		return nil, err
	}
	g := pz.cells
	loops := parallel.MapWith(rt.cands, rt.jumps.NewScratch, func(scratch *patrol.Scratch, c patrol.RouteCell) bool {
		return rt.path.Loops(c, scratch)
	})
	colors := grid.Convert(g, func(_ grid.Point, c byte) color.RGBA {
		if c == '#' {
			return colWall
		}
		return colFree
	}).ToRows()
	for i, c := range rt.cands {
		p := rt.path.Point(c)
		colors[p.Row][p.Col] = colPath
		if loops[i] {
			colors[p.Row][p.Col] = colLoop
		}
	}
	start := pz.start.Pos
	colors[start.Row][start.Col] = colStart

	scale := max(1, 640/max(g.Rows(), g.Cols()))
	img := image.NewRGBA(image.Rect(0, 0, g.Cols()*scale, g.Rows()*scale))
	for y := range img.Rect.Dy() {
		for x := range img.Rect.Dx() {
			img.SetRGBA(x, y, colors[y/scale][x/scale])
		}
	}
	ring(img, start.Col*scale+scale/2, start.Row*scale+scale/2, scale+6, colStart)
	return img, nil
}

// ring draws a circle two pixels wide and of radius r around (cx, cy),
// clipped to img.
func ring(img *image.RGBA, cx, cy, r int, c color.RGBA) {
	for y := cy - r; y <= cy+r; y++ {
		for x := cx - r; x <= cx+r; x++ {
			d2 := (x-cx)*(x-cx) + (y-cy)*(y-cy)
			if d2 <= r*r && d2 > (r-2)*(r-2) && image.Pt(x, y).In(img.Rect) {
				img.SetRGBA(x, y, c)
			}
		}
	}
}
