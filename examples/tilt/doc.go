// Command tilt solves a puzzle about rocks rolling on a tilting platform,
// with the library's lanes and cycle finder: [grid.Slides] works out once
// where a rock rolling from each cell in each heading comes to rest
// against the fixed rocks, so a tilt moves each round rock straight to
// the next free cell of its lane ([grid.Slides.Tilt]), and
// [cycle.Record] answers "a billion times" by finding where the round
// rocks' states start to repeat, keeping them by the set of cells they
// fill.
//
// # The puzzle, in our words
//
// A platform is a rectangle of cells: 'O' is a round rock, '#' a fixed rock
// and '.' an empty cell. Tilting the platform towards one edge sends every
// round rock rolling that way until the next cell is off the platform, a
// fixed rock or a round rock that has already stopped. Fixed rocks never
// move.
//
// The load of a round rock is its distance from the south (bottom) edge,
// counting its own row: a rock on the bottom row weighs 1, one on the top
// row of an n-row platform weighs n. The total load is the sum over all
// round rocks.
//
//   - Part 1: the total load after one tilt to the north (up).
//   - Part 2: the total load after 1,000,000,000 spin cycles, a spin cycle
//     being four tilts in turn: north, west, south, east.
//
// For instance, a tilt north takes this platform of our own, on the left,
// to the one on the right, whose total load is 3×4 + 2×3 = 18:
//
//	.O.#.        OOO#.
//	O.O..        .O.O.
//	#..O.        #....
//	.O..#        ....#
//
// One spin cycle of the platform on the left leaves the one below, and so
// does every spin cycle after, so the load after any number of cycles from
// one on is 4 + 3 + 2 + 2×1 = 11:
//
//	..O#.
//	....O
//	#...O
//	..OO#
//
// # Usage
//
//	go run ./examples/tilt [-input FILE]
//
// With no flags it solves a 100x100 platform embedded in the program, made
// by the program's own generator (see gen.go for the seed), and prints
// "part1 N" and "part2 N". Flags:
//
//	-input FILE     read the platform from FILE ("-" for standard input)
//	-generate SEED  print a generated platform instead (size from -size)
//	-size RxC       size for -generate (default 100x100)
//	-cpuprofile F   write a CPU profile of the run to F, for go tool pprof
//
// Bad input (an unknown cell, rows of different lengths, no rows at all)
// gets one line on standard error starting "tilt:" and exit status 1.
//
// # Cost
//
// A spin cycle is four tilts of the round rocks, O(rocks) each, with no
// pass over the cells: about 20 µs for the 1,978 rocks of the embedded
// 100x100 platform, where rolling them cell by cell in a [grid.Mutable]
// took about 50 µs. Part 2 takes start+period
// spin cycles, where start is the number of cycles before the platform
// first reaches a state it will return to and period the number of cycles
// between returns, and keeps that many states; for the embedded
// platform they are 94 and 20. (Brent's method, [cycle.NthFunc],
// keeps no states but spins up to about five times as often.)
package main
