package cookbook

import (
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
)

// Herds: a map of east-movers '>', south-movers 'v' and empty cells '.'
// whose edges wrap round, as on a torus. Each step the east-movers all
// look at the cell to their right and those that find it empty move into
// it, all at once; then the south-movers do the same downwards. Part 1:
// the first step on which nothing moves. (Part 2 is 0: this shape has one
// part.)

// herds returns the first step on which no mover moves. Each herd is a
// grid of bits, and Advance moves a whole herd one step, each mover into
// the cell ahead if neither herd has it, a few word operations a row.
func herds(g grid.Grid[byte]) int {
	east := bitrows.Of(g, '>')
	south := bitrows.Of(g, 'v')
	for step := 1; ; step++ {
		e := east.Advance(grid.Right, south)
		s := south.Advance(grid.Down, east)
		if !e && !s {
			return step
		}
	}
}

// genHerds returns a rows×cols map with a fifth of the cells east-movers
// and a fifth south-movers, and one full row of east-movers crossing one
// full column of south-movers. Those never move, and block every row and
// column, so each mover goes a bounded way and the herds settle, as the
// puzzle's maps do.
func genHerds(rng *rand.Rand, rows, cols int) []string {
	r0, c0 := rng.IntN(rows), rng.IntN(cols)
	lines := make([]string, rows)
	for r := range lines {
		b := make([]byte, cols)
		for c := range b {
			b[c] = '.'
			switch k := rng.IntN(10); {
			case r == r0:
				b[c] = '>'
			case c == c0:
				b[c] = 'v'
			case k < 2:
				b[c] = '>'
			case k < 4:
				b[c] = 'v'
			}
		}
		lines[r] = string(b)
	}
	return lines
}

// refHerds is the reference: the map as rows of bytes, each half step a
// new map built cell by cell with the wrapping written out.
func refHerds(lines []string) [2]int {
	rows, cols := len(lines), len(lines[0])
	m := make([][]byte, rows)
	for r := range m {
		m[r] = []byte(lines[r])
	}
	half := func(kind byte, dr, dc int) bool {
		out := make([][]byte, rows)
		for r := range out {
			out[r] = append([]byte(nil), m[r]...)
		}
		moved := false
		for r := range rows {
			for c := range cols {
				nr, nc := (r+dr)%rows, (c+dc)%cols
				if m[r][c] == kind && m[nr][nc] == '.' {
					out[r][c], out[nr][nc] = '.', kind
					moved = true
				}
			}
		}
		m = out
		return moved
	}
	for step := 1; ; step++ {
		e := half('>', 0, 1)
		s := half('v', 1, 0)
		if !e && !s {
			return [2]int{step, 0}
		}
	}
}

// handHerds is herds on a byte map by index, as a solver writes it without
// bit rows: each half step marks the movers first, then moves them.
func handHerds(cells []byte, rows, cols int) [2]int {
	cells = append([]byte(nil), cells...)
	var movers []int32
	for step := 1; ; step++ {
		moved := false
		for _, kind := range [2]byte{'>', 'v'} {
			movers = movers[:0]
			for i, v := range cells {
				if v != kind {
					continue
				}
				j := i + 1
				if kind == '>' && (i+1)%cols == 0 {
					j = i + 1 - cols
				} else if kind == 'v' {
					j = (i + cols) % len(cells)
				}
				if cells[j] == '.' {
					movers = append(movers, int32(i), int32(j))
				}
			}
			for k := 0; k < len(movers); k += 2 {
				cells[movers[k]], cells[movers[k+1]] = '.', kind
			}
			if len(movers) > 0 {
				moved = true
			}
		}
		if !moved {
			return [2]int{step, 0}
		}
	}
}

func herdsRecipe() recipe {
	return recipe{
		name:   "herds",
		shared: []string{"herds"},
		rows:   137, cols: 139,
		refMax: 30,
		checks: 60,
		gen:    genHerds,
		solve:  func(g grid.Grid[byte]) [2]int { return [2]int{herds(g), 0} },
		ref:    refHerds,
		hand:   handHerds,
	}
}
