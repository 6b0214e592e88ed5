package parallel

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gridsearch/gridsearch/internal/testkit"

	"go.uber.org/goleak"
)

// A testCase is one input and one set of options to run an exported
// function with.
type testCase struct {
	name string
	in   []int
	opts []Option
}

// testCases returns inputs of many sizes, nil and empty ones included, with
// worker counts from 1 to 64 (more than there are items, for the short ones)
// and both automatic and explicit chunk sizes.
func testCases() []testCase {
	r := rand.New(rand.NewPCG(1, 2))
	sizes := []int{0, 1, 2, 3, 7, 8, 9, 63, 64, 65, 100, 1000, 4097}
	for range 4 {
		sizes = append(sizes, r.IntN(3000))
	}
	var cases []testCase
	for _, n := range sizes {
		var in []int // nil for n == 0
		if n > 0 {
			in = make([]int, n)
			for i := range in {
				in[i] = r.IntN(1 << 20)
			}
		}
		for _, workers := range []int{0, 1, 2, 3, 16, 64} {
			for _, chunk := range []int{0, 1, 2, 3, 100} {
				cases = append(cases, testCase{
					name: fmt.Sprintf("n_%d/workers_%d/chunk_%d", n, workers, chunk),
					in:   in,
					opts: []Option{Workers(workers), Chunk(chunk)},
				})
			}
		}
	}
	cases = append(cases, testCase{name: "empty_not_nil", in: []int{}})
	return cases
}

// variants calls f on the elements of in through each exported function.
var variants = []struct {
	name string
	call func(in []int, f func(int) int, opts ...Option)
}{
	{"Map", func(in []int, f func(int) int, opts ...Option) {
		Map(in, f, opts...)
	}},
	{"MapWith", func(in []int, f func(int) int, opts ...Option) {
		MapWith(in, func() *int { return new(int) }, func(_ *int, v int) int { return f(v) }, opts...)
	}},
	{"MapErr", func(in []int, f func(int) int, opts ...Option) {
		_, _ = MapErr(in, func(v int) (int, error) { return f(v), nil }, opts...)
	}},
	{"MapContext", func(in []int, f func(int) int, opts ...Option) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		_, _ = MapContext(ctx, in, func(_ context.Context, v int) (int, error) { return f(v), nil }, opts...)
	}},
	{"Count", func(in []int, f func(int) int, opts ...Option) {
		Count(in, func(v int) bool { return f(v)%2 == 0 }, opts...)
	}},
	{"CountWith", func(in []int, f func(int) int, opts ...Option) {
		CountWith(in, func() *int { return new(int) }, func(_ *int, v int) bool { return f(v)%2 == 0 }, opts...)
	}},
}

// indices returns the slice 0, 1, ..., n-1.
func indices(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// TestEachItemOnce checks through every exported function that the callback
// is called exactly once per item.
func TestEachItemOnce(t *testing.T) {
	for _, v := range variants {
		for _, tc := range testCases() {
			calls := make([]atomic.Int32, len(tc.in))
			in := indices(len(tc.in))
			v.call(in, func(i int) int {
				calls[i].Add(1)
				return i
			}, tc.opts...)
			for i := range calls {
				if got := calls[i].Load(); got != 1 {
					t.Fatalf("%s %s: item %d called %d times, want 1", v.name, tc.name, i, got)
				}
			}
		}
	}
}

// TestWorkerBound checks that no more callbacks run at once than the
// workers planned, which are never more than the chunks.
func TestWorkerBound(t *testing.T) {
	for _, v := range variants {
		for _, tc := range testCases() {
			want, _ := planOf(max(1, len(tc.in)), tc.opts)
			var active, most atomic.Int32
			v.call(tc.in, func(x int) int {
				a := active.Add(1)
				for {
					m := most.Load()
					if a <= m || most.CompareAndSwap(m, a) {
						break
					}
				}
				runtime.Gosched()
				active.Add(-1)
				return x
			}, tc.opts...)
			if got := int(most.Load()); got > want {
				t.Fatalf("%s %s: %d callbacks ran at once, want at most %d", v.name, tc.name, got, want)
			}
		}
	}
}

// TestWorkersCappedAtProcs checks that Workers above GOMAXPROCS runs
// GOMAXPROCS callbacks at once and no more, even when they block and
// Chunk(1) leaves a chunk for every worker asked for: the first callbacks
// wait until GOMAXPROCS of them have started, so that many do run at once.
func TestWorkersCappedAtProcs(t *testing.T) {
	const procs = 2
	setProcs(t, procs)
	for _, v := range variants {
		var started, inFlight, most atomic.Int32
		v.call(indices(40), func(x int) int {
			now := inFlight.Add(1)
			for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
			}
			started.Add(1)
			for deadline := time.Now().Add(10 * time.Second); started.Load() < procs && time.Now().Before(deadline); {
				time.Sleep(50 * time.Microsecond)
			}
			time.Sleep(100 * time.Microsecond) // block, as on I/O
			inFlight.Add(-1)
			return x
		}, Workers(100), Chunk(1))
		if got := most.Load(); got != procs {
			t.Errorf("%s with Workers(100), Chunk(1), GOMAXPROCS %d: %d blocking callbacks ran at once, want %d",
				v.name, procs, got, procs)
		}
	}
}

// TestWorkersOneInOrder checks that with one worker the items are processed
// in input order.
func TestWorkersOneInOrder(t *testing.T) {
	for _, v := range variants {
		var order []int
		v.call(indices(100), func(i int) int {
			order = append(order, i) // no lock: there is one goroutine
			return i
		}, Workers(1))
		for i, got := range order {
			if got != i {
				t.Fatalf("%s with Workers(1): item %d processed %d-th, want in order", v.name, got, i)
			}
		}
		if len(order) != 100 {
			t.Fatalf("%s with Workers(1): %d items processed, want 100", v.name, len(order))
		}
	}
}

type boom struct {
	code int
	msg  string
}

// TestPanicSameValue checks that a panic in the callback reaches the caller
// as a *PanicError holding the very value it was raised with, after every
// callback has returned.
func TestPanicSameValue(t *testing.T) {
	values := []struct {
		name  string
		value any
	}{
		{"string", "boom"},
		{"error", errors.New("boom")},
		{"struct", boom{42, "boom"}},
		{"pointer", &boom{7, "boom"}},
	}
	in := indices(100)
	for _, v := range variants {
		for _, val := range values {
			for _, workers := range []int{1, 2, 16} {
				for _, at := range []int{0, 50, 99} {
					name := fmt.Sprintf("%s/%s/workers_%d/at_%d", v.name, val.name, workers, at)
					var active atomic.Int32
					got, panicked := testkit.Recover(func() {
						v.call(in, func(i int) int {
							active.Add(1)
							defer active.Add(-1)
							if i == at {
								panic(val.value)
							}
							return i
						}, Workers(workers), Chunk(1))
					})
					if pv, ok := panicValue(got); !panicked || !ok || pv != val.value {
						t.Errorf("%s: recover() = %s (panicked %t), want a *PanicError with Value %#v", name, describe(got), panicked, val.value)
					}
					if n := active.Load(); n != 0 {
						t.Errorf("%s: %d callbacks still running when the panic reached the caller, want 0", name, n)
					}
				}
			}
		}
	}
}

// TestPanicRuntimeError checks that a runtime error keeps its type, reached
// through the *PanicError with errors.As.
func TestPanicRuntimeError(t *testing.T) {
	for _, v := range variants {
		got, _ := testkit.Recover(func() {
			var m map[int]int
			v.call(indices(10), func(i int) int {
				m[i] = i // assignment to entry in nil map
				return i
			}, Workers(2))
		})
		err, _ := got.(error)
		var rerr runtime.Error
		if _, ok := got.(*PanicError); !ok || !errors.As(err, &rerr) {
			t.Errorf("%s: recover() = %s, want a *PanicError wrapping a runtime.Error", v.name, describe(got))
		}
	}
}

// goid returns the id of the calling goroutine, read from its stack trace.
// Tests use it to tell the calling goroutine from the workers it starts.
func goid() string {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	return strings.Fields(string(buf[:n]))[1] // "goroutine 7 [running]: ..."
}

// onGoroutine is where a test raises a panic or runtime.Goexit: on the
// calling goroutine, which is a worker too, or on a goroutine started by the
// call. With slow items both kinds of worker are sure to get some.
var onGoroutine = []string{"caller", "worker"}

// trigger returns a function that reports whether to panic or exit now: true
// for the third call on the calling goroutine, whose id is caller, or for
// the third one on the other goroutines; by then the other workers are busy
// too.
func trigger(where, caller string) func() bool {
	var calls atomic.Int32
	return func() bool {
		return (goid() == caller) == (where == "caller") && calls.Add(1) == 3
	}
}

// TestPanicWaitsForWorkers checks with slow items that the panic reaches the
// caller only after the other workers' callbacks have returned, whether it
// was raised on the calling goroutine or on a worker.
func TestPanicWaitsForWorkers(t *testing.T) {
	atLeastProcs(t, 2) // "worker" cases need a second worker
	defer goleak.VerifyNone(t)
	for _, v := range variants {
		for _, where := range onGoroutine {
			var active atomic.Int32
			fire := trigger(where, goid())
			got, _ := testkit.Recover(func() {
				v.call(indices(64), func(i int) int {
					active.Add(1)
					defer active.Add(-1)
					if fire() {
						panic("boom")
					}
					time.Sleep(2 * time.Millisecond)
					return i
				}, Workers(8), Chunk(1))
			})
			if pv, _ := panicValue(got); pv != "boom" {
				t.Errorf("%s, panic on %s: recover() = %s, want a *PanicError with Value %q", v.name, where, describe(got), "boom")
			}
			if n := active.Load(); n != 0 {
				t.Errorf("%s, panic on %s: %d callbacks still running when the panic reached the caller, want 0", v.name, where, n)
			}
		}
	}
}

// TestPanicStopsWork checks that after a panic the other workers take no new
// chunks: the number of callbacks that start after the panicking one is
// bounded by what the other workers had already taken, plus one chunk each
// taken while the panic unwinds.
func TestPanicStopsWork(t *testing.T) {
	const n = 2000
	for _, v := range variants {
		for _, opts := range [][]Option{{Workers(4), Chunk(1)}, {Workers(4)}} {
			workers, chunk := planOf(n, opts)
			var panicked atomic.Bool
			var late atomic.Int32
			testkit.Recover(func() {
				v.call(indices(n), func(i int) int {
					if panicked.Load() {
						late.Add(1)
					}
					if i == 10 {
						panicked.Store(true)
						panic("boom")
					}
					time.Sleep(20 * time.Microsecond)
					return i
				}, opts...)
			})
			if got, limit := int(late.Load()), 2*workers*chunk; got > limit {
				t.Errorf("%s with %d workers, chunk %d: %d callbacks started after the panic, want at most %d",
					v.name, workers, chunk, got, limit)
			}
		}
	}
}

// TestPanicInNewScratch checks that a panic in newScratch reaches the caller
// with its value, whether the first or a later worker panics.
func TestPanicInNewScratch(t *testing.T) {
	atLeastProcs(t, 2) // a second worker must call newScratch
	calls := []struct {
		name string
		call func(newScratch func() int)
	}{
		{"MapWith", func(newScratch func() int) {
			MapWith(indices(1000), newScratch, func(_, v int) int { return v }, Workers(4), Chunk(1))
		}},
		{"CountWith", func(newScratch func() int) {
			CountWith(indices(1000), newScratch, func(_, v int) bool { return v > 0 }, Workers(4), Chunk(1))
		}},
	}
	want := boom{1, "no scratch"}
	for _, c := range calls {
		for _, nth := range []int32{1, 2} {
			var made atomic.Int32
			got, panicked := testkit.Recover(func() {
				c.call(func() int {
					if made.Add(1) == nth {
						panic(want)
					}
					time.Sleep(time.Millisecond) // so that the other workers get a chunk
					return 0
				})
			})
			if pv, ok := panicValue(got); !panicked || !ok || pv != want {
				t.Errorf("%s, panic in newScratch call %d: recover() = %s, want a *PanicError with Value %#v", c.name, nth, describe(got), want)
			}
		}
	}
}

// TestGoexit checks that runtime.Goexit in the callback, as by t.FailNow,
// ends the calling goroutine once the workers have stopped, rather than
// letting the call return with items missing.
func TestGoexit(t *testing.T) {
	atLeastProcs(t, 2) // "worker" cases need a second worker
	for _, v := range variants {
		for _, where := range onGoroutine {
			for _, workers := range []int{1, 2, 8} {
				if where == "worker" && workers == 1 {
					continue
				}
				var active atomic.Int32
				var exited atomic.Bool
				returned := make(chan bool)
				go func() {
					ok := false
					defer func() { returned <- ok }()
					fire := trigger(where, goid())
					v.call(indices(64), func(i int) int {
						active.Add(1)
						defer active.Add(-1)
						if fire() {
							exited.Store(true)
							runtime.Goexit()
						}
						time.Sleep(time.Millisecond)
						return i
					}, Workers(workers), Chunk(1))
					ok = true
				}()
				if <-returned {
					t.Errorf("%s with %d workers returned after runtime.Goexit on the %s goroutine (happened: %t), want the caller to exit",
						v.name, workers, where, exited.Load())
				}
				if n := active.Load(); n != 0 {
					t.Errorf("%s with %d workers: %d callbacks still running when the caller exited, want 0", v.name, workers, n)
				}
			}
		}
	}
}

// scratch is a per-worker value that notices being used by two callbacks at
// once.
type scratch struct {
	inUse atomic.Bool
	buf   []int
}

// TestScratch checks that each worker calls newScratch at most once and that
// no scratch value is used by two callbacks at once.
func TestScratch(t *testing.T) {
	calls := []struct {
		name string
		call func(in []int, newScratch func() *scratch, f func(*scratch, int) int, opts ...Option)
	}{
		{"MapWith", func(in []int, newScratch func() *scratch, f func(*scratch, int) int, opts ...Option) {
			MapWith(in, newScratch, f, opts...)
		}},
		{"CountWith", func(in []int, newScratch func() *scratch, f func(*scratch, int) int, opts ...Option) {
			CountWith(in, newScratch, func(s *scratch, v int) bool { return f(s, v) > 0 }, opts...)
		}},
	}
	for _, c := range calls {
		for _, tc := range testCases() {
			var made, clashes atomic.Int32
			c.call(tc.in, func() *scratch {
				made.Add(1)
				return new(scratch)
			}, func(s *scratch, v int) int {
				if !s.inUse.CompareAndSwap(false, true) {
					clashes.Add(1)
				}
				s.buf = append(s.buf[:0], v)
				runtime.Gosched() // let another goroutine at s, if it can get there
				s.inUse.Store(false)
				return s.buf[0]
			}, tc.opts...)
			workers := 0
			if len(tc.in) > 0 {
				workers, _ = planOf(len(tc.in), tc.opts)
			}
			if got := int(made.Load()); got > workers {
				t.Errorf("%s %s: newScratch called %d times, want at most %d (once per worker)", c.name, tc.name, got, workers)
			}
			if got := clashes.Load(); got != 0 {
				t.Errorf("%s %s: a scratch value was used by two callbacks at once %d times", c.name, tc.name, got)
			}
		}
	}
}

// TestNilScratch checks that a nil newScratch gives the zero value.
func TestNilScratch(t *testing.T) {
	got := MapWith(indices(10), nil, func(s *scratch, v int) int {
		if s != nil {
			return -1
		}
		return v
	})
	for i, r := range got {
		if r != i {
			t.Fatalf("MapWith(nil newScratch)[%d] = %d, want %d", i, r, i)
		}
	}
}
