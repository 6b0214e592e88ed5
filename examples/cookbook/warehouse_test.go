package cookbook

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// Box-pushing warehouse: the input is a map, walls '#' all round, boxes
// 'O', floor '.' and one robot '@', then a blank line, then the robot's
// moves as arrows '^', '>', 'v', '<' on any number of lines. A move steps
// the robot one cell, pushing the row of boxes in front of it, unless a
// wall is in the way of the robot or of the last box; then nothing moves.
// The answer is the sum over the boxes of 100 × row + column. Part 1 does
// this on the map; part 2 on the map twice as wide, each cell made two:
// '#' becomes "##", 'O' a box "[]" two cells wide, '.' "..", '@' "@.".
// A wide box pushed up or down pushes every box that either of its cells
// touches, and those push others in turn; a box counts by its '[' cell.

// warehouse reads the map and the moves of input, and returns the sum of
// the boxes' places after the moves on the map and on the map made twice as
// wide.
func warehouse(input string) (narrow, wide int, err error) {
	first, rest := grid.CutSection(input)
	g, err := first.Grid()
	if err != nil {
		return 0, 0, err
	}
	if n := grid.Count(g, '@'); n != 1 {
		return 0, 0, fmt.Errorf("line %d: map with %d robots, want 1", first.Line, n)
	}
	for p := range g.Entries() {
		if g.At(p) != '#' {
			return 0, 0, fmt.Errorf("line %d, column %d: %q on the edge of the map, want a wall", first.Line+p.Row, p.Col+1, g.At(p))
		}
	}
	var moves []grid.Dir
	n := rest.Line
	for line := range rest.Lines() {
		for i, r := range line {
			d, ok := grid.DirOf(r)
			if !ok {
				return 0, 0, fmt.Errorf("line %d, column %d: %q is not a move", n, i+1, r)
			}
			moves = append(moves, d)
		}
		n++
	}
	w := grid.FromFunc(g.Rows(), 2*g.Cols(), func(p grid.Point) byte {
		switch v := g.At(grid.Pt(p.Row, p.Col/2)); {
		case v == 'O':
			return "[]"[p.Col%2]
		case v == '@' && p.Col%2 == 1:
			return '.'
		default:
			return v
		}
	})
	return run(g, moves), run(w, moves), nil
}

// run makes the moves on a copy of g and returns the sum of 100 × row +
// column over the cells 'O' and '['. A push gathers the cells that move,
// robot first, each one's cell ahead after it; if none of them meets a
// wall, it moves them, the last gathered first, each by a swap with the
// floor ahead of it. Cells go by dense index, a move's step being
// Grid.Offset, so no move makes a point.
func run(g grid.Grid[byte], moves []grid.Dir) int {
	m := g.Mutable()
	at, _ := grid.Find(g, '@')
	robot := g.Index(at)
	var moving []int // the cells that move, by dense index
	add := func(i int) {
		if !slices.Contains(moving, i) {
			moving = append(moving, i)
		}
	}
	for _, d := range moves {
		step := g.Offset(d) // the walls round the map keep every step inside
		moving = append(moving[:0], robot)
		blocked := false
		for k := 0; k < len(moving) && !blocked; k++ {
			switch q := moving[k] + step; m.AtIndex(q) {
			case '#':
				blocked = true
			case 'O':
				add(q)
			case '[':
				add(q)
				add(q + 1) // the box's other half
			case ']':
				add(q)
				add(q - 1)
			}
		}
		if blocked {
			continue
		}
		for _, i := range slices.Backward(moving) {
			m.SwapIndex(i, i+step)
		}
		robot += step
	}
	sum := 0
	for p, v := range m.All() {
		if v == 'O' || v == '[' {
			sum += 100*p.Row + p.Col
		}
	}
	return sum
}

// genWarehouse returns a map of rows×cols (at least 3×3) walled all round,
// its inside a tenth walls and two fifths boxes, the robot near the middle;
// then a blank line and 8 moves a cell, in lines of up to 1000.
func genWarehouse(rng *rand.Rand, rows, cols int) []string {
	rows, cols = max(rows, 3), max(cols, 3)
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		for c := range m[r] {
			switch k := rng.IntN(10); {
			case r == 0 || c == 0 || r == rows-1 || c == cols-1 || k == 0:
				m[r][c] = '#'
			case k < 5:
				m[r][c] = 'O'
			default:
				m[r][c] = '.'
			}
		}
	}
	m[rows/2][cols/2] = '@'
	lines := make([]string, 0, rows+20)
	for _, row := range m {
		lines = append(lines, string(row))
	}
	lines = append(lines, "")
	moves := make([]byte, 8*rows*cols)
	for i := range moves {
		moves[i] = "^>v<"[rng.IntN(4)]
	}
	for len(moves) > 0 {
		n := min(len(moves), 1000)
		lines = append(lines, string(moves[:n]))
		moves = moves[n:]
	}
	return lines
}

// refWarehouse is the reference: the classic recursion, one call asking
// whether a cell's content can move, a second moving it after what is in
// front of it, on maps as slices of rows.
func refWarehouse(lines []string) [2]int {
	var narrow [][]byte
	k := 0
	for ; lines[k] != ""; k++ {
		narrow = append(narrow, []byte(lines[k]))
	}
	moves := strings.Join(lines[k+1:], "")
	wide := make([][]byte, len(narrow))
	for r, row := range narrow {
		for _, v := range row {
			w := map[byte]string{'#': "##", 'O': "[]", '.': "..", '@': "@."}[v]
			wide[r] = append(wide[r], w...)
		}
	}
	var out [2]int
	for part, m := range [][][]byte{narrow, wide} {
		step := map[byte][2]int{'^': {-1, 0}, '>': {0, 1}, 'v': {1, 0}, '<': {0, -1}}
		var can func(r, c int, d [2]int) bool
		can = func(r, c int, d [2]int) bool {
			nr, nc := r+d[0], c+d[1]
			switch m[nr][nc] {
			case '#':
				return false
			case 'O':
				return can(nr, nc, d)
			case '[':
				return can(nr, nc, d) && (d[0] == 0 || can(nr, nc+1, d))
			case ']':
				return can(nr, nc, d) && (d[0] == 0 || can(nr, nc-1, d))
			}
			return true
		}
		var push func(r, c int, d [2]int)
		push = func(r, c int, d [2]int) {
			if m[r][c] == '.' {
				return // moved already, by the other half of its box
			}
			nr, nc := r+d[0], c+d[1]
			switch m[nr][nc] {
			case 'O':
				push(nr, nc, d)
			case '[':
				push(nr, nc, d)
				if d[0] != 0 {
					push(nr, nc+1, d)
				}
			case ']':
				push(nr, nc, d)
				if d[0] != 0 {
					push(nr, nc-1, d)
				}
			}
			m[nr][nc], m[r][c] = m[r][c], '.'
		}
		var rr, rc int
		for r := range m {
			for c := range m[r] {
				if m[r][c] == '@' {
					rr, rc = r, c
				}
			}
		}
		for i := range len(moves) {
			d := step[moves[i]]
			if can(rr, rc, d) {
				push(rr, rc, d)
				rr, rc = rr+d[0], rc+d[1]
			}
		}
		for r := range m {
			for c := range m[r] {
				if m[r][c] == 'O' || m[r][c] == '[' {
					out[part] += 100*r + c
				}
			}
		}
	}
	return out
}

// handWarehouse is the recipe on flat cells, with cell numbers for points
// and a reused list of the cells that move.
func handWarehouse(input string) [2]int {
	lines := strings.Split(input, "\n")
	k := 0
	for lines[k] != "" {
		k++
	}
	rows, cols := k, len(lines[0])
	var moves []int8 // as steps of heading 0 to 3: up, right, down, left
	for _, l := range lines[k+1:] {
		for i := 0; i < len(l); i++ {
			switch l[i] {
			case '^':
				moves = append(moves, 0)
			case '>':
				moves = append(moves, 1)
			case 'v':
				moves = append(moves, 2)
			case '<':
				moves = append(moves, 3)
			}
		}
	}
	narrow := make([]byte, 0, rows*cols)
	wide := make([]byte, 0, 2*rows*cols)
	for _, l := range lines[:k] {
		narrow = append(narrow, l...)
		for i := 0; i < len(l); i++ {
			switch l[i] {
			case 'O':
				wide = append(wide, '[', ']')
			case '@':
				wide = append(wide, '@', '.')
			default:
				wide = append(wide, l[i], l[i])
			}
		}
	}
	var out [2]int
	moving := make([]int, 0, 64)
	for part, cells := range [][]byte{narrow, wide} {
		w := cols * (part + 1)
		step := [4]int{-w, 1, w, -1}
		robot := 0
		for cells[robot] != '@' {
			robot++
		}
		for _, d := range moves {
			s := step[d]
			moving = append(moving[:0], robot)
			blocked := false
			for i := 0; i < len(moving) && !blocked; i++ {
				q := moving[i] + s
				also := -1
				switch cells[q] {
				case '#':
					blocked = true
					continue
				case '.':
					continue
				case '[':
					if d%2 == 0 {
						also = q + 1
					}
				case ']':
					if d%2 == 0 {
						also = q - 1
					}
				}
				for _, c := range [2]int{q, also} {
					if c < 0 {
						continue
					}
					seen := false
					for _, x := range moving {
						if x == c {
							seen = true
							break
						}
					}
					if !seen {
						moving = append(moving, c)
					}
				}
			}
			if blocked {
				continue
			}
			for i := len(moving) - 1; i >= 0; i-- {
				p := moving[i]
				cells[p], cells[p+s] = cells[p+s], cells[p]
			}
			robot += s
		}
		for i, v := range cells {
			if v == 'O' || v == '[' {
				out[part] += 100*(i/w) + i%w
			}
		}
	}
	return out
}

// TestWarehouseErrors checks that warehouse refuses the inputs that would
// make run fail, naming the line.
func TestWarehouseErrors(t *testing.T) {
	for _, tc := range []struct{ name, input, want string }{
		{"no_robot", "###\n#.#\n###\n\n<", "line 1: map with 0 robots, want 1"},
		{"two_robots", "####\n#@@#\n####\n\n<", "line 1: map with 2 robots, want 1"},
		{"open_edge", "\n###\n#@.\n###\n\n<", "line 3, column 3: '.' on the edge of the map, want a wall"},
		{"bad_move", "###\n#@#\n###\n\n<>\n^x", "line 6, column 2: 'x' is not a move"},
		{"ragged_map", "###\n#@\n###\n\n<", "grid: line 2: ragged rows: row has 2 cells, want 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := warehouse(tc.input)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("warehouse(%q) error = %v, want %q", tc.input, err, tc.want)
			}
		})
	}
	if narrow, wide, err := warehouse("###\n#@#\n###\n"); err != nil || narrow != 0 || wide != 0 {
		t.Errorf("warehouse with no moves = %d, %d, %v, want 0, 0, nil", narrow, wide, err)
	}
}

func warehouseRecipe() recipe {
	return recipe{
		name:   "warehouse",
		shared: []string{"warehouse", "run"},
		rows:   50, cols: 50, // the map; the moves are 8 a cell
		refMax: 14,
		gen:    genWarehouse,
		ref:    refWarehouse,
		solveText: func(input string) ([2]int, error) {
			narrow, wide, err := warehouse(input)
			return [2]int{narrow, wide}, err
		},
		handText: handWarehouse,
	}
}
