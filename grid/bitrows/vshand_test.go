package bitrows_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

func BenchmarkVsHand(b *testing.B) { testkit.VsHand(b, []testkit.Pair{herdCase()}) }
func TestVsHandAgree(t *testing.T) { testkit.Agree(t, []testkit.Pair{herdCase()}) }

// herdMap returns a rows×cols map of east-movers '>', south-movers 'v' and
// empty cells '.', a fifth of the cells each kind of mover.
func herdMap(rng *rand.Rand, rows, cols int) grid.Grid[byte] {
	return grid.FromFunc(rows, cols, func(grid.Point) byte { return ">v..."[rng.IntN(5)] })
}

// herdSteps moves the two herds on a torus, east-movers first, then
// south-movers, each into the cell ahead if it was empty, and returns the
// first step on which nothing moves.
func herdSteps(g grid.Grid[byte]) int {
	east := bitrows.From(g, func(v byte) bool { return v == '>' })
	south := bitrows.From(g, func(v byte) bool { return v == 'v' })
	for step := 1; ; step++ {
		e := east.Advance(grid.Right, south)
		s := south.Advance(grid.Down, east)
		if !e && !s {
			return step
		}
	}
}

func herdCase() testkit.Pair {
	g := herdMap(rand.New(rand.NewPCG(113, 114)), 137, 139)
	lib := func() int { return herdSteps(g) }
	hand := func() int {
		rows, cols := g.Rows(), g.Cols()
		per := (cols + 63) / 64
		last := uint64(1)<<(cols%64) - 1
		if cols%64 == 0 {
			last = ^uint64(0)
		}
		east, south := make([]uint64, rows*per), make([]uint64, rows*per)
		for p, v := range g.All() {
			switch v {
			case '>':
				east[p.Row*per+p.Col/64] |= 1 << (p.Col % 64)
			case 'v':
				south[p.Row*per+p.Col/64] |= 1 << (p.Col % 64)
			}
		}
		row := make([]uint64, per)
		// rotl1 sets dst to src rotated one column towards higher columns;
		// rotr1 one towards lower.
		rotl1 := func(dst, src []uint64) {
			top := src[per-1] >> ((cols - 1) % 64) & 1
			for i := per - 1; i > 0; i-- {
				dst[i] = src[i]<<1 | src[i-1]>>63
			}
			dst[0] = src[0]<<1 | top
			dst[per-1] &= last
		}
		rotr1 := func(dst, src []uint64) {
			low := src[0] & 1
			for i := range per - 1 {
				dst[i] = src[i]>>1 | src[i+1]<<63
			}
			dst[per-1] = src[per-1] >> 1
			dst[per-1] |= low << ((cols - 1) % 64)
		}
		free, move, shifted := make([]uint64, per), make([]uint64, per), make([]uint64, per)
		nextSouth := make([]uint64, rows*per)
		for step := 1; ; step++ {
			moved := false
			for r := range rows {
				e, s := east[r*per:(r+1)*per], south[r*per:(r+1)*per]
				for i := range per {
					free[i] = ^(e[i] | s[i])
				}
				free[per-1] &= last
				rotr1(row, free) // row at c: free at c+1
				any := uint64(0)
				for i := range per {
					move[i] = e[i] & row[i]
					any |= move[i]
				}
				if any != 0 {
					moved = true
					rotl1(shifted, move)
					for i := range per {
						e[i] = e[i]&^move[i] | shifted[i]
					}
				}
			}
			// South-movers: a mover leaves row r if the cell below is free
			// after the east-movers moved; leavers and arrivals are both
			// read from the map before this half step.
			for r := range rows {
				below := (r + 1) % rows
				for i := range per {
					m := south[r*per+i] &^ (east[below*per+i] | south[below*per+i])
					nextSouth[r*per+i] = south[r*per+i] &^ m
					move[i] = m
				}
				for i := range per {
					if move[i] != 0 {
						moved = true
					}
				}
			}
			for r := range rows {
				below := (r + 1) % rows
				for i := range per {
					nextSouth[below*per+i] |= south[r*per+i] &^ (east[below*per+i] | south[below*per+i])
				}
			}
			south, nextSouth = nextSouth, south
			if !moved {
				return step
			}
		}
	}
	return testkit.Pair{Name: "herd_bitrows", Lib: lib, Hand: hand}
}
