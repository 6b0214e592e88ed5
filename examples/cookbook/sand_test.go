package cookbook

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/gridsearch/gridsearch/grid"
)

// Falling sand: each line is a path of rock, corners "x,y" joined by " -> ",
// each corner joined to the next by a straight line of rock (x across, y
// down). Sand comes in at 500,0, one grain at a time; a grain falls one
// cell down if that cell is free, else down and left, else down and right,
// and otherwise comes to rest. Part 1: how many grains come to rest before
// one falls below every rock, or until one rests at 500,0 if none does.
// Part 2: with an endless floor two rows below the lowest rock, how many
// come to rest until one rests at 500,0.

// source is where the sand comes in.
var source = grid.XY(500, 0)

// pour returns how many grains come to rest before one falls below every
// rock, and how many come to rest, with the floor, until the source is
// covered. lines holds the numbers of each line: x,y pairs. The cave is a
// working grid that holds every rock and every grain: a grain moves at most
// one column a row, so all lie within floor columns of the source. Each
// grain starts where the one before it made its last move, since it follows
// the same cells until then, and moves by index offsets.
func pour(lines [][]int) (abyss, floored int, err error) {
	rocks := make([][]grid.Point, 0, len(lines))
	for i, n := range lines {
		if len(n) == 0 || len(n)%2 != 0 {
			return 0, 0, fmt.Errorf("line %d: %d numbers, want x,y pairs", i+1, len(n))
		}
		path := make([]grid.Point, 0, len(n)/2)
		for k := 0; k < len(n); k += 2 {
			if n[k+1] < 1 || n[k+1] > 10_000 || n[k] < source.Col-20_000 || n[k] > source.Col+20_000 {
				return 0, 0, fmt.Errorf("line %d: rock at %d,%d, want y from 1 to 10000 and x within 20000 of the source", i+1, n[k], n[k+1])
			}
			path = append(path, grid.XY(n[k], n[k+1]))
		}
		rocks = append(rocks, path)
	}
	lo, hi, ok := grid.Bounds(func(yield func(grid.Point) bool) {
		for _, path := range rocks {
			for _, p := range path {
				if !yield(p) {
					return
				}
			}
		}
	})
	if !ok {
		return 0, 0, errors.New("no rock")
	}
	floor := hi.Row + 2
	left, right := min(lo.Col, source.Col-floor), max(hi.Col, source.Col+floor)
	origin := grid.Pt(0, left)
	cave := grid.NewMutable(floor, right-left+1, false) // true: rock or sand
	for i, path := range rocks {
		for k := range path {
			a, b := path[max(k-1, 0)], path[k]
			if !a.Aligned(b) {
				return 0, 0, fmt.Errorf("line %d: %d,%d to %d,%d is not straight", i+1, a.Col, a.Row, b.Col, b.Row)
			}
			for p := range grid.Segment(a, b) {
				cave.Set(p.Sub(origin), true)
			}
		}
	}
	down, downLeft, downRight := cave.Offset(grid.Down), cave.Offset(grid.DownLeft), cave.Offset(grid.DownRight)
	bottom := cave.Index(grid.Pt(floor-1, 0)) // the row on the floor
	path := make([]int, 1, floor)             // a grain's path, down from the source
	path[0] = cave.Index(source.Sub(origin))
	abyss = -1
	for n := 0; len(path) > 0; n++ {
		i := path[len(path)-1]
		for i < bottom {
			j := i + down
			if cave.AtIndex(j) {
				j = i + downLeft
			}
			if cave.AtIndex(j) {
				j = i + downRight
			}
			if cave.AtIndex(j) {
				break
			}
			path = append(path, j)
			i = j
		}
		if i >= bottom && abyss < 0 {
			abyss = n // below every rock: without the floor it falls for ever
		}
		cave.SetIndex(i, true)
		path = path[:len(path)-1]
		floored = n + 1
	}
	if abyss < 0 { // no grain reached the floor: the rock alone held them all
		abyss = floored
	}
	return abyss, floored, nil
}

// genSand returns n paths of rock within 40 columns of the source and
// above row 170, each of 2 to 5 corners joined by runs across and down,
// some of them cups that hold sand.
func genSand(rng *rand.Rand, n, _ int) []string {
	lines := make([]string, n)
	for i := range lines {
		x, y := source.Col-40+rng.IntN(81), 1+rng.IntN(min(170, 10+n))
		corners := []string{fmt.Sprintf("%d,%d", x, y)}
		for range 1 + rng.IntN(4) {
			d := 1 + rng.IntN(8)
			if rng.IntN(2) == 0 {
				x += d * (1 - 2*rng.IntN(2))
			} else {
				y = max(1, y+d*(1-2*rng.IntN(2)))
			}
			corners = append(corners, fmt.Sprintf("%d,%d", x, y))
		}
		lines[i] = strings.Join(corners, " -> ")
	}
	return lines
}

// refSand is the reference: rock in a map of points, each grain dropped
// from the source and moved cell by cell until it rests, once without the
// floor until a grain passes the lowest rock, and once with it until the
// source is covered.
func refSand(lines []string) [2]int {
	type pt struct{ x, y int }
	rock := map[pt]bool{}
	lowest := 0
	for _, l := range lines {
		var corners []pt
		for _, c := range strings.Split(l, " -> ") {
			var p pt
			if _, err := fmt.Sscanf(c, "%d,%d", &p.x, &p.y); err != nil {
				panic(fmt.Sprintf("refSand: %q: %v", l, err))
			}
			corners = append(corners, p)
		}
		for k := 1; k < len(corners); k++ {
			a, b := corners[k-1], corners[k]
			for x := min(a.x, b.x); x <= max(a.x, b.x); x++ {
				for y := min(a.y, b.y); y <= max(a.y, b.y); y++ {
					rock[pt{x, y}] = true
					lowest = max(lowest, y)
				}
			}
		}
		if len(corners) == 1 {
			rock[corners[0]] = true
			lowest = max(lowest, corners[0].y)
		}
	}
	run := func(floor bool) int {
		full := map[pt]bool{}
		for p := range rock {
			full[p] = true
		}
		blocked := func(p pt) bool { return full[p] || floor && p.y == lowest+2 }
		for n := 0; ; n++ {
			p := pt{500, 0}
			for {
				moved := false
				for _, q := range []pt{{p.x, p.y + 1}, {p.x - 1, p.y + 1}, {p.x + 1, p.y + 1}} {
					if !blocked(q) {
						p, moved = q, true
						break
					}
				}
				if !moved || !floor && p.y > lowest {
					break
				}
			}
			if !floor && p.y > lowest {
				return n
			}
			full[p] = true
			if p == (pt{500, 0}) {
				return n + 1
			}
		}
	}
	return [2]int{run(false), run(true)}
}

// handSand is the recipe on flat slices: the numbers read by a byte loop,
// the cave a []bool with the same bounds, and the grains moved by index.
func handSand(input string) [2]int {
	var paths [][]int
	var nums []int
	for i := 0; i <= len(input); i++ {
		if i == len(input) || input[i] == '\n' {
			if len(nums) > 0 {
				paths = append(paths, nums)
			}
			nums = nil
			continue
		}
		if input[i] >= '0' && input[i] <= '9' {
			v := 0
			for ; i < len(input) && input[i] >= '0' && input[i] <= '9'; i++ {
				v = 10*v + int(input[i]-'0')
			}
			nums = append(nums, v)
			i--
		}
	}
	minX, maxX, maxY := 1<<62, -1<<62, 0
	for _, p := range paths {
		for k := 0; k < len(p); k += 2 {
			minX, maxX, maxY = min(minX, p[k]), max(maxX, p[k]), max(maxY, p[k+1])
		}
	}
	floor := maxY + 2
	left, right := min(minX, 500-floor), max(maxX, 500+floor)
	w := right - left + 1
	cave := make([]bool, floor*w)
	for _, p := range paths {
		for k := 0; k < len(p); k += 2 {
			x0, y0 := p[max(k-2, 0)], p[max(k-2, 0)+1]
			x1, y1 := p[k], p[k+1]
			for y := min(y0, y1); y <= max(y0, y1); y++ {
				for x := min(x0, x1); x <= max(x0, x1); x++ {
					cave[y*w+x-left] = true
				}
			}
		}
	}
	bottom := (floor - 1) * w
	path := []int{500 - left}
	abyss, floored := -1, 0
	for n := 0; len(path) > 0; n++ {
		i := path[len(path)-1]
		for i < bottom {
			j := i + w
			if cave[j] {
				j = i + w - 1
			}
			if cave[j] {
				j = i + w + 1
			}
			if cave[j] {
				break
			}
			path = append(path, j)
			i = j
		}
		if i >= bottom && abyss < 0 {
			abyss = n
		}
		cave[i] = true
		path = path[:len(path)-1]
		floored = n + 1
	}
	if abyss < 0 {
		abyss = floored
	}
	return [2]int{abyss, floored}
}

func sandRecipe() recipe {
	return recipe{
		name:   "sand",
		shared: []string{"source", "pour"},
		rows:   150, cols: 1, // rows paths
		refMax: 12,
		checks: 80,
		gen:    genSand,
		ref:    refSand,
		solveText: func(input string) ([2]int, error) {
			lines, err := grid.ParseInts(input)
			if err != nil {
				return [2]int{}, err
			}
			abyss, floored, err := pour(lines)
			return [2]int{abyss, floored}, err
		},
		handText: handSand,
	}
}
