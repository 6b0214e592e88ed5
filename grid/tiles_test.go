package grid

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestEdgesAgainstReference reads the edges of random tiles in every
// orientation cell by cell, and checks that the edge a turn brings to a
// side is the one Edges reports there.
func TestEdgesAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(141, 142))
	on := func(v byte) bool { return v == '#' }
	for range 500 {
		g := FromFunc(1+rng.IntN(12), 1+rng.IntN(12), func(Point) byte { return ".#"[rng.IntN(2)] })
		for _, o := range Orientations() {
			v := g.Orient(o)
			m := v.Grid()
			rows, cols := m.Rows(), m.Cols()
			// The plain reference: the boundary clockwise from the top left
			// corner, as one string, cut into the four sides.
			var ring []Point
			for c := range cols {
				ring = append(ring, Pt(0, c))
			}
			for r := range rows {
				ring = append(ring, Pt(r, cols-1))
			}
			for c := cols - 1; c >= 0; c-- {
				ring = append(ring, Pt(rows-1, c))
			}
			for r := rows - 1; r >= 0; r-- {
				ring = append(ring, Pt(r, 0))
			}
			lens := []int{cols, rows, cols, rows}
			got := Edges(v, on)
			if turned := o.Edges(Edges(g, on), g.Rows(), g.Cols()); turned != got {
				t.Fatalf("%q %v: Orientation.Edges = %b, Edges of the view %b", g, o, turned, got)
			}
			// The same edges read through the Reader's methods, as for a
			// type Edges has no fast path for.
			if slow := Edges[byte](m.Mutable(), on); slow != got {
				t.Fatalf("%q %v: Edges of a Mutable = %b, of the view %b", g, o, slow, got)
			}
			// EdgesOf, with '#' as the set bit, reads the same, by index
			// for the view and the grid, and through the methods for a
			// Mutable.
			for name, of := range map[string][4]uint64{
				"view": EdgesOf(v, '#'), "grid": EdgesOf(m, '#'), "Mutable": EdgesOf[byte](m.Mutable(), '#'),
			} {
				if of != got {
					t.Fatalf("%q %v: EdgesOf of the %s = %b, Edges %b", g, o, name, of, got)
				}
			}
			at := 0
			for side, n := range lens {
				var want uint64
				for k, p := range ring[at : at+n] {
					if on(m.At(p)) {
						want |= 1 << k
					}
				}
				at += n
				if got[side] != want {
					t.Fatalf("%q %v: side %d = %b, want %b", g, o, side, got[side], want)
				}
				var rev uint64
				for k := range n {
					if want>>k&1 != 0 {
						rev |= 1 << (n - 1 - k)
					}
				}
				if ReverseEdge(want, n) != rev || n < 64 && ReverseEdge(want|1<<n, n) != rev { // bits from n up are ignored
					t.Fatalf("ReverseEdge(%b, %d) = %b, want %b", want, n, ReverseEdge(want, n), rev)
				}
			}
		}
	}
	if ReverseEdge(1, 64) != 1<<63 || ReverseEdge(0b1101, 4) != 0b1011 {
		t.Fatal("ReverseEdge at the ends")
	}
	testkit.MustPanic(t, "edges", "grid: Edges: a 65x1 grid has a side longer than 64 cells", func() { Edges(New(65, 1, byte('.')), on) })
	testkit.MustPanic(t, "edges of", "grid: Edges: a 1x65 grid has a side longer than 64 cells", func() { EdgesOf(New(1, 65, byte('.')), '#') })
	testkit.MustPanic(t, "reverse 65", "grid: ReverseEdge: length 65, want 0 to 64", func() { ReverseEdge(1, 65) })
	testkit.MustPanic(t, "reverse -1", "grid: ReverseEdge: length -1, want 0 to 64", func() { ReverseEdge(1, -1) })
	if ReverseEdge(0b111, 0) != 0 {
		t.Fatal("ReverseEdge of no bits is not 0")
	}
}

// TestStitchAgainstReference cuts random images into tiles with shared
// borders of their own, orients each, and stitches the views back.
func TestStitchAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(143, 144))
	for range 300 {
		th, tw := 1+rng.IntN(4), 1+rng.IntN(4) // tile insides
		ti, tj := 1+rng.IntN(4), 1+rng.IntN(4) // tiles down and across
		img := FromFunc(th*ti, tw*tj, func(Point) int { return rng.IntN(100) })
		trim := rng.IntN(2)
		tiles := make([][]View[int], ti)
		for i := range ti {
			for j := range tj {
				// The tile is its piece of the image with a border of -1,
				// stored turned by o and seen through o's inverse.
				piece := FromFunc(th+2*trim, tw+2*trim, func(p Point) int {
					if p.Row < trim || p.Col < trim || p.Row >= th+trim || p.Col >= tw+trim {
						return -1
					}
					return img.At(Pt(i*th+p.Row-trim, j*tw+p.Col-trim))
				})
				o := Orientations()[rng.IntN(8)]
				stored := piece.Orient(o).Grid()
				var back View[int]
				for _, u := range Orientations() {
					if Equal(stored.Orient(u).Grid(), piece) {
						back = stored.Orient(u)
						break
					}
				}
				tiles[i] = append(tiles[i], back)
			}
		}
		got, err := Stitch(tiles, trim)
		if err != nil || !Equal(got, img) {
			t.Fatalf("Stitch = %v, %v; want %v", got, err, img)
		}
		// The same tiles as Grids, and as *Mutable (read through At), take
		// Stitch's other two ways.
		grids, muts := make([][]Grid[int], ti), make([][]*Mutable[int], ti)
		for i, row := range tiles {
			for _, v := range row {
				grids[i] = append(grids[i], v.Grid())
				muts[i] = append(muts[i], v.Grid().Mutable())
			}
		}
		if got, err := Stitch(grids, trim); err != nil || !Equal(got, img) {
			t.Fatalf("Stitch of Grids = %v, %v; want %v", got, err, img)
		}
		if got, err := Stitch(muts, trim); err != nil || !Equal(got, img) {
			t.Fatalf("Stitch of *Mutable = %v, %v; want %v", got, err, img)
		}
	}
	a, b := New(2, 2, 0), New(3, 2, 0)
	for _, tt := range []struct {
		tiles [][]Grid[int]
		trim  int
		want  string
	}{
		{nil, 0, "no tiles"},
		{[][]Grid[int]{{a, b}}, 0, "tile (0,1) has 3 rows after trimming, the row's first has 2"},
		{[][]Grid[int]{{a}, {a, a}}, 0, "row 1 has 2 tiles, row 0 has 1"},
		{[][]Grid[int]{{a}}, 1, "tile (0,0) is 2x2, nothing left after trimming 1"},
	} {
		if _, err := Stitch(tt.tiles, tt.trim); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Stitch: err %v, want %q", err, tt.want)
		}
	}
}

// TestMatchesAgainstReference finds random patterns with wild cells in
// random images, in every orientation, against trying every place cell by
// cell.
func TestMatchesAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(145, 146))
	for range 500 {
		img := FromFunc(1+rng.IntN(10), 1+rng.IntN(10), func(Point) byte { return ".#"[rng.IntN(2)] })
		pat := FromFunc(1+rng.IntN(3), 1+rng.IntN(4), func(Point) byte { return " #."[rng.IntN(3)] })
		for _, o := range Orientations() {
			v := pat.Orient(o)
			var want []Point
			for p := range img.Points() {
				fits := p.Row+v.Rows() <= img.Rows() && p.Col+v.Cols() <= img.Cols()
				for q := range v.Grid().Points() {
					if fits && v.At(q) != ' ' && img.At(p.Add(q)) != v.At(q) {
						fits = false
					}
				}
				if fits {
					want = append(want, p)
				}
			}
			got := slices.Collect(Matches(img, v, ' '))
			if !slices.Equal(got, want) {
				t.Fatalf("%q in %q, %v: %v, want %v", pat, img, o, got, want)
			}
		}
	}
}

// TestParseDigits checks values and the error for a non-digit.
func TestParseDigits(t *testing.T) {
	g, err := ParseDigits("\n019\n482\n")
	if err != nil || g.At(Pt(0, 2)) != 9 || g.At(Pt(1, 0)) != 4 || g.Len() != 6 {
		t.Fatalf("ParseDigits = %v, %v", g, err)
	}
	_, err = ParseDigits("12\n3x\n")
	if err == nil || err.Error() != `grid: line 2, column 2: malformed line: 'x' is not a digit` {
		t.Fatalf("err %v", err)
	}
}

// TestReverseEdgeEveryLength checks ReverseEdge for every length from 0
// to 64, on both sides of its short-edge path, against a bit-by-bit
// reversal of 200 random strings each, with bits set above the length.
func TestReverseEdgeEveryLength(t *testing.T) {
	rng := rand.New(rand.NewPCG(201, 202))
	for n := range 65 {
		for range 200 {
			x := rng.Uint64()
			var want uint64
			for k := range n {
				want |= (x >> k & 1) << (n - 1 - k)
			}
			if got := ReverseEdge(x, n); got != want {
				t.Fatalf("ReverseEdge(%b, %d) = %b, want %b", x, n, got, want)
			}
		}
	}
}

// TestShowing compares Showing with trying every orientation through
// Orientation.Edges, on random edges of square and other tiles, drawn
// from a few values so that an edge comes on two sides, reads the same
// both ways, or is wanted the other way round.
func TestShowing(t *testing.T) {
	rng := rand.New(rand.NewPCG(151, 152))
	for range 3000 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		if rng.IntN(2) == 0 {
			cols = rows
		}
		n := [4]int{cols, rows, cols, rows}
		var e [4]uint64
		for s := range e {
			e[s] = uint64(rng.IntN(4)) // few values: repeats and palindromes
			if rng.IntN(2) == 0 {
				e[s] = rng.Uint64() & (1<<n[s] - 1)
			}
		}
		d := Dir(rng.IntN(4))
		want := e[rng.IntN(4)]
		if rng.IntN(2) == 0 {
			want = ReverseEdge(want, n[rng.IntN(4)])
		}
		var ref []Orientation
		for _, o := range Orientations() {
			if o.Edges(e, rows, cols)[d] == want {
				ref = append(ref, o)
			}
		}
		set := Showing(e, rows, cols, d, want)
		var got []Orientation
		for _, o := range Orientations() {
			if set.Has(o) {
				got = append(got, o)
			}
		}
		if !slices.Equal(got, ref) || set.Has(8) {
			t.Fatalf("Showing(%b, %d, %d, %v, %b) = %v, want %v", e, rows, cols, d, want, got, ref)
		}
	}
	testkit.MustPanic(t, "diagonal", "grid: Showing: side UpRight, want Up, Right, Down or Left", func() { Showing([4]uint64{}, 2, 2, UpRight, 0) })
}
