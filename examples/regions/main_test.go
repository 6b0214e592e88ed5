package main

import (
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/examples/internal/clitest"
)

func TestRun(t *testing.T) {
	small := "AAAB\nABAB\nAAAC\nDDCC\n"
	file := clitest.File(t, "garden.txt", small)
	answers := "part1 180\npart2 102\n"
	gen, err := generateSized(3, 4, 5)
	if err != nil {
		t.Fatal(err)
	}
	clitest.RunCases(t, command.Run, []clitest.Case{
		{Name: "default", Want: clitest.Answers(refSolve(string(defaultGarden)))},
		{Name: "input_file", Args: []string{"-input", file}, Want: answers},
		{Name: "stdin", Stdin: small, Args: []string{"-input", "-"}, Want: answers},
		{Name: "stdin_crlf_bom", Stdin: "\ufeff" + strings.ReplaceAll(small, "\n", "\r\n"), Args: []string{"-input", "-"}, Want: answers},
		{Name: "generate", Args: []string{"-generate", "5", "-size", "3x4"}, Want: string(gen)},
		{Name: "generate_default", Args: []string{"-generate", "4"}, Want: string(defaultGarden)},
	})
}

// TestRunBadInput checks that every kind of bad input gives one line on
// stderr starting "regions:", naming the fault, and exit status 1.
func TestRunBadInput(t *testing.T) {
	clitest.RunFaults(t, command.Run, "regions", []clitest.Fault{
		{Name: "lower_case", Stdin: "AB\nAb\n", Want: "line 2, column 2: unknown plant 'b'"},
		{Name: "dot", Stdin: "A.\n", Want: "line 1, column 2: unknown plant '.'"},
		{Name: "digit", Stdin: "7\n", Want: "line 1, column 1: unknown plant '7'"},
		{Name: "space", Stdin: "A B\n", Want: "line 1, column 2: unknown plant ' '"},
		{Name: "non_ascii", Stdin: "AÄ\n", Want: "line 1, column 2: unknown plant '\\xc3'"},
		{Name: "ragged", Stdin: "AAA\nAA\n", Want: "line 2: ragged rows: row has 2 cells, want 3"},
		{Name: "blank_line_inside", Stdin: "AB\n\nBA\n", Want: "line 2: blank line inside the grid"},
		{Name: "empty", Stdin: "", Want: "empty input"},
		{Name: "only_newlines", Stdin: "\r\n\n", Want: "empty input"},
		{Name: "missing_file", Args: []string{"-input", "/nonexistent/garden.txt"}, Want: "no such file"},
		{Name: "bad_size", Args: []string{"-generate", "1", "-size", "x"}, Want: `-size "x"`},
		{Name: "zero_size", Args: []string{"-generate", "1", "-size", "0x5"}, Want: "garden size 0x5"},
	})
}

func TestRunUsage(t *testing.T) {
	clitest.CheckUsage(t, command.Run)
}

// FuzzRun checks that no input makes the program panic, that it either
// answers or gives one line of error, and that its answers match the
// reference.
func FuzzRun(f *testing.F) {
	for _, s := range []string{"A\n", "AB\nBA\n", "AAA\nABA\nAAA\n", "", "A\n\nB", "AB\r\nCD", "a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		clitest.CheckInput(t, command.Run, "regions", in, func() string {
			return clitest.Answers(refSolve(strings.TrimPrefix(in, "\ufeff")))
		})
	})
}
