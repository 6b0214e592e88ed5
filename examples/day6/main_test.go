package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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

func TestRunDefaultMap(t *testing.T) {
	code, out, errOut := runWith(t, "")
	if code != 0 || errOut != "" {
		t.Fatalf("run() = %d, stderr %q; want 0 and nothing", code, errOut)
	}
	want1, want2, ok := refSolve(string(defaultMap), false)
	if !ok {
		t.Fatal("reference says the default map loops")
	}
	if want := fmt.Sprintf("part1 %d\npart2 %d\n", want1, want2); out != want {
		t.Errorf("run() printed %q, want %q", out, want)
	}
}

func TestRunFlags(t *testing.T) {
	dir := t.TempDir()
	small := "....#\n.#...\n...#.\n.^...\n"
	file := filepath.Join(dir, "map.txt")
	if err := os.WriteFile(file, []byte(small), 0o644); err != nil {
		t.Fatal(err)
	}
	w1, w2, _ := refSolve(small, true)
	answers := fmt.Sprintf("part1 %d\npart2 %d\n", w1, w2)
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  *regexp.Regexp
	}{
		{"input_file", "", []string{"-input", file}, regexp.MustCompile(`^` + answers + `$`)},
		{"stdin", small, []string{"-input", "-"}, regexp.MustCompile(`^` + answers + `$`)},
		{"strategy_seed", "", []string{"-input", file, "-strategy", "seed", "-workers", "3"}, regexp.MustCompile(`^` + answers + `$`)},
		{"time", "", []string{"-input", file, "-time", "-repeat", "3"},
			regexp.MustCompile(`^` + answers + `time parse \S+\ntime part1 \S+\ntime part2 \S+\n$`)},
		{"sweep", "", []string{"-input", file, "-sweep", "-repeat", "1"},
			regexp.MustCompile(`^` + answers + `sweep .*\nworkers .*\n(\d+ +\S+ +[0-9.]+x +[0-9.]+x\n){16}$`)},
		{"generate", "", []string{"-generate", "5", "-size", "3x4"}, regexp.MustCompile(`^([.#^>v<]{4}\n){3}$`)},
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

func TestRunSweepSVG(t *testing.T) {
	file := filepath.Join(t.TempDir(), "sweep.svg")
	code, out, errOut := runWith(t, "..#.\n#...\n.^.#\n....\n", "-input", "-", "-sweep", "-strategy", "all", "-repeat", "1", "-svg", file)
	if code != 0 || strings.Count(out, "sweep strategy ") != 3 {
		t.Fatalf("run(-sweep -strategy all) = %d, %q (stderr %q); want 0 and three tables", code, out, errOut)
	}
	b, err := os.ReadFile(file)
	if err != nil || !bytes.HasPrefix(b, []byte("<svg")) || bytes.Count(b, []byte("<polyline")) != 3 {
		t.Errorf("-svg wrote %q, err %v; want an SVG with three lines", b, err)
	}
}

// TestRunBadInput checks that every kind of bad input gives one line on
// stderr starting "day6:", naming the fault, and exit status 1.
func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        string // a fragment of the message
	}{
		{"no_guard", "...\n.#.\n", nil, "no guard"},
		{"two_guards", "^..\n..>\n", nil, "line 2, column 3: second guard; the first is at line 1, column 1"},
		{"unknown_char", "..\n.x\n", nil, "line 2, column 2: unknown cell 'x'"},
		{"letter_heading", "U.\n..\n", nil, "line 1, column 1: unknown cell 'U'"},
		{"ragged", "...\n.^\n", nil, "line 2: ragged rows: row has 2 cells, want 3"},
		{"blank_line_inside", "..\n\n.^\n", nil, "line 2: blank line inside the grid"},
		{"empty", "", nil, "empty input"},
		{"only_newlines", "\n\r\n\n", nil, "empty input"},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", nil, "line 1, column 1: unknown cell '\\x7f'"},
		{"nul_bytes", "..\x00\n.^.\n", nil, "line 1, column 3: unknown cell '\\x00'"},
		{"loops_in_part1", ".#..\n...#\n#^..\n..#.\n", nil, "never leaves the map"},
		{"unknown_strategy", "^", []string{"-strategy", "fast"}, `unknown strategy "fast"`},
		{"all_without_sweep", "^", []string{"-strategy", "all"}, "-strategy all needs -sweep"},
		{"missing_file", "", []string{"-input", "/nonexistent/map.txt"}, "no such file"},
		{"bad_size", "", []string{"-generate", "1", "-size", "12"}, `-size "12"`},
		{"bad_repeat", "^", []string{"-repeat", "0"}, "-repeat 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if !strings.Contains(strings.Join(args, " "), "-input") {
				args = append([]string{"-input", "-"}, args...)
			}
			code, out, errOut := runWith(t, tt.stdin, args...)
			if code != 1 || out != "" || !strings.HasPrefix(errOut, "day6: ") ||
				strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("run(%q) = %d, stdout %q, stderr %q; want 1, nothing, and one line \"day6: …%s…\"", args, code, out, errOut, tt.want)
			}
		})
	}
}

// TestSweepTimesRounds checks the order in which sweepTimes runs the worker
// counts: an untimed round, then repeat rounds of 1 to maxWorkers each, and
// one median per worker count.
func TestSweepTimesRounds(t *testing.T) {
	const repeat = 3
	var calls []int
	times := sweepTimes(repeat, func(workers int) { calls = append(calls, workers) })
	var want []int
	for range repeat + 1 {
		for w := 1; w <= maxWorkers; w++ {
			want = append(want, w)
		}
	}
	if !slices.Equal(calls, want) {
		t.Errorf("sweepTimes ran worker counts %v, want %v", calls, want)
	}
	if len(times) != maxWorkers {
		t.Errorf("sweepTimes returned %d times, want %d", len(times), maxWorkers)
	}
}

// TestRunTimeSweepAll runs -time with -sweep -strategy all, which times the
// answers' strategy, jump, and sweeps all three.
func TestRunTimeSweepAll(t *testing.T) {
	code, out, errOut := runWith(t, "..#.\n#...\n.^.#\n....\n", "-input", "-", "-time", "-sweep", "-strategy", "all", "-repeat", "1")
	if code != 0 || errOut != "" || !strings.Contains(out, "\ntime part2 ") || strings.Count(out, "sweep strategy ") != 3 {
		t.Errorf("run(-time -sweep -strategy all) = %d, %q, stderr %q; want 0, the times and three sweeps", code, out, errOut)
	}
}

// TestRunCPUProfile checks that a CPU profile that cannot be written fails
// the run: with exit status 1 and one line naming the fault, after the
// answers, instead of exiting 0 and losing the profile.
func TestRunCPUProfile(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full here")
	}
	code, out, errOut := runWith(t, "", "-cpuprofile", "/dev/full")
	if want := "day6: writing the CPU profile: write /dev/full: no space left on device\n"; code != 1 || !strings.HasPrefix(out, "part1 ") || errOut != want {
		t.Errorf("run(-cpuprofile /dev/full) = %d, %q, stderr %q; want 1, the answers, %q", code, out, errOut, want)
	}
}

// TestScaleFlag runs -scale's table and chart on two small generated maps: a
// row per map with a time and a speed-up per worker count, and an SVG
// with a line per worker count above one.
func TestScaleFlag(t *testing.T) {
	file := filepath.Join(t.TempDir(), "scale.svg")
	c := &config{strategy: "jump", repeat: 1, svg: file}
	var out strings.Builder
	if err := c.printScale(&out, []int{20, 40}); err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^(20x20|40x40) +\d+ +\S+ \S+( +[0-9.]+x){3}$`)
	if got := len(row.FindAllString(out.String(), -1)); got != 2 {
		t.Errorf("printScale printed %d map rows, want 2:\n%s", got, out.String())
	}
	svg, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(svg), "<polyline"); n != 3 || !strings.HasSuffix(string(svg), "</svg>\n") {
		t.Errorf("scale chart has %d lines, want 3, in a whole SVG", n)
	}
}
