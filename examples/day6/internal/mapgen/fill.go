package mapgen

import "github.com/gridsearch/gridsearch/examples/internal/rng"

// fill blocks n cells chosen uniformly among those off the path and not yet
// blocked (all of them if there are fewer), by selection sampling (Knuth's
// Algorithm S): two passes over cells and one random draw per candidate.
// Cells off the path never change the guard's walk, so neither does fill.
func fill(cells []uint8, n int, src *rng.Source) {
	if n <= 0 {
		return
	}
	free := 0
	for _, c := range cells {
		if c == 0 {
			free++
		}
	}
	for i, c := range cells {
		if n == 0 {
			return
		}
		if c != 0 {
			continue
		}
		if src.IntN(free) < n {
			cells[i] = blocked
			n--
		}
		free--
	}
}
