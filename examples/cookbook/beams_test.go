package cookbook

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
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

// A scratch is one worker's working memory: a flood over the states
// (cell, heading) and the set of cells lit.
type scratch struct {
	states search.Flood
	cells  cycle.IDSet
}

// lit returns how many cells the beam that enters g in state e lights,
// where sp numbers the states of g.
func lit(g grid.Grid[byte], sp *search.Space, e walk.State, s *scratch) int {
	s.states.Reset(sp.Len())
	s.cells.Reset(g.Len())
	s.states.Add(sp.StateID(e))
	for i := range s.states.All() {
		st, cell := sp.State(i), sp.Cell(i)
		s.cells.Visit(cell)
		out, split, two := bounce(g.AtIndex(cell), st.Dir)
		// A state off the map has id -1: that beam has left.
		if j := sp.StateID(walk.State{Pos: st.Pos.Add(out.Delta()), Dir: out}); j >= 0 {
			s.states.Add(j)
		}
		if two {
			if j := sp.StateID(walk.State{Pos: st.Pos.Add(split.Delta()), Dir: split}); j >= 0 {
				s.states.Add(j)
			}
		}
	}
	return s.cells.Len()
}

// beams returns the cells lit by the beam entering the top left cell
// heading right, and the most lit by any beam entering from an edge.
func beams(g grid.Grid[byte]) (first, best int) {
	sp := search.States(g)
	// Part 1's beam first, then every way in from an edge.
	entries := []walk.State{{Pos: grid.Pt(0, 0), Dir: grid.Right}}
	for p, d := range g.Entries() {
		entries = append(entries, walk.State{Pos: p, Dir: d})
	}
	counts := parallel.MapWith(entries, func() *scratch { return new(scratch) },
		func(s *scratch, e walk.State) int { return lit(g, sp, e, s) })
	return counts[0], slices.Max(counts)
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

// handBeams is beams written with flat slices, generation stamps and a
// queue per worker, and the entries shared out to GOMAXPROCS goroutines
// through an atomic counter, as a strong solver parallelises by hand.
func handBeams(cells []byte, rows, cols int) [2]int {
	type entry struct{ r, c, d int }
	var entries []entry
	for r := range rows {
		entries = append(entries, entry{r, 0, 1}, entry{r, cols - 1, 3})
	}
	for c := range cols {
		entries = append(entries, entry{0, c, 2}, entry{rows - 1, c, 0})
	}
	steps := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	slash := [4]int{1, 0, 3, 2}     // '/': Up<->Right, Down<->Left
	backslash := [4]int{3, 2, 1, 0} // '\': Up<->Left, Down<->Right
	counts := make([]int, len(entries))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stamp := make([]uint32, 4*len(cells))
			cellStamp := make([]uint32, len(cells))
			queue := make([]int32, 0, 4*len(cells))
			gen := uint32(0)
			for {
				k := int(next.Add(1) - 1)
				if k >= len(entries) {
					return
				}
				e := entries[k]
				gen++
				first := int32((e.r*cols+e.c)*4 + e.d)
				stamp[first] = gen
				queue = append(queue[:0], first)
				n := 0
				for head := 0; head < len(queue); head++ {
					i := int(queue[head])
					cell, d := i/4, i%4
					if cellStamp[cell] != gen {
						cellStamp[cell] = gen
						n++
					}
					var out [2]int
					m := 1
					switch c := cells[cell]; {
					case c == '/':
						out[0] = slash[d]
					case c == '\\':
						out[0] = backslash[d]
					case c == '|' && d%2 == 1:
						out, m = [2]int{0, 2}, 2
					case c == '-' && d%2 == 0:
						out, m = [2]int{3, 1}, 2
					default:
						out[0] = d
					}
					r, c := cell/cols, cell%cols
					for _, nd := range out[:m] {
						nr, nc := r+steps[nd][0], c+steps[nd][1]
						if nr < 0 || nr >= rows || nc < 0 || nc >= cols {
							continue
						}
						if j := int32((nr*cols+nc)*4 + nd); stamp[j] != gen {
							stamp[j] = gen
							queue = append(queue, j)
						}
					}
				}
				counts[k] = n
			}
		}()
	}
	wg.Wait()
	return [2]int{counts[0], slices.Max(counts)}
}

func beamsRecipe() recipe {
	return recipe{
		name:   "beams",
		shared: []string{"bounce", "scratch", "lit", "beams"},
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
