package search

import (
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// MaxMarks is the most marked cells a [Marks] holds, so that a set of them
// fits in the bits of a uint64.
const MaxMarks = 64

// MaxTour is the most marks [Marks.Tour] orders: its table has 2^n entries
// for each of n marks.
const MaxTour = 16

// ErrUnreachable is the error of [Marks.Tour] when some mark cannot be
// reached.
var ErrUnreachable = errors.New("a mark cannot be reached")

// Marks holds the fewest steps between every pair of marked cells of a
// grid, its points of interest (numbered places, keys, doors), and for
// each pair the other marks that a shortest path between them passes
// through: the doors a walk from one key to another must open, say. Marks
// are numbered in the order given to [NewMarks].
//
// A Marks is immutable and safe for concurrent use. It holds 12 bytes for
// each pair of marks.
type Marks struct {
	n      int
	steps  []int32  // steps[a*n+b], or -1 if b cannot be reached from a
	passes []uint64 // passes[a*n+b]: the marks strictly inside the path
}

// NewMarks runs a breadth-first search from each mark over the cells of g
// for which open(v) holds, stepping between the four neighbours, and keeps
// the fewest steps to every other mark and the marks passed on the way.
// Searches go on through marks, and start from each mark even if it is not
// open. The path whose marks are kept is the one the search found first,
// trying Up, Right, Down and Left in turn; on a maze whose corridors never
// fork twice between two marks, it is the only shortest one.
//
// NewMarks returns an error if there are more than [MaxMarks] marks, or
// one lies outside g or on the cell of another, naming it. It calls open
// once a cell, and costs O(len(marks) x g.Len()) time, 18 bytes a cell of
// working memory and the table, in eight allocations.
func NewMarks[T any](g grid.Grid[T], marks []grid.Point, open func(v T) bool) (*Marks, error) {
	n := len(marks)
	if n > MaxMarks {
		return nil, fmt.Errorf("search: NewMarks: %d marks, at most %d", n, MaxMarks)
	}
	// The searches run on a copy of the map with a closed border, indexed
	// w = cols+2 to a row, so that a step needs no bounds test and open is
	// called once a cell, not once a step of every search.
	w := g.Cols() + 2
	cells := (g.Rows() + 2) * w
	mark := make([]int8, cells) // each cell's mark, or -1
	pass := make([]bool, cells) // whether a search may enter the cell
	for i := range mark {
		mark[i] = -1
	}
	for p, v := range g.All() {
		pass[(p.Row+1)*w+p.Col+1] = open(v)
	}
	at := make([]int32, len(marks)) // each mark's index in the copy
	for k, p := range marks {
		if !g.In(p) {
			return nil, fmt.Errorf("search: NewMarks: mark %d at %v lies outside the %dx%d grid", k, p, g.Rows(), g.Cols())
		}
		i := (p.Row+1)*w + p.Col + 1
		if j := mark[i]; j >= 0 {
			return nil, fmt.Errorf("search: NewMarks: marks %d and %d share the cell %v", j, k, p)
		}
		mark[i], at[k] = int8(k), int32(i)
	}
	m := &Marks{n: n, steps: make([]int32, n*n), passes: make([]uint64, n*n)}
	dist := make([]int32, cells)
	via := make([]uint64, cells) // marks passed on the way to each cell
	queue := make([]int32, 0, cells)
	for a, s := range at {
		row := m.steps[a*n : a*n+n]
		for k := range row {
			row[k] = -1
		}
		for i := range dist {
			dist[i] = -1
		}
		dist[s], via[s] = 0, 0
		queue = append(queue[:0], s)
		for h := 0; h < len(queue); h++ {
			i := queue[h]
			d, inside := dist[i], via[i]
			if k := mark[i]; k >= 0 {
				row[k], m.passes[a*n+int(k)] = d, inside
				if i != s {
					inside |= 1 << uint(k)
				}
			}
			for _, j := range [4]int32{i - int32(w), i + 1, i + int32(w), i - 1} {
				if pass[j] && dist[j] < 0 {
					dist[j], via[j] = d+1, inside
					queue = append(queue, j)
				}
			}
		}
	}
	return m, nil
}

// Len returns the number of marks.
func (m *Marks) Len() int { return m.n }

// Steps returns the fewest steps from mark a to mark b, and true; or 0 and
// false if b cannot be reached from a. It panics if a or b is not in
// [0, Len()).
func (m *Marks) Steps(a, b int) (int, bool) {
	m.check("Marks.Steps", a, b)
	s := m.steps[a*m.n+b]
	return int(s), s >= 0
}

// Passes returns the set of marks, bit k for mark k, that the shortest path
// from mark a to mark b passes through, a and b themselves left out; 0 if
// b cannot be reached. It panics if a or b is not in [0, Len()).
func (m *Marks) Passes(a, b int) uint64 {
	m.check("Marks.Passes", a, b)
	return m.passes[a*m.n+b]
}

func (m *Marks) check(call string, a, b int) {
	for _, k := range [2]int{a, b} {
		if uint(k) >= uint(m.n) {
			panic(misuse.ID{Call: "search: " + call, I: k, N: m.n})
		}
	}
}

// Tour returns the fewest steps of a walk from mark start that visits
// every mark, and the order of the marks on one such walk, start first.
// With back the walk ends at start again, and the order does not repeat it.
// Steps between marks are those of [Marks.Steps], whatever marks they pass.
//
// Tour is the Held-Karp dynamic programme over sets of marks: O(2^n x n^2)
// time and 8 x 2^n x n bytes for n marks, in two allocations (n = 16: about
// 17 million steps and 8 MB). It returns an error if there are more than
// [MaxTour] marks, or an error wrapping [ErrUnreachable] naming a mark that
// start cannot reach. It panics if start is not in [0, Len()).
func (m *Marks) Tour(start int, back bool) (steps int, order []int, err error) {
	n := m.n
	m.check("Marks.Tour", start, start)
	if n > MaxTour {
		return 0, nil, fmt.Errorf("search: Marks.Tour: %d marks, at most %d", n, MaxTour)
	}
	for k := range n {
		if m.steps[start*n+k] < 0 {
			return 0, nil, fmt.Errorf("search: Marks.Tour: mark %d from mark %d: %w", k, start, ErrUnreachable)
		}
	}
	// best[set*n+last] is the fewest steps from start through the marks of
	// set, ending at last (in set); set always holds start.
	const none = math.MaxInt
	full := 1<<n - 1
	best := make([]int, (full+1)*n)
	for i := range best {
		best[i] = none
	}
	best[(1<<start)*n+start] = 0
	for set := 1 << start; set <= full; set++ {
		if set&(1<<start) == 0 {
			continue
		}
		for last := range n {
			c := best[set*n+last]
			if c == none {
				continue
			}
			for rest := full &^ set; rest != 0; rest &= rest - 1 {
				k := bits.TrailingZeros(uint(rest))
				nc := c + int(m.steps[last*n+k])
				if j := (set|1<<k)*n + k; nc < best[j] {
					best[j] = nc
				}
			}
		}
	}
	end, total := -1, none
	for last := range n {
		c := best[full*n+last]
		if back {
			c += int(m.steps[last*n+start])
		}
		if c < total {
			end, total = last, c
		}
	}
	// Walk the table back from the end to recover the order.
	order = make([]int, n)
	set, last := full, end
	for i := n - 1; i > 0; i-- {
		order[i] = last
		prev := set &^ (1 << last)
		for k := range n {
			if prev&(1<<k) != 0 && best[prev*n+k] != none && best[prev*n+k]+int(m.steps[k*n+last]) == best[set*n+last] {
				set, last = prev, k
				break
			}
		}
	}
	order[0] = start
	return total, order, nil
}
