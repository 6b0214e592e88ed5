package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runWith runs the program with args and stdin and returns its exit status
// and output.
func runWith(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRunDefaultGarden(t *testing.T) {
	code, out, errOut := runWith(t, "")
	if code != 0 || errOut != "" {
		t.Fatalf("run() = %d, stderr %q; want 0 and nothing", code, errOut)
	}
	want1, want2 := refSolve(string(defaultGarden))
	if want := fmt.Sprintf("part1 %d\npart2 %d\n", want1, want2); out != want {
		t.Errorf("run() printed %q, want %q", out, want)
	}
}

func TestRunFlags(t *testing.T) {
	small := "AAAB\nABAB\nAAAC\nDDCC\n"
	file := filepath.Join(t.TempDir(), "garden.txt")
	if err := os.WriteFile(file, []byte(small), 0o644); err != nil {
		t.Fatal(err)
	}
	answers := "part1 180\npart2 102\n"
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  *regexp.Regexp
	}{
		{"input_file", "", []string{"-input", file}, regexp.MustCompile(`^` + answers + `$`)},
		{"stdin", small, []string{"-input", "-"}, regexp.MustCompile(`^` + answers + `$`)},
		{"stdin_crlf_bom", "\ufeff" + strings.ReplaceAll(small, "\n", "\r\n"), []string{"-input", "-"}, regexp.MustCompile(`^` + answers + `$`)},
		{"generate", "", []string{"-generate", "5", "-size", "3x4"}, regexp.MustCompile(`^([A-Z]{4}\n){3}$`)},
		{"help", "", []string{"-h"}, regexp.MustCompile(`^$`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runWith(t, tt.stdin, tt.args...)
			if code != 0 || !tt.want.MatchString(out) {
				t.Errorf("run(%q) = %d, %q (stderr %q); want 0 and output matching %v", tt.args, code, out, errOut, tt.want)
			}
		})
	}
}

// TestRunBadInput checks that every kind of bad input gives one line on
// stderr starting "regions:", naming the fault, and exit status 1.
func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        string // a fragment of the message
	}{
		{"lower_case", "AB\nAb\n", nil, "line 2, column 2: unknown plant 'b'"},
		{"dot", "A.\n", nil, "line 1, column 2: unknown plant '.'"},
		{"digit", "7\n", nil, "line 1, column 1: unknown plant '7'"},
		{"space", "A B\n", nil, "line 1, column 2: unknown plant ' '"},
		{"non_ascii", "AÄ\n", nil, "line 1, column 2: unknown plant '\\xc3'"},
		{"ragged", "AAA\nAA\n", nil, "line 2: ragged rows: row has 2 cells, want 3"},
		{"blank_line_inside", "AB\n\nBA\n", nil, "line 2: blank line inside the grid"},
		{"empty", "", nil, "empty input"},
		{"only_newlines", "\r\n\n", nil, "empty input"},
		{"missing_file", "", []string{"-input", "/nonexistent/garden.txt"}, "no such file"},
		{"bad_size", "", []string{"-generate", "1", "-size", "x"}, `-size "x"`},
		{"zero_size", "", []string{"-generate", "1", "-size", "0x5"}, "garden size 0x5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				args = []string{"-input", "-"}
			}
			code, out, errOut := runWith(t, tt.stdin, args...)
			if code != 1 || out != "" || !strings.HasPrefix(errOut, "regions: ") ||
				strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("run(%q) = %d, stdout %q, stderr %q; want 1, nothing, and one line \"regions: …%s…\"", args, code, out, errOut, tt.want)
			}
		})
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"-unknown"}} {
		if code, out, _ := runWith(t, "", args...); code != 2 || out != "" {
			t.Errorf("run(%q) = %d, stdout %q; want 2 and nothing", args, code, out)
		}
	}
}

// FuzzRun checks that no input makes the program panic, that it either
// answers or gives one line of error, and that its answers match the
// reference.
func FuzzRun(f *testing.F) {
	for _, s := range []string{"A\n", "AB\nBA\n", "AAA\nABA\nAAA\n", "", "A\n\nB", "AB\r\nCD", "a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var out, errOut bytes.Buffer
		switch code := run([]string{"-input", "-"}, strings.NewReader(in), &out, &errOut); code {
		case 0:
			want1, want2 := refSolve(strings.TrimPrefix(in, "\ufeff"))
			if want := fmt.Sprintf("part1 %d\npart2 %d\n", want1, want2); out.String() != want || errOut.Len() != 0 {
				t.Fatalf("run(%q) = 0, %q, %q; want %q", in, out.String(), errOut.String(), want)
			}
		case 1:
			if out.Len() != 0 || !strings.HasPrefix(errOut.String(), "regions: ") || strings.Count(errOut.String(), "\n") != 1 {
				t.Fatalf("run(%q) = 1, %q, %q", in, out.String(), errOut.String())
			}
		default:
			t.Fatalf("run(%q) = %d", in, code)
		}
	})
}
