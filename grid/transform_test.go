package grid

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// Plain reference transformations on [][]byte rows.

func plainTranspose(in [][]byte) [][]byte {
	out := make([][]byte, len(in[0]))
	for c := range out {
		for r := range in {
			out[c] = append(out[c], in[r][c])
		}
	}
	return out
}

func plainFlipH(in [][]byte) [][]byte {
	out := make([][]byte, len(in))
	for r, row := range in {
		for c := len(row) - 1; c >= 0; c-- {
			out[r] = append(out[r], row[c])
		}
	}
	return out
}

func plainFlipV(in [][]byte) [][]byte {
	out := make([][]byte, len(in))
	for r := range in {
		out[r] = append([]byte(nil), in[len(in)-1-r]...)
	}
	return out
}

// plainRotateCW reads each column bottom to top into a row.
func plainRotateCW(in [][]byte) [][]byte {
	out := make([][]byte, len(in[0]))
	for c := range out {
		for r := len(in) - 1; r >= 0; r-- {
			out[c] = append(out[c], in[r][c])
		}
	}
	return out
}

// plainRotateCCW reads each column, rightmost first, top to bottom.
func plainRotateCCW(in [][]byte) [][]byte {
	cols := len(in[0])
	out := make([][]byte, cols)
	for c := range out {
		for r := range in {
			out[c] = append(out[c], in[r][cols-1-c])
		}
	}
	return out
}

func TestTransformsSmall(t *testing.T) {
	g := mustFromRows(t, [][]byte{[]byte("abc"), []byte("def")})
	tests := []struct {
		name string
		f    func(Grid[byte]) Grid[byte]
		want string
	}{
		{"transpose", Grid[byte].Transpose, "ad\nbe\ncf\n"},
		{"rotate_cw", Grid[byte].RotateCW, "da\neb\nfc\n"},
		{"rotate_ccw", Grid[byte].RotateCCW, "cf\nbe\nad\n"},
		{"flip_h", Grid[byte].FlipH, "cba\nfed\n"},
		{"flip_v", Grid[byte].FlipV, "def\nabc\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f(g).String(); got != tt.want {
				t.Errorf("%s(%q) = %q, want %q", tt.name, g.String(), got, tt.want)
			}
			if got, want := g.String(), "abc\ndef\n"; got != want {
				t.Errorf("after %s, the input is %q, want %q", tt.name, got, want)
			}
		})
	}
}

func TestTransformsDegenerate(t *testing.T) {
	var zero Grid[byte]
	one := New(1, 1, byte('x'))
	for name, f := range map[string]func(Grid[byte]) Grid[byte]{
		"Transpose": Grid[byte].Transpose, "RotateCW": Grid[byte].RotateCW, "RotateCCW": Grid[byte].RotateCCW,
		"FlipH": Grid[byte].FlipH, "FlipV": Grid[byte].FlipV,
	} {
		if got := f(zero); got.Rows() != 0 || got.Cols() != 0 || got.Len() != 0 {
			t.Errorf("%s(zero Grid) is %dx%d with %d cells, want empty", name, got.Rows(), got.Cols(), got.Len())
		}
		if got := f(one); !Equal(got, one) {
			t.Errorf("%s(%q) = %q, want %q", name, one.String(), got.String(), one.String())
		}
	}
}

func TestTransformsVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	refs := []struct {
		name  string
		f     func(Grid[byte]) Grid[byte]
		plain func([][]byte) [][]byte
	}{
		{"Transpose", Grid[byte].Transpose, plainTranspose},
		{"RotateCW", Grid[byte].RotateCW, plainRotateCW},
		{"RotateCCW", Grid[byte].RotateCCW, plainRotateCCW},
		{"FlipH", Grid[byte].FlipH, plainFlipH},
		{"FlipV", Grid[byte].FlipV, plainFlipV},
	}
	for range 300 {
		g := randGrid(rng, 9, "abcdefghijklmnopqrstuvwxyz")
		for _, ref := range refs {
			got := ref.f(g)
			want := mustFromRows(t, ref.plain(g.ToRows()))
			if !Equal(got, want) {
				t.Fatalf("%s(%q) = %q, want %q", ref.name, g.String(), got.String(), want.String())
			}
		}
		checkIdentity := func(name string, got Grid[byte]) {
			t.Helper()
			if !Equal(got, g) {
				t.Fatalf("%s(%q) = %q, want the input back", name, g.String(), got.String())
			}
		}
		checkIdentity("RotateCW⁴", g.RotateCW().RotateCW().RotateCW().RotateCW())
		checkIdentity("RotateCCW⁴", g.RotateCCW().RotateCCW().RotateCCW().RotateCCW())
		checkIdentity("RotateCW∘RotateCCW", g.RotateCCW().RotateCW())
		checkIdentity("RotateCCW∘RotateCW", g.RotateCW().RotateCCW())
		checkIdentity("FlipH∘FlipH", g.FlipH().FlipH())
		checkIdentity("FlipV∘FlipV", g.FlipV().FlipV())
		checkIdentity("Transpose∘Transpose", g.Transpose().Transpose())
		if got, want := g.RotateCW(), g.Transpose().FlipH(); !Equal(got, want) {
			t.Fatalf("RotateCW(%q) = %q, want Transpose.FlipH() = %q", g.String(), got.String(), want.String())
		}
		if got, want := g.RotateCCW(), g.Transpose().FlipV(); !Equal(got, want) {
			t.Fatalf("RotateCCW(%q) = %q, want Transpose.FlipV() = %q", g.String(), got.String(), want.String())
		}
		if got, want := g.RotateCW().RotateCW(), g.FlipV().FlipH(); !Equal(got, want) {
			t.Fatalf("RotateCW²(%q) = %q, want FlipV.FlipH() = %q", g.String(), got.String(), want.String())
		}
	}
}

// plainSub cuts the rows×cols rectangle at at out of in by slicing rows.
func plainSub(in [][]byte, at Point, rows, cols int) [][]byte {
	var out [][]byte
	for r := at.Row; r < at.Row+rows; r++ {
		out = append(out, in[r][at.Col:at.Col+cols])
	}
	return out
}

// TestSubVsPlain checks Sub on generated grids and every kind of rectangle
// inside them, empty ones included, against slicing the rows, and that the
// result owns its cells.
func TestSubVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 1000 {
		g := randGrid(rng, 9, "abcdefgh")
		at := Pt(rng.IntN(g.Rows()+1), rng.IntN(g.Cols()+1))
		rows, cols := rng.IntN(g.Rows()-at.Row+1), rng.IntN(g.Cols()-at.Col+1)
		got := g.Sub(at, rows, cols)
		if rows == 0 || cols == 0 {
			if got.Len() != 0 || got.Rows() != 0 || got.Cols() != 0 {
				t.Fatalf("%q.Sub(%v, %d, %d) = %dx%d grid, want empty", g.String(), at, rows, cols, got.Rows(), got.Cols())
			}
			continue
		}
		if want := mustFromRows(t, plainSub(g.ToRows(), at, rows, cols)); !Equal(got, want) {
			t.Fatalf("%q.Sub(%v, %d, %d) = %q, want %q", g.String(), at, rows, cols, got.String(), want.String())
		}
		// The result owns its cells: a grid is immutable, so a Sub that
		// resliced g's cells (as it could for whole rows) must not.
		before := g.String()
		got.cells[0] = 'z'
		if g.String() != before {
			t.Fatalf("%q.Sub(%v, %d, %d) shares its cells with g", before, at, rows, cols)
		}
	}
	if whole := New(3, 4, byte('x')); !Equal(whole.Sub(Pt(0, 0), 3, 4), whole) {
		t.Error("Sub of the whole grid is not the grid")
	}
}

// TestSubPanics checks that a rectangle that is not inside the grid panics
// naming the rectangle and the grid, not with a runtime index error.
func TestSubPanics(t *testing.T) {
	g := New(2, 3, byte('.'))
	for _, bad := range []struct {
		at         Point
		rows, cols int
	}{
		{Pt(0, 0), 3, 1}, {Pt(0, 0), 1, 4}, {Pt(1, 1), 2, 1}, {Pt(-1, 0), 1, 1},
		{Pt(0, -1), 1, 1}, {Pt(0, 0), -1, 2}, {Pt(0, 0), 1, -1}, {Pt(2, 3), 1, 1},
	} {
		want := fmt.Sprintf("grid: Grid.Sub: the %dx%d rectangle at %v is not inside the 2x3 grid", bad.rows, bad.cols, bad.at)
		testkit.MustPanic(t, fmt.Sprintf("Sub(%v, %d, %d)", bad.at, bad.rows, bad.cols), want, func() { g.Sub(bad.at, bad.rows, bad.cols) })
	}
}

// TestPadVsPlain checks Pad on generated grids against building the padded
// rows by hand, and that Sub undoes it.
func TestPadVsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 300 {
		g := randGrid(rng, 7, "abc")
		n := rng.IntN(4)
		got := g.Pad(n, '.')
		var want [][]byte
		blank := []byte(strings.Repeat(".", g.Cols()+2*n))
		for range n {
			want = append(want, blank)
		}
		for _, row := range g.ToRows() {
			want = append(want, []byte(strings.Repeat(".", n)+string(row)+strings.Repeat(".", n)))
		}
		for range n {
			want = append(want, blank)
		}
		if w := mustFromRows(t, want); !Equal(got, w) {
			t.Fatalf("%q.Pad(%d) = %q, want %q", g.String(), n, got.String(), w.String())
		}
		if back := got.Sub(Pt(n, n), g.Rows(), g.Cols()); !Equal(back, g) {
			t.Fatalf("%q.Pad(%d).Sub = %q, want g back", g.String(), n, back.String())
		}
	}
	var zero Grid[byte]
	if got := zero.Pad(2, 'x'); got.String() != "xxxx\nxxxx\nxxxx\nxxxx\n" {
		t.Errorf("zero Grid.Pad(2) = %q, want a 4x4 grid of x", got.String())
	}
	g := New(1, 1, byte('#'))
	testkit.MustPanic(t, "Pad(-1)", "grid: Grid.Pad: border -1 out of range", func() { g.Pad(-1, '.') })
}
