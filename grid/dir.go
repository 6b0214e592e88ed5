package grid

import (
	"strconv"

	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Dir is a heading on the grid. The four cardinal headings come first and
// are numbered 0 to 3 clockwise from [Up], so a Dir can index a [4] array of
// per-heading state; the four diagonals follow, also clockwise.
type Dir uint8

// The headings. Cardinal headings are 0-3, diagonals 4-7.
const (
	Up Dir = iota
	Right
	Down
	Left
	UpRight
	DownRight
	DownLeft
	UpLeft
)

var (
	dirDelta = [8]Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 1}, {1, 1}, {1, -1}, {-1, -1}}
	dirName  = [8]string{"Up", "Right", "Down", "Left", "UpRight", "DownRight", "DownLeft", "UpLeft"}
)

// Cardinal reports whether d is one of Up, Right, Down and Left.
func (d Dir) Cardinal() bool { return d < 4 }

// Valid reports whether d is one of the eight headings.
func (d Dir) Valid() bool { return d < 8 }

// TurnRight returns d turned 90° clockwise. A diagonal stays a diagonal.
func (d Dir) TurnRight() Dir { return d&4 | (d+1)&3 }

// TurnLeft returns d turned 90° anticlockwise. A diagonal stays a diagonal.
func (d Dir) TurnLeft() Dir { return d&4 | (d+3)&3 }

// Reverse returns the opposite heading.
func (d Dir) Reverse() Dir { return d&4 | (d+2)&3 }

// Delta returns the one-step offset of d: Up is (-1,0), Right is (0,1).
// Delta panics if d is not valid.
func (d Dir) Delta() Point {
	if d >= 8 {
		panic(misuse.Heading{Call: "grid: Dir.Delta", D: d})
	}
	return dirDelta[d]
}

// Cardinals returns the four cardinal headings: Up, Right, Down, Left. It
// returns an array, a fresh value each call, to range over or index:
//
//	for _, d := range grid.Cardinals() { ... }
func Cardinals() [4]Dir { return [4]Dir{Up, Right, Down, Left} }

// ReadingOrder returns the four cardinal headings in the reading order of
// the cells they lead to: Up, Left, Right, Down. Puzzles that break ties
// by reading order (top to bottom, then left to right) try neighbours in
// this order, and the first one that qualifies wins:
//
//	for _, d := range grid.ReadingOrder() { q := p.Move(d, 1); ... }
//
// Dense indices ([Grid.Index]) and [Point.Compare] follow the same order.
func ReadingOrder() [4]Dir { return [4]Dir{Up, Left, Right, Down} }

// Diagonals returns the four diagonal headings: UpRight, DownRight,
// DownLeft, UpLeft.
func Diagonals() [4]Dir { return [4]Dir{UpRight, DownRight, DownLeft, UpLeft} }

// Dirs returns all eight headings, the cardinal ones first, in the order
// of their values.
func Dirs() [8]Dir { return [8]Dir{Up, Right, Down, Left, UpRight, DownRight, DownLeft, UpLeft} }

// String returns the heading's name, such as "Up" or "DownLeft".
func (d Dir) String() string {
	if !d.Valid() {
		return "Dir(" + strconv.Itoa(int(d)) + ")"
	}
	return dirName[d]
}

// Glyph returns the arrow that puzzle maps use for a cardinal heading:
// '^', '>', 'v' or '<'. It returns '?' for any other Dir.
func (d Dir) Glyph() byte {
	if !d.Cardinal() {
		return '?'
	}
	return "^>v<"[d]
}

// DirOf returns the cardinal heading that r names: an arrow ('^', '>', 'v',
// '<'), a letter U, R, D, L, or a compass point N, E, S, W (upper case). The
// result is false for any other rune. It is one read of a table, for a
// program that reads thousands of moves.
func DirOf(r rune) (Dir, bool) {
	if uint32(r) >= uint32(len(dirOf)) {
		return 0, false
	}
	d := dirOf[r]
	return Dir(d & 3), d != 0
}

// dirOf holds, for each ASCII rune, 4 + the heading it names, or 0.
var dirOf = func() (t [128]byte) {
	for d, names := range [4]string{"^UN", ">RE", "vDS", "<LW"} {
		for _, r := range names {
			t[r] = 4 + byte(d)
		}
	}
	return t
}()
