package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkPart2 times part 2 on the embedded map for every strategy and
// worker count, after parsing and the part-1 walk.
func BenchmarkPart2(b *testing.B) {
	pz, err := parse(bytes.NewReader(defaultMap))
	if err != nil {
		b.Fatal(err)
	}
	rt, err := walkRoute(pz)
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"jump", "resume", "seed"} {
		for _, w := range []int{1, 2, 4, 16} {
			if name == "seed" && w > 2 {
				continue // each run takes seconds; 1 and 2 show its scaling
			}
			b.Run(fmt.Sprintf("%s/workers=%d", name, w), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					strategies[name](pz, rt, w)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rt.cands)), "ns/candidate")
			})
		}
	}
}

// BenchmarkSolve times a whole fresh solve (parse, part 1, part 2) with the
// default strategy on GOMAXPROCS workers, as the command does.
func BenchmarkSolve(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		pz, err := parse(bytes.NewReader(defaultMap))
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := solve(pz, "jump", runtime.GOMAXPROCS(0)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePart1 times parsing and the part-1 walk, which counts the
// cells covered.
func BenchmarkParsePart1(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		pz, err := parse(bytes.NewReader(defaultMap))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := walkOut(pz); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCorpus times parse plus part 1, and part 2 (the walk that lists
// the candidates, then the trials) for 1, 2 and 16 workers, as -time splits
// the phases, on maps named by the DAY6_MAPS glob, such as real puzzle inputs
// kept outside the repository:
//
//	DAY6_MAPS='/path/to/maps/*.txt' go test -run '^$' -bench Corpus -count 10 ./examples/day6
//
// Without DAY6_MAPS it is skipped.
func BenchmarkCorpus(b *testing.B) {
	files, err := filepath.Glob(os.Getenv("DAY6_MAPS"))
	if err != nil || len(files) == 0 {
		b.Skip("set DAY6_MAPS to a glob of map files")
	}
	for _, file := range files {
		input, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
		b.Run(name+"/parse+part1", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				pz, err := parse(bytes.NewReader(input))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := walkOut(pz); err != nil {
					b.Fatal(err)
				}
			}
		})
		pz, err := parse(bytes.NewReader(input))
		if err != nil {
			b.Fatal(err)
		}
		for _, w := range benchWorkers() {
			b.Run(fmt.Sprintf("%s/part2/workers=%d", name, w), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					rt, err := walkRoute(pz)
					if err != nil {
						b.Fatal(err)
					}
					jumpCount(rt, w)
				}
			})
		}
	}
}

// benchWorkers returns the worker counts BenchmarkCorpus times: 1, 2 and
// 16, or those listed in DAY6_WORKERS (such as "2,3,4,8,16").
func benchWorkers() []int {
	list := os.Getenv("DAY6_WORKERS")
	if list == "" {
		return []int{1, 2, 16}
	}
	var ws []int
	for _, f := range strings.Split(list, ",") {
		if w, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && w > 0 {
			ws = append(ws, w)
		}
	}
	return ws
}
