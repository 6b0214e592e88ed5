package grid_test

import (
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// reader is the small interface a caller may ask of any grid-like value.
type reader[T any] interface {
	At(grid.Point) T
	In(grid.Point) bool
}

// Every Grid method takes a value receiver, so a Grid, its views and the
// results of its transforms satisfy reader, and calls chain on results.
var (
	_ reader[byte] = grid.Grid[byte]{}
	_ reader[byte] = (*grid.Grid[byte])(nil)
)

func TestCallsOnResults(t *testing.T) {
	g, err := grid.ParseString("ab\ncd\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  byte
		want byte
	}{
		{"rotate_cw_at", g.RotateCW().At(grid.Pt(0, 0)), 'c'},
		{"torus_at", g.Torus().At(grid.Pt(-1, -1)), 'd'},
		{"tiled_at", g.Tiled().At(grid.Pt(2, 3)), 'b'},
		{"pad_at", g.Pad(1, '.').At(grid.Pt(1, 1)), 'a'},
		{"mutable_grid_at", g.Mutable().Grid().At(grid.Pt(1, 0)), 'c'},
		{"interface_at", atOf[byte](g.FlipH(), grid.Pt(0, 0)), 'b'},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if got, want := g.Pad(1, '.').Rows(), 4; got != want {
		t.Errorf("Pad(1).Rows() = %d, want %d", got, want)
	}
}

func atOf[T any](r reader[T], p grid.Point) T { return r.At(p) }
