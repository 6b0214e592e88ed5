// Package grid holds rectangular grids of cells, the points that address
// them and the headings that move between them.
//
// Rows grow downwards and columns rightwards: [Point]{Row: 0, Col: 0} is the
// top-left cell, and [Down] adds one to Row. Bounds are half-open: a grid of
// r rows and c columns holds the points with 0 <= Row < r and 0 <= Col < c.
//
// A [Grid] is immutable: no method changes it, and it never hands out its
// backing storage, so one Grid can be read by any number of goroutines at
// once. Methods such as [Grid.With] and [Grid.Map] return changed copies.
//
// [Parse] and [ParseFunc] read the text maps that grid puzzles come in,
// tolerating the quirks of pasted input (a UTF-8 byte order mark, CRLF line
// endings, a missing final newline, trailing blank lines) and refusing
// malformed input with a [*ParseError] that names the line and column.
//
// Dense indexing ([Grid.Index], [Grid.PointAt]) numbers the cells row by row
// from 0, so per-cell state can live in a flat slice instead of a map.
package grid
