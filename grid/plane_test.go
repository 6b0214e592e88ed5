package grid

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestPlaneAgainstMap writes random walks and far jumps into a Plane and a
// map of points, some through Cell, and compares every read, the bounds
// and the grid.
func TestPlaneAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(121, 122))
	for trial := range 300 {
		pl := NewPlane(byte('.'))
		ref := map[Point]byte{}
		p := Pt(rng.IntN(41)-20, rng.IntN(41)-20)
		for range 1 + rng.IntN(200) {
			if rng.IntN(20) == 0 {
				p = Pt(rng.IntN(401)-200, rng.IntN(401)-200)
			} else {
				p = p.Move(Dir(rng.IntN(4)), 1)
			}
			v := "#x"[rng.IntN(2)]
			switch rng.IntN(3) {
			case 0:
				pl.Set(p, v)
				ref[p] = v
			default: // through Cell: read, then (or not) write back
				c := pl.Cell(p)
				want, ok := ref[p]
				if !ok {
					want = '.'
				}
				if *c != want {
					t.Fatalf("trial %d: *Cell(%v) = %q, want %q", trial, p, *c, want)
				}
				if rng.IntN(2) == 0 {
					*c, want = v, v
				}
				ref[p] = want // set, even if only read
			}
			q := Pt(p.Row+rng.IntN(9)-4, p.Col+rng.IntN(9)-4)
			want, ok := ref[q]
			if !ok {
				want = '.'
			}
			if got := pl.At(q); got != want {
				t.Fatalf("trial %d: At(%v) = %q, want %q", trial, q, got, want)
			}
		}
		lo, hi, ok := pl.Bounds()
		rlo, rhi, rok := Bounds(func(yield func(Point) bool) {
			for q := range ref {
				if !yield(q) {
					return
				}
			}
		})
		if lo != rlo || hi != rhi || ok != rok {
			t.Fatalf("trial %d: Bounds = %v %v %v, want %v %v %v", trial, lo, hi, ok, rlo, rhi, rok)
		}
		g := pl.Grid()
		for q, v := range g.All() {
			want, ok := ref[q.Add(lo)]
			if !ok {
				want = '.'
			}
			if v != want {
				t.Fatalf("trial %d: Grid at %v = %q, want %q", trial, q, v, want)
			}
		}
		if g.Len() != (hi.Row-lo.Row+1)*(hi.Col-lo.Col+1) {
			t.Fatalf("trial %d: Grid is %dx%d for bounds %v %v", trial, g.Rows(), g.Cols(), lo, hi)
		}
	}
	empty := NewPlane(7)
	if _, _, ok := empty.Bounds(); ok || empty.At(Pt(5, -5)) != 7 || empty.Grid().At(Pt(0, 0)) != 7 {
		t.Fatal("an empty plane is not all fill")
	}
	testkit.MustPanic(t, "huge", "grid: Plane.Set: (0,200000000) needs a", func() {
		pl := NewPlane(0)
		pl.Set(Pt(0, 0), 1)
		pl.Set(Pt(0, 200_000_000), 1)
	})
	testkit.MustPanic(t, "huge by Cell", "grid: Plane.Cell: (200000000,0) needs a", func() {
		pl := NewPlane(0)
		pl.Set(Pt(0, 0), 1)
		pl.Cell(Pt(200_000_000, 0))
	})
}

// infect runs the carrier on an endless map of clean '.', weakened 'W',
// infected '#' and flagged 'F' nodes: it turns by the node it stands on
// (left on clean, straight on weakened, right on infected, back on
// flagged), moves the node one state on, and steps forward. It returns how
// many bursts infect a node.
func infect(pl *Plane[byte], bursts int) int {
	p, d, n := Pt(0, 0), Up, 0
	for range bursts {
		switch v := pl.At(p); v {
		case '.':
			d = d.TurnLeft()
			pl.Set(p, 'W')
		case 'W':
			pl.Set(p, '#')
			n++
		case '#':
			d = d.TurnRight()
			pl.Set(p, 'F')
		case 'F':
			d = d.Reverse()
			pl.Set(p, '.')
		}
		p = p.Move(d, 1)
	}
	return n
}

// infectCase: 200,000 bursts from a small infected patch, on a Plane
// against a fixed array guessed large enough, as a strong solver sizes it.
func infectCase() testkit.Pair {
	const bursts = 200_000
	seed := map[Point]bool{}
	rng := rand.New(rand.NewPCG(123, 124))
	for range 60 {
		seed[Pt(rng.IntN(25)-12, rng.IntN(25)-12)] = true
	}
	lib := func() int {
		pl := NewPlane(byte('.'))
		for p := range seed {
			pl.Set(p, '#')
		}
		return infect(pl, bursts)
	}
	hand := func() int {
		const side, off = 1001, 500
		cells := make([]byte, side*side)
		for i := range cells {
			cells[i] = '.'
		}
		for p := range seed {
			cells[(p.Row+off)*side+p.Col+off] = '#'
		}
		p, d, n := [2]int{off, off}, 0, 0 // d: 0 up, 1 right, 2 down, 3 left
		steps := [4][2]int{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}
		for range bursts {
			i := p[0]*side + p[1]
			switch cells[i] {
			case '.':
				d = (d + 3) % 4
				cells[i] = 'W'
			case 'W':
				cells[i] = '#'
				n++
			case '#':
				d = (d + 1) % 4
				cells[i] = 'F'
			case 'F':
				d = (d + 2) % 4
				cells[i] = '.'
			}
			p = [2]int{p[0] + steps[d][0], p[1] + steps[d][1]}
		}
		return n
	}
	return testkit.Pair{Name: "infect_plane", Lib: lib, Hand: hand}
}

func TestPlaneVsHandAgree(t *testing.T) { testkit.Agree(t, []testkit.Pair{infectCase()}) }
