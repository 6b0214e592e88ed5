package mdprog

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestBlocks(t *testing.T) {
	tests := []struct {
		name    string
		page    string
		want    []Block
		wantErr string
	}{
		{"none", "# title\ntext\n", nil, ""},
		{"two", "a\n```go\npackage main\n```\nb\n```console\n$ go run .\nhi\n```\n", []Block{
			{"go", "package main\n", 3},
			{"console", "$ go run .\nhi\n", 7},
		}, ""},
		{"empty_block", "```text\n```\n", []Block{{"text", "", 2}}, ""},
		{"stray_fence", "```go\nx\n```go\n```\n", nil, "line 3"},
		{"unclosed", "x\n```go\nx\n", nil, "line 2: block never closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Blocks([]byte(tt.page))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Blocks(%q) error = %v, want one containing %q", tt.page, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Blocks(%q) error = %v", tt.page, err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Blocks(%q) = %+v, want %+v", tt.page, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Blocks(%q)[%d] = %+v, want %+v", tt.page, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestGofmt(t *testing.T) {
	if err := Gofmt("package main\n\nfunc main() {}\n"); err != nil {
		t.Errorf("Gofmt(formatted) = %v, want nil", err)
	}
	if err := Gofmt("package main\nfunc main() {  }\n"); err == nil || !strings.Contains(err.Error(), "gofmt") {
		t.Errorf("Gofmt(unformatted) = %v, want a gofmt error", err)
	}
	if err := Gofmt("package main\nfunc {"); err == nil || !strings.Contains(err.Error(), "parse") {
		t.Errorf("Gofmt(broken) = %v, want a parse error", err)
	}
}

func TestBuildRefusesNames(t *testing.T) {
	for _, names := range [][]string{{"a", "a"}, {""}, {"bin"}} {
		progs := make([]Program, len(names))
		for i, n := range names {
			progs[i] = Program{Name: n, Body: "package main\n\nfunc main() {}\n", Line: 1}
		}
		if _, err := Build(t.Context(), t.TempDir(), "../../..", "page.md", progs); err == nil || !strings.Contains(err.Error(), "empty, taken or reserved") {
			t.Errorf("Build(names %q) error = %v, want one naming the program", names, err)
		}
	}
}

// TestBuildPointsIntoPage checks that a compiler error names the page and
// the line of the page where the fault is, and that a good program builds.
func TestBuildPointsIntoPage(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not installed")
	}
	bad := Program{Name: "bad", Body: "package main\n\nfunc main() { undefinedName() }\n", Line: 10}
	_, err := Build(t.Context(), t.TempDir(), "../../..", "page.md", []Program{bad})
	if err == nil || !strings.Contains(err.Error(), "page.md:12") || !strings.Contains(err.Error(), "undefinedName") {
		t.Errorf("Build(a program with an error on its line 3, at line 10) error = %v, want one naming page.md:12", err)
	}
	good := Program{Name: "good", Body: "package main\n\nfunc main() {}\n", Line: 1}
	bin, err := Build(t.Context(), t.TempDir(), "../../..", "page.md", []Program{good})
	if err != nil {
		t.Fatalf("Build(a good program) error = %v", err)
	}
	if _, err := os.Stat(filepath.Join(bin, "good")); err != nil {
		t.Errorf("Build(a good program): no binary: %v", err)
	}
}
