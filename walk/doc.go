// Package walk moves over a [grid.Grid]: straight rays, the patrol walk of a
// guard who turns at obstacles, and the checks that go with walks: whether a
// sequence of states repeats ([Loops], [Visited]) and where a repeated
// function falls into a cycle ([FindCycle]).
//
// Walks are iterators ([iter.Seq]) built on range-over-func, so a caller
// consumes as much of a walk as it needs and stops with break. Every
// iterator here is a pure function of its arguments: it can be ranged over
// again, giving the same sequence, and from several goroutines at once,
// provided the callbacks it was given are safe for that.
package walk
