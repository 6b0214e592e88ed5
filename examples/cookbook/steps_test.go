package cookbook

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Step garden: a square map of odd side, plots '.', rocks '#' and the
// start 'S' in its middle, which is a plot; the middle row and column and
// the border hold no rock. The map repeats without end in every direction.
// A gardener steps up, down, left or right onto plots. Part 1 counts the
// plots where a walk of exactly 64 steps from S can end; part 2 those for
// 26501365 steps.

// plots returns how many plots a walk of exactly steps steps from S can
// end on, on the square map g repeated without end. A walk can end where
// its distance from S is at most steps and of the same parity, since it
// can waste two steps anywhere. The count at steps r, r+n, r+2n ... (n
// the side, r = steps mod n) grows as a quadratic, the middle row and
// column and the border being clear: it is worked out by one search over a
// block of copies, five or seven a side, for the first three, and
// extended.
func plots(g grid.Grid[byte], steps int) int {
	n := g.Rows()
	budgets := []int{steps}
	if steps >= 3*n {
		r := steps % n
		budgets = []int{r, r + n, r + 2*n}
	}
	// The block: k copies of g on each side of the one holding S, which a
	// walk of the largest budget cannot leave, S being n/2 from its edges.
	k := (budgets[len(budgets)-1] - n/2 + n - 1) / n
	t := g.Tiled()
	block := grid.FromFunc((2*k+1)*n, (2*k+1)*n, func(p grid.Point) byte {
		return t.At(p.Sub(grid.Pt(k*n, k*n)))
	})
	start, _ := grid.Find(g, 'S')
	var b search.BFS // over the block's cells, numbered by dense index
	b.Reset(block.Len())
	b.Add(block.Index(start.Add(grid.Pt(k*n, k*n))))
	counts := make([]int, len(budgets))
	for i, d := range b.All() {
		if d > budgets[len(budgets)-1] {
			break
		}
		for j, most := range budgets {
			if d <= most && d%2 == most%2 {
				counts[j]++
			}
		}
		for j := range block.Neighbors4Index(i) {
			if block.AtIndex(j) != '#' {
				b.Add(j)
			}
		}
	}
	if len(counts) == 1 {
		return counts[0]
	}
	m := steps / n // how many sides beyond the first count
	return counts[0] + m*(counts[1]-counts[0]) + m*(m-1)/2*(counts[2]-2*counts[1]+counts[0])
}

// genSteps returns a square map of side rows made odd and at least 5 (cols
// is not used): S in the middle, the middle row and column and the border
// clear, and about one cell in eight elsewhere a rock.
func genSteps(rng *rand.Rand, rows, _ int) []string {
	n := max(rows, 5) | 1
	m := make([][]byte, n)
	for r := range m {
		m[r] = make([]byte, n)
		for c := range m[r] {
			m[r][c] = '.'
			if r > 0 && c > 0 && r < n-1 && c < n-1 && r != n/2 && c != n/2 && rng.IntN(8) == 0 {
				m[r][c] = '#'
			}
		}
	}
	m[n/2][n/2] = 'S'
	lines := make([]string, n)
	for r := range m {
		lines[r] = string(m[r])
	}
	return lines
}

// refSteps is the reference. For steps up to six sides it searches the
// plane itself, in a map from points to distances, and counts. Beyond, it
// searches the plane to the counts at r + 2n ... r + 6n (r = steps mod n),
// checks that the differences of those five counts grow by the same amount
// each time, so that they follow one quadratic, and adds up the differences
// from the last count on.
func refSteps(lines []string, steps int) int {
	n := len(lines)
	type pt struct{ r, c int }
	var start pt
	for r := range lines {
		if c := strings.IndexByte(lines[r], 'S'); c >= 0 {
			start = pt{r, c}
		}
	}
	count := func(most []int) []int {
		dist := map[pt]int{start: 0}
		queue := []pt{start}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			if dist[p] == most[len(most)-1] {
				continue
			}
			for _, q := range []pt{{p.r - 1, p.c}, {p.r + 1, p.c}, {p.r, p.c - 1}, {p.r, p.c + 1}} {
				if _, seen := dist[q]; !seen && lines[((q.r%n)+n)%n][((q.c%n)+n)%n] != '#' {
					dist[q] = dist[p] + 1
					queue = append(queue, q)
				}
			}
		}
		out := make([]int, len(most))
		for _, d := range dist {
			for i, m := range most {
				if d <= m && d%2 == m%2 {
					out[i]++
				}
			}
		}
		return out
	}
	if steps <= 6*n {
		return count([]int{steps})[0]
	}
	r := steps % n
	c := count([]int{r + 2*n, r + 3*n, r + 4*n, r + 5*n, r + 6*n})
	diff := c[2] - 2*c[1] + c[0]
	for i := 3; i < 5; i++ {
		if c[i]-2*c[i-1]+c[i-2] != diff {
			panic(fmt.Sprintf("refSteps: counts %v do not follow a quadratic", c))
		}
	}
	// Each side more adds the last difference grown by diff once more.
	more := steps/n - 6
	return c[4] + more*(c[4]-c[3]) + diff*more*(more+1)/2
}

// handSteps is the recipe on flat slices: a queue and a distance table over
// the block of copies, read with the map's cell at each point taken modulo
// the side.
func handSteps(cells []byte, n, steps int) int {
	budgets := []int{steps}
	if steps >= 3*n {
		r := steps % n
		budgets = []int{r, r + n, r + 2*n}
	}
	most := budgets[len(budgets)-1]
	k := (most - n/2 + n - 1) / n
	side := (2*k + 1) * n
	dist := make([]int32, side*side)
	for i := range dist {
		dist[i] = -1
	}
	s := 0
	for cells[s] != 'S' {
		s++
	}
	startR, startC := s/n+k*n, s%n+k*n
	queue := make([]int32, 0, 1024)
	queue = append(queue, int32(startR*side+startC))
	dist[startR*side+startC] = 0
	counts := make([]int, len(budgets))
	for h := 0; h < len(queue); h++ {
		i := int(queue[h])
		d := int(dist[i])
		if d > most {
			break
		}
		for j, m := range budgets {
			if d <= m && d%2 == m%2 {
				counts[j]++
			}
		}
		r, c := i/side, i%side
		try := func(r, c int) {
			if r < 0 || r >= side || c < 0 || c >= side {
				return
			}
			if j := r*side + c; dist[j] < 0 && cells[(r%n)*n+c%n] != '#' {
				dist[j] = int32(d + 1)
				queue = append(queue, int32(j))
			}
		}
		try(r-1, c)
		try(r+1, c)
		try(r, c-1)
		try(r, c+1)
	}
	if len(counts) == 1 {
		return counts[0]
	}
	m := steps / n
	return counts[0] + m*(counts[1]-counts[0]) + m*(m-1)/2*(counts[2]-2*counts[1]+counts[0])
}

// TestStepsAnyCount compares plots with the plain search of the plane for
// counts of steps of every size it can reach, on small maps: the
// quadratic must hold from the first count it takes, for any remainder.
func TestStepsAnyCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 21))
	for k := range 300 {
		lines := genSteps(rng, 5+rng.IntN(10), 0)
		g, err := grid.ParseString(strings.Join(lines, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		n := len(lines)
		steps := rng.IntN(6 * n)
		if k%2 == 0 {
			steps = 3*n + rng.IntN(3*n) // counts that extrapolate, from the smallest
		}
		if got, want := plots(g, steps), refSteps(lines, steps); got != want {
			t.Fatalf("input %d: plots(%d) = %d, want %d, on\n%s", k, steps, got, want, strings.Join(lines, "\n"))
		}
	}
}

func stepsRecipe() recipe {
	return recipe{
		name:   "steps",
		shared: []string{"plots"},
		rows:   131, cols: 131,
		refMax: 11,
		checks: 60,
		gen:    genSteps,
		solve: func(g grid.Grid[byte]) [2]int {
			return [2]int{plots(g, 64), plots(g, 26501365)}
		},
		ref: func(lines []string) [2]int {
			return [2]int{refSteps(lines, 64), refSteps(lines, 26501365)}
		},
		hand: func(cells []byte, rows, cols int) [2]int {
			return [2]int{handSteps(cells, rows, 64), handSteps(cells, rows, 26501365)}
		},
	}
}
