// Command maze finds the cheapest walks through a maze for a walker who
// pays far more to turn than to step, with a reusable [search.Dijkstra] over
// the walker's states: a cell and a heading.
//
// # The puzzle, in our words
//
// A map is a rectangle of cells: '#' is a wall, '.' is floor, and one floor
// cell is marked 'S' for the start and one 'E' for the end. A walker stands
// on S facing right (east). Each move either steps one cell ahead, onto
// floor inside the map, for a cost of 1, or turns a quarter turn left or
// right on the spot, for a cost of 1000; turning round takes two turns.
// The walker may reach E facing any way.
//
//   - Part 1: the lowest total cost of a walk from S to E.
//   - Part 2: how many cells, S and E included, lie on at least one walk
//     from S to E of that lowest cost.
//
// Both come from one search: Dijkstra's algorithm over the states (cell,
// heading), four per cell, numbered densely by [search.States] so the search
// keeps its costs in slices. The loop body makes the walker's three moves,
// so nothing is allocated per state. Part 1 is the cost of the first state
// at E to come out of the search; the search goes on while states cost the
// same, and part 2 counts the cells of the states that
// [search.Dijkstra.OnBestBack] walks back over from the four states at E:
// each state whose cost plus the cost of a move into the next one is that
// one's cost lies on a cheapest walk, so the search keeps no paths.
//
// # Usage
//
//	go run ./examples/maze [flags]
//
// With no flags it solves a 141x141 maze embedded in the program, made by
// its own generator (gen.go), and prints "part1 N" and "part2 N". Flags:
//
//	-input FILE     read the maze from FILE ("-" for standard input)
//	-generate SEED  print a generated maze instead (size from -size)
//	-size RxC       size for -generate (default 141x141)
//	-cpuprofile F   write a CPU profile of the run to F, for go tool pprof
//
// Bad input (an unknown character, no S or E or two of either, ragged
// rows, empty input, an E that cannot be reached) gets one line on
// standard error starting "maze:" and exit status 1.
package main
