package cookbook

import (
	"math/rand/v2"

	"github.com/gridsearch/gridsearch/grid"
)

// Numbers beside symbols: a map of '.', numbers written left to right in
// digits, and symbols (any other byte). Part 1 sums the numbers that have
// a symbol in any of the eight cells around any of their digits. Part 2
// finds the '*' cells with exactly two numbers around them and sums the
// products of those two numbers.

// partNumbers returns the sum of the numbers of g next to a symbol, and
// the sum over the '*' next to exactly two numbers of their product.
func partNumbers(g grid.Grid[byte]) (sum, gears int, err error) {
	numbers, err := grid.Numbers(g)
	if err != nil {
		return 0, 0, err
	}
	for _, n := range numbers {
		for p := range n.Around() {
			if v, ok := g.Get(p); ok && v != '.' && (v < '0' || '9' < v) {
				sum += n.Value // next to a symbol
				break
			}
		}
	}
	// Each '*' looks at its eight neighbours for the numbers they belong
	// to, at most six: one number can cover up to three of them, so it
	// is counted by its first cell.
	for _, star := range grid.FindAll(g, '*') {
		var found [6]grid.Number
		k := 0
	next:
		for q := range g.Neighbors8(star) {
			n, ok := grid.NumberAt(g, q)
			if !ok {
				continue
			}
			for _, m := range found[:k] {
				if m.At == n.At {
					continue next
				}
			}
			found[k], k = n, k+1
		}
		if k == 2 {
			gears += found[0].Value * found[1].Value
		}
	}
	return sum, gears, nil
}

// genSchematic returns a rows×cols map with numbers of one to three
// digits, without leading zeros, on about a sixth of its cells and symbols
// on about a twentieth, a third of them '*'. Numbers run up to the right
// edge; one in ten is followed by a symbol, often a '*' with a second
// number after it; a '-' before a number is a symbol, not a sign; and
// diagonal neighbours, a '*' next to three numbers and numbers next to no
// symbol come by chance.
func genSchematic(rng *rand.Rand, rows, cols int) []string {
	const symbols = "***#+$/=%@&-"
	m := make([][]byte, rows)
	for r := range m {
		m[r] = make([]byte, cols)
		number := false // the next cells must start a number
		for c := 0; c < cols; {
			switch k := rng.IntN(20); {
			case number || k == 0:
				number = false
				for d := range 1 + rng.IntN(3) {
					if c == cols {
						break
					}
					m[r][c] = byte('0' + rng.IntN(10))
					if d == 0 {
						m[r][c] = byte('1' + rng.IntN(9))
					}
					c++
				}
				if c == cols {
					break
				}
				switch k := rng.IntN(20); {
				case k < 2:
					m[r][c] = symbols[rng.IntN(len(symbols))]
				case k < 4:
					m[r][c] = '*'
					number = true
				default:
					m[r][c] = '.'
				}
				c++
			case k == 1:
				m[r][c] = symbols[rng.IntN(len(symbols))]
				c++
			default:
				m[r][c] = '.'
				c++
			}
		}
	}
	lines := make([]string, rows)
	for r := range m {
		lines[r] = string(m[r])
	}
	return lines
}

// refSchematic is the reference: the numbers found by scanning each row,
// then for each number every cell of the box around it, and for each '*'
// every number.
func refSchematic(lines []string) [2]int {
	type number struct{ r, c0, c1, v int } // digits at columns c0 to c1-1
	var numbers []number
	for r, l := range lines {
		for c := 0; c < len(l); c++ {
			if l[c] < '0' || l[c] > '9' {
				continue
			}
			n := number{r: r, c0: c}
			for ; c < len(l) && l[c] >= '0' && l[c] <= '9'; c++ {
				n.v = 10*n.v + int(l[c]-'0')
			}
			n.c1 = c
			numbers = append(numbers, n)
		}
	}
	touches := func(n number, r, c int) bool {
		return r >= n.r-1 && r <= n.r+1 && c >= n.c0-1 && c <= n.c1
	}
	var out [2]int
	for _, n := range numbers {
		part := false
		for r := range lines {
			for c := range lines[r] {
				v := lines[r][c]
				if touches(n, r, c) && v != '.' && (v < '0' || v > '9') {
					part = true
				}
			}
		}
		if part {
			out[0] += n.v
		}
	}
	for r := range lines {
		for c := range lines[r] {
			if lines[r][c] != '*' {
				continue
			}
			var next []int
			for _, n := range numbers {
				if touches(n, r, c) {
					next = append(next, n.v)
				}
			}
			if len(next) == 2 {
				out[1] += next[0] * next[1]
			}
		}
	}
	return out
}

// handSchematic is the recipe with the numbers read digit by digit off the
// flat cells, the box around each looked at with bounds checks, and a
// count and product per cell for the '*'.
func handSchematic(cells []byte, rows, cols int) [2]int {
	count := make([]int8, len(cells))
	product := make([]int, len(cells))
	sum := 0
	for r := 0; r < rows; r++ {
		row := cells[r*cols : (r+1)*cols]
		for c := 0; c < cols; c++ {
			if row[c] < '0' || row[c] > '9' {
				continue
			}
			c0, v := c, 0
			for ; c < cols && row[c] >= '0' && row[c] <= '9'; c++ {
				v = 10*v + int(row[c]-'0')
			}
			part := false
			for rr := max(r-1, 0); rr <= min(r+1, rows-1); rr++ {
				for cc := max(c0-1, 0); cc <= min(c, cols-1); cc++ {
					i := rr*cols + cc
					s := cells[i]
					if s == '.' || s >= '0' && s <= '9' {
						continue
					}
					part = true
					if s == '*' {
						if count[i] == 0 {
							product[i] = 1
						}
						count[i]++
						product[i] *= v
					}
				}
			}
			if part {
				sum += v
			}
		}
	}
	gears := 0
	for i, n := range count {
		if n == 2 {
			gears += product[i]
		}
	}
	return [2]int{sum, gears}
}

func schematicRecipe() recipe {
	return recipe{
		name:   "schematic",
		shared: []string{"partNumbers"},
		rows:   140, cols: 140,
		refMax: 30,
		gen:    genSchematic,
		solve: func(g grid.Grid[byte]) [2]int {
			sum, gears, err := partNumbers(g)
			if err != nil {
				panic(err)
			}
			return [2]int{sum, gears}
		},
		ref:  refSchematic,
		hand: handSchematic,
	}
}
