//go:build !race

// Under the race detector this test takes about 20 s and 4 GB, for 400 MB of
// input, so it runs only without -race: go test ./examples/day6.

package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// errReadTooFar ends the endless input of TestRunStdinBounded, so that a
// program that reads without bound fails the test instead of hanging it.
var errReadTooFar = errors.New("read past the parser's limit")

// floodReader is an endless run of free cells, one row that never ends; it
// counts what is read and gives up, with errReadTooFar, after max bytes.
type floodReader struct {
	n, max int64
	chunk  []byte
}

func (r *floodReader) Read(p []byte) (int, error) {
	if r.n >= r.max {
		return 0, errReadTooFar
	}
	p = p[:min(int64(len(p)), r.max-r.n)]
	for k := 0; k < len(p); {
		k += copy(p[k:], r.chunk)
	}
	r.n += int64(len(p))
	return len(p), nil
}

// TestRunStdinBounded checks that the program, like grid.Parse, stops
// reading an endless standard input once it holds more than any map it
// accepts (3*grid.DefaultMaxCells+4096 bytes, see grid.MaxCells) and
// refuses it as too large, rather than reading until memory runs out: "cat
// /dev/zero | day6 -input -" must end. It reads about 400 MB (2 s, 0.9 GB
// without -race).
func TestRunStdinBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads about 400 MB")
	}
	limit := 3*int64(grid.DefaultMaxCells) + 4096 + 1 // what grid.Parse reads at most
	r := &floodReader{max: limit + 1<<20, chunk: bytes.Repeat([]byte{'.'}, 1<<16)}
	var out, errOut bytes.Buffer
	code := run([]string{"-input", "-"}, r, &out, &errOut)
	if r.n > limit {
		t.Errorf("run read %d bytes of an endless standard input, want at most %d (what grid.Parse reads)", r.n, limit)
	}
	if code != 1 || out.Len() != 0 || !strings.HasPrefix(errOut.String(), "day6: ") ||
		strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), "too large") {
		t.Errorf("run on an endless standard input = %d, stdout %q, stderr %q; want 1, nothing, one line \"day6: …too large…\"",
			code, out.String(), errOut.String())
	}
}
