package tutorial

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gridsearch/gridsearch/examples/internal/mdprog"
)

// readmePath is the README, whose first Go block is the first program a
// newcomer reads.
const readmePath = "../../README.md"

// TestReadmeFirstProgram builds and runs the README's first program and
// checks that it prints what its comment says it prints.
func TestReadmeFirstProgram(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not installed")
	}
	bs, err := mdprog.Read(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	var first *mdprog.Block
	for i := range bs {
		if bs[i].Info == "go" && strings.HasPrefix(bs[i].Body, "package main\n") {
			first = &bs[i]
			break
		}
	}
	if first == nil {
		t.Fatalf("%s: no Go program", readmePath)
	}
	if err := mdprog.Gofmt(first.Body); err != nil {
		t.Errorf("%s:%d: %v", readmePath, first.Line, err)
	}
	// The program's last Println carries the output in a comment:
	// fmt.Println(cells, ok) // 23 true: ...
	_, comment, ok := strings.Cut(first.Body, "fmt.Println(cells, ok) // ")
	if !ok {
		t.Fatalf("%s:%d: no 'fmt.Println(cells, ok) // output' line", readmePath, first.Line)
	}
	want, _, _ := strings.Cut(comment, ":")

	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	bin, err := mdprog.Build(ctx, t.TempDir(), "../..", readmePath, []mdprog.Program{{Name: "first", Body: first.Body, Line: first.Line}})
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.CommandContext(ctx, filepath.Join(bin, "first")).Output()
	if err != nil {
		t.Fatalf("running the README's first program: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != want {
		t.Errorf("README's first program printed %q, want %q (its comment)", got, want)
	}
}
