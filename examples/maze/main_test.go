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

func TestRunDefaultMaze(t *testing.T) {
	code, out, errOut := runWith(t, "")
	if code != 0 || errOut != "" {
		t.Fatalf("run() = %d, stderr %q; want 0 and nothing", code, errOut)
	}
	want1, want2, ok := refSolve(string(defaultMaze))
	if !ok {
		t.Fatal("reference says E is out of reach in the default maze")
	}
	if want := fmt.Sprintf("part1 %d\npart2 %d\n", want1, want2); out != want {
		t.Errorf("run() printed %q, want %q", out, want)
	}
}

func TestRunFlags(t *testing.T) {
	small := "#######\n#...#E#\n#.....#\n#.....#\n#S..#.#\n#######\n"
	file := filepath.Join(t.TempDir(), "maze.txt")
	if err := os.WriteFile(file, []byte(small), 0o644); err != nil {
		t.Fatal(err)
	}
	answers := "part1 3007\npart2 14\n"
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  *regexp.Regexp
	}{
		{"input_file", "", []string{"-input", file}, regexp.MustCompile(`^` + answers + `$`)},
		{"stdin", small, []string{"-input", "-"}, regexp.MustCompile(`^` + answers + `$`)},
		{"stdin_crlf", strings.ReplaceAll(small, "\n", "\r\n"), []string{"-input", "-"}, regexp.MustCompile(`^` + answers + `$`)},
		{"generate", "", []string{"-generate", "5", "-size", "7x9"}, regexp.MustCompile(`^#{9}\n(#[.#SE]{7}#\n){5}#{9}\n$`)},
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
// stderr starting "maze:", naming the fault, and exit status 1.
func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        string // a fragment of the message
	}{
		{"no_start", "..E\n", nil, "no start 'S'"},
		{"no_end", "S..\n", nil, "no end 'E'"},
		{"two_starts", "S.E\n..S\n", nil, "line 2, column 3: second S; the first is at line 1, column 1"},
		{"two_ends", "S.E\nE..\n", nil, "line 2, column 1: second E; the first is at line 1, column 3"},
		{"unknown_char", "S.E\n.x.\n", nil, "line 2, column 2: unknown cell 'x'"},
		{"lower_case_start", "s.E\n", nil, "line 1, column 1: unknown cell 's'"},
		{"ragged", "S.E\n..\n", nil, "line 2: ragged rows: row has 2 cells, want 3"},
		{"blank_line_inside", "S.\n\n.E\n", nil, "line 2: blank line inside the grid"},
		{"empty", "", nil, "empty input"},
		{"only_newlines", "\n\n", nil, "empty input"},
		{"binary", "\x00\x01\x02", nil, "line 1, column 1: unknown cell '\\x00'"},
		{"non_ascii", "S.É\n", nil, "line 1, column 3: unknown cell '\\xc3'"},
		{"unreachable", "S#E\n", nil, "no walk from S reaches E"},
		{"walled_in", "#####\n#S#.#\n###E#\n", nil, "no walk from S reaches E"},
		{"missing_file", "", []string{"-input", "/nonexistent/maze.txt"}, "no such file"},
		{"bad_size", "", []string{"-generate", "1", "-size", "12"}, `-size "12"`},
		{"tiny_size", "", []string{"-generate", "1", "-size", "3x3"}, "one room only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				args = []string{"-input", "-"}
			}
			code, out, errOut := runWith(t, tt.stdin, args...)
			if code != 1 || out != "" || !strings.HasPrefix(errOut, "maze: ") ||
				strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("run(%q) = %d, stdout %q, stderr %q; want 1, nothing, and one line \"maze: …%s…\"", args, code, out, errOut, tt.want)
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

// FuzzRun checks that no input makes the program panic, and that it
// either answers or gives one line of error.
func FuzzRun(f *testing.F) {
	for _, s := range []string{"S.E\n", "E.S\n", "S#E\n", "#####\n#S#E#\n#...#\n#####\n", "", "S\nE", "SE\r\n..\r\n", "\ufeffS.\n.E\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var out, errOut bytes.Buffer
		code := run([]string{"-input", "-"}, strings.NewReader(in), &out, &errOut)
		switch code {
		case 0:
			if !regexp.MustCompile(`^part1 \d+\npart2 \d+\n$`).MatchString(out.String()) || errOut.Len() != 0 {
				t.Fatalf("run(%q) = 0, %q, %q", in, out.String(), errOut.String())
			}
		case 1:
			if out.Len() != 0 || !strings.HasPrefix(errOut.String(), "maze: ") || strings.Count(errOut.String(), "\n") != 1 {
				t.Fatalf("run(%q) = 1, %q, %q", in, out.String(), errOut.String())
			}
		default:
			t.Fatalf("run(%q) = %d", in, code)
		}
	})
}
