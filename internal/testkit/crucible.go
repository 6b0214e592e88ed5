package testkit

// Crucible is the reference for the cheapest-path-with-runs puzzles (a cart
// that must go straight at least minRun and at most maxRun cells between
// turns, paying each cell's digit on entering it, from the top-left cell
// to the bottom-right one): a state per cell, heading and length of the
// run so far, each entered cell by cell, relaxed in rounds over every
// state until no cost changes. It returns -1 if the goal cannot be
// reached, and 0 on a map of one cell.
func Crucible(lines []string, minRun, maxRun int) int {
	rows, cols := len(lines), len(lines[0])
	if rows == 1 && cols == 1 {
		return 0
	}
	const inf = 1 << 60
	steps := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
	// cost[r][c][d][k]: the least heat to stand on (r, c), heading d,
	// after k cells of the current run.
	cost := make([][][4][]int, rows)
	for r := range cost {
		cost[r] = make([][4][]int, cols)
		for c := range cost[r] {
			for d := range 4 {
				cost[r][c][d] = make([]int, maxRun+1)
				for k := range cost[r][c][d] {
					cost[r][c][d][k] = inf
				}
			}
		}
	}
	enter := func(r, c, d, k, base int) bool {
		if r < 0 || r >= rows || c < 0 || c >= cols {
			return false
		}
		if v := base + int(lines[r][c]-'0'); v < cost[r][c][d][k] {
			cost[r][c][d][k] = v
			return true
		}
		return false
	}
	for d := range 4 {
		enter(steps[d][0], steps[d][1], d, 1, 0)
	}
	for changed := true; changed; {
		changed = false
		for r := range rows {
			for c := range cols {
				for d := range 4 {
					for k := 1; k <= maxRun; k++ {
						base := cost[r][c][d][k]
						if base == inf {
							continue
						}
						if k < maxRun && enter(r+steps[d][0], c+steps[d][1], d, k+1, base) {
							changed = true
						}
						if k >= minRun {
							for _, t := range []int{(d + 1) % 4, (d + 3) % 4} {
								if enter(r+steps[t][0], c+steps[t][1], t, 1, base) {
									changed = true
								}
							}
						}
					}
				}
			}
		}
	}
	best := inf
	for d := range 4 {
		for k := minRun; k <= maxRun; k++ {
			best = min(best, cost[rows-1][cols-1][d][k])
		}
	}
	if best == inf {
		return -1
	}
	return best
}
