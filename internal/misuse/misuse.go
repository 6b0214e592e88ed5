// Package misuse holds the panic values that every package of the module
// raises for documented misuse, so that all of them read alike: the
// package and the call, then the bad argument.
//
//	grid: Grid.With: point (5,5) outside the 2x2 grid
//	search: BFS.Add: id 7 outside [0, 5)
//	walk: Ray: invalid heading Dir(9)
//
// Each value is an error. The types that hot, inlined methods raise are
// formatted only when printed, so that building one costs a method little
// of its inlining budget. Where even these cost too much (a method right
// at the budget), a package keeps a two-int panic type of its own that
// formats the same way, as search's BFS.AddCounting does.
package misuse

import "fmt"

// An Error is a misuse already put into words: Call names the package and
// the call ("walk: Line"), Msg the fault.
type Error struct {
	Call, Msg string
}

func (e Error) Error() string { return e.Call + ": " + e.Msg }

// Panicf panics with an Error whose Msg is format applied to args. It is
// not inlined, to keep its callers small.
//
//go:noinline
func Panicf(call, format string, args ...any) {
	panic(Error{call, fmt.Sprintf(format, args...)})
}

// An ID is the panic value of a call given an id I outside [0, N), or a
// range N that is too large. A call that finds an id in range but its
// table not made names the fault in Unready, which the message gives in
// place of the range when I is inside [0, N): so one bounds test covers
// both faults.
type ID struct {
	Call    string
	I, N    int
	Unready string
}

func (e ID) Error() string {
	if e.Unready != "" && 0 <= e.I && e.I < e.N {
		return e.Call + ": " + e.Unready
	}
	return fmt.Sprintf("%s: id %d outside [0, %d)", e.Call, e.I, e.N)
}

// An Index is the panic value of a call given an index I outside [0, N)
// of the things Noun names ("word").
type Index struct {
	Call, Noun string
	I, N       int
}

func (e Index) Error() string {
	return fmt.Sprintf("%s: %s %d outside [0, %d)", e.Call, e.Noun, e.I, e.N)
}

// A Heading is the panic value of a call given a heading D that is not
// valid, or not one it takes: Want, when set, says which it takes.
type Heading struct {
	Call string
	D    fmt.Stringer
	Want string
}

func (e Heading) Error() string {
	if e.Want == "" {
		return fmt.Sprintf("%s: invalid heading %v", e.Call, e.D)
	}
	return fmt.Sprintf("%s: heading %v, want %s", e.Call, e.D, e.Want)
}
