package main

import (
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/examples/internal/clitest"
)

func TestRun(t *testing.T) {
	want1, want2, ok := refSolve(string(defaultMaze))
	if !ok {
		t.Fatal("reference says E is out of reach in the default maze")
	}
	small := "#######\n#...#E#\n#.....#\n#.....#\n#S..#.#\n#######\n"
	file := clitest.File(t, "maze.txt", small)
	answers := "part1 3007\npart2 14\n"
	gen, err := generateSized(7, 9, 5)
	if err != nil {
		t.Fatal(err)
	}
	clitest.RunCases(t, command.Run, []clitest.Case{
		{Name: "default", Want: clitest.Answers(want1, want2)},
		{Name: "input_file", Args: []string{"-input", file}, Want: answers},
		{Name: "stdin", Stdin: small, Args: []string{"-input", "-"}, Want: answers},
		{Name: "stdin_crlf", Stdin: strings.ReplaceAll(small, "\n", "\r\n"), Args: []string{"-input", "-"}, Want: answers},
		{Name: "generate", Args: []string{"-generate", "5", "-size", "7x9"}, Want: string(gen)},
		{Name: "generate_default", Args: []string{"-generate", "9"}, Want: string(defaultMaze)},
	})
}

// TestRunBadInput checks that every kind of bad input gives one line on
// stderr starting "maze:", naming the fault, and exit status 1.
func TestRunBadInput(t *testing.T) {
	clitest.RunFaults(t, command.Run, "maze", []clitest.Fault{
		{Name: "no_start", Stdin: "..E\n", Want: "no start 'S'"},
		{Name: "no_end", Stdin: "S..\n", Want: "no end 'E'"},
		{Name: "two_starts", Stdin: "S.E\n..S\n", Want: "line 2, column 3: second S; the first is at line 1, column 1"},
		{Name: "two_ends", Stdin: "S.E\nE..\n", Want: "line 2, column 1: second E; the first is at line 1, column 3"},
		{Name: "unknown_char", Stdin: "S.E\n.x.\n", Want: "line 2, column 2: unknown cell 'x'"},
		{Name: "lower_case_start", Stdin: "s.E\n", Want: "line 1, column 1: unknown cell 's'"},
		{Name: "ragged", Stdin: "S.E\n..\n", Want: "line 2: ragged rows: row has 2 cells, want 3"},
		{Name: "blank_line_inside", Stdin: "S.\n\n.E\n", Want: "line 2: blank line inside the grid"},
		{Name: "empty", Stdin: "", Want: "empty input"},
		{Name: "only_newlines", Stdin: "\n\n", Want: "empty input"},
		{Name: "binary", Stdin: "\x00\x01\x02", Want: "line 1, column 1: unknown cell '\\x00'"},
		{Name: "non_ascii", Stdin: "S.É\n", Want: "line 1, column 3: unknown cell '\\xc3'"},
		{Name: "unreachable", Stdin: "S#E\n", Want: "no walk from S reaches E"},
		{Name: "walled_in", Stdin: "#####\n#S#.#\n###E#\n", Want: "no walk from S reaches E"},
		{Name: "missing_file", Args: []string{"-input", "/nonexistent/maze.txt"}, Want: "no such file"},
		{Name: "bad_size", Args: []string{"-generate", "1", "-size", "12"}, Want: `-size "12"`},
		{Name: "tiny_size", Args: []string{"-generate", "1", "-size", "3x3"}, Want: "one room only"},
	})
}

func TestRunUsage(t *testing.T) {
	clitest.CheckUsage(t, command.Run)
}

// FuzzRun checks that no input makes the program panic, and that it
// either answers or gives one line of error.
func FuzzRun(f *testing.F) {
	for _, s := range []string{"S.E\n", "E.S\n", "S#E\n", "#####\n#S#E#\n#...#\n#####\n", "", "S\nE", "SE\r\n..\r\n", "\ufeffS.\n.E\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		clitest.CheckInput(t, command.Run, "maze", in, nil)
	})
}
