// This directory holds only tests, and no package: nothing here can be
// imported, so the module's API stays the library's packages. They keep
// docs/cookbook.md honest.
//
// TestCookbook reads the page. Every Go block on it is a recipe's complete
// program, package main, whose first line is "// Command <name> ...",
// with the recipe's sample input in the text block just before it and, in
// the console block just after it, what it prints on that sample. The test
// checks that each program is gofmt'd, builds and vets all of them as one
// throwaway module against the library in this repository (package
// examples/internal/mdprog), runs each on its sample, and then on dozens of
// generated inputs written with the quirks of pasted text (a byte order
// mark, CRLF or CR CR LF line endings, no final newline, trailing blank
// lines: testkit.Quirky), and compares what it prints with what a plain
// reference solver in this directory answers.
//
// The page's solving code and the code the benchmarks time are the same
// code. Each recipe file here (wordsearch_test.go, ...) opens with the
// top-level declarations that do the work on the page, copied verbatim, doc
// comments included, and ends with the recipe's entry for these tests; TestCookbook checks, character for character, that the page's
// program contains each of them, so an edit to one without the other fails
// the test. The program on the page adds only main: open os.Args[1], parse
// it with grid.Parse, call the solving function and print. That lets
// TestRecipes compare the solving code with the reference on hundreds more
// inputs in process, and BenchmarkVsHand/<recipe>/lib time exactly what the
// page shows, against /hand, the same work written with flat slices and no
// iterators, as a strong solver writes it without the library.
//
// A recipe whose input is not one map (robots, locks, mirrors, warehouse,
// falling) has a main that reads the whole file and passes the text to
// the shared code, which splits or reads it with the library (Sections,
// CutSection, ParseInts, ParsePoints); its lib and hand benchmarks then
// both time reading as well as solving. Recipes with parameters have a
// test of their own over many more of them (TestCheatsRadii,
// TestCrucibleRuns, TestRobotsRooms, TestFallingSizes, TestStepsAnyCount,
// TestBurstsAnyCount), and the readers of robots, locks, warehouse and
// image tests of the inputs they refuse (TestReadRobotsErrors,
// TestReadLocksErrors, TestWarehouseErrors, TestImageErrors).
package cookbook

import (
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gridsearch/gridsearch/examples/internal/mdprog"
	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/internal/testkit"
)

// pagePath is the page under test, from this directory.
const pagePath = "../../docs/cookbook.md"

// runPrompt opens the console block after a program: the rest of the block
// is what the program prints when run on the sample before it.
const runPrompt = "$ go run . input.txt"

// A recipe is one section of the page, with what the tests need behind it.
type recipe struct {
	// name is the program's name, from its first line "// Command name".
	name string
	// shared names the top-level declarations (functions, types,
	// variables, and methods as "type.method") that the page's program
	// holds verbatim from this directory's files.
	shared []string
	// rows and cols are the size of a real input, for the benchmark.
	rows, cols int
	// refMax is the largest side of the inputs that the default tests draw
	// for the reference to check.
	refMax int
	// checks is how many generated inputs TestRecipes compares with the
	// reference, 150 if zero: fewer for a reference that is slow, where a
	// test of the recipe's own covers more inputs. TestCookbook runs the
	// page's program on 24 of them, or on checks if fewer.
	checks int
	// gen returns a generated input of about rows×cols cells, as lines.
	// It is deterministic: the same rng state gives the same input.
	gen func(rng *rand.Rand, rows, cols int) []string
	// solve is the page's solving code on a parsed input: the two answers
	// the program prints.
	solve func(g grid.Grid[byte]) [2]int
	// ref is the plain reference solver on the input's lines.
	ref func(lines []string) [2]int
	// hand is the same work as solve on the cells row by row, written
	// without the library, for BenchmarkVsHand.
	hand func(cells []byte, rows, cols int) [2]int
	// A recipe whose input is not one map (lines of numbers, blocks
	// separated by blank lines) sets solveText and handText instead of
	// solve and hand, and its generator need not make a rectangle: rows and
	// cols then say how big an input is in the recipe's own terms.
	// solveText is the page's program without its file handling: it reads
	// the input with the library, as the page does, and solves it.
	solveText func(input string) ([2]int, error)
	// handText is the same work, reading included, written without the
	// library, on input as the generator writes it ("\n" line endings).
	handText func(input string) [2]int
}

// recipes lists every recipe on the page, in the page's order.
func recipes() []recipe {
	return []recipe{
		wordSearchRecipe(),
		antennasRecipe(),
		trailsRecipe(),
		ductsRecipe(),
		gardenRecipe(),
		pipesRecipe(),
		raceRecipe(),
		beamsRecipe(),
		crossingRecipe(),
		crucibleRecipe(),
		robotsRecipe(),
		schematicRecipe(),
		locksRecipe(),
		mirrorsRecipe(),
		warehouseRecipe(),
		fallingRecipe(),
		stepsRecipe(),
		hikeRecipe(),
		windsRecipe(),
		sandRecipe(),
		crowdRecipe(),
		seatsRecipe(),
		woodsRecipe(),
		imageRecipe(),
		infectionRecipe(),
		jigsawRecipe(),
		herdsRecipe(),
		towerRecipe(),
	}
}

// answer is what a program prints for the two answers.
func answer(a [2]int) string {
	return fmt.Sprintf("part 1: %d\npart 2: %d\n", a[0], a[1])
}

// A program is a Go block of the page with the blocks around it.
type program struct {
	mdprog.Block
	name   string // from "// Command name"
	sample string // the text block before it
	want   string // what the console block after it says it prints
}

// programs returns the Go blocks of the page, checking the shape each must
// have.
func programs(t *testing.T, bs []mdprog.Block) []program {
	t.Helper()
	var ps []program
	for i, b := range bs {
		if b.Info != "go" {
			continue
		}
		first, _, _ := strings.Cut(b.Body, "\n")
		name, ok := strings.CutPrefix(first, "// Command ")
		name, _, _ = strings.Cut(name, " ")
		if !ok || name == "" || !strings.Contains(b.Body, "\npackage main\n") {
			t.Errorf("%s:%d: Go block is not a complete program starting %q, package main", pagePath, b.Line, "// Command name")
			continue
		}
		if i == 0 || bs[i-1].Info != "text" {
			t.Errorf("%s:%d: program %s not preceded by a text block with its sample input", pagePath, b.Line, name)
			continue
		}
		if i+1 == len(bs) || bs[i+1].Info != "console" || !strings.HasPrefix(bs[i+1].Body, runPrompt+"\n") {
			t.Errorf("%s:%d: program %s not followed by a console block starting %q", pagePath, b.Line, name, runPrompt)
			continue
		}
		ps = append(ps, program{b, name, bs[i-1].Body, strings.TrimPrefix(bs[i+1].Body, runPrompt+"\n")})
	}
	return ps
}

// sharedDecls returns the source text of every top-level function and
// method (as "type.method"), and of every type, variable or constant
// declared alone, in this directory's test files, by name, from its doc
// comment to its end.
func sharedDecls(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	decls := make(map[string]string)
	fset := token.NewFileSet()
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		text := func(doc *ast.CommentGroup, n ast.Node) string {
			start := n.Pos()
			if doc != nil {
				start = doc.Pos()
			}
			return string(src[fset.Position(start).Offset:fset.Position(n.End()).Offset])
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				name := d.Name.Name
				if d.Recv != nil { // a method: "type.method"
					recv := d.Recv.List[0].Type
					if star, ok := recv.(*ast.StarExpr); ok {
						recv = star.X
					}
					id, ok := recv.(*ast.Ident)
					if !ok {
						continue
					}
					name = id.Name + "." + name
				}
				decls[name] = text(d.Doc, d)
			case *ast.GenDecl:
				if len(d.Specs) == 0 {
					continue
				}
				switch s := d.Specs[0].(type) {
				case *ast.TypeSpec:
					if len(d.Specs) == 1 {
						decls[s.Name.Name] = text(d.Doc, d)
					}
				case *ast.ValueSpec:
					// A block of constants or variables goes by its first name.
					if len(s.Names) == 1 {
						decls[s.Names[0].Name] = text(d.Doc, d)
					}
				}
			}
		}
	}
	return decls
}

func TestCookbook(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not installed")
	}
	bs, err := mdprog.Read(pagePath)
	if err != nil {
		t.Fatal(err)
	}
	ps := programs(t, bs)
	rs := recipes()
	if len(ps) != len(rs) {
		t.Fatalf("%s: %d programs, want one per recipe: %d", pagePath, len(ps), len(rs))
	}
	decls := sharedDecls(t)
	for i, p := range ps {
		r := rs[i]
		if p.name != r.name {
			t.Fatalf("%s:%d: program %d is %s, want %s, in the order of recipes()", pagePath, p.Line, i+1, p.name, r.name)
		}
		if err := mdprog.Gofmt(p.Body); err != nil {
			t.Errorf("%s:%d: %v", pagePath, p.Line, err)
		}
		for _, name := range r.shared {
			d, ok := decls[name]
			if !ok {
				t.Errorf("recipe %s shares %s, which no file in this directory declares", r.name, name)
			} else if !strings.Contains(p.Body, d) {
				t.Errorf("%s:%d: program %s does not hold the declaration of %s as this directory's files have it:\n%s", pagePath, p.Line, p.name, name, d)
			}
		}
	}
	if t.Failed() {
		return
	}

	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	t.Cleanup(cancel) // after the parallel subtests, unlike a defer
	progs := make([]mdprog.Program, len(ps))
	for i, p := range ps {
		progs[i] = mdprog.Program{Name: p.name, Body: p.Body, Line: p.Line}
	}
	bin, err := mdprog.Build(ctx, t.TempDir(), "../..", pagePath, progs)
	if err != nil {
		t.Fatal(err)
	}

	for i, p := range ps {
		r := rs[i]
		t.Run(r.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			// run runs the program on input and returns what it prints.
			run := func(input string) string {
				t.Helper()
				file := filepath.Join(dir, "input.txt")
				if err := os.WriteFile(file, []byte(input), 0o644); err != nil {
					t.Fatal(err)
				}
				var stdout, stderr bytes.Buffer
				cmd := exec.CommandContext(ctx, filepath.Join(bin, p.name), file)
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Run(); err != nil {
					t.Fatalf("%s:%d: program failed on\n%s\n%v\n%s", pagePath, p.Line, input, err, stderr.Bytes())
				}
				return stdout.String()
			}
			if got := run(p.sample); got != p.want {
				t.Errorf("%s:%d: program printed\n%s\non its sample; the page says it prints\n%s", pagePath, p.Line, got, p.want)
			}
			if want := answer(r.ref(testkit.Lines(p.sample))); p.want != want {
				t.Errorf("%s:%d: the page says the program prints\n%s\non its sample; the reference answers\n%s", pagePath, p.Line, p.want, want)
			}
			rng := rand.New(rand.NewPCG(12, uint64(i)))
			runs := 24
			if r.checks > 0 {
				runs = min(runs, r.checks) // a slow reference
			}
			for k := range runs {
				// Half the inputs near the largest the reference checks
				// quickly, half smaller, down to a few cells.
				low := 1
				if k%2 == 0 {
					low = r.refMax / 2
				}
				lines := r.gen(rng, low+rng.IntN(r.refMax-low+1), low+rng.IntN(r.refMax-low+1))
				input := testkit.Quirky(rng, lines)
				if got, want := run(input), answer(r.ref(lines)); got != want {
					t.Fatalf("%s:%d: program printed\n%s\non input %d\n%s\nthe reference answers\n%s", pagePath, p.Line, got, k, input, want)
				}
			}
		})
	}
}

// TestRecipes compares each recipe's solving code, and the hand-written
// version the benchmark times, with the reference on many generated
// inputs, parsed from text with every input quirk.
func TestRecipes(t *testing.T) {
	for i, r := range recipes() {
		t.Run(r.name, func(t *testing.T) {
			t.Parallel()
			rng := rand.New(rand.NewPCG(1212, uint64(i)))
			checks := r.checks
			if checks == 0 {
				checks = 150
			}
			for k := range checks {
				lines := r.gen(rng, 1+rng.IntN(r.refMax), 1+rng.IntN(r.refMax))
				input := testkit.Quirky(rng, lines)
				want := r.ref(lines)
				if r.solveText != nil {
					got, err := r.solveText(input)
					if err != nil {
						t.Fatalf("input %d: %s(%q): %v", k, r.name, input, err)
					}
					if got != want {
						t.Fatalf("input %d: %s = %v, want %v, on\n%s", k, r.name, got, want, strings.Join(lines, "\n"))
					}
					if got := r.handText(strings.Join(lines, "\n")); got != want {
						t.Fatalf("input %d: hand-written %s = %v, want %v, on\n%s", k, r.name, got, want, strings.Join(lines, "\n"))
					}
					continue
				}
				g, err := grid.ParseString(input)
				if err != nil {
					t.Fatalf("input %d: ParseString(%q): %v", k, input, err)
				}
				if got := r.solve(g); got != want {
					t.Fatalf("input %d: %s = %v, want %v, on\n%s", k, r.name, got, want, strings.Join(lines, "\n"))
				}
				cells, rows, cols := flat(g)
				if got := r.hand(cells, rows, cols); got != want {
					t.Fatalf("input %d: hand-written %s = %v, want %v, on\n%s", k, r.name, got, want, strings.Join(lines, "\n"))
				}
			}
		})
	}
}

// TestGenerators checks that each generator is deterministic and makes a
// rectangle of the size asked, or near it.
func TestGenerators(t *testing.T) {
	for _, r := range recipes() {
		a := r.gen(rand.New(rand.NewPCG(3, 4)), r.rows, r.cols)
		b := r.gen(rand.New(rand.NewPCG(3, 4)), r.rows, r.cols)
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Errorf("%s: the same seed gives two inputs", r.name)
		}
		if r.solveText != nil {
			if len(a) == 0 || a[0] == "" || a[len(a)-1] == "" {
				t.Errorf("%s: input is empty or starts or ends with a blank line", r.name)
			}
			continue // not one map: the recipe's own test checks its size
		}
		if len(a) < r.rows-2 || len(a) > r.rows+2 {
			t.Errorf("%s: input has %d rows, want about %d", r.name, len(a), r.rows)
		}
		for i, l := range a {
			if len(l) != len(a[0]) || len(l) < r.cols-2 || len(l) > r.cols+2 {
				t.Fatalf("%s: row %d has %d cells, want about %d and as many as row 0", r.name, i, len(l), r.cols)
			}
		}
	}
}

// flat returns the cells of g row by row, with its size: the input as a
// hand-written solver holds it.
func flat(g grid.Grid[byte]) ([]byte, int, int) {
	cells := make([]byte, 0, g.Len())
	for v := range g.Values() {
		cells = append(cells, v)
	}
	return cells, g.Rows(), g.Cols()
}

// BenchmarkVsHand times each recipe's solving code, as the page shows it
// (lib), against the same work written with flat slices and no iterators
// (hand), on one generated input of real size; the input is parsed and
// flattened before the timing. Compare them with benchstat over -count 10.
func BenchmarkVsHand(b *testing.B) {
	for i, r := range recipes() {
		b.Run(r.name, func(b *testing.B) {
			input := strings.Join(r.gen(rand.New(rand.NewPCG(99, uint64(i))), r.rows, r.cols), "\n")
			if r.solveText != nil {
				benchText(b, r, input)
				return
			}
			g, err := grid.ParseString(input)
			if err != nil {
				b.Fatal(err)
			}
			cells, rows, cols := flat(g)
			if lib, hand := r.solve(g), r.hand(cells, rows, cols); lib != hand {
				b.Fatalf("%s: lib answers %v, hand %v", r.name, lib, hand)
			}
			b.Run("lib", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					r.solve(g)
				}
			})
			b.Run("hand", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					r.hand(cells, rows, cols)
				}
			})
		})
	}
}

// benchText is BenchmarkVsHand for a recipe whose input is not one map:
// both sides read the text and solve it.
func benchText(b *testing.B, r recipe, input string) {
	lib, err := r.solveText(input)
	if err != nil {
		b.Fatal(err)
	}
	if hand := r.handText(input); lib != hand {
		b.Fatalf("%s: lib answers %v, hand %v", r.name, lib, hand)
	}
	b.Run("lib", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.solveText(input)
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r.handText(input)
		}
	})
}
