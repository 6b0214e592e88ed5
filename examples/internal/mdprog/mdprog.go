// Package mdprog finds the Go programs on a Markdown page and builds them
// against this repository, for the tests that keep docs/tutorial.md and
// docs/cookbook.md from drifting away from the library: [Blocks] splits a
// page into its fenced code blocks, [Gofmt] checks that a program is
// formatted, and [Build] builds and vets a set of programs as one throwaway
// module that uses the library in this repository, offline.
package mdprog

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// A Block is a fenced code block of a Markdown page.
type Block struct {
	Info string // the word after the opening fence, such as "go"
	Body string // the lines between the fences, each ending in "\n"
	Line int    // the line number of the body's first line, from 1
}

// Read returns the fenced code blocks of the Markdown page in the file at
// path, as Blocks does; an error names the file.
func Read(path string) ([]Block, error) {
	page, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	bs, err := Blocks(page)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return bs, nil
}

// Blocks returns the fenced code blocks of a Markdown page, in order.
// Fences are lines that start with three backquotes; blocks do not nest,
// so a fence inside a block must be the bare closing one. Blocks returns an
// error naming the line for a stray fence or a block never closed. It costs
// O(len(page)).
func Blocks(page []byte) ([]Block, error) {
	var (
		out  []Block
		cur  *Block
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
			cur = &Block{Info: strings.TrimSpace(strings.TrimPrefix(line, "```")), Line: n + 1}
			continue
		}
		if line != "```" {
			return nil, fmt.Errorf("mdprog: line %d: fence %q inside the block opened on line %d", n, line, cur.Line-1)
		}
		cur.Body = body.String()
		out = append(out, *cur)
		cur = nil
		body.Reset()
	}
	if cur != nil {
		return nil, fmt.Errorf("mdprog: line %d: block never closed", cur.Line-1)
	}
	return out, sc.Err()
}

// Gofmt returns an error if src does not parse as Go or is not formatted as
// gofmt formats it.
func Gofmt(src string) error {
	out, err := format.Source([]byte(src))
	if err != nil {
		return fmt.Errorf("mdprog: program does not parse: %w", err)
	}
	if string(out) != src {
		return errors.New("mdprog: program is not gofmt'd")
	}
	return nil
}

// A Program is a complete Go program, package main, taken from a page.
type Program struct {
	Name string // the directory, and so the binary, it is built as
	Body string // its source
	Line int    // the line of the page where Body starts
}

// Build writes progs into a new module in dir, one directory each, builds
// them into dir/bin, one binary per program named after it, and vets them.
// The module uses the library in the repository at root through a replace
// directive, with the repository's go.sum, and the go command runs offline
// from the module cache, so nothing is downloaded. Each file starts with a
// line directive naming page (the page's path) and the program's line, so
// that compiler and vet messages point into the page. It builds with
// -trimpath, so that the build cache serves programs that have not changed
// although dir is new on every call, and without symbol tables, which
// makes linking quicker. Build returns the directory of the binaries, or an
// error holding the go command's output.
func Build(ctx context.Context, dir, root, page string, progs []Program) (string, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return "", err
	}
	page, err = filepath.Abs(page)
	if err != nil {
		return "", err
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return "", err
	}
	mod := fmt.Sprintf("module mdprogcheck\n\ngo 1.24\n\nrequire github.com/gridsearch/gridsearch v0.0.0\n\nreplace github.com/gridsearch/gridsearch => %s\n", root)
	files := map[string]string{"go.mod": mod, "go.sum": string(sum)}
	for _, p := range progs {
		name := filepath.Join(p.Name, "main.go")
		if _, dup := files[name]; dup || p.Name == "" || p.Name == "bin" {
			return "", fmt.Errorf("mdprog: %s:%d: program name %q is empty, taken or reserved", page, p.Line, p.Name)
		}
		files[name] = fmt.Sprintf("//line %s:%d\n%s", page, p.Line, p.Body)
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return "", err
		}
	}
	bin := filepath.Join(dir, "bin")
	if err := goRun(ctx, dir, "build", "-trimpath", "-ldflags=-s -w", "-o", bin+string(filepath.Separator), "./..."); err != nil {
		return "", err
	}
	if err := goRun(ctx, dir, "vet", "./..."); err != nil {
		return "", err
	}
	return bin, nil
}

// goRun runs the go command in dir, offline, and returns an error with its
// output if it fails.
func goRun(ctx context.Context, dir string, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GOFLAGS=-mod=mod", // let go fill in the throwaway go.mod
		"GOPROXY=off",      // the module cache only: no network
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("mdprog: go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}
