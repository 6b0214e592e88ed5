// Command maze finds the cheapest walks through a maze for a walker who
// pays far more to turn than to step, with [search.TurnCosts]: Dijkstra's
// search over the walker's states, a cell and a heading, with a queue for
// each of its two moves.
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
// heading), four per cell, which [search.TurnCosts] keeps in a flat table
// over a padded copy of the map. Its moves cost one of two amounts, so the
// states reached by a step wait in one first-in first-out queue and those
// reached by a turn in another, each in order of cost, and the cheaper
// head comes out next: no heap and no call a state, as the fastest
// published solutions do. [search.TurnCosts.RunTo] stops once the
// cheapest cost at E is known (part 1) and every state as cheap has come
// out, since E may be reached in other headings at that cost; part 2
// counts the cells that [search.TurnCosts.OnBest] walks back over from
// the states at E: each state whose cost plus the cost of a move into the
// next one is that one's cost lies on a cheapest walk, so the search
// keeps no paths.
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
