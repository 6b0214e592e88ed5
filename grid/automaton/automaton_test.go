package automaton_test

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/automaton"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// refStep is the plain reference: each cell's eight neighbours read with a
// bounds test, the border value outside, counted one by one.
func refStep(g grid.Grid[byte], border byte, rule func(v byte, around [8]byte) byte) grid.Grid[byte] {
	return grid.FromFunc(g.Rows(), g.Cols(), func(p grid.Point) byte {
		var around [8]byte
		for _, d := range grid.Dirs() {
			around[d] = border
			if q := p.Move(d, 1); g.In(q) {
				around[d] = g.At(q)
			}
		}
		return rule(g.At(p), around)
	})
}

// TestStepAgainstReference runs random rules on random maps for several
// steps, against the reference: a rule keyed on the cell, its counts of
// each value among all eight and among the four, and one neighbour by
// heading.
func TestStepAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(91, 92))
	const values = "#.|"
	for trial := range 300 {
		rows, cols := 1+rng.IntN(9), 1+rng.IntN(9)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return values[rng.IntN(3)] })
		border := values[rng.IntN(3)]
		table := make([]byte, 3*9*5*3)
		for i := range table {
			table[i] = values[rng.IntN(3)]
		}
		d, v8, v4 := grid.Dir(rng.IntN(8)), values[rng.IntN(3)], values[rng.IntN(3)]
		index := func(v byte, n8, n4 int, at byte) int {
			k := func(b byte) int {
				for i := range 3 {
					if values[i] == b {
						return i
					}
				}
				return 0
			}
			return ((k(v)*9+n8)*5+n4)*3 + k(at)
		}
		ref := func(v byte, around [8]byte) byte {
			n8, n4 := 0, 0
			for h, x := range around {
				if x == v8 {
					n8++
				}
				if h < 4 && x == v4 {
					n4++
				}
			}
			return table[index(v, n8, n4, around[d])]
		}
		rule := func(v byte, n automaton.Around) byte {
			return table[index(v, n.Count(v8), n.Count4(v4), n.At(d))]
		}
		a := automaton.New(g, border)
		for step := range 4 {
			next := refStep(g, border, ref)
			changed := 0
			for p, x := range next.All() {
				if x != g.At(p) {
					changed++
				}
			}
			if got := a.Step(rule); got != changed {
				t.Fatalf("trial %d step %d on %q: Step changed %d cells, reference %d", trial, step, g, got, changed)
			}
			if !grid.Equal(a.Grid(), next) || a.String() != next.String() {
				t.Fatalf("trial %d step %d on %q border %q: got\n%s\nwant\n%s", trial, step, g, border, a.Grid(), next)
			}
			g = next
		}
		for p := range g.Points() {
			if a.At(p) != g.At(p) {
				t.Fatalf("trial %d: At(%v) = %q, want %q", trial, p, a.At(p), g.At(p))
			}
		}
		if a.At(grid.Pt(-1, 0)) != border || a.Count('#') != grid.Count(g, '#') {
			t.Fatalf("trial %d: At outside = %q (border %q), Count('#') = %d, want %d", trial, a.At(grid.Pt(-1, 0)), border, a.Count('#'), grid.Count(g, '#'))
		}
	}
}

// TestAroundCount checks the word arithmetic of Count and Count4 against
// counting byte by byte, on random words and on words of all one value.
func TestAroundCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(93, 94))
	for range 20000 {
		var n automaton.Around
		var b [8]byte
		for i := range b {
			b[i] = []byte{0, 1, 0x7f, 0x80, 0xff, '#', '.', byte(rng.IntN(256))}[rng.IntN(8)]
			n |= automaton.Around(b[i]) << (8 * i)
		}
		v := b[rng.IntN(8)]
		if rng.IntN(4) == 0 {
			v = byte(rng.IntN(256))
		}
		want8, want4 := 0, 0
		for i, x := range b {
			if x == v {
				want8++
				if i < 4 {
					want4++
				}
			}
		}
		if n.Count(v) != want8 || n.Count4(v) != want4 {
			t.Fatalf("%x: Count(%#x) = %d, Count4 = %d; want %d, %d", uint64(n), v, n.Count(v), n.Count4(v), want8, want4)
		}
		for d := range grid.Dir(8) {
			if n.At(d) != b[d] {
				t.Fatalf("%x: At(%v) = %#x, want %#x", uint64(n), d, n.At(d), b[d])
			}
		}
	}
}

func TestRunAndSet(t *testing.T) {
	// A cell becomes '#' if any cardinal neighbour is: it settles when the
	// region around the seed is full.
	g := grid.MustParse("....\n.##.\n....\n")
	a := automaton.New(g, 'x')
	a.Set(grid.Pt(0, 0), '#')
	steps := a.Run(func(v byte, n automaton.Around) byte {
		if v == '.' && n.Count4('#') > 0 {
			return '#'
		}
		return v
	})
	if steps != 2 || a.Count('#') != 12 {
		t.Fatalf("Run took %d steps to %d '#', want 2 and 12:\n%s", steps, a.Count('#'), a)
	}
	testkit.MustPanic(t, "set", "automaton: Automaton.Set: (3,0) outside the 3x4 grid", func() { a.Set(grid.Pt(3, 0), '#') })
}

// FuzzAroundCount checks Count and Count4 against counting byte by byte
// on any word and value.
func FuzzAroundCount(f *testing.F) {
	f.Add(uint64(0x2323232e2e7c7c00), byte('#'))
	f.Add(^uint64(0), byte(0xff))
	f.Add(uint64(0x8080808080808080), byte(0))
	f.Fuzz(func(t *testing.T, word uint64, v byte) {
		n := automaton.Around(word)
		want8, want4 := 0, 0
		for i := range 8 {
			if byte(word>>(8*i)) == v {
				want8++
				if i < 4 {
					want4++
				}
			}
		}
		if n.Count(v) != want8 || n.Count4(v) != want4 {
			t.Fatalf("%x: Count(%#x) = %d, Count4 = %d; want %d, %d", word, v, n.Count(v), n.Count4(v), want8, want4)
		}
	})
}

// refEnhance is the reference for an endless image: a map of the lit
// points, every point within reach of the lit area looked at, and the
// background (the value of every point not held) stepped by the rule too.
func refEnhance(lit map[grid.Point]bool, bg bool, table []bool, steps int) (map[grid.Point]bool, bool) {
	for range steps {
		lo, hi, _ := grid.Bounds(func(yield func(grid.Point) bool) {
			for p := range lit {
				if !yield(p) {
					return
				}
			}
		})
		next := map[grid.Point]bool{}
		for r := lo.Row - 1; r <= hi.Row+1; r++ {
			for c := lo.Col - 1; c <= hi.Col+1; c++ {
				code := 0
				for dr := -1; dr <= 1; dr++ {
					for dc := -1; dc <= 1; dc++ {
						q := grid.Pt(r+dr, c+dc)
						on := bg
						if q.Row >= lo.Row && q.Row <= hi.Row && q.Col >= lo.Col && q.Col <= hi.Col {
							on = lit[q]
						}
						code <<= 1
						if on {
							code |= 1
						}
					}
				}
				if table[code] {
					next[grid.Pt(r, c)] = true
				}
			}
		}
		bgCode := 0
		if bg {
			bgCode = 511
		}
		// Keep the points of the grown rectangle unlit in the map too, so
		// the next Bounds covers the whole image.
		for _, q := range []grid.Point{grid.Pt(lo.Row-1, lo.Col-1), grid.Pt(hi.Row+1, hi.Col+1)} {
			if _, ok := next[q]; !ok {
				next[q] = false
			}
		}
		lit, bg = next, table[bgCode]
	}
	return lit, bg
}

// TestEnhanceAgainstReference steps endless images by random tables with
// Grow, Code and SetBorder, and with Grow and StepTable, against the map of
// lit points.
func TestEnhanceAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(101, 102))
	for trial := range 200 {
		rows, cols := 1+rng.IntN(6), 1+rng.IntN(6)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return ".#"[rng.IntN(2)] })
		table := make([]bool, 512)
		for i := range table {
			table[i] = rng.IntN(2) == 0
		}
		steps := 1 + rng.IntN(4)
		glyph := map[bool]byte{false: '.', true: '#'}
		var bytes [512]byte
		for i, on := range table {
			bytes[i] = glyph[on]
		}
		a, b := automaton.New(g, '.'), automaton.New(g, '.')
		for range steps {
			a.Grow(1)
			a.Step(func(v byte, n automaton.Around) byte { return glyph[table[n.Code(v, '#')]] })
			a.SetBorder(glyph[table[automaton.Around(0x0101010101010101*uint64(a.Border())).Code(a.Border(), '#')]])
			b.Grow(1)
			before := b.Grid()
			changed := b.StepTable(&bytes, '#')
			if want := diff(before, b.Grid()); changed != want {
				t.Fatalf("trial %d: StepTable reports %d cells changed, want %d", trial, changed, want)
			}
		}
		lit := map[grid.Point]bool{}
		for p, v := range g.All() {
			lit[p] = v == '#'
		}
		want, bg := refEnhance(lit, false, table, steps)
		for name, a := range map[string]*automaton.Automaton{"Step": a, "StepTable": b} {
			if (a.Border() == '#') != bg {
				t.Fatalf("trial %d, %s: background %q, want lit %v", trial, name, a.Border(), bg)
			}
			for p := range a.Grid().Points() {
				q := p.Sub(grid.Pt(steps, steps))
				if got := a.At(p) == '#'; got != want[q] {
					t.Fatalf("trial %d %q after %d steps by %s: %v (%v in the input's frame) lit %v, want %v\n%s", trial, g, steps, name, p, q, got, want[q], a)
				}
			}
		}
	}
	a := automaton.New(grid.MustParse("#\n"), '.')
	testkit.MustPanic(t, "grow", "automaton: Automaton.Grow: negative n -1", func() { a.Grow(-1) })
}

// diff counts the cells where two grids of one size differ.
func diff(a, b grid.Grid[byte]) int {
	n := 0
	for i := range a.Len() {
		if a.AtIndex(i) != b.AtIndex(i) {
			n++
		}
	}
	return n
}

// TestStepTableAnyBytes steps grids of many byte values, where on is one
// of them and every other counts as off, by a random table, against Step
// with the rule table[n.Code(v, on)] and SetBorder, over rows of every
// width from 1 to 9.
func TestStepTableAnyBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(105, 106))
	for trial := range 300 {
		rows, cols := 1+rng.IntN(9), 1+rng.IntN(9)
		g := grid.FromFunc(rows, cols, func(grid.Point) byte { return "abc"[rng.IntN(3)] })
		var table [512]byte
		for i := range table {
			table[i] = "abc"[rng.IntN(3)]
		}
		border := "abc"[rng.IntN(3)]
		a, b := automaton.New(g, border), automaton.New(g, border)
		for step := range 3 {
			on := a.Border()
			if step == 1 {
				on = "abc"[rng.IntN(3)]
			}
			want := a.Step(func(v byte, n automaton.Around) byte { return table[n.Code(v, on)] })
			if a.Border() == on {
				a.SetBorder(table[511])
			} else {
				a.SetBorder(table[0])
			}
			if got := b.StepTable(&table, on); got != want || b.String() != a.String() || b.Border() != a.Border() {
				t.Fatalf("trial %d step %d on %q: StepTable changed %d to\n%sborder %q; Step changed %d to\n%sborder %q", trial, step, on, got, b, b.Border(), want, a, a.Border())
			}
		}
	}
}
