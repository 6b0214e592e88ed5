package patrol

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
	"github.com/gridsearch/gridsearch/internal/testkit/patrolref"
	"github.com/gridsearch/gridsearch/walk"
	"github.com/gridsearch/gridsearch/walk/search"
)

// refTrail is the reference for Trail: the walk of patrolref.Walk with the
// right-turn rule, up to its first repeated state, keeping the state in
// which each cell other than the start is first entered, as a state id
// worked out from its row, column and heading.
func refTrail(m [][]bool, start walk.State) (ids []int32, ok bool) {
	rows, cols := len(m), len(m[0])
	states, loops := patrolref.Walk(m, start, patrolref.Right, 4*rows*cols+1)
	if len(states) == 0 {
		return nil, true
	}
	entered := map[grid.Point]bool{start.Pos: true}
	for _, s := range states[1:] {
		if !entered[s.Pos] {
			entered[s.Pos] = true
			ids = append(ids, int32((s.Pos.Row*cols+s.Pos.Col)*4+int(s.Dir)))
		}
	}
	return ids, !loops
}

// checkTrail compares Trail with refTrail on map m from start, on a grid
// of bools with wall true and on a grid of bytes with wall '#', appending
// to a slice that already holds an element.
func checkTrail(t *testing.T, m [][]bool, start walk.State) {
	t.Helper()
	want, wantOK := refTrail(m, start)
	g, _, _ := patrolref.Grid(m)
	got, ok := Trail(nil, g, start, true)
	if !slices.Equal(got, want) || ok != wantOK {
		t.Fatalf("Trail(%dx%d map, %v) = %v, %v; want %v, %v", len(m), len(m[0]), start, got, ok, want, wantOK)
	}
	b := grid.Convert(g, func(_ grid.Point, v bool) byte {
		if v {
			return '#'
		}
		return '.'
	})
	got, ok = Trail([]int32{-7}, b, start, '#')
	if got[0] != -7 || !slices.Equal(got[1:], want) || ok != wantOK {
		t.Fatalf("Trail([-7], %dx%d byte map, %v) = %v, %v; want [-7 %v], %v", len(m), len(m[0]), start, got, ok, want, wantOK)
	}
	wantCells := 1 + len(want)
	if !g.In(start.Pos) {
		wantCells = 0
	}
	if n, ok := Cover(g, start, true); n != wantCells || ok != wantOK {
		t.Fatalf("Cover(%dx%d map, %v) = %d, %v; want %d, %v", len(m), len(m[0]), start, n, ok, wantCells, wantOK)
	}
	if n, ok := Cover(b, start, '#'); n != wantCells || ok != wantOK {
		t.Fatalf("Cover(%dx%d byte map, %v) = %d, %v; want %d, %v", len(m), len(m[0]), start, n, ok, wantCells, wantOK)
	}
}

func TestTrailRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2024))
	n := 3000
	if testing.Short() {
		n = 300
	}
	loops, leaves := 0, 0
	for range n {
		m, start := patrolref.RandCase(rng)
		checkTrail(t, m, start)
		if _, ok := refTrail(m, start); ok {
			leaves++
		} else {
			loops++
		}
	}
	// Both outcomes must be exercised, or the comparison proves little.
	if loops < n/50 || leaves < n/50 {
		t.Errorf("random cases: %d loop, %d leave; want both at least %d", loops, leaves, n/50)
	}
}

// TestTrailLarge compares Trail with refTrail on maps as wide as puzzle
// maps and wider, whose rows span several words of Trail's marks, sparse
// enough that the guard walks long legs.
func TestTrailLarge(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 130))
	n := 60
	if testing.Short() {
		n = 10
	}
	for range n {
		rows, cols := 60+rng.IntN(120), 60+rng.IntN(200)
		m := testkit.Bools(rng, rows, cols, 0.005+rng.Float64()*0.03)
		checkTrail(t, m, patrolref.RandStart(rng, rows, cols))
	}
}

// TestTrailExhaustive compares Trail with refTrail on every map of up to 9
// cells and every start in it.
func TestTrailExhaustive(t *testing.T) {
	shapes := []struct{ rows, cols int }{{1, 1}, {1, 3}, {3, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}}
	for _, sh := range shapes {
		n := sh.rows * sh.cols
		for bits := range 1 << n {
			m := make([][]bool, sh.rows)
			for r := range m {
				m[r] = make([]bool, sh.cols)
				for c := range m[r] {
					m[r][c] = bits>>(r*sh.cols+c)&1 == 1
				}
			}
			shape := grid.New(sh.rows, sh.cols, 0)
			for p := range shape.Points() {
				for d := range grid.Dir(4) {
					checkTrail(t, m, walk.State{Pos: p, Dir: d})
				}
			}
		}
	}
}

func TestTrailCases(t *testing.T) {
	tests := []struct {
		name string
		m    string
		want []walk.State // the states in which cells are first entered
		ok   bool
	}{
		{"straight_out", "\n...\n.^.\n", []walk.State{patrolref.St(0, 1, grid.Up)}, true},
		{"turn_then_out", "\n.#.\n.^.\n", []walk.State{patrolref.St(1, 2, grid.Right)}, true},
		{"back_over_start", "\n..#..\n....#\n..^..\n...#.\n", []walk.State{patrolref.St(1, 2, grid.Up), patrolref.St(1, 3, grid.Right), patrolref.St(2, 3, grid.Down), patrolref.St(2, 1, grid.Left), patrolref.St(2, 0, grid.Left)}, true},
		{"boxed_in", "\n.#.\n#^#\n.#.\n", nil, false},
		{"loop_over_start", "\n..#..\n....#\n..^..\n.#...\n...#.\n", []walk.State{patrolref.St(1, 2, grid.Up), patrolref.St(1, 3, grid.Right), patrolref.St(2, 3, grid.Down), patrolref.St(3, 3, grid.Down), patrolref.St(3, 2, grid.Left)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, start := patrolref.Parse(t, tt.m)
			g, _, _ := patrolref.Grid(m)
			var want []int32
			for _, s := range tt.want {
				want = append(want, int32(search.States(g).StateID(s)))
			}
			got, ok := Trail(nil, g, start, true)
			if !slices.Equal(got, want) || ok != tt.ok {
				t.Errorf("Trail(%s) = %v, %v; want %v, %v", tt.name, got, ok, want, tt.ok)
			}
			if n, ok := Cover(g, start, true); n != 1+len(want) || ok != tt.ok {
				t.Errorf("Cover(%s) = %d, %v; want %d, %v", tt.name, n, ok, 1+len(want), tt.ok)
			}
			if wantRef, okRef := refTrail(m, start); !slices.Equal(wantRef, want) || okRef != tt.ok {
				t.Errorf("refTrail(%s) = %v, %v; the table says %v, %v", tt.name, wantRef, okRef, want, tt.ok)
			}
		})
	}
}

func TestTrailStartOutside(t *testing.T) {
	g := grid.New(3, 4, byte('.'))
	for _, p := range []grid.Point{grid.Pt(-1, 0), grid.Pt(0, 4), grid.Pt(3, 0), grid.Pt(0, -1)} {
		if got, ok := Trail([]int32{5}, g, walk.State{Pos: p, Dir: grid.Down}, '#'); !slices.Equal(got, []int32{5}) || !ok {
			t.Errorf("Trail([5], 3x4 grid, start %v) = %v, %v; want [5], true", p, got, ok)
		}
		if n, ok := Cover(g, walk.State{Pos: p, Dir: grid.Down}, '#'); n != 0 || !ok {
			t.Errorf("Cover(3x4 grid, start %v) = %d, %v; want 0, true", p, n, ok)
		}
	}
}

func TestTrailPanics(t *testing.T) {
	g := grid.New(3, 3, byte('.'))
	testkit.MustPanic(t, "Trail with UpRight", "patrol: Trail: heading UpRight, want a cardinal heading", func() {
		Trail(nil, g, walk.State{Pos: grid.Pt(1, 1), Dir: grid.UpRight}, '#')
	})
	testkit.MustPanic(t, "Trail with Dir(9)", "patrol: Trail: heading Dir(9), want a cardinal heading", func() {
		Trail(nil, g, walk.State{Pos: grid.Pt(1, 1), Dir: grid.Dir(9)}, '#')
	})
	testkit.MustPanic(t, "Cover with DownLeft", "patrol: Cover: heading DownLeft, want a cardinal heading", func() {
		Cover(g, walk.State{Pos: grid.Pt(1, 1), Dir: grid.DownLeft}, '#')
	})
}

// TestTrailAllocs checks that Trail allocates only its marks when dst has
// room for the trail, and Cover only its marks.
func TestTrailAllocs(t *testing.T) {
	m, start := patrolref.Spiral(30)
	g, _, _ := patrolref.Grid(m)
	want, _ := Trail(nil, g, start, true)
	dst := make([]int32, 0, len(want))
	if n := testing.AllocsPerRun(20, func() { Trail(dst, g, start, true) }); n != 1 {
		t.Errorf("Trail with room in dst makes %v allocations, want 1", n)
	}
	if n := testing.AllocsPerRun(20, func() { Cover(g, start, true) }); n != 1 {
		t.Errorf("Cover makes %v allocations, want 1", n)
	}
}

// FuzzTrail compares Trail and Cover with refTrail on maps up to 100 cells
// wide, so that rows span more than one word of their marks.
func FuzzTrail(f *testing.F) {
	f.Add([]byte{2, 2, 1, 1, 0, 0b10101010})                        // boxed in
	f.Add([]byte{10, 99, 6, 4, 0, 0x10, 0, 0, 0, 0x80, 0, 0, 0, 1}) // wide and sparse
	f.Add([]byte{1, 1, 0, 0, 0})                                    // one cell
	f.Add([]byte{5, 7, 255, 3, 2})                                  // start outside
	f.Add([]byte{12, 70, 4, 7, 1, 0xa5, 0x5a, 0xff, 0x01, 0x80, 0x42, 0x24, 0x18, 0x81, 0x3c, 0xc3, 0x99})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 5 {
			return
		}
		m, start := patrolref.FromFuzz(data, 100)
		checkTrail(t, m, start)
	})
}
