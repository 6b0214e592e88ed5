// Package grid holds rectangular grids of cells, the points that address
// them and the headings that move between them, and reads them from the
// text maps that grid puzzles come in:
//
//	g, err := grid.Parse(os.Stdin) // a Grid[byte], one cell per character
//	if err != nil {
//		log.Fatal(err) // names the line and column of the fault
//	}
//	start, _ := grid.Find(g, 'S')
//	for q := range g.Neighbors4(start) {
//		if g.At(q) != '#' {
//			fmt.Println("open:", q)
//		}
//	}
//
// Start here:
//   - [Parse], [ParseString] and [ParseFunc] read a map; [Sections] splits
//     an input of several blocks, and [Masks] reads one of many small maps
//     of a size, each into a word; [ParseInts] and [ParsePoints] read lines
//     of numbers; [MustParse] is for maps written into tests and examples.
//   - [Grid] is an immutable grid: [Grid.At], [Grid.In], the iterators
//     [Grid.All], [Grid.Row], [Grid.Col], the neighbours [Grid.Neighbors4]
//     and [Grid.Neighbors8], and transforms such as [Grid.RotateCW] and
//     [Grid.Sub] that return new grids.
//   - [Mutable] changes in place, for simulations, and hands its cells to a
//     Grid when done; [Mutable.RowCells] gives a row in place, for loops
//     over runs of a row's cells, such as a table of distances; [Torus] and [Tiled] read beyond a grid's edges, and a
//     [Ring] moves many things round one axis of a torus a tick at a time.
//   - [Point] and [Dir] are small values: [Point.Move], [Dir.TurnRight],
//     [Cardinals] and [Dirs].
//   - [Find], [Count], [Regions] (and [Outlines], their measures alone),
//     [Numbers] and [Words] (and [CountWords] and [CountCrosses], their
//     counts a line at a time) answer the common questions about a whole map.
//   - Tiles, as in a jigsaw: [Grid.Orient] turns one without copying it,
//     [Edges] and [EdgesOf] read its edges as bits, [EdgeIndex] finds the
//     tiles that share an edge, [Showing] the turns that show one on a
//     side, and [Stitch] joins tiles into one grid.
//
// Rows grow downwards and columns rightwards: [Point]{Row: 0, Col: 0} is the
// top-left cell, and [Down] adds one to Row. Bounds are half-open: a grid of
// r rows and c columns holds the points with 0 <= Row < r and 0 <= Col < c.
// Puzzles that give "x,y" coordinates map to points with [XY].
//
// A [Grid] is immutable: no method changes it, and it never hands out its
// backing storage, so one Grid can be read by any number of goroutines at
// once. Every method of Grid, Point, Dir and the views takes a value
// receiver, so calls chain on results: g.RotateCW().At(p). A [Mutable] is
// handled by pointer throughout.
//
// The parsers tolerate the quirks of pasted input (a UTF-8 byte order mark,
// CRLF line endings, a missing final newline, blank lines before and after
// the map) and refuse malformed input with a [*ParseError] that names the
// line and column.
//
// Dense indexing ([Grid.Index], [Grid.PointAt]) numbers the cells row by row
// from 0, so per-cell state can live in a flat slice instead of a map; a
// search that numbers cells that way reads them with [Grid.AtIndex] and
// finds their neighbours with [Grid.Neighbors4Index], without building
// points. Iterators that walk a few cells allocate nothing when ranged over
// directly.
//
// Methods are used wherever they need no constraint on the cell type beyond
// Grid's own; package functions are for a tighter constraint ([Find],
// [Count] and [Equal] need comparable cells, [Numbers] bytes) or a change of
// type ([Convert]). A panic is for documented misuse only; its value is an
// error naming the call and the bad value, such as
// "grid: Grid.With: point (5,5) outside the 2x2 grid".
package grid
