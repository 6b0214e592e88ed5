package grid

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// herdTorusCase: two herds on a 137x139 torus, the east-movers '>' and
// then the south-movers 'v' each stepping one cell ahead, round the
// edges, into a cell that was empty before their half step, for 40 steps
// from a generated map; the answer is the moves made. The library side
// moves them in place on a Mutable with TorusStep; the hand side on a
// flat slice, with the wrapped column and row worked out by comparison.
func herdTorusCase() testkit.Pair {
	const rows, cols, steps = 137, 139, 40
	rng := rand.New(rand.NewPCG(161, 162))
	g := FromFunc(rows, cols, func(Point) byte { return ">v.."[rng.IntN(4)] })
	m := g.Mutable()
	var movers []int
	lib := func() int {
		for i := range m.Len() {
			m.SetIndex(i, g.AtIndex(i))
		}
		moves := 0
		for range steps {
			for _, h := range [2]struct {
				kind byte
				d    Dir
			}{{'>', Right}, {'v', Down}} {
				movers = movers[:0]
				for i := range m.Len() {
					if m.AtIndex(i) == h.kind && m.AtIndex(m.TorusStep(i, h.d)) == '.' {
						movers = append(movers, i)
					}
				}
				for _, i := range movers {
					m.SetIndex(i, '.')
					m.SetIndex(m.TorusStep(i, h.d), h.kind)
				}
				moves += len(movers)
			}
		}
		return moves
	}
	start := slices.Collect(g.Values())
	cells := slices.Clone(start)
	var handMovers []int32
	hand := func() int {
		copy(cells, start)
		moves := 0
		for range steps {
			// East: the cell to the right, column cols-1 wrapping to 0.
			handMovers = handMovers[:0]
			for r := range rows {
				for c := range cols {
					i, j := r*cols+c, r*cols+c+1
					if c == cols-1 {
						j = r * cols
					}
					if cells[i] == '>' && cells[j] == '.' {
						handMovers = append(handMovers, int32(i))
					}
				}
			}
			for _, i := range handMovers {
				j := int(i) + 1
				if int(i)%cols == cols-1 {
					j -= cols
				}
				cells[i], cells[j] = '.', '>'
			}
			moves += len(handMovers)
			// South: the cell below, row rows-1 wrapping to 0.
			handMovers = handMovers[:0]
			for i := range cells {
				j := i + cols
				if j >= len(cells) {
					j -= len(cells)
				}
				if cells[i] == 'v' && cells[j] == '.' {
					handMovers = append(handMovers, int32(i))
				}
			}
			for _, i := range handMovers {
				j := int(i) + cols
				if j >= len(cells) {
					j -= len(cells)
				}
				cells[i], cells[j] = '.', 'v'
			}
			moves += len(handMovers)
		}
		return moves
	}
	return testkit.Pair{Name: "herd_torus", Lib: lib, Hand: hand, NoAlloc: true}
}

// TestHerdTorusVsHandAgree checks that the herd_torus pair of
// BenchmarkVsHand gives one answer both ways, and that the library side
// allocates nothing once warm.
func TestHerdTorusVsHandAgree(t *testing.T) { testkit.Agree(t, []testkit.Pair{herdTorusCase()}) }
