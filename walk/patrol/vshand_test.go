package patrol_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/patrol"
)

// BenchmarkVsHand and TestVsHandAgree run the library-against-hand pairs
// of this package (see testkit.VsHand); docs/performance.md has the table.
func BenchmarkVsHand(b *testing.B) { testkit.VsHand(b, vsHandCases()) }
func TestVsHandAgree(t *testing.T) { testkit.Agree(t, vsHandCases()) }

func vsHandCases() []testkit.Pair { return []testkit.Pair{coverCase()} }

// coverCase: part 1 of the patrol puzzle on a 130x130 map: how many cells
// the guard covers on its way out. The map has 2% random walls and, laid
// over them, a spiral path that sends the guard outwards from the middle,
// over half the map, a walk as long as puzzle maps give. The hand version is the
// plain cell-by-cell walk on a byte grid: copy the cells, then step, turn
// and mark each cell in the copy.
func coverCase() testkit.Pair {
	const size = 130
	rng := rand.New(rand.NewPCG(13, 1))
	m := testkit.Walls(rng, size, size, 0.02)
	start := walk.State{Pos: grid.Pt(size/2, size/2), Dir: grid.Up}
	// Legs of 2, 2, 4, 4, 6, 6, ... cells, each ended by a wall, leave one
	// cell between turns of the spiral.
	p, d := start.Pos, start.Dir
	inside := func(p grid.Point) bool { return p.Row >= 0 && p.Row < size && p.Col >= 0 && p.Col < size }
	for k := 0; inside(p); k++ {
		for range 2 * (k/2 + 1) {
			if m[p.Row][p.Col] = '.'; !inside(p.Add(d.Delta())) {
				break
			}
			p = p.Add(d.Delta())
		}
		m[p.Row][p.Col] = '.'
		if w := p.Add(d.Delta()); inside(w) {
			m[w.Row][w.Col] = '#'
		} else {
			break // the guard leaves here
		}
		d = d.TurnRight()
	}
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	if n, ok := patrol.Cover(g, start, '#'); !ok || n < 3000 {
		panic(fmt.Sprintf("coverCase: the guard covers %d cells, leaving %v; want a long walk out", n, ok))
	}
	lib := func() int {
		n, _ := patrol.Cover(g, start, '#')
		return n
	}

	rows, cols := g.Rows(), g.Cols()
	cells := make([]byte, 0, g.Len())
	for v := range g.Values() {
		cells = append(cells, v)
	}
	scratch := make([]byte, len(cells))
	hand := func() int {
		copy(scratch, cells)
		r, c, d := start.Pos.Row, start.Pos.Col, 0
		scratch[r*cols+c] = 'X'
		n := 1
		for {
			nr, nc := r+testkit.Neighbors4[d][0], c+testkit.Neighbors4[d][1]
			if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
				return n
			}
			switch scratch[nr*cols+nc] {
			case '#':
				d = (d + 1) % 4
				continue
			case '.':
				scratch[nr*cols+nc] = 'X'
				n++
			}
			r, c = nr, nc
		}
	}
	return testkit.Pair{Name: "cover", Lib: lib, Hand: hand}
}
