// This directory holds only this test, and no package: nothing here can be
// imported, so the module's API stays grid, walk and parallel. It checks
// docs/tutorial.md, so that the tutorial cannot drift from the library:
// it extracts every Go block on that page, each a complete program; checks
// that it is gofmt'd; builds and vets all of them as one throwaway module
// that uses the library in this repository, offline from the module cache;
// runs each one and compares what it prints with the console block that
// follows it on the page.

package tutorial

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// tutorialPath is the page under test, from this directory.
const tutorialPath = "../../docs/tutorial.md"

// runPrompt opens a console block that shows a program's output: the rest
// of the block is what the program prints.
const runPrompt = "$ go run ."

// A block is a fenced code block of the page.
type block struct {
	info string // the word after the opening fence, such as "go"
	body string // the lines between the fences, each ending in "\n"
	line int    // the line number of the body's first line
}

// blocks returns the fenced code blocks of a Markdown page, in order. Fences
// are lines that start with three backquotes; blocks do not nest.
func blocks(page []byte) ([]block, error) {
	var (
		out  []block
		cur  *block
		body strings.Builder
		n    int
	)
	sc := bufio.NewScanner(bytes.NewReader(page))
	for sc.Scan() {
		n++
		line := sc.Text()
		if !strings.HasPrefix(line, "```") {
			if cur != nil {
				body.WriteString(line + "\n")
			}
			continue
		}
		if cur == nil {
			cur = &block{info: strings.TrimSpace(strings.TrimPrefix(line, "```")), line: n + 1}
			continue
		}
		if line != "```" {
			return nil, fmt.Errorf("line %d: fence %q inside the block opened on line %d", n, line, cur.line-1)
		}
		cur.body = body.String()
		out = append(out, *cur)
		cur = nil
		body.Reset()
	}
	if cur != nil {
		return nil, fmt.Errorf("line %d: block never closed", cur.line-1)
	}
	return out, sc.Err()
}

// A program is a Go block of the page and the output the page says it
// prints.
type program struct {
	block
	want string
}

// programs returns the Go blocks of the page with the output each prints,
// from the console block right after it. Every Go block must be a complete
// program, package main, followed by its output.
func programs(t *testing.T, bs []block) []program {
	t.Helper()
	var ps []program
	for i, b := range bs {
		if b.info != "go" {
			continue
		}
		if !strings.Contains(b.body, "\npackage main\n") && !strings.HasPrefix(b.body, "package main\n") {
			t.Errorf("%s:%d: Go block is not a complete program (package main)", tutorialPath, b.line)
			continue
		}
		if i+1 == len(bs) || bs[i+1].info != "console" || !strings.HasPrefix(bs[i+1].body, runPrompt+"\n") {
			t.Errorf("%s:%d: program not followed by a console block starting %q", tutorialPath, b.line, runPrompt)
			continue
		}
		ps = append(ps, program{b, strings.TrimPrefix(bs[i+1].body, runPrompt+"\n")})
	}
	return ps
}

func TestTutorial(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not installed")
	}
	page, err := os.ReadFile(tutorialPath)
	if err != nil {
		t.Fatal(err)
	}
	bs, err := blocks(page)
	if err != nil {
		t.Fatalf("%s: %v", tutorialPath, err)
	}
	ps := programs(t, bs)
	if len(ps) == 0 {
		t.Fatalf("%s: no programs found", tutorialPath)
	}
	for _, p := range ps {
		if src, err := format.Source([]byte(p.body)); err != nil {
			t.Errorf("%s:%d: program does not parse: %v", tutorialPath, p.line, err)
		} else if string(src) != p.body {
			t.Errorf("%s:%d: program is not gofmt'd", tutorialPath, p.line)
		}
	}
	// The map the page shows first is the map every program solves, held
	// in a raw string.
	m := slices.IndexFunc(bs, func(b block) bool { return b.info == "text" })
	if m < 0 {
		t.Fatalf("%s: no text block showing the map", tutorialPath)
	}
	for _, p := range ps {
		if !strings.Contains(p.body, "`"+bs[m].body+"`") {
			t.Errorf("%s:%d: program does not hold the map shown on line %d", tutorialPath, p.line, bs[m].line)
		}
	}

	dir := writeModule(t, ps)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	bin := filepath.Join(dir, "bin")
	goRun(ctx, t, dir, goCmd, "build", "-o", bin+string(filepath.Separator), "./...")
	goRun(ctx, t, dir, goCmd, "vet", "./...")

	for i, p := range ps {
		name := stepName(i)
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.CommandContext(ctx, filepath.Join(bin, name))
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s:%d: program failed: %v\n%s", tutorialPath, p.line, err, stderr.Bytes())
			}
			if got := stdout.String(); got != p.want {
				t.Errorf("%s:%d: program printed\n%s\nthe page says it prints\n%s", tutorialPath, p.line, got, p.want)
			}
		})
	}
}

func stepName(i int) string { return fmt.Sprintf("step%d", i+1) }

// writeModule writes the programs into a new module in a temporary directory,
// one directory each, and returns the module's directory. The module uses
// the library in this repository through a replace directive, with this
// repository's go.sum, so it builds offline from the module cache. Each
// file starts with a line directive, so that compiler and vet messages name
// lines of the page.
func writeModule(t *testing.T, ps []program) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	page, err := filepath.Abs(tutorialPath)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mod := fmt.Sprintf("module tutorialcheck\n\ngo 1.24\n\nrequire github.com/gridsearch/gridsearch v0.0.0\n\nreplace github.com/gridsearch/gridsearch => %s\n", root)
	files := map[string]string{"go.mod": mod, "go.sum": string(sum)}
	for i, p := range ps {
		files[filepath.Join(stepName(i), "main.go")] = fmt.Sprintf("//line %s:%d\n%s", page, p.line, p.body)
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// goRun runs the go command in dir, offline, and fails the test with its
// output if it fails.
func goRun(ctx context.Context, t *testing.T, dir, goCmd string, args ...string) {
	t.Helper()
	cmd := exec.CommandContext(ctx, goCmd, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GOFLAGS=-mod=mod", // let go fill in the throwaway go.mod
		"GOPROXY=off",      // the module cache only: no network
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}
