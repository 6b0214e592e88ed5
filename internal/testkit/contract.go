package testkit

import (
	"iter"
	"slices"
	"sync"
	"testing"
)

// Contract checks the iterator contract that the module's packages
// promise on seq, over its first n values (all of them if it is shorter),
// which must be at least two: a break stops the iterator at once, a panic
// in the loop body reaches the caller unchanged, and one sequence ranged
// again, in turn or from several goroutines at once, gives the same values.
func Contract[V comparable](t *testing.T, name string, seq iter.Seq[V], n int) {
	t.Helper()
	first := Prefix(seq, n)
	if len(first) < 2 {
		t.Fatalf("%s yielded %d values, want at least 2 for this test", name, len(first))
	}
	if again := Prefix(seq, n); !slices.Equal(again, first) {
		t.Errorf("%s ranged again = %v, want %v", name, again, first)
	}
	for k := 1; k <= len(first); k++ {
		// yield returning false at call k: called exactly k times.
		calls := 0
		seq(func(V) bool { calls++; return calls < k })
		if calls != k {
			t.Errorf("%s with yield false at call %d: yield called %d times", name, k, calls)
		}
		// A range loop breaking at k; the runtime panics if seq goes on.
		got := Prefix(seq, k)
		if !slices.Equal(got, first[:k]) {
			t.Errorf("%s broken off after %d values = %v, want %v", name, k, got, first[:k])
		}
	}
	for _, k := range []int{1, len(first)} {
		r := func() (r any) {
			defer func() { r = recover() }()
			i := 0
			for range seq {
				if i++; i == k {
					panic(Boom{k})
				}
			}
			return nil
		}()
		if r != (Boom{k}) {
			t.Errorf("%s with a panic in the loop body at value %d: recovered %v, want %v", name, k, r, Boom{k})
		}
	}
	if after := Prefix(seq, n); !slices.Equal(after, first) {
		t.Errorf("%s after a panic in the loop body = %v, want %v", name, after, first)
	}
	var wg sync.WaitGroup
	got := make([][]V, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = Prefix(seq, n)
		}()
	}
	wg.Wait()
	for i, vs := range got {
		if !slices.Equal(vs, first) {
			t.Errorf("%s ranged on goroutine %d = %v, want %v", name, i, vs, first)
		}
	}
}

// Prefix returns the first n values of seq, or all of them if there
// are fewer, leaving the loop with a break.
func Prefix[V any](seq iter.Seq[V], n int) []V {
	var out []V
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

// A Boom is the panic value that Contract raises in loop bodies, to check
// that it reaches the caller unchanged.
type Boom struct{ K int }
