package main

import (
	"bytes"
	"testing"
)

// BenchmarkSpin times one spin cycle of the default 100x100 platform.
func BenchmarkSpin(b *testing.B) {
	g, err := parse(bytes.NewReader(defaultPlatform))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		g = spin(g)
	}
}

// BenchmarkSolve times both parts on the default platform, parsing
// included, as the command runs them.
func BenchmarkSolve(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		g, err := parse(bytes.NewReader(defaultPlatform))
		if err != nil {
			b.Fatal(err)
		}
		if part1, part2 := solve(g); part1 != defaultPart1 || part2 != defaultPart2 {
			b.Fatalf("solve = %d, %d, want %d, %d", part1, part2, defaultPart1, defaultPart2)
		}
	}
}
