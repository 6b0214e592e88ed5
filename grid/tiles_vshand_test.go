package grid

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

func TestTilesVsHandAgree(t *testing.T) { testkit.Agree(t, tilesCases()) }

func tilesCases() []testkit.Pair { return []testkit.Pair{patternCase(), edgesCase(), stitchCase()} }

// jigsaw returns 144 random 10x10 tiles of '.' and '#'.
func jigsaw() []Grid[byte] {
	rng := rand.New(rand.NewPCG(147, 148))
	tiles := make([]Grid[byte], 144)
	for i := range tiles {
		tiles[i] = FromFunc(10, 10, func(Point) byte { return ".#"[rng.IntN(2)] })
	}
	return tiles
}

// patternCase: a 3x20 pattern with wild cells, in all eight orientations,
// in a 96x96 image with copies of it planted: the matches and the cells
// they cover.
func patternCase() testkit.Pair {
	pat := MustParse(`
                  #~
#    ##    ##    ###
 #  #  #  #  #  #   
`)
	pat = Convert(pat, func(_ Point, v byte) byte {
		if v == '~' {
			return ' '
		}
		return v
	})
	rng := rand.New(rand.NewPCG(149, 150))
	img := FromFunc(96, 96, func(Point) byte { return ".#"[min(rng.IntN(5), 1)] }).Mutable()
	for range 30 {
		v := pat.Orient(Orientations()[rng.IntN(8)])
		at := Pt(rng.IntN(96-v.Rows()), rng.IntN(96-v.Cols()))
		for p := range v.Grid().Points() {
			if v.At(p) == '#' {
				img.Set(at.Add(p), '#')
			}
		}
	}
	g := img.Freeze()
	lib := func() int {
		covered := NewMutable(96, 96, false)
		found := 0
		for _, o := range Orientations() {
			v := pat.Orient(o)
			for at := range Matches(g, v, ' ') {
				found++
				for r := range v.Rows() {
					for c := range v.Cols() {
						if v.At(Pt(r, c)) == '#' {
							covered.Set(at.Add(Pt(r, c)), true)
						}
					}
				}
			}
		}
		return found*100000 + covered.Freeze().CountFunc(func(b bool) bool { return b })
	}
	cells := make([]byte, 0, g.Len())
	for v := range g.Values() {
		cells = append(cells, v)
	}
	hand := func() int {
		// The pattern's '#' cells as (row, col) in each orientation,
		// worked out by hand from the 3x20 original.
		var base [][2]int
		for r := range pat.Rows() {
			for c := range pat.Cols() {
				if pat.At(Pt(r, c)) == '#' {
					base = append(base, [2]int{r, c})
				}
			}
		}
		covered := make([]bool, len(cells))
		found := 0
		for o := range 8 {
			h, w := 3, 20
			pts := make([][2]int, len(base))
			for k, p := range base {
				r, c := p[0], p[1]
				if o >= 4 {
					c = 19 - c
				}
				rh, rw := 3, 20
				for range o % 4 {
					r, c = c, rh-1-r
					rh, rw = rw, rh
				}
				pts[k] = [2]int{r, c}
			}
			if o%2 == 1 {
				h, w = 20, 3
			}
			for r := 0; r+h <= 96; r++ {
			next:
				for c := 0; c+w <= 96; c++ {
					for _, p := range pts {
						if cells[(r+p[0])*96+c+p[1]] != '#' {
							continue next
						}
					}
					found++
					for _, p := range pts {
						covered[(r+p[0])*96+c+p[1]] = true
					}
				}
			}
		}
		n := 0
		for _, b := range covered {
			if b {
				n++
			}
		}
		return found*100000 + n
	}
	return testkit.Pair{Name: "pattern_orient", Lib: lib, Hand: hand}
}

// edgesCase: the canonical edges of 144 tiles in all eight orientations,
// summed.
func edgesCase() testkit.Pair {
	tiles := jigsaw()
	lib := func() int {
		sum := 0
		for _, t := range tiles {
			base := EdgesOf(t, '#')
			for _, o := range Orientations() {
				for _, e := range o.Edges(base, 10, 10) {
					sum += int(min(e, ReverseEdge(e, 10)))
				}
			}
		}
		return sum
	}
	hand := func() int {
		sum := 0
		for _, t := range tiles {
			cells := t.cells
			// The four edges read clockwise once; every orientation's edges
			// are these, some reversed, in another order.
			var e [4]uint64
			for k := range 10 {
				if cells[k] == '#' {
					e[0] |= 1 << k
				}
				if cells[k*10+9] == '#' {
					e[1] |= 1 << k
				}
				if cells[99-k] == '#' {
					e[2] |= 1 << k
				}
				if cells[(9-k)*10] == '#' {
					e[3] |= 1 << k
				}
			}
			for range 8 {
				for _, x := range e {
					var rev uint64
					for k := range 10 {
						rev |= (x >> k & 1) << (9 - k)
					}
					sum += int(min(x, rev))
				}
			}
		}
		return sum
	}
	return testkit.Pair{Name: "edges_orient", Lib: lib, Hand: hand}
}

// stitchCase: 12x12 tiles of 10x10, each seen in an orientation, joined
// into a 96x96 image with their borders trimmed.
func stitchCase() testkit.Pair {
	tiles := jigsaw()
	rng := rand.New(rand.NewPCG(151, 152))
	orient := make([]Orientation, len(tiles))
	for i := range orient {
		orient[i] = Orientations()[rng.IntN(8)]
	}
	digest := func(cells []byte) int {
		h := 0
		for i, v := range cells {
			if v == '#' {
				h += i
			}
		}
		return h
	}
	views := make([][]View[byte], 12)
	lib := func() int {
		for i := range 12 {
			views[i] = views[i][:0]
			for j := range 12 {
				views[i] = append(views[i], tiles[i*12+j].Orient(orient[i*12+j]))
			}
		}
		g, err := Stitch(views, 1)
		if err != nil {
			panic(err)
		}
		return digest(g.cells)
	}
	hand := func() int {
		out := make([]byte, 96*96)
		for i := range 12 {
			for j := range 12 {
				t, o := tiles[i*12+j].cells, int(orient[i*12+j])
				for r := range 8 {
					for c := range 8 {
						// The stored cell under the view's (r+1, c+1).
						sr, sc := r+1, c+1
						for range o % 4 {
							sr, sc = 9-sc, sr // undo a quarter turn
						}
						if o >= 4 {
							sc = 9 - sc
						}
						out[(i*8+r)*96+j*8+c] = t[sr*10+sc]
					}
				}
			}
		}
		return digest(out)
	}
	return testkit.Pair{Name: "stitch_orient", Lib: lib, Hand: hand}
}
