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
// end on, on the square map of the given side repeated without end, whose
// plots d searches. A walk can end where its distance from S is at most
// steps and of the same parity, since it can waste two steps anywhere.
// The middle row and column and the border being clear, the fewest steps
// to a plot of another copy are those to the way into that copy nearest S
// (the middle of a side for the copies in line with S, a corner for the
// others) and then those inside the copy: so a search from S and one from
// each of the eight ways in, each over one copy, count every copy, and the
// copies wholly within reach are counted all at once.
func plots(d *search.Distances, side, steps int) int {
	h := side / 2
	if steps <= h { // the walk stays in S's copy
		d.RunWithin(steps, grid.Pt(h, h))
		return ends(d.Layers(), steps)
	}
	d.Run(grid.Pt(h, h))
	total := ends(d.Layers(), steps)
	var full [2]int // the plots at an even and at an odd distance from S
	for k, c := range d.Layers() {
		full[k%2] += c
	}
	far := len(d.Layers()) - 1 // the most steps from S to a plot
	last := side - 1
	for _, in := range [8]grid.Point{grid.Pt(0, h), grid.Pt(last, h), grid.Pt(h, 0), grid.Pt(h, last),
		grid.Pt(0, 0), grid.Pt(0, last), grid.Pt(last, 0), grid.Pt(last, last)} {
		quadrant := in.Row != h && in.Col != h
		// The steps from this way in to S, and from S to the way into
		// the first copy out.
		toS, first := h, h+1
		if quadrant {
			toS, first = 2*h, 2*h+2
		}
		if left := steps - first; left >= 0 {
			// From the way in, each plot lies within far+toS steps, at
			// a distance of the parity of its distance from S plus toS.
			total += copies(d, in, left, side, far+toS, [2]int{full[toS%2], full[(toS+1)%2]}, quadrant)
		}
	}
	return total
}

// copies counts the ends in the copies out along one way, entered by in
// with left steps to spare at the first and side fewer at each next; in a
// quadrant the u-th copies out are u. From in, every plot lies within
// bound steps, and full[p] plots at a distance of parity p.
func copies(d *search.Distances, in grid.Point, left, side, bound int, full [2]int, quadrant bool) int {
	total, u := 0, 1
	if left >= bound { // the first m copies out are wholly within reach
		m := (left-bound)/side + 1
		odd, even := (m+1)/2, m/2 // copies out at odd u, with left's parity, and at even u
		if quadrant {
			odd, even = odd*odd, even*(even+1)
		}
		total = odd*full[left%2] + even*full[(left+1)%2]
		u, left = m+1, left-m*side
	}
	if left >= 0 {
		d.RunWithin(left, in)
	}
	for ; left >= 0; left -= side {
		k := 1
		if quadrant {
			k = u
		}
		total += k * ends(d.Layers(), left)
		u++
	}
	return total
}

// ends returns how many plots of a search's layers lie at most steps from
// its start at the parity of steps.
func ends(layers []int, steps int) int {
	n := 0
	for k := steps % 2; k <= steps && k < len(layers); k += 2 {
		n += layers[k]
	}
	return n
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

// handSteps is the recipe on flat slices: the same searches, each a
// queue over a copy of the map with a closed border, counting the cells
// of each layer.
func handSteps(cells []byte, n, steps int) int {
	w := n + 2
	shut := make([]bool, w*w)
	for i := range shut {
		r, c := i/w-1, i%w-1
		shut[i] = r < 0 || c < 0 || r >= n || c >= n || cells[r*n+c] == '#'
	}
	seen := make([]bool, w*w)
	queue := make([]int32, w*w)
	search := func(r, c, most int) []int {
		copy(seen, shut)
		queue[0] = int32((r+1)*w + c + 1)
		seen[queue[0]] = true
		var layers []int
		for lo, hi := 0, 1; lo < hi && len(layers) <= most; {
			layers = append(layers, hi-lo)
			end := hi
			for _, i := range queue[lo:hi] {
				for _, j := range [4]int32{i - int32(w), i + 1, i + int32(w), i - 1} {
					if !seen[j] {
						seen[j] = true
						queue[end] = j
						end++
					}
				}
			}
			lo, hi = hi, end
		}
		return layers
	}
	count := func(layers []int, steps int) int {
		t := 0
		for k := steps % 2; k <= steps && k < len(layers); k += 2 {
			t += layers[k]
		}
		return t
	}
	h := n / 2
	if steps <= h {
		return count(search(h, h, steps), steps)
	}
	center := search(h, h, 1<<30)
	total := count(center, steps)
	var full [2]int
	for k, c := range center {
		full[k%2] += c
	}
	far := len(center) - 1
	for _, in := range [8][2]int{{0, h}, {n - 1, h}, {h, 0}, {h, n - 1}, {0, 0}, {0, n - 1}, {n - 1, 0}, {n - 1, n - 1}} {
		quadrant := in[0] != h && in[1] != h
		toS, first := h, h+1
		if quadrant {
			toS, first = 2*h, 2*h+2
		}
		left := steps - first
		if left < 0 {
			continue
		}
		bound, u := far+toS, 1
		if left >= bound {
			m := (left-bound)/n + 1
			odd, even := (m+1)/2, m/2
			if quadrant {
				odd, even = odd*odd, even*(even+1)
			}
			total += odd*full[(left+toS)%2] + even*full[(left+toS+1)%2]
			u, left = m+1, left-m*n
		}
		var layers []int
		if left >= 0 {
			layers = search(in[0], in[1], left)
		}
		for ; left >= 0; left -= n {
			k := 1
			if quadrant {
				k = u
			}
			total += k * count(layers, left)
			u++
		}
	}
	return total
}

// TestStepsAnyCount compares plots with the plain search of the plane for
// counts of steps of every size up to twelve sides, and for counts near
// the puzzle's with any remainder, on small maps: so every branch of the
// counting, the copies wholly within reach and those in part, is checked
// against the plane itself.
func TestStepsAnyCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 21))
	for k := range 300 {
		lines := genSteps(rng, 5+rng.IntN(10), 0)
		g, err := grid.ParseString(strings.Join(lines, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		n := len(lines)
		steps := rng.IntN(12 * n)
		if k%3 == 0 {
			steps = 26501365 - rng.IntN(2*n) // any remainder, with very many copies
		}
		d := search.NewDistances(g, func(v byte) bool { return v != '#' })
		if got, want := plots(d, n, steps), refSteps(lines, steps); got != want {
			t.Fatalf("input %d: plots(%d) = %d, want %d, on\n%s", k, steps, got, want, strings.Join(lines, "\n"))
		}
	}
}

func stepsRecipe() recipe {
	return recipe{
		name:   "steps",
		shared: []string{"plots", "copies", "ends"},
		rows:   131, cols: 131,
		refMax: 11,
		checks: 60,
		gen:    genSteps,
		solve: func(g grid.Grid[byte]) [2]int {
			d := search.NewDistances(g, func(v byte) bool { return v != '#' })
			return [2]int{plots(d, g.Rows(), 64), plots(d, g.Rows(), 26501365)}
		},
		ref: func(lines []string) [2]int {
			return [2]int{refSteps(lines, 64), refSteps(lines, 26501365)}
		},
		hand: func(cells []byte, rows, cols int) [2]int {
			return [2]int{handSteps(cells, rows, 64), handSteps(cells, rows, 26501365)}
		},
	}
}
