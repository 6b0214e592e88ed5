package bitrows_test

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refPile is the plain reference: the filled cells as a set of (column,
// row) pairs, and a piece as a list of cells.
type refPile struct {
	width int
	cells map[[2]int]bool
}

// refCells returns the cells of the piece NewPiece makes of rows, a
// shape that is not empty: shifted to column 0 and up to its lowest row
// that is not empty.
func refCells(rows []uint8) [][2]int {
	var all uint8
	for _, r := range rows {
		all |= r
	}
	bottom := 0
	for rows[bottom] == 0 {
		bottom++
	}
	var cells [][2]int
	for k, r := range rows {
		for c := range 8 {
			if r>>c&1 == 1 {
				cells = append(cells, [2]int{c - bits.TrailingZeros8(all), k - bottom})
			}
		}
	}
	return cells
}

// row returns row y, column x at bit x.
func (r *refPile) row(y int) uint8 {
	var b uint8
	for x := range r.width {
		if r.cells[[2]int{x, y}] {
			b |= 1 << x
		}
	}
	return b
}

func (r *refPile) height() int {
	h := 0
	for c := range r.cells {
		h = max(h, c[1]+1)
	}
	return h
}

func (r *refPile) fits(piece [][2]int, x, y int) bool {
	for _, c := range piece {
		cx, cy := c[0]+x, c[1]+y
		if cx < 0 || cx >= r.width || cy < 0 || r.cells[[2]int{cx, cy}] {
			return false
		}
	}
	return true
}

// air lists, from the top row down, the cells that a breadth-first search
// from the open row above the top reaches moving down, left and right
// through free cells, as one byte a row, stopping below the first row it
// reaches nothing in.
func (r *refPile) air() []byte {
	h := r.height()
	seen := map[[2]int]bool{}
	var queue [][2]int
	for x := range r.width {
		seen[[2]int{x, h}] = true
		queue = append(queue, [2]int{x, h})
	}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, d := range [][2]int{{0, -1}, {-1, 0}, {1, 0}} {
			q := [2]int{p[0] + d[0], p[1] + d[1]}
			if q[0] < 0 || q[0] >= r.width || q[1] < 0 || r.cells[q] || seen[q] {
				continue
			}
			seen[q] = true
			queue = append(queue, q)
		}
	}
	var out []byte
	for y := h - 1; y >= 0; y-- {
		var b byte
		for x := range r.width {
			if seen[[2]int{x, y}] {
				b |= 1 << x
			}
		}
		out = append(out, b)
		if b == 0 {
			break
		}
	}
	return out
}

// TestPile drops 300 random pieces into each of 200 piles of random
// widths, each from above and falling while it fits, against the
// reference: Fits at every place tried, Height and Row after each piece,
// and AppendAir against a breadth-first search of the air.
func TestPile(t *testing.T) {
	rng := rand.New(rand.NewPCG(151, 152))
	for trial := range 200 {
		width := 1 + rng.IntN(8)
		p := bitrows.NewPile(width)
		ref := &refPile{width: width, cells: map[[2]int]bool{}}
		for range 300 {
			// A random shape: up to 4 rows of up to width columns.
			rows := make([]uint8, 1+rng.IntN(4))
			for k := range rows {
				rows[k] = uint8(rng.IntN(1 << width))
			}
			rows[rng.IntN(len(rows))] |= 1 << rng.IntN(width) // not empty
			pc, cells := bitrows.NewPiece(rows...), refCells(rows)
			x, y := rng.IntN(width+2)-1, ref.height()+rng.IntN(4)
			for dy := -1; dy <= 1; dy++ {
				if got, want := p.Fits(pc, x, y+dy), ref.fits(cells, x, y+dy); got != want {
					t.Fatalf("trial %d: Fits(%v, %d, %d) = %v, want %v", trial, rows, x, y+dy, got, want)
				}
			}
			if !p.Fits(pc, x, y) {
				continue
			}
			for p.Fits(pc, x, y-1) {
				y--
			}
			p.Place(pc, x, y)
			for _, c := range cells {
				ref.cells[[2]int{c[0] + x, c[1] + y}] = true
			}
			if p.Height() != ref.height() {
				t.Fatalf("trial %d: Height %d, want %d", trial, p.Height(), ref.height())
			}
			for y := range p.Height() + 2 {
				if want := ref.row(y); p.Row(y) != want {
					t.Fatalf("trial %d: Row(%d) = %08b, want %08b", trial, y, p.Row(y), want)
				}
			}
			if got, want := p.AppendAir([]byte("k")), append([]byte("k"), ref.air()...); !slices.Equal(got, want) {
				t.Fatalf("trial %d: AppendAir = %v, want %v", trial, got, want)
			}
		}
	}
}

// TestPileMisuse checks the panics of bad sizes, pieces and places.
func TestPileMisuse(t *testing.T) {
	testkit.MustPanic(t, "NewPile(0)", "bitrows: NewPile: width 0 outside [1, 8]", func() { bitrows.NewPile(0) })
	testkit.MustPanic(t, "NewPile(9)", "bitrows: NewPile: width 9 outside [1, 8]", func() { bitrows.NewPile(9) })
	testkit.MustPanic(t, "NewPiece", "bitrows: NewPiece: 5 rows, at most 4", func() { bitrows.NewPiece(1, 1, 1, 1, 1) })
	p := bitrows.NewPile(4)
	bar := bitrows.NewPiece(0b1111)
	testkit.MustPanic(t, "Place outside", "bitrows: Pile.Place: the piece does not fit at column 1, row 0", func() { p.Place(bar, 1, 0) })
	p.Place(bar, 0, 0)
	testkit.MustPanic(t, "Place on cells", "bitrows: Pile.Place: the piece does not fit at column 0, row 0", func() { p.Place(bar, 0, 0) })
	testkit.MustPanic(t, "Row", "bitrows: Pile.Row: row -1 below the floor", func() { p.Row(-1) })
	if pc := bitrows.NewPiece(0, 0); pc.Width() != 0 || pc.Height() != 0 || !p.Fits(pc, 0, 0) {
		t.Fatal("the empty piece has a size or does not fit")
	}
	if pc := bitrows.NewPiece(0, 0b110, 0b10, 0); pc.Width() != 2 || pc.Height() != 2 {
		t.Fatalf("NewPiece(0, 0b110, 0b10, 0) is %dx%d, want 2x2", pc.Width(), pc.Height())
	}
}

// drop moves the piece one push and one fall at a time, places it, and
// returns the next jet: the reference for Pile.Drop.
func (p *refPile) drop(piece [][2]int, x, gap int, jets []byte, at int) int {
	y := p.height() + gap
	for {
		nx := x + 1
		if jets[at] == '<' {
			nx = x - 1
		}
		at = (at + 1) % len(jets)
		if p.fits(piece, nx, y) {
			x = nx
		}
		if !p.fits(piece, x, y-1) {
			break
		}
		y--
	}
	for _, c := range piece {
		p.cells[[2]int{x + c[0], y + c[1]}] = true
	}
	return at
}

// TestPileDrop drops 300 random pieces into piles of every width from 1
// to 8, by Drop and by the reference (a set of cells), from random columns
// and gaps with random jets, and compares every row, the height and the
// next jet.
func TestPileDrop(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 22))
	for trial := range 200 {
		width := 1 + trial%8
		jets := make([]byte, 1+rng.IntN(30))
		for i := range jets {
			jets[i] = "<>>x"[rng.IntN(4)] // any byte but '<' pushes right
		}
		got, want := bitrows.NewPile(width), &refPile{width: width, cells: map[[2]int]bool{}}
		atGot := rng.IntN(len(jets))
		atWant := atGot
		for drop := range 300 {
			rows := make([]uint8, 1+rng.IntN(4))
			for k := range rows {
				rows[k] = uint8(rng.IntN(256)) & (1<<min(width, 1+rng.IntN(4)) - 1)
			}
			rows[rng.IntN(len(rows))] |= 1 // not empty
			pc := bitrows.NewPiece(rows...)
			x, gap := rng.IntN(width-pc.Width()+1), rng.IntN(6)
			atGot = got.Drop(pc, x, gap, jets, atGot)
			atWant = want.drop(refCells(rows), x, gap, jets, atWant)
			if got.Height() != want.height() || atGot != atWant {
				t.Fatalf("width %d, drop %d: height %d, next jet %d; want %d, %d", width, drop, got.Height(), atGot, want.height(), atWant)
			}
			for y := range want.height() {
				if got.Row(y) != want.row(y) {
					t.Fatalf("width %d, drop %d: row %d = %08b, want %08b", width, drop, y, got.Row(y), want.row(y))
				}
			}
		}
	}
	p := bitrows.NewPile(7)
	rock := bitrows.NewPiece(0b1111)
	testkit.MustPanic(t, "Drop with no jets", "bitrows: Pile.Drop: jet 0 outside the 0 jets", func() { p.Drop(rock, 2, 3, nil, 0) })
	testkit.MustPanic(t, "Drop at column 4", "bitrows: Pile.Drop: a piece 4 wide at column 4 of a pile 7 wide", func() { p.Drop(rock, 4, 3, []byte("<"), 0) })
	testkit.MustPanic(t, "Drop with gap -1", "bitrows: Pile.Drop: gap -1 outside [0, 9223372036854775807]", func() { p.Drop(rock, 0, -1, []byte("<"), 0) })
	p.Place(rock, 0, 0)
	testkit.MustPanic(t, "Drop with gap MaxInt", "bitrows: Pile.Drop: gap 9223372036854775807 outside [0, 9223372036854775806]", func() { p.Drop(rock, 0, math.MaxInt, []byte("<"), 0) })
}
