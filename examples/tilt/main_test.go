package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
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

func TestRunDefault(t *testing.T) {
	code, out, errOut := runWith(t, "")
	want := fmt.Sprintf("part1 %d\npart2 %d\n", defaultPart1, defaultPart2)
	if code != 0 || out != want || errOut != "" {
		t.Errorf("run() = %d, %q, stderr %q; want 0, %q, nothing", code, out, errOut, want)
	}
}

func TestRunFlags(t *testing.T) {
	small := ".O.#.\nO.O..\n#..O.\n.O..#\n"
	file := filepath.Join(t.TempDir(), "platform.txt")
	if err := os.WriteFile(file, []byte(small), 0o644); err != nil {
		t.Fatal(err)
	}
	gen, _ := generate(3, 4, 5)
	tests := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"input_file", "", []string{"-input", file}, "part1 18\npart2 11\n"},
		{"stdin", small, []string{"-input", "-"}, "part1 18\npart2 11\n"},
		{"generate", "", []string{"-generate", "5", "-size", "3x4"}, string(gen)},
		{"generate_default", "", []string{"-generate", "14"}, string(defaultPlatform)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runWith(t, tt.stdin, tt.args...)
			if code != 0 || out != tt.want || errOut != "" {
				t.Errorf("run(%q) = %d, %q, stderr %q; want 0, %q, nothing", tt.args, code, out, errOut, tt.want)
			}
		})
	}
}

// TestRunBadInput checks that every kind of bad input gives one line on
// stderr starting "tilt:", naming the fault, and exit status 1.
func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        string // a fragment of the message
	}{
		{"unknown_cell", "O.\n.x\n", nil, "line 2, column 2: unknown cell 'x'"},
		{"lower_case_o", "o\n", nil, "line 1, column 1: unknown cell 'o'"},
		{"puzzle_guard", "..^\n", nil, "line 1, column 3: unknown cell '^'"},
		{"ragged", "O.#\n.O\n", nil, "line 2: ragged rows: row has 2 cells, want 3"},
		{"blank_line_inside", "O.\n\n.O\n", nil, "line 2: blank line inside the grid"},
		{"empty", "", nil, "empty input"},
		{"only_newlines", "\n\r\n\n", nil, "empty input"},
		{"binary", "\x7fELF\x02\x01\x01\x00", nil, "line 1, column 1: unknown cell '\\x7f'"},
		{"nul_byte", "O.\x00\n", nil, "line 1, column 3: unknown cell '\\x00'"},
		{"missing_file", "", []string{"-input", "/nonexistent/platform.txt"}, "no such file"},
		{"bad_size", "", []string{"-generate", "1", "-size", "12"}, `-size "12"`},
		{"size_zero", "", []string{"-generate", "1", "-size", "0x5"}, "size 0x5"},
		{"size_too_large", "", []string{"-generate", "1", "-size", "5x1001"}, "size 5x1001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				args = []string{"-input", "-"}
			}
			code, out, errOut := runWith(t, tt.stdin, args...)
			if code != 1 || out != "" || !strings.HasPrefix(errOut, "tilt: ") ||
				strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("run(%q) = %d, stdout %q, stderr %q; want 1, nothing, and one line \"tilt: …%s…\"", args, code, out, errOut, tt.want)
			}
		})
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"extra"}, {"-input"}} {
		if code, out, _ := runWith(t, "", args...); code != 2 || out != "" {
			t.Errorf("run(%q) = %d, stdout %q; want 2, nothing", args, code, out)
		}
	}
	if code, _, errOut := runWith(t, "", "-h"); code != 0 || !strings.Contains(errOut, "-input FILE") {
		t.Errorf("run(-h) = %d, stderr %q; want 0 and the usage", code, errOut)
	}
}

// FuzzRun feeds arbitrary bytes to the program as its platform. It must
// either print the reference's answers or refuse the input with one line,
// and never panic. Inputs are kept small so part 2 stays quick.
func FuzzRun(f *testing.F) {
	f.Add([]byte(".O.#.\nO.O..\n#..O.\n.O..#\n"))
	f.Add([]byte("O\r\n#\r\n"))
	f.Add([]byte("\ufeffO#\n.O"))
	f.Add([]byte("O.\n.x\n"))
	f.Add([]byte("OO\nO\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 300 {
			return
		}
		var out, errOut bytes.Buffer
		code := run([]string{"-input", "-"}, bytes.NewReader(data), &out, &errOut)
		switch code {
		case 0:
			g, _ := parse(bytes.NewReader(data))
			s := g.String()
			want := fmt.Sprintf("part1 %d\npart2 %d\n", refPart1(s), refLoadAfter(s, spins))
			if out.String() != want || errOut.Len() != 0 {
				t.Fatalf("run on %q printed %q, stderr %q; want %q", data, out.String(), errOut.String(), want)
			}
		case 1:
			if out.Len() != 0 || !strings.HasPrefix(errOut.String(), "tilt: ") || strings.Count(errOut.String(), "\n") != 1 {
				t.Fatalf("run on %q = 1, stdout %q, stderr %q; want one line \"tilt: …\"", data, out.String(), errOut.String())
			}
		default:
			t.Fatalf("run on %q = %d, want 0 or 1", data, code)
		}
	})
}
