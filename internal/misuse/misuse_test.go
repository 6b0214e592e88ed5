package misuse_test

import (
	"errors"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/misuse"
)

func TestMessages(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"error", misuse.Error{Call: "walk: Line", Msg: "step (0,0)"}, "walk: Line: step (0,0)"},
		{"id", misuse.ID{Call: "search: BFS.Add", I: 7, N: 5}, "search: BFS.Add: id 7 outside [0, 5)"},
		{"id_unready_out", misuse.ID{Call: "search: F.Add", I: -1, N: 5, Unready: "no table"}, "search: F.Add: id -1 outside [0, 5)"},
		{"id_unready_in", misuse.ID{Call: "search: F.Add", I: 4, N: 5, Unready: "no table"}, "search: F.Add: no table"},
		{"heading_invalid", misuse.Heading{Call: "walk: Ray", D: grid.Dir(9)}, "walk: Ray: invalid heading Dir(9)"},
		{"heading_want", misuse.Heading{Call: "patrol: Cover", D: grid.UpRight, Want: "a cardinal heading"}, "patrol: Cover: heading UpRight, want a cardinal heading"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%s: Error() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPanicf(t *testing.T) {
	defer func() {
		r := recover()
		var e misuse.Error
		if err, ok := r.(error); !ok || !errors.As(err, &e) || e.Error() != "cycle: Nth: negative n -1" {
			t.Errorf("Panicf panicked with %v, want misuse.Error %q", r, "cycle: Nth: negative n -1")
		}
	}()
	misuse.Panicf("cycle: Nth", "negative n %d", -1)
}
