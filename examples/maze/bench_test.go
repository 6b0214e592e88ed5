package main

import (
	"bytes"
	"testing"
)

// BenchmarkSolve times a whole solve of the embedded 141x141 maze: parsing,
// the search over its states and both answers.
func BenchmarkSolve(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m, err := parse(bytes.NewReader(defaultMaze))
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := solve(m); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenerate times generating a 141x141 maze.
func BenchmarkGenerate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := generate(defaultGen); err != nil {
			b.Fatal(err)
		}
	}
}
