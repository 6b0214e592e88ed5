package walk

import (
	"fmt"

	"github.com/gridsearch/gridsearch/grid"
)

// StateIndex returns the dense numbering of the walker states on g that
// [BFSDense] and [ShortestPathsDense] take: n is 4*g.Len(), and index(s) is
// g.Index(s.Pos)*4 + int(s.Dir), a distinct number in [0, n) for each state
// whose position lies inside g and whose heading is cardinal. index panics
// for any other state. index is safe for concurrent use.
//
// For searches over points rather than states, g.Len() and the method value
// g.Index do the same.
func StateIndex[T any](g grid.Grid[T]) (n int, index func(State) int) {
	rows, cols := g.Rows(), g.Cols()
	return 4 * g.Len(), func(s State) int {
		p := s.Pos
		if uint(p.Row) >= uint(rows) || uint(p.Col) >= uint(cols) || !s.Dir.Cardinal() {
			panic(stateIndexError{s, rows, cols})
		}
		return (p.Row*cols+p.Col)<<2 | int(s.Dir)
	}
}

// stateIndexError is the panic value of StateIndex's index function.
type stateIndexError struct {
	s          State
	rows, cols int
}

func (e stateIndexError) Error() string {
	return fmt.Sprintf("walk: StateIndex: state %v outside %dx%d grid or not cardinal", e.s, e.rows, e.cols)
}
