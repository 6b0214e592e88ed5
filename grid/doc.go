// Package grid holds rectangular grids of cells, the points that address
// them and the headings that move between them.
//
// Rows grow downwards and columns rightwards: [Point]{Row: 0, Col: 0} is the
// top-left cell, and [Down] adds one to Row. Bounds are half-open: a grid of
// r rows and c columns holds the points with 0 <= Row < r and 0 <= Col < c.
// Puzzles that give "x,y" coordinates map to points with [XY].
//
// A [Grid] is immutable: no method changes it, and it never hands out its
// backing storage, so one Grid can be read by any number of goroutines at
// once. Methods such as [Grid.With] and [Grid.Map] return changed copies;
// a [Mutable] grid changes in place, for simulations, and hands its cells
// to a Grid when done.
//
// [Parse] and [ParseFunc] read the text maps that grid puzzles come in,
// tolerating the quirks of pasted input (a UTF-8 byte order mark, CRLF line
// endings, a missing final newline, blank lines before and after the map)
// and refusing malformed input with a [*ParseError] that names the line
// and column. [Sections] splits an input of several blocks, and
// [ParseInts] and [ParsePoints] read lines of numbers, with the same
// tolerance and errors.
//
// Dense indexing ([Grid.Index], [Grid.PointAt]) numbers the cells row by row
// from 0, so per-cell state can live in a flat slice instead of a map. A
// search that numbers cells that way reads them with [Grid.AtIndex] and
// finds their neighbours with [Grid.Neighbors4Index], without building
// points.
//
// Iterators that walk a few cells ([Grid.Neighbors4] and its kin, [Grid.Row],
// [Grid.Col], [Grid.Entries], [Point.Within], the views' neighbours) allocate
// nothing when ranged over directly.
//
// Methods are used wherever they need no constraint on the cell type
// beyond Grid's own (transforms such as [Grid.RotateCW], [Grid.CountFunc]);
// package functions are for a tighter constraint ([Find], [Count] and
// [Equal] need comparable cells, [Numbers] bytes) or a change of type
// ([Convert]). A panic is for documented misuse only; its value is an
// error naming the call and the bad value, such as
// "grid: Grid.With: point (5,5) outside the 2x2 grid".
//
// # Files
//
//   - point.go: [Point], [Pt], [XY] and point arithmetic.
//   - dir.go: [Dir], the headings, [Cardinals], [Diagonals], [Dirs], [DirOf].
//   - geom.go: [Point.Within], [Segment], [Bounds], [Enclosed], [Grid.Entries].
//   - grid.go: [Grid], [New], [FromRows], [FromFunc], [FromPoints], reads,
//     rows and columns ([Grid.Row], [Grid.Col], [Grid.First]), [Grid.With],
//     [Grid.Map], [Convert].
//   - neighbors.go: [Grid.Neighbors4], [Grid.Neighbors8], the same over
//     dense indices ([Grid.Neighbors4Index], [Grid.Neighbors8Index]), the
//     filtered [Grid.Neighbors4Func], [Grid.Neighbors8Func], and the
//     successor functions for searches [Grid.Moves4], [Grid.Moves8].
//   - mutable.go: [Mutable], [NewMutable], [Grid.Mutable], [Mutable.Freeze].
//   - view.go: [Torus] and [Tiled], the views beyond a grid's edges.
//   - find.go: [Find], [FindAll], [Count], [Equal].
//   - span.go: [Span], how far a walker can go straight before a stop cell.
//   - transform.go: [Grid.Transpose], [Grid.RotateCW], [Grid.RotateCCW],
//     [Grid.FlipH], [Grid.FlipV], [Grid.Sub], [Grid.Pad].
//   - render.go: [Grid.String], [Grid.Render], [Mark].
//   - parse.go: [Parse], [ParseString], [ParseFunc], [ParseStringFunc],
//     [ParseError] and its sentinels.
//   - option.go: [Option], [MaxCells], [FirstLine].
//   - read.go: the bounded reading and block storage under the parsers.
//   - section.go: [Section], [Sections], [CutSection].
//   - ints.go: [ParseInts], [ParsePoints].
//   - numbers.go: [Number], [Numbers].
//   - panic.go: the panic values of misuse.
package grid
