package grid_test

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// Slides tilts a set of round rocks 'O' among fixed ones '#': every rock
// goes straight to where it rests, piling up against the fixed rocks.
func ExampleSlides() {
	g := grid.MustParse(`
O.#.
..O.
O#..
.O.O
`)
	s := grid.NewSlides(g, '#')
	var rocks []int32
	for i := range g.Len() {
		if g.AtIndex(i) == 'O' {
			rocks = append(rocks, int32(i))
		}
	}
	s.Tilt(rocks, grid.Up)
	m := g.Mutable()
	for i := range m.Len() {
		if m.AtIndex(i) == 'O' {
			m.SetIndex(i, '.')
		}
	}
	for _, r := range rocks {
		m.SetIndex(int(r), 'O')
	}
	fmt.Print(m.Freeze())
	fmt.Println(g.PointAt(s.Stop(g.Index(grid.Pt(3, 0)), grid.Right))) // a slide right from (3,0)
	// Output:
	// O.#O
	// O.O.
	// .#..
	// .O..
	// (3,3)
}
