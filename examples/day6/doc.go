// Command day6 solves the guard patrol puzzle that gridsearch was built
// around, and is the library's worked example: parsing a map, walking it
// with a heading, detecting loops and fanning thousands of independent
// trials out over all cores, through the public API of packages grid, walk
// and parallel only.
//
// # The puzzle, in our words
//
// A map is a rectangle of cells: '.' is free, '#' is blocked, and exactly one
// cell holds the guard, drawn as '^', '>', 'v' or '<' for the way it faces
// (its cell is free). The guard repeats one rule: if the cell ahead is
// blocked, turn right on the spot (again, if the new way is blocked too);
// otherwise step into it. It stops when its next step would take it off the
// map.
//
//   - Part 1: how many distinct cells the guard visits, its start included.
//   - Part 2: at how many free cells, other than the start, one added '#'
//     would trap the guard in a loop forever. Only cells on the part-1 path
//     can change the walk, so those are the candidates.
//
// # Reading the code
//
// main.go is the solution, and the file to read first: parse the map, walk
// the guard out for part 1, and count part 2 with jump tables over all
// cores. The other files are the harness that times and draws it:
// command.go (the command line, on the examples' shared package cli),
// strategies.go (the two slower ways to count part 2, kept to compare
// with), fault.go (locating a fault in a bad map), timing.go (-time),
// sweep.go (-sweep), chart.go (-svg) and png.go (-png). The maps come from
// internal/mapgen.
//
// # Usage
//
//	go run ./examples/day6 [flags]
//
// With no flags it solves a map embedded in the program, made by the
// project's own generator (internal/mapgen), and prints "part1 N" and
// "part2 N". Flags:
//
//	-input FILE     read the map from FILE ("-" for standard input)
//	-workers N      goroutines for part 2 (0: GOMAXPROCS)
//	-strategy S     jump (the default, fastest), resume or seed
//	-time           also print "time parse D", "time part1 D", "time part2 D":
//	                medians over -repeat full solves
//	-repeat N       solves for -time and -sweep (default 11)
//	-sweep          time part 2 for 1 to 16 workers and print a table
//	                (-strategy all sweeps every strategy)
//	-svg FILE       with -sweep, draw the sweep as an SVG chart
//	-png FILE       draw the map as a PNG picture, and print its key
//	-cpuprofile F   write a CPU profile for go tool pprof
//	-generate SEED  print a generated map instead (size from -size)
//	-size RxC       size for -generate (default 130x130)
//
// The picture of -png shows each cell as a square: dark grey is an
// obstacle, cream a free cell, blue the guard's path, red a cell where one
// more obstacle traps the guard in a loop, and a green ring marks the
// guard's start. The program prints this key after the answers, as "png
// FILE: …".
//
// # Strategies
//
// jump, in main.go, starts each trial on the cell just before its
// candidate, where the unchanged walk would first enter it (the walk up to
// there cannot differ), and follows it turn to turn with [patrol.Jumps], so
// a trial costs O(turns) instead of O(steps), with a [patrol.Scratch]
// per worker. [patrol.Route.Loops] stops a trial as soon as it stands where
// the unchanged walk turned: before the candidate, it will come round
// again; after the walk's last pass over the candidate, it walks out. That
// cuts a trial on a real map from about 40 turns to about 6. -time counts
// building the tables and the route (walkRoute) in part 2, for every
// strategy; -sweep and BenchmarkPart2 build them once and time the trials
// alone.
//
// seed is the algorithm of the write-up this project answers, unchanged:
// for every candidate, walk again from the start cell by cell with
// [walk.Patrol], checking for a repeated state with a set (a [cycle.Set],
// the reusable form of [cycle.Loops], so each worker's set keeps its memory).
//
// resume starts each trial where jump does, walks it cell by cell, and
// checks repeats in a dense [cycle.IDSet] reused by each worker, recording
// only the states after a turn, since a loop must turn.
//
// Part 1, shared by all three, counts the cells the guard covers with
// [patrol.Cover], which finds each straight leg with [grid.Span] and marks a
// leg along a row a word of its bitset at a time. Part 2 walks the guard
// out again with [patrol.Jumps.Route] for the candidates: each cell the guard
// enters, with the heading it first enters it in and the legs of the walk
// that first and last cross it.
//
// Bad input gets one line on standard error starting "day6:" and exit
// status 1: a fault in the map's text names its line and column.
package main
