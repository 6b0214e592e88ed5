package bitrows_test

import (
	"testing"

	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestZeroValues calls every method of the zero Grid, and fails on any
// panic that is a runtime error rather than a message naming the type
// (see testkit.ZeroValues).
func TestZeroValues(t *testing.T) {
	testkit.ZeroValues(t, &bitrows.Grid{}, &bitrows.Counts{}, &bitrows.Pile{}, &bitrows.Piece{}, new(bitrows.Block), &bitrows.MaskSet{})
}
