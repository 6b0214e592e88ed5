package junction_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk/junction"
)

// lpLattice returns a maze shaped like the hiking puzzles: k×k junctions on
// a lattice with spacing s, each joined to its neighbours on the lattice by
// a winding corridor, with start at the top-left of the border (0,1) and
// end at the bottom-right (size-1, size-2). The junctions are offset o
// cells from the border, so the maze is 2o+(k-1)s+1 cells square. With
// slopes, the first and last cell of each corridor between junctions is a
// slope pointing right or down, so that with one-way slopes every path goes
// right and down.
//
// Corridors wind by bumps of up to h cells to one side; s must be at least
// 4h+6 and o at least h+2 so that no two corridors touch.
func lpLattice(rng *rand.Rand, k, s, o, h int, slopes bool) grid.Grid[byte] {
	n := 2*o + (k-1)*s + 1
	m := make([][]byte, n)
	for r := range m {
		m[r] = []byte(strings.Repeat("#", n))
	}
	set := func(p grid.Point, c byte) { m[p.Row][p.Col] = c }
	// line opens the cells from a to b, which share a row or a column.
	line := func(a, b grid.Point) {
		d := b.Sub(a)
		step := d.Sign()
		for p := a; ; p = p.Add(step) {
			set(p, '.')
			if p == b {
				return
			}
		}
	}
	// corridor opens a winding corridor from junction a to junction b, to
	// its right (d = Right) or below it (d = Down).
	corridor := func(a grid.Point, d grid.Dir) {
		side := d.TurnLeft() // the direction of a bump
		b := a.Move(d, s)
		p := a
		for x := h + 2; x+2 <= s-h-2; {
			w := 2 + rng.IntN(3)
			if x+w > s-h-2 || rng.IntN(3) == 0 {
				x++
				continue
			}
			up := side
			if rng.IntN(2) == 0 {
				up = side.Reverse()
			}
			q := a.Move(d, x)
			height := 1 + rng.IntN(h)
			line(p, q)
			line(q, q.Move(up, height))
			line(q.Move(up, height), q.Move(up, height).Move(d, w))
			p = q.Move(d, w)
			line(p.Move(up, height), p)
			x += w + 2
		}
		line(p, b)
		if slopes {
			set(a.Move(d, 1), d.Glyph())
			set(b.Move(d, -1), d.Glyph())
		}
	}
	at := func(i, j int) grid.Point { return grid.Pt(o+i*s, o+j*s) }
	for i := range k {
		for j := range k {
			if j+1 < k {
				corridor(at(i, j), grid.Right)
			}
			if i+1 < k {
				corridor(at(i, j), grid.Down)
			}
		}
	}
	line(grid.Pt(0, 1), grid.Pt(o, 1))
	line(grid.Pt(o, 1), at(0, 0))
	line(at(k-1, k-1), grid.Pt(n-1-o, n-2))
	line(grid.Pt(n-1-o, n-2), grid.Pt(n-1, n-2))
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	return g
}

// lpBig is the benchmark maze: 6×6 junctions on a 141×141 map, as in the
// puzzles, which gives 36 nodes: start, end, and the 34 junctions that are
// not corners of the lattice.
func lpBig(slopes bool) grid.Grid[byte] {
	return lpLattice(rand.New(rand.NewPCG(23, 23)), 6, 24, 10, 4, slopes)
}

// lpLongestLib solves the dry maze with the library.
func lpLongestLib(g grid.Grid[byte]) int {
	dry := func(p grid.Point, d grid.Dir) bool {
		return g.At(p) != '#' && g.At(p.Add(d.Delta())) != '#'
	}
	jg, err := junction.New(g, grid.Pt(0, 1), grid.Pt(g.Rows()-1, g.Cols()-2), dry)
	if err != nil {
		panic(err)
	}
	n, _ := jg.Longest(0, 1)
	return n
}

// lpHand is the dry maze solved as a strong solver writes it: junctions
// found by a scan of the flat map, corridors followed cell by cell into
// fixed arrays of at most four edges per node, and a recursive search
// with a bitmask, which ends every path at the end's only neighbour.
type lpHand struct {
	deg   [64]int
	to    [64][4]int
	w     [64][4]int
	last  int // the end's only neighbour
	lastW int
	best  int
}

func lpLongestHand(cells []byte, rows, cols int) int {
	start, end := 1, (rows-1)*cols+cols-2
	id := make([]int8, len(cells))
	for i := range id {
		id[i] = -1
	}
	node := make([]int, 0, 64)
	add := func(i int) {
		id[i] = int8(len(node))
		node = append(node, i)
	}
	add(start)
	add(end)
	delta := [4]int{-cols, 1, cols, -1}
	for i := cols; i < len(cells)-cols; i++ {
		if cells[i] == '#' {
			continue
		}
		n := 0
		for _, d := range delta {
			if cells[i+d] != '#' {
				n++
			}
		}
		if n >= 3 {
			add(i)
		}
	}
	var h lpHand
	for a, i := range node {
		for _, d := range delta {
			j := i + d
			if j < 0 || j >= len(cells) || cells[j] == '#' {
				continue
			}
			prev, cur, steps := i, j, 1
			for id[cur] < 0 {
				next := -1
				for _, d := range delta {
					if k := cur + d; k != prev && k >= 0 && k < len(cells) && cells[k] != '#' {
						next = k
						break
					}
				}
				if next < 0 {
					break
				}
				prev, cur = cur, next
				steps++
			}
			if b := int(id[cur]); b >= 0 && b != a {
				h.to[a][h.deg[a]], h.w[a][h.deg[a]] = b, steps
				h.deg[a]++
			}
		}
	}
	h.last, h.lastW = h.to[1][0], h.w[1][0]
	h.dfs(0, 1, 0)
	return h.best
}

func (h *lpHand) dfs(at int, seen uint64, dist int) {
	if at == h.last {
		h.best = max(h.best, dist+h.lastW)
		return
	}
	for k := range h.deg[at] {
		if v := h.to[at][k]; seen>>v&1 == 0 {
			h.dfs(v, seen|1<<v, dist+h.w[at][k])
		}
	}
}

func TestLongestBigMaze(t *testing.T) {
	for _, slopes := range []bool{false, true} {
		g := lpBig(slopes)
		rule := lpOpen(g)
		if slopes {
			rule = lpSlopes(g)
		}
		jg, err := junction.New(g, grid.Pt(0, 1), grid.Pt(140, 139), rule)
		if err != nil {
			t.Fatal(err)
		}
		edges := 0
		for i := range jg.Len() {
			for range jg.Edges(i) {
				edges++
			}
		}
		// The lattice has 60 corridors, but two corners are not junctions,
		// so 58 edges join junctions: both ways when dry, only right or
		// down with slopes. The corridors from start and to end have no
		// slopes, so they go both ways.
		want := 2 * (58 + 2)
		if slopes {
			want = 58 + 2*2
		}
		if g.Rows() != 141 || g.Cols() != 141 || jg.Len() != 36 || edges != want {
			t.Fatalf("slopes %v: %dx%d map, %d nodes, %d edges; want 141x141, 36, %d", slopes, g.Rows(), g.Cols(), jg.Len(), edges, want)
		}
	}
	// With slopes the paths are few and the reference can try them all.
	g := lpBig(true)
	lpCheck(t, "big maze with slopes", g, grid.Pt(0, 1), grid.Pt(140, 139), lpSlopes(g))
	if testing.Short() {
		t.Skip("the dry maze takes a second or two: skipped with -short")
	}
	// Dry, they are too many: compare with the hand-written solver.
	g = lpBig(false)
	if lib, hand := lpLongestLib(g), lpLongestHand(slices.Concat(g.ToRows()...), g.Rows(), g.Cols()); lib != hand {
		t.Fatalf("dry big maze: library %d, hand-written %d", lib, hand)
	}
}

// longestCase is the longest-walk pair of BenchmarkVsHand: compress the
// 141x141 lattice maze with no slopes and find its longest walk.
func longestCase() testkit.Pair {
	g := lpBig(false)
	cells := slices.Concat(g.ToRows()...)
	return testkit.Pair{
		Name:  "longest",
		Lib:   func() int { return lpLongestLib(g) },
		Hand:  func() int { return lpLongestHand(cells, g.Rows(), g.Cols()) },
		Heavy: true,
	}
}

// BenchmarkVsHand pairs the longest walk with the same search written by
// hand on flat slices: BenchmarkVsHand/longest/lib and /hand. Compare them
// with benchstat over -count 10; docs/performance.md has the table.
func BenchmarkVsHand(b *testing.B) { testkit.VsHand(b, []testkit.Pair{longestCase()}) }

// TestVsHandAgree runs the pair of BenchmarkVsHand once and checks that
// both give the same answer.
func TestVsHandAgree(t *testing.T) { testkit.Agree(t, []testkit.Pair{longestCase()}) }

// BenchmarkLongestPrefixes splits the dry search into prefixes of a few
// edges and finishes them with parallel.Map, on one worker and on all.
func BenchmarkLongestPrefixes(b *testing.B) {
	g := lpBig(false)
	jg, err := junction.New(g, grid.Pt(0, 1), grid.Pt(140, 139), lpOpen(g))
	if err != nil {
		b.Fatal(err)
	}
	want, _ := jg.Longest(0, 1)
	for _, depth := range []int{4, 8} {
		for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(fmt.Sprintf("depth=%d/workers=%d", depth, workers), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					prefixes := jg.Prefixes(0, 1, depth)
					lengths := parallel.Map(prefixes, func(p junction.Prefix) int {
						n, _ := jg.LongestFrom(p, 1)
						return n
					}, parallel.Workers(workers))
					if got := slices.Max(lengths); got != want {
						b.Fatalf("best over prefixes = %d, want %d", got, want)
					}
				}
				b.ReportMetric(float64(len(jg.Prefixes(0, 1, depth))), "prefixes")
			})
		}
	}
}
