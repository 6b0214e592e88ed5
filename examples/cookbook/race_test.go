package cookbook

import (
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk/search"
	"github.com/samber/lo"
)

// Race with cheats: a map of walls '#' and one track of '.' from S to E,
// a single path with no branches. Once, a racer may leave the track and
// move through anything for up to radius steps (up, down, left, right),
// landing back on the track. A cheat is its pair of cells, where it leaves
// and where it lands; it saves the track distance between them less its
// own length. Part 1 counts the cheats of radius 2 that save at least 100
// steps, part 2 those of radius 20.

// cheats returns how many cheats of at most radius steps save at least
// save steps on the track from S. The track is one path, so a cell's
// distance from S is its place along it, and a cheat between two cells of
// the track saves the gap of their places less its length, whichever way
// it goes: so each pair is looked at once, from the cell above it or, on
// one row, the one to its left, and the cells of the track share the work
// over the cores. The cells within reach below a cell are, row by row,
// runs of columns: each run is read in place with RowCells, with no bounds
// test a cell.
func cheats(g grid.Grid[byte], radius, save int) int {
	start, _ := grid.Find(g, 'S')
	rows, cols := g.Rows(), g.Cols()
	place := grid.NewMutable(rows, cols, int32(-1)) // along the track, or -1
	var b search.BFS
	b.Reset(g.Len())
	b.Add(g.Index(start))
	var track []int
	for i, d := range search.Moves4(&b, g, func(_, to byte) bool { return to != '#' }) {
		place.SetIndex(i, int32(d))
		track = append(track, i)
	}
	counts := parallel.Map(track, func(i int) int {
		r, c, n := i/cols, i%cols, 0
		at := place.AtIndex(i)
		for dr := 0; dr <= radius && r+dr < rows; dr++ {
			// Row r+dr, from radius-dr columns left of c to as many
			// right; on row r itself, the cells right of c only.
			lo, hi := max(c-(radius-dr), 0), min(c+radius-dr, cols-1)
			if dr == 0 {
				lo = c + 1
			}
			for k, to := range place.RowCells(r + dr)[lo : hi+1] {
				steps := int32(dr + max(lo+k-c, c-lo-k))
				if to >= 0 && max(to-at, at-to)-steps >= int32(save) {
					n++
				}
			}
		}
		return n
	})
	return lo.Sum(counts)
}

// genTrack returns a map of walls with one winding track through it: a
// maze carved by a random depth-first walk over every other cell, of which
// only the longest path is kept, its ends marked S and E. The map is rows×cols rounded up to odd sides of at
// least 3, with room for two cells on the path.
func genTrack(rng *rand.Rand, rows, cols int) []string {
	h, w := max(1, rows/2), max(2, cols/2)
	rows, cols = 2*h+1, 2*w+1
	// The maze: lattice cell (i, j) is map cell (2i+1, 2j+1); parent links
	// the carving walk's tree.
	parent := make([]int, h*w)
	for i := range parent {
		parent[i] = -2
	}
	root := rng.IntN(h * w)
	parent[root] = -1
	stack := []int{root}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		var free []int
		for _, d := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			r, c := i/w+d[0], i%w+d[1]
			if r >= 0 && r < h && c >= 0 && c < w && parent[r*w+c] == -2 {
				free = append(free, r*w+c)
			}
		}
		if len(free) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		j := free[rng.IntN(len(free))]
		parent[j] = i
		stack = append(stack, j)
	}
	// The longest path of the tree: from the cell farthest from the root
	// to the cell farthest from that one.
	next := make([][]int, h*w)
	for i, p := range parent {
		if p >= 0 {
			next[i] = append(next[i], p)
			next[p] = append(next[p], i)
		}
	}
	from := make([]int, h*w)
	farthest := func(s int) int {
		for i := range from {
			from[i] = -2
		}
		from[s] = -1
		queue := []int{s}
		for k := 0; k < len(queue); k++ {
			for _, j := range next[queue[k]] {
				if from[j] == -2 {
					from[j] = queue[k]
					queue = append(queue, j)
				}
			}
		}
		return queue[len(queue)-1]
	}
	start := farthest(root)
	end := farthest(start) // from now leads back to start
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = '#'
		}
	}
	for i := end; ; i = from[i] {
		r, c := 2*(i/w)+1, 2*(i%w)+1
		m[r][c] = '.'
		if from[i] < 0 {
			break
		}
		pr, pc := 2*(from[i]/w)+1, 2*(from[i]%w)+1
		m[(r+pr)/2][(c+pc)/2] = '.'
	}
	m[2*(start/w)+1][2*(start%w)+1] = 'S'
	m[2*(end/w)+1][2*(end%w)+1] = 'E'
	lines := make([]string, rows)
	for r := range m {
		lines[r] = string(m[r])
	}
	return lines
}

// refCheats is the reference: the track walked cell by cell from S, then
// every pair of its cells.
func refCheats(lines []string, radius, save int) int {
	type pt struct{ r, c int }
	var track []pt
	for r := range lines {
		for c := range lines[r] {
			if lines[r][c] == 'S' {
				track = append(track, pt{r, c})
			}
		}
	}
	for {
		p := track[len(track)-1]
		var next []pt
		for _, q := range []pt{{p.r - 1, p.c}, {p.r + 1, p.c}, {p.r, p.c - 1}, {p.r, p.c + 1}} {
			if q.r < 0 || q.r >= len(lines) || q.c < 0 || q.c >= len(lines[q.r]) || lines[q.r][q.c] == '#' {
				continue
			}
			if len(track) < 2 || q != track[len(track)-2] {
				next = append(next, q)
			}
		}
		if len(next) == 0 {
			break
		}
		if len(next) > 1 {
			panic("refCheats: the track branches")
		}
		track = append(track, next[0])
	}
	n := 0
	for i := range track {
		for j := i + 1; j < len(track); j++ {
			dr, dc := track[i].r-track[j].r, track[i].c-track[j].c
			m := max(dr, -dr) + max(dc, -dc)
			if m <= radius && j-i-m >= save {
				n++
			}
		}
	}
	return n
}

// handCheats is cheats with a flat distance table, -1 off the track,
// filled by a queue, the same runs of the rows below each cell, and the track's
// cells shared out to GOMAXPROCS goroutines through an atomic counter.
func handCheats(cells []byte, rows, cols, radius, save int) int {
	dist := make([]int32, len(cells))
	for i := range dist {
		dist[i] = -1
	}
	queue := make([]int32, 0, len(cells))
	for i, v := range cells {
		if v == 'S' {
			dist[i] = 0
			queue = append(queue, int32(i))
			break
		}
	}
	for head := 0; head < len(queue); head++ {
		i := int(queue[head])
		r, c := i/cols, i%cols
		for _, d := range [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}} {
			nr, nc := r+d[0], c+d[1]
			if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
				continue
			}
			if j := nr*cols + nc; cells[j] != '#' && dist[j] < 0 {
				dist[j] = dist[i] + 1
				queue = append(queue, int32(j))
			}
		}
	}
	var next, total atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for {
				k := int(next.Add(256)) - 256
				if k >= len(queue) {
					break
				}
				for _, i32 := range queue[k:min(k+256, len(queue))] {
					i := int(i32)
					r, c, at := i/cols, i%cols, dist[i]
					for dr := 0; dr <= radius && r+dr < rows; dr++ {
						lo, hi := max(c-(radius-dr), 0), min(c+radius-dr, cols-1)
						if dr == 0 {
							lo = c + 1
						}
						row := (r + dr) * cols
						for k, to := range dist[row+lo : row+hi+1] {
							steps := int32(dr + max(lo+k-c, c-lo-k))
							if to >= 0 && max(to-at, at-to)-steps >= int32(save) {
								n++
							}
						}
					}
				}
			}
			total.Add(int64(n))
		}()
	}
	wg.Wait()
	return int(total.Load())
}

// TestCheatsRadii compares cheats with the reference for many radii and
// thresholds, as the recipe's fixed ones find few cheats on small maps.
func TestCheatsRadii(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 20))
	for k := range 200 {
		lines := genTrack(rng, 3+rng.IntN(30), 3+rng.IntN(30))
		g, err := grid.ParseString(strings.Join(lines, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		radius, save := 1+rng.IntN(12), 1+rng.IntN(40)
		want := refCheats(lines, radius, save)
		if got := cheats(g, radius, save); got != want {
			t.Fatalf("input %d: cheats(radius %d, save %d) = %d, want %d, on\n%s", k, radius, save, got, want, strings.Join(lines, "\n"))
		}
		cells, rows, cols := flat(g)
		if got := handCheats(cells, rows, cols, radius, save); got != want {
			t.Fatalf("input %d: handCheats(radius %d, save %d) = %d, want %d", k, radius, save, got, want)
		}
	}
}

func raceRecipe() recipe {
	return recipe{
		name:   "race",
		shared: []string{"cheats"},
		rows:   141, cols: 141,
		refMax: 61,
		gen:    genTrack,
		solve: func(g grid.Grid[byte]) [2]int {
			return [2]int{cheats(g, 2, 100), cheats(g, 20, 100)}
		},
		ref: func(lines []string) [2]int {
			return [2]int{refCheats(lines, 2, 100), refCheats(lines, 20, 100)}
		},
		hand: func(cells []byte, rows, cols int) [2]int {
			return [2]int{handCheats(cells, rows, cols, 2, 100), handCheats(cells, rows, cols, 20, 100)}
		},
	}
}
