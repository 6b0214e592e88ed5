// This directory holds only tests, and no package: nothing here can be
// imported. They check docs/tutorial.md and the README's first program, so
// that neither can drift from the library. For the tutorial,
// it extracts every Go block on that page, each a complete program; checks
// that it is gofmt'd; builds and vets all of them as one throwaway module
// that uses the library in this repository, offline from the module cache
// (package examples/internal/mdprog does the extracting and building);
// runs each one and compares what it prints with the console block that
// follows it on the page.

package tutorial

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gridsearch/gridsearch/examples/internal/mdprog"
)

// tutorialPath is the page under test, from this directory.
const tutorialPath = "../../docs/tutorial.md"

// runPrompt opens a console block that shows a program's output: the rest
// of the block is what the program prints.
const runPrompt = "$ go run ."

// A program is a Go block of the page and the output the page says it
// prints.
type program struct {
	mdprog.Block
	want string
}

// programs returns the Go blocks of the page with the output each prints,
// from the console block right after it. Every Go block must be a complete
// program, package main, followed by its output.
func programs(t *testing.T, bs []mdprog.Block) []program {
	t.Helper()
	var ps []program
	for i, b := range bs {
		if b.Info != "go" {
			continue
		}
		if !strings.Contains(b.Body, "\npackage main\n") && !strings.HasPrefix(b.Body, "package main\n") {
			t.Errorf("%s:%d: Go block is not a complete program (package main)", tutorialPath, b.Line)
			continue
		}
		if i+1 == len(bs) || bs[i+1].Info != "console" || !strings.HasPrefix(bs[i+1].Body, runPrompt+"\n") {
			t.Errorf("%s:%d: program not followed by a console block starting %q", tutorialPath, b.Line, runPrompt)
			continue
		}
		ps = append(ps, program{b, strings.TrimPrefix(bs[i+1].Body, runPrompt+"\n")})
	}
	return ps
}

func TestTutorial(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not installed")
	}
	bs, err := mdprog.Read(tutorialPath)
	if err != nil {
		t.Fatal(err)
	}
	ps := programs(t, bs)
	if len(ps) == 0 {
		t.Fatalf("%s: no programs found", tutorialPath)
	}
	for _, p := range ps {
		if err := mdprog.Gofmt(p.Body); err != nil {
			t.Errorf("%s:%d: %v", tutorialPath, p.Line, err)
		}
	}
	// The map the page shows first is the map every program solves, held
	// in a raw string.
	m := slices.IndexFunc(bs, func(b mdprog.Block) bool { return b.Info == "text" })
	if m < 0 {
		t.Fatalf("%s: no text block showing the map", tutorialPath)
	}
	for _, p := range ps {
		if !strings.Contains(p.Body, "`"+bs[m].Body+"`") {
			t.Errorf("%s:%d: program does not hold the map shown on line %d", tutorialPath, p.Line, bs[m].Line)
		}
	}

	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	progs := make([]mdprog.Program, len(ps))
	for i, p := range ps {
		progs[i] = mdprog.Program{Name: stepName(i), Body: p.Body, Line: p.Line}
	}
	bin, err := mdprog.Build(ctx, t.TempDir(), "../..", tutorialPath, progs)
	if err != nil {
		t.Fatal(err)
	}

	for i, p := range ps {
		name := stepName(i)
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.CommandContext(ctx, filepath.Join(bin, name))
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s:%d: program failed: %v\n%s", tutorialPath, p.Line, err, stderr.Bytes())
			}
			if got := stdout.String(); got != p.want {
				t.Errorf("%s:%d: program printed\n%s\nthe page says it prints\n%s", tutorialPath, p.Line, got, p.want)
			}
		})
	}
}

func stepName(i int) string { return fmt.Sprintf("step%d", i+1) }
