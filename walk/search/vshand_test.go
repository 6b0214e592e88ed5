package search_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// BenchmarkVsHand and TestVsHandAgree run the library-against-hand pairs
// of this package (see testkit.VsHand); docs/performance.md has the table.
func BenchmarkVsHand(b *testing.B) { testkit.VsHand(b, vsHandCases()) }
func TestVsHandAgree(t *testing.T) { testkit.Agree(t, vsHandCases()) }

func vsHandCases() []testkit.Pair {
	return []testkit.Pair{smallBFSCase(), beamsCase(), runsCase(), bucketsCase(), oneshotCase(), mazeDistCase(), trailsCase(), windsCase(), poiMatrixCase(), tourCase(), pathsCase(), toolsCase(), distancesCase(), turnsCase()}
}

// smallBFSCase: many small searches, each to depth 8 from one of 3000
// starts on a 60x60 map with walls, summing the cells each reaches, as a
// simulation that searches once per move does.
func smallBFSCase() testkit.Pair {
	const depth = 8
	rng := rand.New(rand.NewPCG(1, 1))
	g := openMap(rng, 60, 60, 0.3)
	var starts []grid.Point
	for len(starts) < 3000 {
		if p, ok := openCell(rng, g); ok {
			starts = append(starts, p)
		}
	}
	sp := search.Cells(g)
	var bfs search.BFS
	lib := func() int {
		sum := 0
		for _, s := range starts {
			bfs.Reset(sp.Len())
			bfs.Add(sp.CellID(s))
			for i, d := range bfs.All() {
				if d == depth {
					continue
				}
				for q := range g.Neighbors4(sp.Point(i)) {
					if g.At(q) != '#' {
						bfs.Add(sp.CellID(q))
					}
				}
			}
			sum += bfs.Len()
		}
		return sum
	}

	rows, cols := g.Rows(), g.Cols()
	cells := slices.Collect(g.Values())
	stamp := make([]uint32, len(cells))
	dist := make([]int32, len(cells))
	queue := make([]int32, 0, len(cells))
	gen := uint32(0)
	hand := func() int {
		sum := 0
		for _, s := range starts {
			gen++
			start := int32(s.Row*cols + s.Col)
			stamp[start], dist[start] = gen, 0
			queue = append(queue[:0], start)
			for head := 0; head < len(queue); head++ {
				i := queue[head]
				if dist[i] == depth {
					continue
				}
				r, c := int(i)/cols, int(i)%cols
				for _, d := range testkit.Neighbors4 {
					nr, nc := r+d[0], c+d[1]
					if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
						continue
					}
					j := int32(nr*cols + nc)
					if cells[j] != '#' && stamp[j] != gen {
						stamp[j], dist[j] = gen, dist[i]+1
						queue = append(queue, j)
					}
				}
			}
			sum += len(queue)
		}
		return sum
	}
	return testkit.Pair{Name: "bfs_small", Lib: lib, Hand: hand, NoAlloc: true}
}

// mirrorMap returns a rows×cols map of '.' with mirrors '/' and '\' and
// splitters '|' and '-', each cell one of them with probability density.
func mirrorMap(rng *rand.Rand, rows, cols int, density float64) grid.Grid[byte] {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			m[r][c] = '.'
			if rng.Float64() < density {
				m[r][c] = `/\|-`[rng.IntN(4)]
			}
		}
	}
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	return g
}

// beamTurns gives the headings a beam takes on leaving a cell of glyph c
// that it entered heading d (Up, Right, Down, Left as 0-3): one or two.
func beamTurns(c byte, d grid.Dir) (grid.Dir, grid.Dir, bool) {
	switch c {
	case '/': // Up <-> Right, Down <-> Left
		return [4]grid.Dir{grid.Right, grid.Up, grid.Left, grid.Down}[d], 0, false
	case '\\': // Up <-> Left, Down <-> Right
		return [4]grid.Dir{grid.Left, grid.Down, grid.Right, grid.Up}[d], 0, false
	case '|':
		if d == grid.Right || d == grid.Left {
			return grid.Up, grid.Down, true
		}
	case '-':
		if d == grid.Up || d == grid.Down {
			return grid.Left, grid.Right, true
		}
	}
	return d, 0, false
}

// beamsCase: light beams through mirrors and splitters on a 110x110 map,
// from every entry on the edge, a search over (cell, heading) each; the
// answer is the most cells energised.
func beamsCase() testkit.Pair {
	g := mirrorMap(rand.New(rand.NewPCG(2, 1)), 110, 110, 0.1)
	rows, cols := g.Rows(), g.Cols()
	var entries []walk.State
	for r := range rows {
		entries = append(entries, walk.State{Pos: grid.Pt(r, 0), Dir: grid.Right}, walk.State{Pos: grid.Pt(r, cols-1), Dir: grid.Left})
	}
	for c := range cols {
		entries = append(entries, walk.State{Pos: grid.Pt(0, c), Dir: grid.Down}, walk.State{Pos: grid.Pt(rows-1, c), Dir: grid.Up})
	}

	sp, cellIDs := search.States(g), search.Cells(g)
	var bfs search.BFS
	var lit cycle.IDSet
	lib := func() int {
		best := 0
		for _, e := range entries {
			bfs.Reset(sp.Len())
			lit.Reset(cellIDs.Len())
			bfs.Add(sp.StateID(e))
			for i := range bfs.All() {
				s, cell := sp.State(i), sp.Cell(i)
				lit.Visit(cell)
				d1, d2, two := beamTurns(g.AtIndex(cell), s.Dir)
				if id := sp.StateID(walk.State{Pos: s.Pos.Add(d1.Delta()), Dir: d1}); id >= 0 {
					bfs.Add(id)
				}
				if two {
					if id := sp.StateID(walk.State{Pos: s.Pos.Add(d2.Delta()), Dir: d2}); id >= 0 {
						bfs.Add(id)
					}
				}
			}
			best = max(best, lit.Len())
		}
		return best
	}

	cells := slices.Collect(g.Values())
	stamp := make([]uint32, 4*len(cells))
	cellStamp := make([]uint32, len(cells))
	queue := make([]int32, 0, 4*len(cells))
	gen := uint32(0)
	hand := func() int {
		best := 0
		for _, e := range entries {
			gen++
			first := int32((e.Pos.Row*cols+e.Pos.Col)*4 + int(e.Dir))
			stamp[first] = gen
			queue = append(queue[:0], first)
			n := 0
			push := func(r, c int, d grid.Dir) {
				if r < 0 || r >= rows || c < 0 || c >= cols {
					return
				}
				if j := int32((r*cols+c)*4 + int(d)); stamp[j] != gen {
					stamp[j] = gen
					queue = append(queue, j)
				}
			}
			for head := 0; head < len(queue); head++ {
				i := int(queue[head])
				cell, d := i/4, grid.Dir(i%4)
				if cellStamp[cell] != gen {
					cellStamp[cell] = gen
					n++
				}
				r, c := cell/cols, cell%cols
				d1, d2, two := beamTurns(cells[cell], d)
				push(r+testkit.Neighbors4[d1][0], c+testkit.Neighbors4[d1][1], d1)
				if two {
					push(r+testkit.Neighbors4[d2][0], c+testkit.Neighbors4[d2][1], d2)
				}
			}
			best = max(best, n)
		}
		return best
	}
	return testkit.Pair{Name: "beams", Lib: lib, Hand: hand, NoAlloc: true}
}

// runsCase: the cart of cart_test.go on a 141x141 map of digits, going
// straight at most 3 cells between turns, searched over (cell, heading,
// length of the straight run so far) as many solvers first write it.
func runsCase() testkit.Pair {
	const maxRun = 3
	g := digitMap(rand.New(rand.NewPCG(3, 1)), 141, 141)
	rows, cols := g.Rows(), g.Cols()
	goal := grid.Pt(rows-1, cols-1)
	sp, err := search.NewSpace(g, 4, maxRun+1)
	if err != nil {
		panic(err)
	}
	var dj search.Dijkstra
	lib := func() int {
		dj.Reset(sp.Len())
		dj.Add(sp.ID(grid.Pt(0, 0), grid.Right, 0), 0)
		dj.Add(sp.ID(grid.Pt(0, 0), grid.Down, 0), 0)
		for i, c := range dj.All() {
			p, d, run := sp.Point(i), sp.Dir(i), sp.Extra(i)
			if p == goal {
				return c
			}
			for _, t := range [3]grid.Dir{d, d.TurnLeft(), d.TurnRight()} {
				k := 1
				if t == d {
					if run == maxRun {
						continue
					}
					k = run + 1
				}
				q := p.Add(t.Delta())
				if v, ok := g.Get(q); ok {
					dj.Add(sp.ID(q, t, k), int(v-'0'))
				}
			}
		}
		return -1
	}

	cells := make([]int, 0, g.Len())
	for v := range g.Values() {
		cells = append(cells, int(v-'0'))
	}
	const inf = 1 << 62
	n := len(cells) * 4 * (maxRun + 1)
	cost := make([]int, n)
	done := make([]bool, n)
	var heap testkit.Heap
	id := func(cell, d, run int) int { return (cell*4+d)*(maxRun+1) + run }
	hand := func() int {
		for i := range cost {
			cost[i], done[i] = inf, false
		}
		heap = heap[:0]
		for _, d := range []int{1, 2} {
			cost[id(0, d, 0)] = 0
			heap.Push(testkit.HeapItem{Cost: 0, ID: int32(id(0, d, 0))})
		}
		for len(heap) > 0 {
			e := heap.Pop()
			i := int(e.ID)
			if done[i] {
				continue
			}
			done[i] = true
			run := i % (maxRun + 1)
			d := i / (maxRun + 1) % 4
			cell := i / (maxRun + 1) / 4
			if cell == len(cells)-1 {
				return e.Cost
			}
			r, c := cell/cols, cell%cols
			for _, t := range [3]int{d, (d + 3) % 4, (d + 1) % 4} {
				k := 1
				if t == d {
					if run == maxRun {
						continue
					}
					k = run + 1
				}
				nr, nc := r+testkit.Neighbors4[t][0], c+testkit.Neighbors4[t][1]
				if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
					continue
				}
				next := nr*cols + nc
				j := id(next, t, k)
				if nc := e.Cost + cells[next]; nc < cost[j] {
					cost[j] = nc
					heap.Push(testkit.HeapItem{Cost: nc, ID: int32(j)})
				}
			}
		}
		return -1
	}
	return testkit.Pair{Name: "dijkstra_runs", Lib: lib, Hand: hand, NoAlloc: true}
}

// mazeDistCase: the distance table of a whole 141x141 maze from one corner,
// summed over the cells.
func mazeDistCase() testkit.Pair {
	g, _, _ := benchMaze()
	start := grid.Pt(1, 1)
	sp := search.Cells(g)
	var bfs search.BFS
	lib := func() int {
		bfs.Reset(sp.Len())
		bfs.Add(sp.CellID(start))
		sum := 0
		for i, d := range bfs.All() {
			sum += d
			for q := range g.Neighbors4(sp.Point(i)) {
				if g.At(q) != '#' {
					bfs.Add(sp.CellID(q))
				}
			}
		}
		return sum
	}

	rows, cols := g.Rows(), g.Cols()
	cells := slices.Collect(g.Values())
	dist := make([]int32, len(cells))
	queue := make([]int32, 0, len(cells))
	hand := func() int {
		for i := range dist {
			dist[i] = -1
		}
		s := int32(start.Row*cols + start.Col)
		dist[s] = 0
		queue = append(queue[:0], s)
		sum := 0
		for head := 0; head < len(queue); head++ {
			i := queue[head]
			sum += int(dist[i])
			r, c := int(i)/cols, int(i)%cols
			for _, d := range testkit.Neighbors4 {
				nr, nc := r+d[0], c+d[1]
				if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
					continue
				}
				if j := int32(nr*cols + nc); cells[j] != '#' && dist[j] < 0 {
					dist[j] = dist[i] + 1
					queue = append(queue, j)
				}
			}
		}
		return sum
	}
	return testkit.Pair{Name: "maze_dist", Lib: lib, Hand: hand, NoAlloc: true}
}

// heightMap returns a rows×cols map of heights '0' to '9' that change
// mostly by one between neighbours, so that there are many trails.
func heightMap(rng *rand.Rand, rows, cols int) grid.Grid[byte] {
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			h := (r/3 + c/4 + rng.IntN(2)) % 19 // up to 9, then down
			if h > 9 {
				h = 18 - h
			}
			m[r][c] = byte('0' + h)
		}
	}
	g, err := grid.FromRows(m)
	if err != nil {
		panic(err)
	}
	return g
}

// trailsCase: from every 0 of a 60x60 height map, the trails that climb
// by one each step to a 9: the number of 9s reached plus, times a thousand,
// the number of distinct trails.
func trailsCase() testkit.Pair {
	g := heightMap(rand.New(rand.NewPCG(5, 1)), 60, 60)
	sp := search.Cells(g)
	var zeros []grid.Point
	for p, v := range g.All() {
		if v == '0' {
			zeros = append(zeros, p)
		}
	}
	var bfs search.BFS
	lib := func() int {
		peaks, trails := 0, 0
		for _, z := range zeros {
			bfs.ResetCounting(sp.Len())
			bfs.AddCounting(sp.CellID(z))
			// In the space of cells, an id is the cell's dense index.
			for i := range bfs.All() {
				h := g.AtIndex(i)
				if h == '9' {
					peaks++
					trails += bfs.Count(i)
					continue
				}
				for j := range g.Neighbors4Index(i) {
					if g.AtIndex(j) == h+1 {
						bfs.AddCounting(j)
					}
				}
			}
		}
		return peaks + 1000*trails
	}

	rows, cols := g.Rows(), g.Cols()
	cells := slices.Collect(g.Values())
	stamp := make([]uint32, len(cells))
	count := make([]int, len(cells))
	queue := make([]int32, 0, len(cells))
	gen := uint32(0)
	hand := func() int {
		peaks, trails := 0, 0
		for _, z := range zeros {
			gen++
			s := int32(z.Row*cols + z.Col)
			stamp[s], count[s] = gen, 1
			queue = append(queue[:0], s)
			for head := 0; head < len(queue); head++ {
				i := queue[head]
				h := cells[i]
				if h == '9' {
					peaks++
					trails += count[i]
					continue
				}
				r, c := int(i)/cols, int(i)%cols
				for _, d := range testkit.Neighbors4 {
					nr, nc := r+d[0], c+d[1]
					if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
						continue
					}
					j := int32(nr*cols + nc)
					if cells[j] != h+1 {
						continue
					}
					if stamp[j] != gen {
						stamp[j], count[j] = gen, count[i]
						queue = append(queue, j)
					} else {
						count[j] += count[i]
					}
				}
			}
		}
		return peaks + 1000*trails
	}
	return testkit.Pair{Name: "trails", Lib: lib, Hand: hand, NoAlloc: true}
}

// windsCase: the fewest minutes across a 25x120 valley swept by winds that
// move a cell a minute and wrap round inside its walls, where the walker
// steps or waits each minute and never stands in a wind: a breadth-first
// search over (cell, minute) that keeps only the current minute's cells,
// with search.Frontier and by hand with two lists and a stamp per cell. Both
// ask calm, written once, whether a cell is free at a minute.
func windsCase() testkit.Pair {
	const h, w, limit = 25, 120, 100_000
	rng := rand.New(rand.NewPCG(6, 6))
	inner := make([]byte, h*w)
	for i := range inner {
		inner[i] = '.'
		if rng.IntN(100) < 30 {
			inner[i] = "^>v<"[rng.IntN(4)]
		}
	}
	rows, cols := h+2, w+2
	cells := make([]byte, rows*cols)
	for i := range cells {
		r, c := i/cols, i%cols
		switch {
		case r == 0 && c == 1, r == rows-1 && c == cols-2:
			cells[i] = '.' // the gaps in the wall
		case r == 0 || r == rows-1 || c == 0 || c == cols-1:
			cells[i] = '#'
		default:
			cells[i] = '.'
		}
	}
	start, goal := 1, (rows-1)*cols+cols-2
	// calm reports whether cell i is open and no wind is on it at minute t:
	// the wind on (r, c) heading d set out t cells behind it.
	calm := func(i, t int) bool {
		if cells[i] == '#' {
			return false
		}
		r, c := i/cols-1, i%cols-1
		if r < 0 || r >= h {
			return true // a gap
		}
		tw, th := t%w, t%h
		return inner[r*w+(c-tw+w)%w] != '>' && inner[r*w+(c+tw)%w] != '<' &&
			inner[(r-th+h)%h*w+c] != 'v' && inner[(r+th)%h*w+c] != '^'
	}

	g := grid.FromFunc(rows, cols, func(p grid.Point) byte { return cells[p.Row*cols+p.Col] })
	var f search.Frontier
	lib := func() int {
		f.Reset(g.Len())
		f.Add(start)
		for minute := 1; f.Len() > 0 && minute <= limit; minute++ {
			for i := range f.Step() {
				if !f.Has(i) && calm(i, minute) {
					f.Add(i) // wait
				}
				for j := range g.Neighbors4Index(i) {
					if !f.Has(j) && calm(j, minute) { // Has first: calm costs more
						f.Add(j)
					}
				}
			}
			if f.Has(goal) {
				return minute
			}
		}
		return -1
	}

	stamp := make([]uint32, len(cells))
	cur, next := make([]int32, 0, len(cells)), make([]int32, 0, len(cells))
	gen := uint32(0)
	hand := func() int {
		gen++
		stamp[start] = gen
		cur = append(cur[:0], int32(start))
		for minute := 1; len(cur) > 0 && minute <= limit; minute++ {
			gen++
			next = next[:0]
			for _, i := range cur {
				r, c := int(i)/cols, int(i)%cols
				for k, d := range [5][2]int{{0, 0}, testkit.Neighbors4[0], testkit.Neighbors4[1], testkit.Neighbors4[2], testkit.Neighbors4[3]} {
					nr, nc := r+d[0], c+d[1]
					if k > 0 && (nr < 0 || nr >= rows || nc < 0 || nc >= cols) {
						continue
					}
					if j := nr*cols + nc; stamp[j] != gen && calm(j, minute) {
						stamp[j] = gen
						next = append(next, int32(j))
					}
				}
			}
			if stamp[goal] == gen {
				return minute
			}
			cur, next = next, cur
		}
		return -1
	}
	return testkit.Pair{Name: "winds", Lib: lib, Hand: hand, NoAlloc: true}
}

// bucketsCase: the cheapest way from the top left to the bottom right
// corner of a 500x500 map of step costs 1 to 9, paying the cost of each
// cell entered: Dijkstra over the cells, against Dial's algorithm by hand
// (a ring of buckets, one per cost modulo 16, with stale entries skipped).
func bucketsCase() testkit.Pair {
	const side = 500
	rng := rand.New(rand.NewPCG(21, 22))
	g := grid.FromFunc(side, side, func(grid.Point) byte { return byte('1' + rng.IntN(9)) })
	goal := g.Len() - 1
	var d search.Dijkstra
	enter := func(_, to byte) (int, bool) { return int(to - '0'), true }
	lib := func() int {
		d.Reset(g.Len())
		d.Add(0, 0)
		for i, c := range search.Costs4(&d, g, enter) {
			if i == goal {
				return c
			}
		}
		return -1
	}

	cells := slices.Collect(g.Values())
	dist := make([]int32, len(cells))
	var ring [16][]int32
	hand := func() int {
		for i := range dist {
			dist[i] = 1<<31 - 1
		}
		for k := range ring {
			ring[k] = ring[k][:0]
		}
		dist[0] = 0
		ring[0] = append(ring[0], 0)
		for c, queued := int32(0), 1; queued > 0; c++ {
			b := &ring[c&15]
			for len(*b) > 0 {
				i := (*b)[len(*b)-1]
				*b = (*b)[:len(*b)-1]
				queued--
				if dist[i] != c {
					continue // a stale entry: i was reached cheaper
				}
				if int(i) == goal {
					return int(c)
				}
				r, col := int(i)/side, int(i)%side
				for _, s := range testkit.Neighbors4 {
					nr, nc := r+s[0], col+s[1]
					if nr < 0 || nr >= side || nc < 0 || nc >= side {
						continue
					}
					j := int32(nr*side + nc)
					if nd := c + int32(cells[j]-'0'); nd < dist[j] {
						dist[j] = nd
						ring[nd&15] = append(ring[nd&15], j)
						queued++
					}
				}
			}
		}
		return -1
	}
	return testkit.Pair{Name: "dijkstra_buckets", Lib: lib, Hand: hand, NoAlloc: true}
}

// oneshotCase: the fewest steps across a 140x140 height map, climbing at
// most one level a step, with a BFS made for this one search, as a solver
// writes it once per puzzle; the hand version allocates its distances and
// queue per search too.
func oneshotCase() testkit.Pair {
	const side = 140
	g := heightMap(rand.New(rand.NewPCG(41, 42)), side, side)
	start, goal := 0, side*side-1
	lib := func() int {
		var b search.BFS
		b.Reset(g.Len())
		b.Add(start)
		for i, d := range search.Moves4(&b, g, func(from, to byte) bool { return to <= from+1 }) {
			if i == goal {
				return d
			}
		}
		return -1
	}
	cells := slices.Collect(g.Values())
	hand := func() int {
		dist := make([]int32, len(cells))
		for i := range dist {
			dist[i] = -1
		}
		queue := make([]int32, 0, len(cells))
		dist[start] = 0
		queue = append(queue, int32(start))
		for k := 0; k < len(queue); k++ {
			i := int(queue[k])
			if i == goal {
				return int(dist[i])
			}
			r, c := i/side, i%side
			for _, s := range testkit.Neighbors4 {
				nr, nc := r+s[0], c+s[1]
				if nr < 0 || nr >= side || nc < 0 || nc >= side {
					continue
				}
				j := nr*side + nc
				if dist[j] < 0 && cells[j] <= cells[i]+1 {
					dist[j] = dist[i] + 1
					queue = append(queue, int32(j))
				}
			}
		}
		return -1
	}
	return testkit.Pair{Name: "bfs_oneshot", Lib: lib, Hand: hand}
}

// splitterMap returns a map of rows by cols cells for pathsCase: a start
// 'S' in the middle of the top row and splitters '^' on every other row,
// in the columns a beam from the start can be in on that row (every other
// one, alternating row by row), never at an edge.
func splitterMap(rng *rand.Rand, rows, cols int) grid.Grid[byte] {
	mid := cols / 2
	return grid.FromFunc(rows, cols, func(p grid.Point) byte {
		switch {
		case p.Row == 0 && p.Col == mid:
			return 'S'
		case p.Row%2 == 0 && p.Row > 0 && (p.Col-mid+p.Row/2+1)%2 == 0 &&
			p.Col > 0 && p.Col < cols-1 && rng.IntN(3) > 0:
			return '^'
		}
		return '.'
	})
}

// pathsCase: the number of ways a beam falling from 'S' down a 142x141 map
// reaches the bottom row, where a splitter '^' below a beam sends it on
// from the cells to its left and right: a fresh Frontier per run whose
// steps are the rows, counting the ways with AddWays, against the
// row-by-row count a strong solver writes.
func pathsCase() testkit.Pair {
	const rows, cols = 142, 141
	g := splitterMap(rand.New(rand.NewPCG(51, 52)), rows, cols)
	start := cols / 2
	lib := func() int {
		var f search.Frontier
		f.ResetWays(cols) // a step is a row, so an id is a column
		f.AddWays(start, 1)
		for r := 1; r < rows; r++ {
			for c, n := range f.StepWays() {
				if g.AtIndex(r*cols+c) == '^' {
					f.AddWays(c-1, n)
					f.AddWays(c+1, n)
				} else {
					f.AddWays(c, n)
				}
			}
		}
		total := 0
		for _, n := range f.StepWays() {
			total += n // the bottom row
		}
		return total
	}
	cells := slices.Collect(g.Values())
	hand := func() int {
		now, next := make([]int, cols), make([]int, cols)
		now[start] = 1
		for r := 1; r < rows; r++ {
			clear(next)
			row := cells[r*cols : (r+1)*cols]
			for c, n := range now {
				if n == 0 {
					continue
				}
				if row[c] == '^' {
					next[c-1] += n
					next[c+1] += n
				} else {
					next[c] += n
				}
			}
			now, next = next, now
		}
		total := 0
		for _, n := range now {
			total += n
		}
		return total
	}
	return testkit.Pair{Name: "paths_count", Lib: lib, Hand: hand}
}

// toolsCase: the cheapest way from the top left cell of a 60x600 cave to
// a target near its bottom, holding one of three tools (0 none, 1 torch,
// 2 gear) where a region of type t (0 to 2) forbids tool t: a step to a
// neighbour costs 1 with a tool both regions allow, and changing tools
// costs 7. It starts and must end with the torch. Dijkstra over (cell,
// tool) states of a Space, against Dial's algorithm by hand over ids
// cell*3+tool.
func toolsCase() testkit.Pair {
	const rows, cols = 600, 60
	rng := rand.New(rand.NewPCG(61, 62))
	const torch, change = 1, 7
	at := grid.Pt(rows-80, cols/2)
	g := grid.FromFunc(rows, cols, func(p grid.Point) byte {
		if p == at || p == (grid.Point{}) {
			return 0 // rocky, where the torch is allowed, as in the puzzle
		}
		return byte(rng.IntN(3))
	})
	target := g.Index(at)
	sp, err := search.NewSpace(g, 1, 3)
	if err != nil {
		panic(err)
	}
	var d search.Dijkstra
	lib := func() int {
		d.Reset(sp.Len())
		d.Add(sp.IndexID(0, 0, torch), 0)
		goal := sp.IndexID(target, 0, torch)
		for i, c := range d.All() {
			if i == goal {
				return c
			}
			cell, tool := sp.Cell(i), sp.Extra(i)
			region := g.AtIndex(cell)
			d.Add(sp.IndexID(cell, 0, 3-int(region)-tool), change) // the other tool the region allows
			for j := range g.Neighbors4Index(cell) {
				if int(g.AtIndex(j)) != tool {
					d.Add(sp.IndexID(j, 0, tool), 1)
				}
			}
		}
		return -1
	}

	cells := slices.Collect(g.Values())
	dist := make([]int32, 3*len(cells))
	var ring [16][]int32
	hand := func() int {
		for i := range dist {
			dist[i] = 1<<31 - 1
		}
		for k := range ring {
			ring[k] = ring[k][:0]
		}
		start, goal := int32(torch), int32(3*target+torch)
		dist[start] = 0
		ring[0] = append(ring[0], start)
		push := func(j, nd int32) {
			if nd < dist[j] {
				dist[j] = nd
				ring[nd&15] = append(ring[nd&15], j)
			}
		}
		for c := int32(0); ; c++ {
			b := &ring[c&15]
			for len(*b) > 0 {
				s := (*b)[len(*b)-1]
				*b = (*b)[:len(*b)-1]
				if dist[s] != c {
					continue // a stale entry: s was reached cheaper
				}
				if s == goal {
					return int(c)
				}
				cell, tool := int(s)/3, int(s)%3
				push(int32(3*cell+3-int(cells[cell])-tool), c+change)
				r, col := cell/cols, cell%cols
				for _, st := range testkit.Neighbors4 {
					nr, nc := r+st[0], col+st[1]
					if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
						continue
					}
					if j := nr*cols + nc; int(cells[j]) != tool {
						push(int32(3*j+tool), c+1)
					}
				}
			}
		}
	}
	return testkit.Pair{Name: "dijkstra_tools", Lib: lib, Hand: hand, NoAlloc: true}
}

// distancesCase: the searches of the step-garden recipe, on a 131x131 map
// with one cell in eight a rock: from the middle and from the middle of
// each side and each corner, each to every cell, summing the squares of
// the layer sizes so that the layers themselves are compared.
func distancesCase() testkit.Pair {
	g := openMap(rand.New(rand.NewPCG(21, 3)), 131, 131, 0.125)
	h, last := 65, 130
	starts := []grid.Point{grid.Pt(h, h), grid.Pt(0, h), grid.Pt(last, h), grid.Pt(h, 0), grid.Pt(h, last),
		grid.Pt(0, 0), grid.Pt(0, last), grid.Pt(last, 0), grid.Pt(last, last)}
	d := search.NewDistances(g, func(v byte) bool { return v != '#' })
	lib := func() int {
		sum := 0
		for _, s := range starts {
			d.Run(s)
			for _, n := range d.Layers() {
				sum += n * n
			}
		}
		return sum
	}

	// By hand: a copy with a closed border, a seen table reset by copying
	// it, and a queue expanded a layer at a time.
	w := g.Cols() + 2
	shut := make([]bool, (g.Rows()+2)*w)
	for i := range shut {
		r, c := i/w-1, i%w-1
		shut[i] = !g.In(grid.Pt(r, c)) || g.At(grid.Pt(r, c)) == '#'
	}
	seen := make([]bool, len(shut))
	queue := make([]int32, len(shut))
	hand := func() int {
		sum := 0
		for _, s := range starts {
			copy(seen, shut)
			queue[0] = int32((s.Row+1)*w + s.Col + 1)
			seen[queue[0]] = true
			for lo, hi := 0, 1; lo < hi; {
				sum += (hi - lo) * (hi - lo)
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
		}
		return sum
	}
	return testkit.Pair{Name: "distances", Lib: lib, Hand: hand, NoAlloc: true}
}

// turnsCase: the cheapest walk across a 141x141 map with walls, a step
// costing 1 and a quarter turn 1000, from the bottom left open cell facing
// right to the top right one, and the cells on every cheapest walk, as in
// the maze example.
func turnsCase() testkit.Pair {
	g := openMap(rand.New(rand.NewPCG(16, 1000)), 141, 141, 0.3)
	// Of the cells joined to the middle one, those nearest the bottom
	// left and the top right corners.
	mid := grid.Pt(70, 70)
	for g.At(mid) == '#' {
		mid.Col++
	}
	dist := search.NewDistances(g, func(v byte) bool { return v != '#' })
	if err := dist.Run(mid); err != nil {
		panic(err)
	}
	start, end := mid, mid
	for p := range g.Points() {
		if _, ok := dist.Dist(p); ok && p.Row-p.Col > start.Row-start.Col {
			start = p
		}
		if _, ok := dist.Dist(p); ok && p.Col-p.Row > end.Col-end.Row {
			end = p
		}
	}
	t, err := search.NewTurnCosts(g, func(v byte) bool { return v != '#' }, 1, 1000)
	if err != nil {
		panic(err)
	}
	lib := func() int {
		cost, _, _ := t.RunTo(end, walk.State{Pos: start, Dir: grid.Right})
		cells := 0
		for range t.OnBest(end) {
			cells++
		}
		return cost*100_000 + cells
	}

	// By hand, as the fastest published solutions do: a cost per state
	// (cell*4 + heading, right first, clockwise) on a padded copy, a queue
	// of steps drained before the queue of turns takes over, and a walk
	// back over the costs.
	w := g.Cols() + 2
	wall := make([]bool, (g.Rows()+2)*w)
	for i := range wall {
		r, c := i/w-1, i%w-1
		wall[i] = !g.In(grid.Pt(r, c)) || g.At(grid.Pt(r, c)) == '#'
	}
	dirs := [4]int32{1, int32(w), -1, -int32(w)}
	cost := make([]int32, 4*len(wall))
	type entry struct{ cell, dir, cost int32 }
	var first, second, todo []entry
	on := make([]bool, len(wall))
	hand := func() int {
		for i := range cost {
			cost[i] = 1<<31 - 1
		}
		s, e := int32((start.Row+1)*w+start.Col+1), int32((end.Row+1)*w+end.Col+1)
		first, second = append(first[:0], entry{s, 0, 0}), second[:0]
		cost[4*s] = 0
		lowest := int32(1<<31 - 1)
		for len(first) > 0 {
			for k := 0; k < len(first); k++ {
				x := first[k]
				if x.cost >= lowest {
					continue
				}
				if x.cell == e {
					lowest = x.cost
					continue
				}
				next := [3]entry{{x.cell + dirs[x.dir], x.dir, x.cost + 1}, {x.cell, (x.dir + 3) % 4, x.cost + 1000}, {x.cell, (x.dir + 1) % 4, x.cost + 1000}}
				for n, y := range next {
					if !wall[y.cell] && y.cost < cost[4*y.cell+y.dir] {
						cost[4*y.cell+y.dir] = y.cost
						if n == 0 {
							first = append(first, y)
						} else {
							second = append(second, y)
						}
					}
				}
			}
			first, second = second, first[:0]
		}
		clear(on)
		cells := 0
		todo = todo[:0]
		for d := range int32(4) {
			if cost[4*e+d] == lowest {
				todo = append(todo, entry{e, d, lowest})
			}
		}
		for len(todo) > 0 {
			x := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if !on[x.cell] {
				on[x.cell] = true
				cells++
			}
			back := [3]entry{{x.cell - dirs[x.dir], x.dir, x.cost - 1}, {x.cell, (x.dir + 3) % 4, x.cost - 1000}, {x.cell, (x.dir + 1) % 4, x.cost - 1000}}
			for _, y := range back {
				if i := 4*y.cell + y.dir; y.cost >= 0 && cost[i] == y.cost {
					cost[i] = -1 // walked back over once
					todo = append(todo, y)
				}
			}
		}
		return int(lowest)*100_000 + cells
	}
	return testkit.Pair{Name: "turns", Lib: lib, Hand: hand, NoAlloc: true}
}
