package grid

import (
	"math/rand/v2"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestSpellsAgainstSteps compares Spells with a reference that steps cell
// by cell with a bounds test each, on 2,000 random grids of a small
// alphabet, from every cell in every heading, for words that fit, run off
// the edge, are empty or longer than the grid.
func TestSpellsAgainstSteps(t *testing.T) {
	rng := rand.New(rand.NewPCG(141, 142))
	for trial := range 2000 {
		rows, cols := 1+rng.IntN(6), 1+rng.IntN(6)
		g := FromFunc(rows, cols, func(Point) byte { return "ab"[rng.IntN(2)] })
		word := make([]byte, rng.IntN(8))
		for k := range word {
			word[k] = "ab"[rng.IntN(2)]
		}
		for p := range g.Points() {
			for d := range Dir(8) {
				want := true
				q := p
				for k := range len(word) {
					if !g.In(q) || g.At(q) != word[k] {
						want = false
						break
					}
					q = q.Add(d.Delta())
				}
				if got := Spells(g, p, d, string(word)); got != want {
					t.Fatalf("trial %d: Spells(%v, %v, %q) on\n%s= %v, want %v", trial, p, d, word, g, got, want)
				}
			}
		}
		if Spells(g, Pt(-1, 0), Right, "") || Spells(g, Pt(0, cols), Left, "a") {
			t.Fatalf("trial %d: a word read from outside the grid", trial)
		}
	}
	testkit.MustPanic(t, "bad heading", "grid: Spells: invalid heading", func() { Spells(MustParse("ab\n"), Pt(0, 0), Dir(9), "a") })
}

// TestWordsAgainstSpells checks Words against Spells from every cell in
// every heading, on 2,000 random grids, with words of none to 19 bytes,
// and that a range stopped early stops.
func TestWordsAgainstSpells(t *testing.T) {
	rng := rand.New(rand.NewPCG(143, 144))
	for trial := range 2000 {
		rows, cols := 1+rng.IntN(7), 1+rng.IntN(7)
		n := rng.IntN(7)
		if trial%4 == 0 { // words past eight bytes, on maps that can hold them
			rows, cols, n = 1+rng.IntN(20), 1+rng.IntN(20), 8+rng.IntN(12)
		}
		g := FromFunc(rows, cols, func(Point) byte {
			if trial%4 == 0 {
				return "aab"[rng.IntN(3)] // mostly a, so that long words match
			}
			return "ab"[rng.IntN(2)]
		})
		word := make([]byte, n)
		for k := range word {
			word[k] = "ab"[rng.IntN(2)]
			if trial%4 == 0 && rng.IntN(8) > 0 {
				word[k] = 'a'
			}
		}
		type place struct {
			p Point
			d Dir
		}
		var want []place
		if len(word) > 0 {
			for p := range g.Points() {
				for d := range Dir(8) {
					if Spells(g, p, d, string(word)) {
						want = append(want, place{p, d})
					}
				}
			}
		}
		var got []place
		for p, d := range Words(g, string(word)) {
			got = append(got, place{p, d})
		}
		if len(got) != len(want) {
			t.Fatalf("trial %d: Words(%q) on\n%sfound %v, want %v", trial, word, g, got, want)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("trial %d: Words(%q) on\n%sfound %v, want %v", trial, word, g, got, want)
			}
		}
		seen := 0
		for range Words(g, string(word)) {
			seen++
			break
		}
		if seen > 1 || seen == 0 && len(want) > 0 {
			t.Fatalf("trial %d: a range stopped at its first place saw %d", trial, seen)
		}
	}
}

// TestCountWords checks CountWords against the number of places Words
// yields, on 3,000 random grids of one to twelve rows and columns (lines
// of one cell and grids wider than tall, or taller than wide, among them),
// with words of none to eleven bytes: palindromes and repeated letters
// from a two-letter alphabet, the one-byte word, eight bytes (the longest
// kept in a word) and past it.
func TestCountWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(145, 146))
	for trial := range 3000 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		alphabet := []string{"ab", "aab", "abcd"}[rng.IntN(3)]
		g := FromFunc(rows, cols, func(Point) byte { return alphabet[rng.IntN(len(alphabet))] })
		word := make([]byte, rng.IntN(12))
		for k := range word {
			word[k] = alphabet[rng.IntN(len(alphabet))]
		}
		want := 0
		for range Words(g, string(word)) {
			want++
		}
		if got := CountWords(g, string(word)); got != want {
			t.Fatalf("trial %d: CountWords(%q) on\n%s= %d, want %d", trial, word, g, got, want)
		}
	}
}

// TestCountCrosses checks CountCrosses against Spells: a cell counts when
// the word reads through it along each diagonal, from one end or the
// other, its middle on the cell. 3,000 random grids of one to twelve rows
// and columns, words of none to seven bytes (even lengths cross nowhere),
// palindromes among them.
func TestCountCrosses(t *testing.T) {
	rng := rand.New(rand.NewPCG(147, 148))
	for trial := range 3000 {
		rows, cols := 1+rng.IntN(12), 1+rng.IntN(12)
		alphabet := []string{"ab", "aab", "abc"}[rng.IntN(3)]
		g := FromFunc(rows, cols, func(Point) byte { return alphabet[rng.IntN(len(alphabet))] })
		word := make([]byte, rng.IntN(8))
		for k := range word {
			word[k] = alphabet[rng.IntN(len(alphabet))]
		}
		n, h := len(word), len(word)/2
		reads := func(p Point, d Dir) bool { // through p along d, either way
			return Spells(g, p.Move(d.Reverse(), h), d, string(word)) || Spells(g, p.Move(d, h), d.Reverse(), string(word))
		}
		want := 0
		if n%2 == 1 {
			for p := range g.Points() {
				if reads(p, DownRight) && reads(p, DownLeft) {
					want++
				}
			}
		}
		if got := CountCrosses(g, string(word)); got != want {
			t.Fatalf("trial %d: CountCrosses(%q) on\n%s= %d, want %d", trial, word, g, got, want)
		}
	}
}
