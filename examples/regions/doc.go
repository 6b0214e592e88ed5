// Command regions prices the fences of a garden of letter plots, with
// [grid.Outlines], which finds the regions of a grid and measures their
// outlines.
//
// # The puzzle, in our words
//
// A garden is a rectangle of plots, each planted with one crop named by a
// capital letter A-Z. A region is a largest set of plots of one crop
// joined through shared edges (up, down, left, right; touching corners do
// not join), so one crop can make several regions, and a region can have
// holes with other regions inside. Every region is fenced along each plot
// edge it shares with another region or the garden's border, the fences
// around holes included.
//
//   - Part 1: the sum over the regions of area (plots) times perimeter
//     (edges of fence).
//   - Part 2: the same with the number of straight sides of fence in place
//     of the perimeter: a run of fence edges in one line, with the region
//     on the same side, is one side, and a side ends at every corner,
//     including where two of the region's plots meet only at a corner.
//
// grid.Outlines labels the regions in two passes over the plots in
// reading order, then measures every region in one more: the perimeter
// counts edges, and the sides count corners, since an outline has as many
// sides as corners. It lists no region's plots, which this puzzle does not need
// (grid.Regions gives them too).
//
// # Usage
//
//	go run ./examples/regions [flags]
//
// With no flags it solves a 140x140 garden embedded in the program, made by
// its own generator (gen.go), and prints "part1 N" and "part2 N". Flags:
//
//	-input FILE     read the garden from FILE ("-" for standard input)
//	-generate SEED  print a generated garden instead (size from -size)
//	-size RxC       size for -generate (default 140x140)
//	-cpuprofile F   write a CPU profile of the run to F, for go tool pprof
//
// Bad input (a character other than A-Z, ragged rows, empty input) gets
// one line on standard error starting "regions:" and exit status 1.
package main
