package grid

import (
	"errors"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// plainNumbers finds the digit runs of each row with a regular expression.
func plainNumbers(g Grid[byte]) []Number {
	re := regexp.MustCompile(`[0-9]+`)
	var out []Number
	for r, row := range g.ToRows() {
		for _, m := range re.FindAllIndex(row, -1) {
			v, err := strconv.Atoi(string(row[m[0]:m[1]]))
			if err != nil {
				panic(err)
			}
			out = append(out, Number{v, Pt(r, m[0]), m[1] - m[0]})
		}
	}
	return out
}

func TestNumbersVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(51, 52))
	for range 500 {
		g := randGrid(rng, 12, "...0123456789*-+#")
		got, err := Numbers(g)
		if want := plainNumbers(g); err != nil || !slices.Equal(got, want) {
			t.Fatalf("Numbers(%q) = %v, %v; want %v", g, got, err, want)
		}
		for _, n := range got {
			var cells, around []Point
			for c := n.At.Col; c < n.At.Col+n.Len; c++ {
				cells = append(cells, Pt(n.At.Row, c))
			}
			for r := n.At.Row - 1; r <= n.At.Row+1; r++ {
				for c := n.At.Col - 1; c <= n.At.Col+n.Len; c++ {
					if p := Pt(r, c); !slices.Contains(cells, p) {
						around = append(around, p)
					}
				}
			}
			if got := slices.Collect(n.Cells()); !slices.Equal(got, cells) {
				t.Fatalf("%v.Cells() = %v, want %v", n, got, cells)
			}
			// Around's order differs from the row scan only within the
			// middle row: compare as sorted sets, and the count.
			got := slices.Collect(n.Around())
			sortPoints(got)
			if !slices.Equal(got, around) || len(got) != 2*n.Len+6 {
				t.Fatalf("%v.Around() = %v, want %v", n, got, around)
			}
		}
	}
}

func sortPoints(ps []Point) {
	slices.SortFunc(ps, func(a, b Point) int {
		if a.Row != b.Row {
			return a.Row - b.Row
		}
		return a.Col - b.Col
	})
}

func TestNumbersRange(t *testing.T) {
	g, _ := ParseString("..9223372036854775807..\n.9223372036854775808...\n")
	_, err := Numbers(g)
	if want := "grid: Numbers: number at (1,1): 9223372036854775808: value out of range"; err == nil || err.Error() != want || !errors.Is(err, strconv.ErrRange) {
		t.Errorf("Numbers(MaxInt+1) = %v, want %q", err, want)
	}
	g, _ = ParseString("0009223372036854775807\n")
	if n, err := Numbers(g); err != nil || len(n) != 1 || n[0].Value != 1<<63-1 || n[0].Len != 22 {
		t.Errorf("Numbers(leading zeros, MaxInt) = %v, %v", n, err)
	}
}

// TestNumberAt checks NumberAt against Numbers on 500 random maps: every
// cell of every number gives that number, and every other cell, and every
// point outside, gives none.
func TestNumberAt(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 33))
	for trial := range 500 {
		rows, cols := 1+rng.IntN(8), 1+rng.IntN(12)
		g := FromFunc(rows, cols, func(Point) byte { return "..*#0123456789"[rng.IntN(14)] })
		numbers, err := Numbers(g)
		if err != nil {
			t.Fatal(err)
		}
		want := map[Point]Number{}
		for _, n := range numbers {
			for p := range n.Cells() {
				want[p] = n
			}
		}
		for r := -1; r <= rows; r++ {
			for c := -1; c <= cols; c++ {
				p := Pt(r, c)
				got, ok := NumberAt(g, p)
				w, wok := want[p]
				if ok != wok || got != w {
					t.Fatalf("trial %d: NumberAt(%v) = %v, %v; want %v, %v, on\n%s", trial, p, got, ok, w, wok, g)
				}
			}
		}
	}
	long := MustParse("1234567890123456789012")
	if n, ok := NumberAt(long, Pt(0, 3)); ok || n != (Number{}) {
		t.Errorf("NumberAt on a run beyond int = %v, %v; want the zero Number, false", n, ok)
	}
	// It allocates nothing, for a short run or a run of 40 digits (zeros,
	// so that it fits an int).
	zeros := MustParse("7." + strings.Repeat("0", 40) + ".")
	if a := testing.AllocsPerRun(100, func() {
		NumberAt(zeros, Pt(0, 0))
		NumberAt(zeros, Pt(0, 20))
	}); a != 0 {
		t.Errorf("NumberAt allocates %v times a call pair, want 0", a)
	}
}
