package cookbook

import (
	"strings"
	"testing"

	"math/bits"
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
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
//
// A beam can be followed backwards as well as forwards: the way it came
// into a cell is fixed by the way it leaves, except just past a splitter,
// where beams join. So a beam that passes a splitter end-on is on that
// splitter's own path, and lights what the splitter lights. Splitters
// passed end-on thus form chains, each one node, whose beams are followed
// once, up to the splitters they meet side-on, or round to their own chain
// again; a Closure adds up what each node reaches. A way in lights its
// cells up to the first splitter it meets, and then what that splitter
// lights.
func beams(g grid.Grid[byte]) (first, best int) {
	node := make([]int32, g.Len()) // a splitter's node, by cell
	var splitters []grid.Point
	for p, v := range g.All() {
		if v == '|' || v == '-' {
			node[g.Index(p)] = int32(len(splitters))
			splitters = append(splitters, p)
		}
	}
	c := search.NewClosure(len(splitters), g.Len())
	done := make([]bool, len(splitters)) // followed, or on a chain followed
	for k, p := range splitters {
		if done[k] {
			continue
		}
		done[k] = true
		c.Mark(k, g.Index(p))
		ends := [2]grid.Dir{grid.Up, grid.Down}
		if g.At(p) == '-' {
			ends = [2]grid.Dir{grid.Left, grid.Right}
		}
		for _, d := range ends {
			for q := p.Add(d.Delta()); g.In(q); q = q.Add(d.Delta()) {
				i := g.Index(q)
				c.Mark(k, i)
				v := g.AtIndex(i)
				next, _, split := bounce(v, d)
				if split { // side-on: go on to that splitter
					c.Edge(k, int(node[i]))
					break
				}
				if v == '|' || v == '-' { // end-on: the same chain
					j := int(node[i])
					if done[j] {
						break // round to this chain again, as a loop: no other chain passes here
					}
					done[j] = true
					c.Edge(k, j) // the two reach the same: one component
					c.Edge(j, k)
				}
				d = next
			}
		}
	}
	c.Close()
	lit := make([]int32, g.Len()) // the last way in to light each cell, from 1
	var cells []int               // a way in's cells before its first splitter
	way := int32(0)
	for p, in := range g.Entries() {
		way++
		cells = cells[:0]
		n := -1 // unknown until the way meets a splitter
		for q, d := p, in; g.In(q); q = q.Add(d.Delta()) {
			i := g.Index(q)
			v := g.AtIndex(i)
			if v == '|' || v == '-' {
				s := int(node[i])
				n = c.Count(s)
				if _, _, split := bounce(v, d); split { // side-on: plus the way's cells it lacks
					for _, j := range cells {
						if !c.Has(s, j) {
							n++
						}
					}
				}
				break
			}
			if lit[i] != way {
				lit[i] = way
				cells = append(cells, i)
			}
			d, _, _ = bounce(v, d)
		}
		if n < 0 { // out again with no splitter met
			n = len(cells)
		}
		best = max(best, n)
		if p == (grid.Point{}) && in == grid.Right {
			first = n
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

// handBeams is beams written with flat slices: the splitters grouped in
// chains passed end-on, each chain's beams followed once to the
// splitters they meet side-on, Tarjan's algorithm by recursion over the
// chains, each component's cells a bit set built from those of the
// components it reaches, and each way in followed to its first splitter.
func handBeams(cells []byte, rows, cols int) [2]int {
	steps := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	slash := [4]int{1, 0, 3, 2}     // '/': Up<->Right, Down<->Left
	backslash := [4]int{3, 2, 1, 0} // '\': Up<->Left, Down<->Right
	sideOn := func(v byte, d int) bool { return v == '|' && d%2 == 1 || v == '-' && d%2 == 0 }
	chain := make([]int32, len(cells)) // 1 + a splitter's chain, by cell
	var marks, edges [][]int32         // by chain: cells lit, splitter cells met side-on
	follow := func(k int32, r, c, d int) {
		for r >= 0 && r < rows && c >= 0 && c < cols {
			i := r*cols + c
			marks[k] = append(marks[k], int32(i))
			switch v := cells[i]; {
			case v == '/':
				d = slash[d]
			case v == '\\':
				d = backslash[d]
			case sideOn(v, d):
				edges[k] = append(edges[k], int32(i))
				return
			case v == '|' || v == '-':
				if chain[i] != 0 {
					return
				}
				chain[i] = k + 1
			}
			r, c = r+steps[d][0], c+steps[d][1]
		}
	}
	for i, v := range cells {
		if (v == '|' || v == '-') && chain[i] == 0 {
			k := int32(len(marks))
			marks, edges = append(marks, []int32{int32(i)}), append(edges, nil)
			chain[i] = k + 1
			r, c := i/cols, i%cols
			if v == '|' {
				follow(k, r-1, c, 0)
				follow(k, r+1, c, 2)
			} else {
				follow(k, r, c-1, 3)
				follow(k, r, c+1, 1)
			}
		}
	}
	n := len(marks)
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
		for _, at := range edges[v] {
			w := chain[at] - 1
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
			for _, at := range edges[m] {
				if w := chain[at] - 1; comp[w] != k {
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
	for v := range n {
		if index[v] < 0 {
			connect(int32(v))
		}
	}
	seen := make([]int32, len(cells)) // the last way in to pass each cell
	way := int32(0)
	var path []int32
	light := func(r, c, d int) int {
		way++
		path = path[:0]
		for r >= 0 && r < rows && c >= 0 && c < cols {
			i := r*cols + c
			v := cells[i]
			if v == '|' || v == '-' {
				k := comp[chain[i]-1]
				lit := counts[k]
				if sideOn(v, d) {
					for _, j := range path {
						if sets[k][j/64]>>(j%64)&1 == 0 {
							lit++
						}
					}
				}
				return lit
			}
			if seen[i] != way {
				seen[i] = way
				path = append(path, int32(i))
			}
			switch v {
			case '/':
				d = slash[d]
			case '\\':
				d = backslash[d]
			}
			r, c = r+steps[d][0], c+steps[d][1]
		}
		return len(path)
	}
	res := [2]int{light(0, 0, 1), 0}
	for r := range rows {
		res[1] = max(res[1], light(r, 0, 1), light(r, cols-1, 3))
	}
	for c := range cols {
		res[1] = max(res[1], light(0, c, 2), light(rows-1, c, 0))
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

// TestBeamsCrowded compares beams and handBeams with the reference on
// rings of splitters, where a chain's beams come round to it again, and on
// maps crowded with splitters and mirrors, where chains of splitters passed
// end-on and ways in that meet a splitter at once are common: the recipe's
// proof that a chain is one node, and that no beam loops without meeting a
// splitter, rests on them.
func TestBeamsCrowded(t *testing.T) {
	// Rings of splitters passed end-on, where a chain's beams come round
	// to the chain again and must stop there.
	for _, m := range []string{"/\\\n||\n\\/", "/-\\\n|.|\n\\-/", "/--\\\n|..|\n-..|\n\\-|/", "./\\.\n-||-\n.\\/."} {
		lines := strings.Split(m, "\n")
		first, best := beams(grid.MustParse(m))
		want := refBeams(lines)
		if got := [2]int{first, best}; got != want {
			t.Errorf("beams = %v, want %v, on\n%s", got, want, m)
		}
		if got := handBeams([]byte(strings.Join(lines, "")), len(lines), len(lines[0])); got != want {
			t.Errorf("handBeams = %v, want %v, on\n%s", got, want, m)
		}
	}
	rng := rand.New(rand.NewPCG(16, 2023))
	for k := range 600 {
		rows, cols := 1+rng.IntN(14), 1+rng.IntN(14)
		glyphs := []string{`.|-`, `./\|-`, `|-`, `./\`, `/\|-`}[k%5]
		lines := make([]string, rows)
		for r := range lines {
			b := make([]byte, cols)
			for c := range b {
				b[c] = '.'
				if rng.IntN(10) < 1+k%9 {
					b[c] = glyphs[rng.IntN(len(glyphs))]
				}
			}
			lines[r] = string(b)
		}
		g := grid.MustParse(strings.Join(lines, "\n"))
		first, best := beams(g)
		want := refBeams(lines)
		if got := [2]int{first, best}; got != want {
			t.Fatalf("map %d: beams = %v, want %v, on\n%s", k, got, want, strings.Join(lines, "\n"))
		}
		if got := handBeams([]byte(strings.Join(lines, "")), rows, cols); got != want {
			t.Fatalf("map %d: handBeams = %v, want %v, on\n%s", k, got, want, strings.Join(lines, "\n"))
		}
	}
}
