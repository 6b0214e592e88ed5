package main

import (
	"bytes"
	"testing"

	"github.com/gridsearch/gridsearch/examples/internal/clitest"
)

func TestRun(t *testing.T) {
	small := ".O.#.\nO.O..\n#..O.\n.O..#\n"
	file := clitest.File(t, "platform.txt", small)
	gen, err := generate(3, 4, 5)
	if err != nil {
		t.Fatal(err)
	}
	clitest.RunCases(t, command.Run, []clitest.Case{
		{Name: "default", Want: clitest.Answers(defaultPart1, defaultPart2)},
		{Name: "input_file", Args: []string{"-input", file}, Want: "part1 18\npart2 11\n"},
		{Name: "stdin", Stdin: small, Args: []string{"-input", "-"}, Want: "part1 18\npart2 11\n"},
		{Name: "generate", Args: []string{"-generate", "5", "-size", "3x4"}, Want: string(gen)},
		{Name: "generate_default", Args: []string{"-generate", "14"}, Want: string(defaultPlatform)},
	})
}

// TestRunBadInput checks that every kind of bad input gives one line on
// stderr starting "tilt:", naming the fault, and exit status 1.
func TestRunBadInput(t *testing.T) {
	clitest.RunFaults(t, command.Run, "tilt", []clitest.Fault{
		{Name: "unknown_cell", Stdin: "O.\n.x\n", Want: "line 2, column 2: unknown cell 'x'"},
		{Name: "lower_case_o", Stdin: "o\n", Want: "line 1, column 1: unknown cell 'o'"},
		{Name: "puzzle_guard", Stdin: "..^\n", Want: "line 1, column 3: unknown cell '^'"},
		{Name: "ragged", Stdin: "O.#\n.O\n", Want: "line 2: ragged rows: row has 2 cells, want 3"},
		{Name: "blank_line_inside", Stdin: "O.\n\n.O\n", Want: "line 2: blank line inside the grid"},
		{Name: "empty", Stdin: "", Want: "empty input"},
		{Name: "only_newlines", Stdin: "\n\r\n\n", Want: "empty input"},
		{Name: "binary", Stdin: "\x7fELF\x02\x01\x01\x00", Want: "line 1, column 1: unknown cell '\\x7f'"},
		{Name: "non_ascii", Stdin: "OÄ\n", Want: "line 1, column 2: unknown cell '\\xc3'"},
		{Name: "nul_byte", Stdin: "O.\x00\n", Want: "line 1, column 3: unknown cell '\\x00'"},
		{Name: "missing_file", Args: []string{"-input", "/nonexistent/platform.txt"}, Want: "no such file"},
		{Name: "bad_size", Args: []string{"-generate", "1", "-size", "12"}, Want: `-size "12"`},
		{Name: "size_zero", Args: []string{"-generate", "1", "-size", "0x5"}, Want: "size 0x5"},
		{Name: "size_too_large", Args: []string{"-generate", "1", "-size", "5x1001"}, Want: "size 5x1001"},
	})
}

func TestRunUsage(t *testing.T) {
	clitest.CheckUsage(t, command.Run)
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
		clitest.CheckInput(t, command.Run, "tilt", string(data), func() string {
			g, _ := parse(bytes.NewReader(data))
			s := g.String()
			return clitest.Answers(refPart1(s), refLoadAfter(s, spins))
		})
	})
}
