package junction_test

import (
	"fmt"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/parallel"
	"github.com/gridsearch/gridsearch/walk/junction"
)

// hike is a small maze with slopes: '#' is a wall, '.' open, and a slope
// ('^', '>', 'v', '<') may only be crossed downhill.
const hike = `#.###############
#.##...##########
#..>.#.>.>...>.##
##v#####v#####v##
##.#####.#####.##
##.#####.#####.##
##.#####.#####.##
##v#####v#####v##
##.>...>.>...>.##
##v#####v#####v##
##.#####...###.##
##.#######.###.##
##.#####...###.##
##v#####v#####v##
##.>...>.>...>..#
###############.#
###############.#
`

// The longest walk through a maze that never steps on a cell twice, first
// with one-way slopes and then with the slopes as open ground: compress the
// maze into its junctions, then search the small graph.
func ExampleNew() {
	g, err := grid.ParseString(hike)
	if err != nil {
		fmt.Println(err)
		return
	}
	start, end := grid.Pt(0, 1), grid.Pt(g.Rows()-1, g.Cols()-2)

	// Dry: any step between two cells that are not walls.
	dry := func(p grid.Point, d grid.Dir) bool {
		return g.At(p) != '#' && g.At(p.Add(d.Delta())) != '#'
	}
	// Slopes: no step onto or off a slope except downhill.
	downhill := func(c byte, d grid.Dir) bool {
		s, ok := grid.DirOf(rune(c))
		return !ok || s == d
	}
	slopes := func(p grid.Point, d grid.Dir) bool {
		return dry(p, d) && downhill(g.At(p), d) && downhill(g.At(p.Add(d.Delta())), d)
	}

	for _, rule := range []func(grid.Point, grid.Dir) bool{slopes, dry} {
		jg, err := junction.New(g, start, end, rule)
		if err != nil {
			fmt.Println(err)
			return
		}
		n, ok := jg.Longest(0, 1) // start is node 0, end node 1
		fmt.Println(jg.Len(), "nodes, longest walk:", n, ok)
	}
	// Output:
	// 9 nodes, longest walk: 36 true
	// 9 nodes, longest walk: 58 true
}

// Splitting one search over cores with package parallel: the prefixes of
// the first few steps are searched independently, and the best of them is
// the longest walk. A Graph is safe for concurrent use.
func ExampleGraph_Prefixes() {
	g, err := grid.ParseString(hike)
	if err != nil {
		fmt.Println(err)
		return
	}
	dry := func(p grid.Point, d grid.Dir) bool {
		return g.At(p) != '#' && g.At(p.Add(d.Delta())) != '#'
	}
	jg, err := junction.New(g, grid.Pt(0, 1), grid.Pt(g.Rows()-1, g.Cols()-2), dry)
	if err != nil {
		fmt.Println(err)
		return
	}
	prefixes := jg.Prefixes(0, 1, 4)
	lengths := parallel.Map(prefixes, func(p junction.Prefix) int {
		n, ok := jg.LongestFrom(p, 1)
		if !ok {
			return -1 // no way on to the end
		}
		return n
	})
	fmt.Println(len(prefixes), "prefixes, longest walk:", slices.Max(lengths))
	// Output:
	// 10 prefixes, longest walk: 58
}
