package grid

import (
	"slices"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// Slides holds, for a map of walls, where a thing sliding from each open
// cell in each cardinal heading comes to rest: on the last open cell
// before a wall or the edge. The open cells of one line between two walls
// form a lane, and things that slide down one lane pile up from its end,
// as round rocks do on a tilted platform, or as stones do on ice.
//
//	s := grid.NewSlides(g, '#')
//	end := s.Stop(g.Index(p), grid.Right) // where a slide right from p ends
//	s.Tilt(rocks, grid.Up)                // every rock rolled up, in place
//
// [Slides.Tilt] moves a whole set of things, each straight to the next
// free cell from its lane's end: O(things) a tilt, whatever the
// distances, where rolling them one cell at a time costs a step a cell of
// the map. It is what the fastest published solutions do.
//
// A Slides is made once for a map; Stop only reads it and is safe for
// concurrent use, while Tilt uses a working table of its own, so it
// belongs to one goroutine at a time.
type Slides struct {
	rows, cols int
	lanes      [4]slideLanes // by heading: Up, Right, Down, Left
}

// slideLanes are the lanes of one heading.
type slideLanes struct {
	lane []int32 // per cell: its lane, or -1 for a wall
	end  []int32 // per lane: the cell where slides along it stop
	next []int32 // per lane: the cell Tilt fills next, end between calls
}

// NewSlides returns the lanes of g in the four cardinal headings, the
// cells equal to wall being walls and the edges acting as walls. It costs
// O(cells) and allocates 16 bytes a cell and 12 a lane.
func NewSlides[T comparable](g Grid[T], wall T) *Slides {
	rows, cols := int(g.rows), int(g.cols)
	s := &Slides{rows: rows, cols: cols}
	// A lane starts at the edge or after a wall: at most this many.
	most := max(rows, cols)
	for _, v := range g.cells {
		if v == wall {
			most++
		}
	}
	for d := Up; d <= Left; d++ {
		l := &s.lanes[d]
		l.lane = make([]int32, len(g.cells))
		l.end = make([]int32, 0, most)
		// Walk each line against d, from the edge d faces: a lane starts
		// at the edge or after a wall, and its first cell is its end.
		back := -offset(d, cols, "grid: NewSlides")
		first, lines, next, length := 0, cols, 1, rows // Up: columns, from row 0
		switch d {
		case Down:
			first = (rows - 1) * cols
		case Left:
			lines, next, length = rows, cols, cols
		case Right:
			first, lines, next, length = cols-1, rows, cols, cols
		}
		for k := range lines {
			at, open := first+k*next, false
			for range length {
				switch {
				case g.cells[at] == wall:
					l.lane[at], open = -1, false
				default:
					if !open {
						l.end, open = append(l.end, int32(at)), true
					}
					l.lane[at] = int32(len(l.end) - 1)
				}
				at += back
			}
		}
		l.next = slices.Clone(l.end)
	}
	return s
}

// Stop returns the dense index of the cell where a slide from open cell i
// heading d comes to rest: i itself when the next cell is a wall or off
// the map. It panics if i is not a cell of the map or is a wall, or d is
// not a cardinal heading.
func (s *Slides) Stop(i int, d Dir) int {
	l := s.heading("grid: Slides.Stop", d)
	if uint(i) >= uint(len(l.lane)) || l.lane[i] < 0 {
		s.badCell("grid: Slides.Stop", i, l)
	}
	return int(l.end[l.lane[i]])
}

// Tilt slides every thing in cells, each the dense index of an open cell,
// as far as it goes in heading d, in place: things in one lane pile up
// from its end, one a cell, in the order they come in cells. Each thing
// keeps its place in cells. The cells must be distinct, as the things of
// a map are, so that no lane gets more things than it has cells: Tilt
// does not check this, which would cost it a third of its time, and given
// a cell twice it can put a thing on a wall, in another lane or outside
// the map, which the next Tilt refuses. Tilt costs O(len(cells)), one
// pass over the things, and a copy of 4 bytes a lane; it allocates
// nothing. It panics if a cell is outside the map or is a wall, with the
// things before it tilted and the rest as they were, or if d is not a
// cardinal heading.
func (s *Slides) Tilt(cells []int32, d Dir) {
	l := s.heading("grid: Slides.Tilt", d)
	lane, next := l.lane, l.next
	back := int32(-offset(d, s.cols, "grid: Slides.Tilt"))
	for k, c := range cells {
		if uint(c) >= uint(len(lane)) || lane[c] < 0 {
			copy(next, l.end)
			s.badCell("grid: Slides.Tilt", int(c), l)
		}
		n := lane[c]
		cells[k] = next[n]
		next[n] += back
	}
	copy(next, l.end) // each lane's next cell back to its end
}

// heading returns the lanes of d, or panics in the name of call.
func (s *Slides) heading(call string, d Dir) *slideLanes {
	if d > Left {
		panic(misuse.Heading{Call: call, D: d, Want: "a cardinal one"})
	}
	return &s.lanes[d]
}

// badCell panics in the name of call for cell i, outside the map or a wall.
func (s *Slides) badCell(call string, i int, l *slideLanes) {
	if uint(i) >= uint(len(l.lane)) {
		panic(misuse.Index{Call: call, Noun: "cell", I: i, N: len(l.lane)})
	}
	misuse.Panicf(call, "cell %d, at %v, is a wall", i, Point{i / s.cols, i % s.cols})
}
