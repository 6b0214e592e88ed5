package main

import (
	"bytes"
	"testing"
)

// BenchmarkSolve times a whole solve of the embedded 140x140 garden:
// parsing, finding and measuring the regions, and both sums.
func BenchmarkSolve(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		g, err := parse(bytes.NewReader(defaultGarden))
		if err != nil {
			b.Fatal(err)
		}
		solve(g)
	}
}

// BenchmarkGenerate times generating a 140x140 garden.
func BenchmarkGenerate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := generate(defaultGen); err != nil {
			b.Fatal(err)
		}
	}
}
