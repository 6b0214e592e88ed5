// Package patrol holds the fast tools for a patrolling guard: a walker who
// steps ahead and turns right at each obstacle, as walk.Patrol walks her
// cell by cell. They answer the guard's two usual questions without
// walking every cell:
//
//	g := grid.MustParse(`
//	.#....
//	......
//	.....#
//	......
//	#.....
//	.^..#.
//	`)
//	at, _ := grid.Find(g, '^')
//	start := walk.State{Pos: at, Dir: grid.Up}
//	cells, _ := patrol.Cover(g, start, '#') // cells covered on the way out
//	j := patrol.NewJumps(g, '#')
//	s := j.NewScratch() // working memory, reused by every trial
//	traps := 0
//	for p, c := range g.All() { // cells where one more obstacle traps her
//		if c == '.' && j.Loops(start, p, s) {
//			traps++
//		}
//	}
//
// Start here:
//   - [Cover] counts the cells covered until the guard leaves the map, and
//     [Trail] lists them, leg by leg: a row at a time on byte grids.
//   - [NewJumps] builds turn-to-turn jump tables once; [Jumps.Loops] then
//     answers in O(turns) whether one more obstacle makes the walk loop,
//     and [Jumps.Turns] lists the turns.
//   - [Jumps.Route] asks that of every cell of the walk in order, starting
//     each trial where the obstacle first blocks the walk: the fastest way
//     to count the cells that trap the guard, and the one to split over
//     cores with parallel.MapWith and one [Scratch] per worker.
//
// A Jumps and a Route are immutable and safe for concurrent use; a Scratch
// belongs to one goroutine at a time. Misuse, such as a diagonal start,
// panics with an error that names the call and the bad argument:
// "patrol: Cover: heading UpRight, want a cardinal heading".
package patrol
