package grid_test

import (
	"fmt"
	"log"
	"slices"

	"github.com/gridsearch/gridsearch/grid"
)

// The map of a patrol: a guard starts at the arrow, walks ahead, turns right
// in front of a wall '#' and stops on stepping off the map.
const patrolMap = `
#.....#...
.......#..
....#.....
.........#
.##...#...
.......#..
.#..^....#
..#.....##
...#......
.....#....
`

// patrol walks the guard and returns the cells it visits, in order, each
// once. Visited cells are kept in a flat slice indexed by [grid.Grid.Index].
func patrol(g grid.Grid[byte]) []grid.Point {
	var (
		p       grid.Point
		heading grid.Dir
		seen    = make([]bool, g.Len())
		path    []grid.Point
	)
	for q, c := range g.All() {
		if h, ok := grid.DirOf(rune(c)); ok {
			p, heading = q, h
		}
	}
	for {
		if i := g.Index(p); !seen[i] {
			seen[i] = true
			path = append(path, p)
		}
		ahead := p.Move(heading, 1)
		next, ok := g.Get(ahead)
		switch {
		case !ok:
			return path // stepped off the map
		case next == '#':
			heading = heading.TurnRight()
		default:
			p = ahead
		}
	}
}

func Example_patrol() {
	// The raw string starts with a newline: Parse skips leading blank lines.
	g, err := grid.ParseString(patrolMap)
	if err != nil {
		log.Fatal(err)
	}
	path := patrol(g)
	fmt.Println(len(path), "cells visited")
	fmt.Print(g.Render(grid.Mark('X', slices.Values(path))))
	// Output:
	// 23 cells visited
	// #.....#...
	// .......#..
	// ....#.....
	// ....XXXXX#
	// .##.X.#.X.
	// ..XXXXX#X.
	// .#XXXXXXX#
	// ..#...X.##
	// ...#..X...
	// .....#X...
}
