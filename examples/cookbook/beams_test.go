package cookbook

import (
	"math/bits"
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/cycle"
	"github.com/gridsearch/gridsearch/walk/search"
)

// Light beams: a map of empty cells '.', mirrors '/' and '\' that turn a
// beam by a quarter, and splitters '|' and '-' that a beam meeting them
// side-on leaves as two beams, one each way along the splitter (a beam
// meeting one end-on passes). A beam lights every cell it passes; beams
// that cross or meet do not interact. Part 1: the cells lit by a beam
// entering the top left cell heading right. Part 2: the most cells lit by
// a beam entering any edge cell heading into the map.

// bounce returns the heading in which a beam that entered a cell of glyph
// c heading d leaves it, and a second one when a splitter splits it.
func bounce(c byte, d grid.Dir) (out, split grid.Dir, two bool) {
	switch {
	case c == '/': // Up and Right swap, Down and Left
		return [4]grid.Dir{grid.Right, grid.Up, grid.Left, grid.Down}[d], 0, false
	case c == '\\': // Up and Left swap, Down and Right
		return [4]grid.Dir{grid.Left, grid.Down, grid.Right, grid.Up}[d], 0, false
	case c == '|' && (d == grid.Left || d == grid.Right):
		return grid.Up, grid.Down, true
	case c == '-' && (d == grid.Up || d == grid.Down):
		return grid.Left, grid.Right, true
	}
	return d, 0, false
}

// beams returns the cells lit by the beam entering the top left cell
// heading right, and the most lit by any beam entering from an edge.
// Every splitter is a node, and so is every way in from an edge. A node
// lights the cells its beams pass until each meets a splitter side-on,
// and goes on to that splitter; a Closure adds up what each node reaches,
// once per cycle of splitters that feed one another.
func beams(g grid.Grid[byte]) (first, best int) {
	var nodes []walk.State         // a splitter (its cell), or a way in
	node := make([]int32, g.Len()) // a splitter's node, by cell
	for p, v := range g.All() {
		if v == '|' || v == '-' {
			node[g.Index(p)] = int32(len(nodes))
			nodes = append(nodes, walk.State{Pos: p, Dir: grid.Up})
		}
	}
	splitters := len(nodes)
	for p, d := range g.Entries() {
		nodes = append(nodes, walk.State{Pos: p, Dir: d})
	}
	sp := search.States(g)
	c := search.NewClosure(len(nodes), g.Len())
	var seen cycle.IDSet // the states a node's beams pass, for one that loops
	for k, st := range nodes {
		seen.Reset(sp.Len())
		beam := func(p grid.Point, d grid.Dir) {
			for g.In(p) && !seen.Visit(sp.StateID(walk.State{Pos: p, Dir: d})) {
				i := g.Index(p)
				c.Mark(k, i)
				next, _, split := bounce(g.AtIndex(i), d)
				if split {
					c.Edge(k, int(node[i]))
					return
				}
				p, d = p.Add(next.Delta()), next
			}
		}
		if k >= splitters {
			beam(st.Pos, st.Dir)
			continue
		}
		// A splitter lights its cell and sends a beam out of each end.
		c.Mark(k, g.Index(st.Pos))
		ends := [2]grid.Dir{grid.Up, grid.Down}
		if g.At(st.Pos) == '-' {
			ends = [2]grid.Dir{grid.Left, grid.Right}
		}
		for _, d := range ends {
			beam(st.Pos.Add(d.Delta()), d)
		}
	}
	c.Close()
	for k := splitters; k < len(nodes); k++ {
		best = max(best, c.Count(k))
		if nodes[k] == (walk.State{Pos: grid.Pt(0, 0), Dir: grid.Right}) {
			first = c.Count(k)
		}
	}
	return first, best
}

// genMirrors returns a rows×cols map of '.' with about one cell in ten a
// mirror or a splitter.
func genMirrors(rng *rand.Rand, rows, cols int) []string {
	lines := make([]string, rows)
	for r := range lines {
		b := make([]byte, cols)
		for c := range b {
			b[c] = '.'
			if rng.IntN(10) == 0 {
				b[c] = `/\|-`[rng.IntN(4)]
			}
		}
		lines[r] = string(b)
	}
	return lines
}

// refBeams is the reference: each beam followed state by state, with the
// states seen and the cells lit in maps, the turns spelt out glyph by
// glyph.
func refBeams(lines []string) [2]int {
	type beam struct{ r, c, dr, dc int }
	light := func(start beam) int {
		seen := map[beam]bool{}
		cells := map[[2]int]bool{}
		todo := []beam{start}
		for len(todo) > 0 {
			b := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if b.r < 0 || b.r >= len(lines) || b.c < 0 || b.c >= len(lines[0]) || seen[b] {
				continue
			}
			seen[b] = true
			cells[[2]int{b.r, b.c}] = true
			var next [][2]int // headings (dr, dc) out of the cell
			switch g := lines[b.r][b.c]; {
			case g == '/':
				next = [][2]int{{-b.dc, -b.dr}}
			case g == '\\':
				next = [][2]int{{b.dc, b.dr}}
			case g == '|' && b.dr == 0:
				next = [][2]int{{-1, 0}, {1, 0}}
			case g == '-' && b.dc == 0:
				next = [][2]int{{0, -1}, {0, 1}}
			default:
				next = [][2]int{{b.dr, b.dc}}
			}
			for _, d := range next {
				todo = append(todo, beam{b.r + d[0], b.c + d[1], d[0], d[1]})
			}
		}
		return len(cells)
	}
	rows, cols := len(lines), len(lines[0])
	out := [2]int{light(beam{0, 0, 0, 1}), 0}
	for r := range rows {
		out[1] = max(out[1], light(beam{r, 0, 0, 1}), light(beam{r, cols - 1, 0, -1}))
	}
	for c := range cols {
		out[1] = max(out[1], light(beam{0, c, 1, 0}), light(beam{rows - 1, c, -1, 0}))
	}
	return out
}

// handBeams is beams written with flat slices: the ways out of the
// splitters and in from the edges as nodes, each node's path traced with
// generation stamps, and Tarjan's algorithm by recursion over the
// nodes, each component's cells a bit set built from those of the
// components it reaches.
func handBeams(cells []byte, rows, cols int) [2]int {
	steps := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	slash := [4]int{1, 0, 3, 2}     // '/': Up<->Right, Down<->Left
	backslash := [4]int{3, 2, 1, 0} // '\': Up<->Left, Down<->Right
	type start struct{ r, c, d int }
	var starts []start
	out := make([]int32, len(cells))
	for i, v := range cells {
		switch v {
		case '|':
			out[i] = int32(len(starts))
			starts = append(starts, start{i / cols, i % cols, 0}, start{i / cols, i % cols, 2})
		case '-':
			out[i] = int32(len(starts))
			starts = append(starts, start{i / cols, i % cols, 3}, start{i / cols, i % cols, 1})
		}
	}
	ways := len(starts)
	for r := range rows {
		starts = append(starts, start{r, 0, 1}, start{r, cols - 1, 3})
	}
	for c := range cols {
		starts = append(starts, start{0, c, 2}, start{rows - 1, c, 0})
	}
	n := len(starts)
	marks := make([][]int32, n)
	edges := make([][2]int32, n)
	for k := range edges {
		edges[k] = [2]int32{-1, -1}
	}
	stamp := make([]uint32, 4*len(cells))
	for node, st := range starts {
		r, c, d := st.r, st.c, st.d
		if node < ways {
			marks[node] = append(marks[node], int32(r*cols+c))
			r, c = r+steps[d][0], c+steps[d][1]
		}
		gen := uint32(node + 1)
		for r >= 0 && r < rows && c >= 0 && c < cols {
			i := r*cols + c
			if stamp[i*4+d] == gen {
				break
			}
			stamp[i*4+d] = gen
			marks[node] = append(marks[node], int32(i))
			switch v := cells[i]; {
			case v == '/':
				d = slash[d]
			case v == '\\':
				d = backslash[d]
			case v == '|' && d%2 == 1, v == '-' && d%2 == 0:
				edges[node] = [2]int32{out[i], out[i] + 1}
			}
			if edges[node][0] >= 0 {
				break
			}
			r, c = r+steps[d][0], c+steps[d][1]
		}
	}
	words := (len(cells) + 63) / 64
	index, low, comp := make([]int32, n), make([]int32, n), make([]int32, n)
	for k := range index {
		index[k], comp[k] = -1, -1
	}
	var stack []int32
	var sets [][]uint64
	var counts []int
	count := int32(0)
	var connect func(v int32)
	connect = func(v int32) {
		index[v], low[v] = count, count
		count++
		stack = append(stack, v)
		for _, w := range edges[v] {
			if w < 0 {
				break
			}
			if index[w] < 0 {
				connect(w)
				low[v] = min(low[v], low[w])
			} else if comp[w] < 0 {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		k := int32(len(sets))
		set := make([]uint64, words)
		var members []int32
		for {
			w := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp[w] = k
			members = append(members, w)
			if w == v {
				break
			}
		}
		for _, m := range members {
			for _, i := range marks[m] {
				set[i/64] |= 1 << (i % 64)
			}
			for _, w := range edges[m] {
				if w >= 0 && comp[w] != k {
					for x, word := range sets[comp[w]] {
						set[x] |= word
					}
				}
			}
		}
		lit := 0
		for _, word := range set {
			lit += bits.OnesCount64(word)
		}
		sets, counts = append(sets, set), append(counts, lit)
	}
	var res [2]int
	for node := ways; node < n; node++ {
		if index[node] < 0 {
			connect(int32(node))
		}
		lit := counts[comp[node]]
		res[1] = max(res[1], lit)
		if starts[node] == (start{0, 0, 1}) {
			res[0] = lit
		}
	}
	return res
}

func beamsRecipe() recipe {
	return recipe{
		name:   "beams",
		shared: []string{"bounce", "beams"},
		rows:   110, cols: 110,
		refMax: 24,
		gen:    genMirrors,
		solve: func(g grid.Grid[byte]) [2]int {
			first, best := beams(g)
			return [2]int{first, best}
		},
		ref:  refBeams,
		hand: handBeams,
	}
}
