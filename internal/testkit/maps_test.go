package testkit_test

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

func TestWallsAndBools(t *testing.T) {
	for _, density := range []float64{0, 0.1, 0.5, 1} {
		m := testkit.Walls(rand.New(rand.NewPCG(1, 2)), 30, 40, density)
		b := testkit.Bools(rand.New(rand.NewPCG(1, 2)), 30, 40, density)
		if len(m) != 30 || len(b) != 30 {
			t.Fatalf("Walls, Bools(30x40) have %d, %d rows", len(m), len(b))
		}
		walls := 0
		for r := range m {
			if len(m[r]) != 40 || len(b[r]) != 40 {
				t.Fatalf("Walls, Bools(30x40) row %d has %d, %d cells", r, len(m[r]), len(b[r]))
			}
			for c, v := range m[r] {
				if v != '.' && v != '#' || (v == '#') != b[r][c] {
					t.Fatalf("density %v: Walls has %q at (%d,%d), Bools %v; want the same map from the same seed", density, v, r, c, b[r][c])
				}
				walls += btoi(v == '#')
			}
		}
		// 1200 cells: the count is within 5 standard deviations of the mean.
		mean, sd := 1200*density, 5*math.Sqrt(1200*density*(1-density))+0.5
		if float64(walls) < mean-sd || float64(walls) > mean+sd {
			t.Errorf("Walls(30x40, density %v) has %d walls, want about %.0f", density, walls, mean)
		}
	}
	a := testkit.Walls(rand.New(rand.NewPCG(7, 7)), 5, 9, 0.3)
	b := testkit.Walls(rand.New(rand.NewPCG(7, 7)), 5, 9, 0.3)
	if testkit.Text(a) != testkit.Text(b) {
		t.Errorf("Walls gave two maps for one seed:\n%s\n%s", testkit.Text(a), testkit.Text(b))
	}
}

func TestLetters(t *testing.T) {
	m := testkit.Letters(rand.New(rand.NewPCG(3, 4)), 20, 20, "ab\x00")
	seen := map[byte]int{}
	for _, row := range m {
		for _, c := range row {
			seen[c]++
		}
	}
	if len(seen) != 3 || seen['a'] == 0 || seen['b'] == 0 || seen[0] == 0 {
		t.Errorf("Letters(20x20, \"ab\\x00\") drew %v, want each of the three", seen)
	}
	testkit.MustPanic(t, `Letters(1x1, "")`, "empty alphabet", func() {
		testkit.Letters(rand.New(rand.NewPCG(1, 1)), 1, 1, "")
	})
}

func TestPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		rows, cols := 1+rng.IntN(4), 1+rng.IntN(4)
		glyphs := []byte("SE^>v<")[:1+rng.IntN(min(6, rows*cols))]
		m := testkit.Walls(rng, rows, cols, 0.5)
		testkit.Place(rng, m, glyphs...)
		text := testkit.Text(m)
		for _, g := range glyphs {
			if strings.Count(text, string(g)) != 1 {
				t.Fatalf("Place(%q) gave\n%s; want each glyph once", glyphs, text)
			}
		}
	}
	// Every cell can be drawn.
	hit := map[string]bool{}
	for range 200 {
		m := testkit.Walls(rng, 2, 2, 0)
		testkit.Place(rng, m, 'S')
		hit[testkit.Text(m)] = true
	}
	if len(hit) != 4 {
		t.Errorf("Place on a 2x2 map used %d of its 4 cells", len(hit))
	}
	testkit.MustPanic(t, "Place(2 glyphs on 1 cell)", "2 glyphs for 1 cells", func() {
		testkit.Place(rng, [][]byte{{'.'}}, 'S', 'E')
	})
	testkit.MustPanic(t, "Place(ragged)", "ragged", func() {
		testkit.Place(rng, [][]byte{{'.', '.'}, {'.'}}, 'S')
	})
}

func TestQuirkyAndLines(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	var bom, crlf, open int
	for range 2000 {
		rows := make([]string, 1+rng.IntN(5))
		for i := range rows {
			rows[i] = string(slices.Concat(testkit.Letters(rng, 1, 1+rng.IntN(4), ".#\r\xef")...))
			if strings.HasSuffix(rows[i], "\r") {
				rows[i] += "."
			}
		}
		text := testkit.Quirky(rng, rows)
		if got := testkit.Lines(text); !slices.Equal(got, rows) {
			t.Fatalf("Lines(Quirky(%q)) = %q (text %q)", rows, got, text)
		}
		bom += btoi(strings.HasPrefix(text, "\ufeff"))
		crlf += btoi(strings.Contains(text, "\r\n"))
		open += btoi(!strings.HasSuffix(text, "\n"))
	}
	if bom < 300 || crlf < 1000 || open < 100 {
		t.Errorf("Quirky: %d of 2000 with a BOM, %d with CRLF, %d with no final newline; want each quirk often", bom, crlf, open)
	}
	if got := testkit.Lines(testkit.Text([][]byte{[]byte("ab"), []byte("cd")})); !slices.Equal(got, []string{"ab", "cd"}) {
		t.Errorf("Lines(Text(ab, cd)) = %q", got)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
