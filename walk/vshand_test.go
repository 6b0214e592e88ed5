package walk_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
)

// BenchmarkVsHand and TestVsHandAgree run the library-against-hand pairs
// of this package (see testkit.VsHand); docs/performance.md has the table.
func BenchmarkVsHand(b *testing.B) { testkit.VsHand(b, vsHandCases()) }
func TestVsHandAgree(t *testing.T) { testkit.Agree(t, vsHandCases()) }

func vsHandCases() []testkit.Pair { return []testkit.Pair{raysCase()} }

// raysCase: a word search on a 140x140 map of the letters X, M, A and S:
// how many times XMAS reads in any of the 8 headings.
func raysCase() testkit.Pair {
	g, err := grid.FromRows(testkit.Letters(rand.New(rand.NewPCG(6, 1)), 140, 140, "XMAS"))
	if err != nil {
		panic(err)
	}
	const word = "MAS" // after the X
	lib := func() int {
		n := 0
		for p, v := range g.All() {
			if v != 'X' {
				continue
			}
			for d := grid.Up; d <= grid.UpLeft; d++ {
				k := 0
				for q := range walk.Ray(g, p, d) {
					if g.At(q) != word[k] {
						break
					}
					if k++; k == len(word) {
						n++
						break
					}
				}
			}
		}
		return n
	}

	rows, cols := g.Rows(), g.Cols()
	cells := slices.Collect(g.Values())
	steps := [8][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 1}, {1, 1}, {1, -1}, {-1, -1}}
	hand := func() int {
		n := 0
		for r := range rows {
			for c := range cols {
				if cells[r*cols+c] != 'X' {
					continue
				}
				for _, d := range steps {
					k := 0
					for nr, nc := r+d[0], c+d[1]; nr >= 0 && nr < rows && nc >= 0 && nc < cols; nr, nc = nr+d[0], nc+d[1] {
						if cells[nr*cols+nc] != word[k] {
							break
						}
						if k++; k == len(word) {
							n++
							break
						}
					}
				}
			}
		}
		return n
	}
	return testkit.Pair{Name: "ray8", Lib: lib, Hand: hand, NoAlloc: true}
}
