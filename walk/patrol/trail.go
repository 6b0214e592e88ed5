package patrol

import (
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
	"github.com/gridsearch/gridsearch/walk"
)

// Trail appends to dst the cells a guard enters after start, each once, in
// the order she first enters them, as she walks g turning right at cells
// that hold wall (walk.Patrol's default rule). Each cell is given as the
// int32 id, in search.States(g), of the state she enters it in: the
// cell's dense index times four plus her heading. The start cell is never
// appended, so the walk covers 1+len(appended) cells.
//
// Trail returns the extended slice and whether the guard leaves g. When the
// walk loops, ok is false and the appended cells are every cell the walk
// ever enters. If start.Pos lies outside g, Trail appends nothing and
// reports true. It panics if start.Dir is not a cardinal heading, since
// the ids have room for four headings.
//
// Trail costs O(1) time per step and a call to [grid.Span] per turn, and
// O(Len()) to find a loop: it checks for one only when the guard turns,
// stopping after more turns than g has states. It allocates one bit per
// cell of g for the cells entered, plus what appending to dst takes.
func Trail[T comparable](dst []int32, g grid.Grid[T], start walk.State, wall T) (trail []int32, ok bool) {
	if !start.Dir.Cardinal() {
		panic(misuse.Heading{Call: "patrol: Trail", D: start.Dir, Want: "a cardinal heading"})
	}
	_, dst, ok = follow(dst, true, g, start, wall)
	return dst, ok
}

// Cover follows the same walk as [Trail] and returns how many distinct
// cells it covers, its start included (0 if start.Pos lies outside g), and
// whether the guard leaves g. When the walk loops, ok is false and cells
// counts every cell the walk ever covers.
//
// Cover costs what Trail does but appends nothing: along a row it counts
// the new cells a 64-cell word at a time. It allocates one bit per cell of
// g. It panics if start.Dir is not a cardinal heading.
func Cover[T comparable](g grid.Grid[T], start walk.State, wall T) (cells int, ok bool) {
	if !start.Dir.Cardinal() {
		panic(misuse.Heading{Call: "patrol: Cover", D: start.Dir, Want: "a cardinal heading"})
	}
	cells, _, ok = follow(nil, false, g, start, wall)
	return cells, ok
}

// follow is the walk behind Trail and Cover. It counts the cells covered,
// start included, and, when list is set, appends the state id in which
// each cell after the start is first entered to dst. start.Dir must be
// cardinal.
func follow[T comparable](dst []int32, list bool, g grid.Grid[T], start walk.State, wall T) (cells int, trail []int32, ok bool) {
	rows, cols := g.Rows(), g.Cols()
	r, c := start.Pos.Row, start.Pos.Col
	if uint(r) >= uint(rows) || uint(c) >= uint(cols) {
		return 0, dst, true
	}
	entered := make([]uint64, (g.Len()+63)/64)
	i := r*cols + c
	entered[uint(i)/64] |= 1 << (uint(i) % 64)
	cells = 1
	d := start.Dir
	// Each leg, from a turn to the next blocked cell or the edge, is found
	// with grid.Span, which scans the grid; the guard then marks the cells
	// of the leg, keeping its cell as a dense index i. A leg along a row
	// covers neighbouring bits of entered, so it is marked a word at a
	// time; a leg down a column is marked step by step. The guard loops if
	// it turns more often than g has states.
	for turns := 4 * g.Len(); turns >= 0; turns-- {
		n := grid.Span(g, grid.Point{Row: r, Col: c}, d, wall)
		delta := d.Delta()
		if step := delta.Row * cols; step == 0 {
			if n > 0 {
				var fresh int
				fresh, dst = markRow(dst, list, entered, i+delta.Col, i+n*delta.Col, d)
				cells += fresh
			}
			i += n * delta.Col
		} else if list {
			for range n {
				i += step
				if w, bit := uint(i)/64, uint64(1)<<(uint(i)%64); entered[w]&bit == 0 {
					entered[w] |= bit
					cells++
					dst = append(dst, int32(i<<2|int(d)))
				}
			}
		} else {
			// Counting only, without a branch: cells seen before are
			// common enough on a long walk to make one mispredict.
			for range n {
				i += step
				w, s := uint(i)/64, uint(i)%64
				old := entered[w]
				entered[w] = old | 1<<s
				cells += int(^old >> s & 1)
			}
		}
		r, c = r+n*delta.Row, c+n*delta.Col
		if uint(r+delta.Row) >= uint(rows) || uint(c+delta.Col) >= uint(cols) {
			return cells, dst, true
		}
		d = d.TurnRight()
	}
	return cells, dst, false
}

// markRow marks in entered the cells of a leg along a row, from dense index
// from to dense index to, both included, heading d (Right when from <= to,
// Left otherwise). It returns how many were not marked before and, when
// list is set, appends their state ids to dst in the order the guard
// enters them.
func markRow(dst []int32, list bool, entered []uint64, from, to int, d grid.Dir) (fresh int, trail []int32) {
	lo, hi := min(from, to), max(from, to)
	tag := int32(d)
	for k := range hi/64 - lo/64 + 1 {
		w := lo/64 + k
		if from > to {
			w = hi/64 - k
		}
		// The bits of word w that lie in [lo, hi].
		first, last := max(lo, w*64)-w*64, min(hi, w*64+63)-w*64
		mask := ^uint64(0) >> (63 - last) & (^uint64(0) << first)
		unseen := mask &^ entered[w]
		entered[w] |= mask
		fresh += bits.OnesCount64(unseen)
		for list && unseen != 0 {
			var b int
			if from <= to {
				b = bits.TrailingZeros64(unseen)
			} else {
				b = 63 - bits.LeadingZeros64(unseen)
			}
			unseen &^= 1 << b
			dst = append(dst, int32(w*64+b)<<2|tag)
		}
	}
	return fresh, dst
}
