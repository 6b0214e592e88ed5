package grid

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// regionsCase: the regions of a 140x140 garden of letter plots, and the
// sums over them of area times perimeter and of area times sides (the
// number of corners), as the fence puzzle asks.
func regionsCase() testkit.Pair {
	rng := rand.New(rand.NewPCG(7, 1))
	m := make([][]byte, 140)
	for r := range m {
		m[r] = make([]byte, 140)
		for c := range m[r] {
			switch {
			case c > 0 && rng.IntN(3) > 0:
				m[r][c] = m[r][c-1]
			case r > 0 && rng.IntN(2) > 0:
				m[r][c] = m[r-1][c]
			default:
				m[r][c] = byte('A' + rng.IntN(26))
			}
		}
	}
	g, err := FromRows(m)
	if err != nil {
		panic(err)
	}
	lib := func() int {
		sum := 0
		for _, r := range Regions(g) {
			sum += r.Area()*r.Perimeter + 1_000_000*r.Area()*r.Sides
		}
		return sum
	}

	rows, cols := g.Rows(), g.Cols()
	cells := slices.Collect(g.Values())
	label := make([]int32, len(cells))
	var stack []int32
	// same reports whether (r, c) is inside and holds v.
	same := func(r, c int, v byte) bool {
		return r >= 0 && r < rows && c >= 0 && c < cols && cells[r*cols+c] == v
	}
	hand := func() int {
		clear(label)
		sum, n := 0, int32(0)
		for s := range cells {
			if label[s] != 0 {
				continue
			}
			n++
			label[s] = n
			area, perim, corners := 0, 0, 0
			stack = append(stack[:0], int32(s))
			for len(stack) > 0 {
				i := int(stack[len(stack)-1])
				stack = stack[:len(stack)-1]
				area++
				r, c, v := i/cols, i%cols, cells[i]
				for k, d := range testkit.Neighbors4 {
					// A corner between this side and the next, clockwise:
					// outer if neither is the region, inner if both are but
					// the diagonal cell between them is not.
					e := testkit.Neighbors4[(k+1)%4]
					a, b := same(r+d[0], c+d[1], v), same(r+e[0], c+e[1], v)
					if !a && !b || a && b && !same(r+d[0]+e[0], c+d[1]+e[1], v) {
						corners++
					}
					if !a {
						perim++
						continue
					}
					if j := (r+d[0])*cols + c + d[1]; label[j] == 0 {
						label[j] = n
						stack = append(stack, int32(j))
					}
				}
			}
			sum += area*perim + 1_000_000*area*corners
		}
		return sum
	}
	return testkit.Pair{Name: "regions", Lib: lib, Hand: hand, NoAlloc: false}
}

// TestRegionsVsHandAgree checks that the regions pair of BenchmarkVsHand
// gives the same answer both ways.
func TestRegionsVsHandAgree(t *testing.T) { testkit.Agree(t, []testkit.Pair{regionsCase()}) }
