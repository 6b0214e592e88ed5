package parallel

import (
	"fmt"
	"testing"
)

// countSerial is the reference: the plain loop that Count must agree with.
func countSerial[T any](in []T, pred func(T) bool) int {
	n := 0
	for _, v := range in {
		if pred(v) {
			n++
		}
	}
	return n
}

func odd(v int) bool { return mix(v)%2 != 0 }

func TestCount(t *testing.T) {
	for _, tc := range testCases() {
		want := countSerial(tc.in, odd)
		if got := Count(tc.in, odd, tc.opts...); got != want {
			t.Fatalf("%s: Count = %d, want %d", tc.name, got, want)
		}
	}
}

func TestCountWith(t *testing.T) {
	for _, tc := range testCases() {
		want := countSerial(tc.in, odd)
		got := CountWith(tc.in, func() *int { return new(int) }, func(calls *int, v int) bool {
			*calls++ // the worker's own counter: no race
			return odd(v)
		}, tc.opts...)
		if got != want {
			t.Fatalf("%s: CountWith = %d, want %d", tc.name, got, want)
		}
	}
}

func BenchmarkCount(b *testing.B) {
	for _, n := range []int{100, 10_000, 1_000_000} {
		in := indices(n)
		b.Run(fmt.Sprintf("n_%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Count(in, odd)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/item")
		})
	}
}

// BenchmarkWorkers times a CPU-bound CountWith of about half a millisecond
// on one worker (5,000 items of 20-100 spin rounds, each worker with a 4 KiB
// scratch buffer) for worker counts from 1 to 16. Counts above GOMAXPROCS
// are capped to it, so they should cost what GOMAXPROCS does.
func BenchmarkWorkers(b *testing.B) {
	in := make([]int, 5000)
	for i := range in {
		in[i] = 20 + i%80 // spin rounds
	}
	newScratch := func() []byte { return make([]byte, 4096) }
	pred := func(_ []byte, v int) bool { return spin(v, v)&1 == 0 }
	for _, w := range []int{1, 2, 3, 4, 8, 16} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				CountWith(in, newScratch, pred, Workers(w))
			}
		})
	}
}
