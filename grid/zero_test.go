package grid

import (
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// TestZeroValues calls every method of the zero value of each exported
// type of the package, and fails on any panic that is a runtime error
// rather than a message naming the type (see testkit.ZeroValues).
func TestZeroValues(t *testing.T) {
	testkit.ZeroValues(t,
		&Grid[byte]{}, &Mutable[byte]{}, &Torus[byte]{}, &Tiled[byte]{}, &View[byte]{}, &Plane[byte]{},
		new(Dir), new(Orientation), &Point{}, &Number{}, &ParseError{}, &Region{}, &Section{}, &EdgeIndex{}, new(OrientationSet), &Slides{}, &Ring{},
	)
}
