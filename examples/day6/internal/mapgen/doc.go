// Package mapgen generates maps for the guard-patrol puzzle (Advent of Code
// 2024, day 6) that look like real puzzle inputs, so that the project's
// examples, tests and benchmarks need no real input: those are not ours to
// ship. It is internal to the day-6 example: not part of the library's API.
//
// A map has '.' for a free cell, '#' for an obstacle and one '^' for the
// guard, who starts facing up. The guard steps forward while the cell ahead
// is free, turns right 90° while it is blocked, and stops when its next step
// would leave the map. Part 1 of the puzzle counts the cells the guard
// visits; part 2 counts the cells where one more obstacle makes it walk in
// a loop. Rows grow downwards and columns rightwards, as the text reads.
//
// # Method
//
// Obstacles scattered at random do not make maps like the real ones: at the
// real density, 4.8%, the guard soon walks off the map, while in real
// 130x130 inputs it visits 4,500-5,600 cells first. So [Generate] plans the
// walk, then fills in.
//
// The planned path. The guard starts facing up in the middle half of the
// map, and the walk is laid one straight run at a time: draw a run length,
// walk the guard that far and put an obstacle in front of it, so that it
// turns right. Run lengths are drawn between 1/8 and 7/10 of the side they
// run along and stop short of the edge ahead, as real maps rarely turn
// within a few cells of one. An obstacle only goes on a cell the walk has
// not visited, and the walk never holds the same heading on the same cell
// twice, so the plan is the walk the rules produce, and it cannot loop.
// Each run is checked to leave the guard a legal next move (one run of
// lookahead); at the rare dead end the planner backs up a few runs. When
// the walk has visited its target share of the cells, 27.5-30.5% (drawn per
// map), the guard heads for a nearby edge and leaves with a short last run.
//
// The filler. Obstacles are then scattered uniformly over the cells off the
// path until the map has round(Density*Rows*Cols) of them. Cells off the
// path never change the walk, so the guard still leaves; the filler is what
// makes part 2, as a new obstacle sends the guard into them.
//
// Generation takes time and memory O(Rows*Cols); BenchmarkGenerate times
// it. Random numbers come from a PCG seeded with Config.Seed, drawn through
// an [rng.Source], which draws the same way on every platform and Go
// version, so a Config gives the same map everywhere.
//
// Very small or thin maps leave little room to plan: there the walk may be
// shorter than its target, and its own obstacles may outnumber the density
// asked for. A 1x1 map is just the guard.
//
// # Calibration
//
// Three real 130x130 inputs against generated 130x130 maps at the default
// density, seeds 1-50 (min / median / max):
//
//	                        real inputs            generated, seeds 1-50
//	obstacles               804 / 813 / 832        811 / 811 / 811
//	part 1                4,656 / 5,080 / 5,551  4,690 / 5,039 / 5,275
//	part 2                1,575 / 1,919 / 1,939  1,355 / 1,731 / 2,047
//	turns                   132 / 159 / 179        137 / 157 / 182
//	median run length        29 /  32 /  38         25 /  31 /  37
//	last run length           9 /  17 /  23          6 /  18 /  22
//
// Part 1 lands in 4,500-5,600 for all of seeds 1-200; part 2 varies more,
// and 79% of seeds 1-200 (38 of seeds 1-50) land in 1,500-1,950 as well.
// Like real maps, generated ones have no double turns, turn at most of their
// turning obstacles only once, and spread the filler evenly over the cells
// off the path (about 5.7% of them, as in real maps).
//
// The map the day-6 example embeds, examples/day6/default.txt, is
// Generate(Config{Rows: 130, Cols: 130, Seed: 46}): 811 obstacles, part 1
// 5,050, part 2 1,723. A test keeps the file equal to the generator's
// output.
package mapgen
