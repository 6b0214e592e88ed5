package ant

import (
	"fmt"
	"math/bits"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

// A Rule says what the ant does on a cell of each state s, 0 to 3: it
// turns by Turn[s] quarter turns to the right (0 on, 1 right, 2 back, 3
// left), the cell becomes Next[s], and the ant steps ahead. A rule of
// fewer states leaves the others' entries unused.
type Rule struct {
	Turn [4]int
	Next [4]uint8
}

// An Ant is an ant on an endless plane of cells, all of state 0 until set
// or changed. The plane keeps dense storage (a byte for every 2x2 block)
// for a rectangle around the cells set and walked so far, and at least
// doubles a side of it when the ant or [Ant.Set] goes past that side: its
// memory is a quarter of a byte for each cell of the rectangle, so cells
// set far apart cost the product of their distances (two cells 10,000
// apart on both axes take about 100 MB). Points must lie within
// [MaxCoord] of (0, 0) on each axis.
type Ant struct {
	rule Rule
	// blocks holds the plane's cells, w blocks a row and h rows: cell
	// (r, c) of block (br, bc) is bits 2q and 2q+1 of blocks[br*w+bc],
	// with q = 2r + c its quarter. Block (0, 0)'s top left cell is the
	// point org.
	blocks []uint8
	w, h   int
	org    grid.Point
	// The ant: its block, its quarter of it and its heading.
	bc, br int
	q      uint32
	dir    grid.Dir
	// The table for long runs counting state counted, nil until one.
	table   *[4096]uint32
	counted uint8
}

// New returns an ant with rule r at point (0, 0), heading up, on a plane
// of state 0. It returns an error naming the entry if a turn is outside 0
// to 3 or a next state above 3. It allocates the plane, 256 bytes to begin
// with.
func New(r Rule) (*Ant, error) {
	for s := range 4 {
		if t := r.Turn[s]; t < 0 || t > 3 {
			return nil, fmt.Errorf("ant: New: Turn[%d] is %d, want 0 to 3 quarter turns", s, t)
		}
		if n := r.Next[s]; n > 3 {
			return nil, fmt.Errorf("ant: New: Next[%d] is %d, want a state 0 to 3", s, n)
		}
	}
	const side = 16
	a := &Ant{rule: r, blocks: make([]uint8, side*side), w: side, h: side,
		org: grid.Pt(-side, -side), bc: side / 2, br: side / 2}
	return a, nil
}

// MaxCoord is how far from (0, 0), on either axis, the points of an
// Ant's plane may lie: far enough for any walk that fits in memory, and
// near enough that no arithmetic on a point overflows.
const MaxCoord = 1 << 40

// check panics, naming call, if p lies farther than MaxCoord from (0, 0)
// on an axis.
func check(call string, p grid.Point) {
	if p.Row < -MaxCoord || p.Row > MaxCoord || p.Col < -MaxCoord || p.Col > MaxCoord {
		misuse.Panicf(call, "point %v farther than %d from (0,0)", p, MaxCoord)
	}
}

// split returns the block of point p, which may lie outside the storage,
// and p's quarter of it.
func (a *Ant) split(p grid.Point) (br, bc int, q uint32) {
	r, c := p.Row-a.org.Row, p.Col-a.org.Col // org is even apart from any block's corner
	return r >> 1, c >> 1, uint32(r&1<<1 | c&1)
}

// Set sets the cell at p to state s. It costs O(1), or, where p lies
// outside the plane's storage, O(area) to grow it to hold p, allocating a
// quarter of a byte for each cell of the new rectangle. It panics if s is
// above 3 or p lies farther than [MaxCoord] from (0, 0) on an axis.
func (a *Ant) Set(p grid.Point, s uint8) {
	if s > 3 {
		misuse.Panicf("ant: Ant.Set", "state %d above 3", s)
	}
	check("ant: Ant.Set", p)
	br, bc, q := a.split(p)
	if !a.holds(br, bc) {
		a.grow(br, bc)
		br, bc, q = a.split(p)
	}
	i := br*a.w + bc
	a.blocks[i] = a.blocks[i]&^(3<<(2*q)) | s<<(2*q)
}

// State returns the state of the cell at p.
func (a *Ant) State(p grid.Point) uint8 {
	br, bc, q := a.split(p)
	if !a.holds(br, bc) {
		return 0
	}
	return a.blocks[br*a.w+bc] >> (2 * q) & 3
}

// Place puts the ant at p, heading d. It costs what [Ant.Set] does. It
// panics if d is not a cardinal heading or p lies farther than [MaxCoord]
// from (0, 0) on an axis.
func (a *Ant) Place(p grid.Point, d grid.Dir) {
	if !d.Cardinal() {
		panic(misuse.Heading{Call: "ant: Ant.Place", D: d, Want: "a cardinal heading"})
	}
	check("ant: Ant.Place", p)
	br, bc, q := a.split(p)
	if !a.holds(br, bc) {
		a.grow(br, bc)
		br, bc, q = a.split(p)
	}
	a.br, a.bc, a.q, a.dir = br, bc, q, d
}

// At returns the ant's point and heading.
func (a *Ant) At() (grid.Point, grid.Dir) {
	p := grid.Pt(a.org.Row+2*a.br+int(a.q>>1), a.org.Col+2*a.bc+int(a.q&1))
	return p, a.dir
}

// Bounds returns the rectangle of cells the plane stores, lo its top left
// cell and hi its bottom right one: every cell outside it is of state 0.
func (a *Ant) Bounds() (lo, hi grid.Point) {
	return a.org, grid.Pt(a.org.Row+2*a.h-1, a.org.Col+2*a.w-1)
}

// holds reports whether block (br, bc) is stored.
func (a *Ant) holds(br, bc int) bool {
	return uint(br) < uint(a.h) && uint(bc) < uint(a.w)
}

// grow makes the storage hold block (br, bc), doubling its rows or its
// columns, as often as it takes, where the block lies beyond them, and
// keeping the old blocks and the new one in the middle: every cell keeps
// its point, and the ant its cell.
func (a *Ant) grow(br, bc int) {
	check("ant: Ant.Run", grid.Pt(a.org.Row+2*br, a.org.Col+2*bc)) // Set and Place check their own
	h, dr := widen(a.h, br)
	w, dc := widen(a.w, bc)
	blocks := make([]uint8, w*h)
	for r := range a.h {
		copy(blocks[(r+dr)*w+dc:], a.blocks[r*a.w:(r+1)*a.w])
	}
	a.blocks, a.w, a.h = blocks, w, h
	a.org = grid.Pt(a.org.Row-2*dr, a.org.Col-2*dc)
	a.br, a.bc = a.br+dr, a.bc+dc
}

// widen returns the length, n or n doubled until it is at least twice the
// span of [0, n) and k, and how far the old ones move in it: none if k
// lies in [0, n) already.
func widen(n, k int) (size, shift int) {
	if 0 <= k && k < n {
		return n, 0
	}
	lo, hi := min(0, k), max(n, k+1)
	size = n
	for size < 2*(hi-lo) {
		size *= 2
	}
	return size, (size-(hi-lo))/2 - lo
}

// The layout of a table entry: the block's states after the ant leaves
// it (bits 0-7), the ant's heading and its quarter in the next block (as
// an entry's own index has them, so that bits 8-11 of an entry and the
// next block's states index the next entry), the
// steps that left a cell of the counted state, the steps taken (1 to
// maxSteps), and the move to the next block, its rows and its columns
// each plus 1: 0, 1 or 2.
const (
	dirShift     = 8
	quarterShift = 10
	keyMask      = 0xf00 // the heading and the quarter
	countShift   = 12
	stepsShift   = 16
	rowShift     = 20
	colShift     = 22
	maxSteps     = 15 // the most steps a lookup takes, so that they fit 4 bits
	// A run of fewer steps than tableRun steps cell by cell: making the
	// table costs about as many steps as it has entries.
	tableRun = 1 << 15
)

// step takes one step of the ant in a block of states st, from quarter q
// heading d, and returns the block's new states, the ant's new quarter
// and heading, whether the cell it left became counted, and its way out of
// the block: 0 if it stays, else 1 plus its heading.
func (r *Rule) step(st uint8, q, d uint32, counted uint8) (uint8, uint32, uint32, bool, uint32) {
	s := st >> (2 * q) & 3
	d = (d + uint32(r.Turn[s])) & 3
	n := r.Next[s]
	st = st&^(3<<(2*q)) | n<<(2*q)
	// Up and down flip the quarter's row bit, right and left its column
	// bit; the ant leaves the block when the bit was already at that side.
	var out uint32
	switch d {
	case 0: // up
		if q&2 == 0 {
			out = 1
		}
		q ^= 2
	case 1: // right
		if q&1 == 1 {
			out = 2
		}
		q ^= 1
	case 2: // down
		if q&2 == 2 {
			out = 3
		}
		q ^= 2
	default: // left
		if q&1 == 0 {
			out = 4
		}
		q ^= 1
	}
	return st, q, d, n == counted, out
}

// tableFor returns the table of lookups for counted, making it if the
// last was for another state.
func (a *Ant) tableFor(counted uint8) *[4096]uint32 {
	if a.table != nil && a.counted == counted {
		return a.table
	}
	t := new([4096]uint32) // by quarter, heading and the block's states
	for q0 := range uint32(4) {
		for d0 := range uint32(4) {
			for st0 := range 256 {
				st, q, d := uint8(st0), q0, d0
				var count, steps, out uint32
				for out == 0 && steps < maxSteps {
					var hit bool
					st, q, d, hit, out = a.rule.step(st, q, d, counted)
					if hit {
						count++
					}
					steps++
				}
				t[q0<<quarterShift|d0<<dirShift|uint32(st0)] = uint32(st) | q<<quarterShift | d<<dirShift |
					count<<countShift | steps<<stepsShift |
					uint32(outRow[out]+1)<<rowShift | uint32(outCol[out]+1)<<colShift
			}
		}
	}
	a.table, a.counted = t, counted
	return t
}

// The moves of a way out of a block, by its number: none, then up, right,
// down and left.
var (
	outRow = [5]int{0, -1, 0, 1, 0}
	outCol = [5]int{0, 0, 1, 0, -1}
)

// Run takes n steps of the ant and returns how many of them left a cell
// of state counted. A short run (under 2^15 steps) takes them one at a
// time. A long one takes them by lookups in a table of where the ant
// leaves its 2x2 block, up to 15 steps a lookup (about 2 for the rules of
// the package's tests); the table, 4,096 entries (16 KB, about 8,000
// steps' work), is made for the rule and counted and kept for the next
// Run, which makes it again only if it counts another state. Run costs
// O(n) and the plane's growth, O(area) for the rectangle it ends up
// covering (which a walk that heads off, as Langton's ant's highway does,
// makes grow with the square of the steps), and allocates only the table
// and the plane. It panics if n is negative or counted above 3, or if the
// ant walks farther than [MaxCoord] from (0, 0).
func (a *Ant) Run(n int, counted uint8) int {
	if n < 0 {
		misuse.Panicf("ant: Ant.Run", "%d steps, below 0", n)
	}
	if counted > 3 {
		misuse.Panicf("ant: Ant.Run", "counted state %d above 3", counted)
	}
	hits := 0
	if n >= tableRun {
		t := a.tableFor(counted)
		// The storage's sides are powers of two, so the ant's block is
		// one index i, its row i>>shift and its column i&(w-1). The ant
		// stays off the storage's outer ring of blocks, which grows
		// when it steps onto it, so that a step out of its block lands
		// in the storage.
		for n >= maxSteps {
			a.room()
			shift := uint(bits.TrailingZeros(uint(a.w)))
			i, key := a.br*a.w+a.bc, a.q<<quarterShift|uint32(a.dir)<<dirShift
			var k int
			i, key, n, k = lookups(t, a.blocks, i, key, n, shift, a.h)
			hits += k
			a.br, a.bc, a.q, a.dir = i>>shift, i&(a.w-1), key>>quarterShift&3, grid.Dir(key>>dirShift&3)
		}
	}
	return hits + a.steps(n, counted)
}

// lookups takes steps by table t from the ant's block i, with its
// heading and quarter in key, in the storage blocks of rows 1<<shift
// blocks long and h rows, until fewer than maxSteps of n are left or the
// ant is on the storage's outer ring. It returns the ant's block and key,
// the steps left and how many of those taken left a cell counted.
func lookups(t *[4096]uint32, blocks []uint8, i int, key uint32, n int, shift uint, h int) (int, uint32, int, int) {
	w, hits := 1<<shift, 0
	for n >= maxSteps {
		e := t[(key|uint32(blocks[i]))&4095] // in range: the mask costs no test
		blocks[i] = uint8(e)
		key = e & keyMask
		hits += int(e >> countShift & 15)
		n -= int(e >> stepsShift & 15)
		i += (int(e>>rowShift&3)-1)<<(shift&63) + int(e>>colShift&3) - 1
		if uint(i&(w-1)-1) >= uint(w-2) || uint(i>>(shift&63)-1) >= uint(h-2) {
			break
		}
	}
	return i, key, n, hits
}

// room grows the storage, if the ant's block lies on its outer ring, so
// that every block next to the ant's is stored.
func (a *Ant) room() {
	switch {
	case a.br == 0:
		a.grow(-1, a.bc)
	case a.br == a.h-1:
		a.grow(a.h, a.bc)
	}
	switch {
	case a.bc == 0:
		a.grow(a.br, -1)
	case a.bc == a.w-1:
		a.grow(a.br, a.w)
	}
}

// steps takes n steps of the ant one at a time and returns how many left
// a cell of state counted.
func (a *Ant) steps(n int, counted uint8) int {
	hits := 0
	q, d := a.q, uint32(a.dir)
	for range n {
		i := a.br*a.w + a.bc
		st, nq, nd, hit, out := a.rule.step(a.blocks[i], q, d, counted)
		a.blocks[i], q, d = st, nq, nd
		if hit {
			hits++
		}
		if out != 0 {
			a.br, a.bc = a.br+outRow[out], a.bc+outCol[out]
			if !a.holds(a.br, a.bc) {
				a.grow(a.br, a.bc)
			}
		}
	}
	a.q, a.dir = q, grid.Dir(d)
	return hits
}
