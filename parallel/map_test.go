package parallel

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// mapSerial is the reference: the plain loop that Map must agree with.
func mapSerial[T, R any](in []T, f func(T) R) []R {
	out := make([]R, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

func mix(v int) int { return v*v ^ v>>3 + 7 }

func TestMap(t *testing.T) {
	for _, tc := range testCases() {
		want := mapSerial(tc.in, mix)
		if got := Map(tc.in, mix, tc.opts...); !slices.Equal(got, want) {
			t.Fatalf("%s: Map = %v, want %v", tc.name, got, want)
		}
	}
}

func TestMapTypes(t *testing.T) {
	in := indices(1000)
	want := mapSerial(in, strconv.Itoa)
	if got := Map(in, strconv.Itoa, Workers(3)); !slices.Equal(got, want) {
		t.Errorf("Map(in, strconv.Itoa) = %q, want %q", got, want)
	}
}

func TestMapWith(t *testing.T) {
	for _, tc := range testCases() {
		want := mapSerial(tc.in, mix)
		got := MapWith(tc.in, func() []int { return make([]int, 1) }, func(buf []int, v int) int {
			buf[0] = mix(v)
			return buf[0]
		}, tc.opts...)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: MapWith = %v, want %v", tc.name, got, want)
		}
	}
}

func TestMapErr(t *testing.T) {
	for _, tc := range testCases() {
		want := mapSerial(tc.in, mix)
		got, err := MapErr(tc.in, func(v int) (int, error) { return mix(v), nil }, tc.opts...)
		if err != nil || !slices.Equal(got, want) {
			t.Fatalf("%s: MapErr = %v, %v, want %v, nil", tc.name, got, err, want)
		}
	}
}

func TestMapErrFails(t *testing.T) {
	in := indices(1000)
	for _, workers := range []int{1, 2, 16} {
		for _, chunk := range []int{0, 1, 7} {
			for _, at := range []int{0, 500, 999} {
				name := fmt.Sprintf("workers_%d/chunk_%d/at_%d", workers, chunk, at)
				wantErr := fmt.Errorf("item %d", at)
				got, err := MapErr(in, func(v int) (int, error) {
					if v == at {
						return 0, wantErr
					}
					return v, nil
				}, Workers(workers), Chunk(chunk))
				if got != nil || err != wantErr {
					t.Errorf("%s: MapErr = %v, %v, want nil, %v", name, got, err, wantErr)
				}
			}
		}
	}
}

// TestMapErrFirstError checks that the error of the first failing call is
// returned; with one worker that is the first item in input order.
func TestMapErrFirstError(t *testing.T) {
	errs := make([]error, 100)
	for i := range errs {
		errs[i] = fmt.Errorf("item %d", i)
	}
	_, err := MapErr(indices(100), func(v int) (int, error) { return 0, errs[v] }, Workers(1))
	if err != errs[0] {
		t.Errorf("MapErr with every item failing and Workers(1) = %v, want %v", err, errs[0])
	}
	_, err = MapErr(indices(100), func(v int) (int, error) { return 0, errs[v] }, Workers(4))
	if !slices.Contains(errs, err) {
		t.Errorf("MapErr with every item failing = %v, want the error of one of the items", err)
	}
}

// TestMapErrFirstByTime checks that a later error does not replace the
// first: four workers each hold one item, item 0 fails first, and the other
// three fail 50ms after it.
func TestMapErrFirstByTime(t *testing.T) {
	atLeastProcs(t, 4)
	var started sync.WaitGroup
	started.Add(3)
	first := make(chan struct{})
	errFirst, errLate := errors.New("first"), errors.New("late")
	_, err := MapErr(indices(4), func(v int) (int, error) {
		if v == 0 {
			started.Wait() // every worker holds an item
			close(first)
			return 0, errFirst
		}
		started.Done()
		<-first
		time.Sleep(50 * time.Millisecond)
		return 0, errLate
	}, Workers(4), Chunk(1))
	if err != errFirst {
		t.Errorf("MapErr = %v, want the first error, %v", err, errFirst)
	}
}

// TestMapErrStopsWork checks that no new item is started once an error has
// been returned, even from inside a chunk: the callbacks that start after
// the failing one returns are at most one per other worker (those that
// checked the stop flag just before it was set), not the rest of their
// chunks.
func TestMapErrStopsWork(t *testing.T) {
	const n = 2000
	for _, opts := range [][]Option{{Workers(4), Chunk(1)}, {Workers(4)}, {Workers(4), Chunk(n)}, {Workers(16)}} {
		workers, chunk := planOf(n, opts)
		var failed atomic.Bool
		var late atomic.Int32
		wantErr := errors.New("boom")
		_, err := MapErr(indices(n), func(v int) (int, error) {
			if failed.Load() {
				late.Add(1)
			}
			if v == 10 {
				failed.Store(true)
				return 0, wantErr
			}
			time.Sleep(20 * time.Microsecond)
			return v, nil
		}, opts...)
		if err != wantErr {
			t.Errorf("MapErr with %d workers, chunk %d: error %v, want %v", workers, chunk, err, wantErr)
		}
		if got, limit := int(late.Load()), 2*workers; got > limit {
			t.Errorf("MapErr with %d workers, chunk %d: %d calls started after the error, want at most %d",
				workers, chunk, got, limit)
		}
	}
}

type ctxKey struct{}

// TestMapContext checks the results against the plain loop, and that f gets
// a context derived from the caller's: its values pass through, and it is
// cancelled once MapContext has returned, while the caller's is not.
func TestMapContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), ctxKey{}, "v"))
	defer cancel()
	for _, tc := range testCases() {
		want := mapSerial(tc.in, mix)
		var seen atomic.Pointer[context.Context]
		got, err := MapContext(ctx, tc.in, func(fctx context.Context, v int) (int, error) {
			if fctx.Value(ctxKey{}) != "v" {
				return 0, errors.New("f got a context without the caller's values")
			}
			if err := fctx.Err(); err != nil {
				return 0, fmt.Errorf("f got a context that is done: %w", err)
			}
			seen.Store(&fctx)
			return mix(v), nil
		}, tc.opts...)
		if err != nil || !slices.Equal(got, want) {
			t.Fatalf("%s: MapContext = %v, %v, want %v, nil", tc.name, got, err, want)
		}
		if fctx := seen.Load(); fctx != nil && (*fctx).Err() != context.Canceled {
			t.Fatalf("%s: f's context after MapContext returned: Err() = %v, want %v", tc.name, (*fctx).Err(), context.Canceled)
		}
	}
	if ctx.Err() != nil {
		t.Errorf("the caller's context was cancelled: %v", ctx.Err())
	}
}

// TestMapContextSiblingFails checks that a call of f in flight learns that a
// sibling failed, as with errgroup.WithContext: of two items run at once,
// the first to start waits on its ctx, and the second returns an error,
// panics or calls runtime.Goexit. The waiting call must see its ctx done,
// with the error or the *PanicError as its cause; it gives up after 10
// seconds otherwise, which fails the test.
func TestMapContextSiblingFails(t *testing.T) {
	atLeastProcs(t, 2)
	errSibling := errors.New("sibling failed")
	for _, how := range []string{"error", "panic", "goexit"} {
		var arrived atomic.Int32
		var cause atomic.Value // what the waiting call saw: context.Cause, or a string
		r, returned := outcome(func() {
			_, err := MapContext(context.Background(), indices(2), func(ctx context.Context, v int) (int, error) {
				if arrived.Add(1) == 1 {
					select {
					case <-ctx.Done():
						cause.Store(context.Cause(ctx))
					case <-time.After(10 * time.Second):
						cause.Store("not cancelled within 10s")
					}
					return v, nil
				}
				switch how {
				case "panic":
					panic("boom")
				case "goexit":
					runtime.Goexit()
				}
				return 0, errSibling
			}, Workers(2), Chunk(1))
			if err != errSibling {
				t.Errorf("sibling's %s: MapContext error = %v, want %v", how, err, errSibling)
			}
		})
		got := cause.Load()
		switch how {
		case "error":
			if got != errSibling || !returned {
				t.Errorf("sibling returns an error: the waiting call saw cause %v (MapContext returned %t), want %v", got, returned, errSibling)
			}
		case "panic":
			if p, ok := r.(*PanicError); !ok || got != error(p) {
				t.Errorf("sibling panics: the waiting call saw cause %s, recover() = %s, want the *PanicError as both", describe(got), describe(r))
			}
		case "goexit":
			if got != context.Canceled || returned || r != nil {
				t.Errorf("sibling calls runtime.Goexit: the waiting call saw cause %v (returned %t, recover() = %s), want %v and the caller to exit",
					got, returned, describe(r), context.Canceled)
			}
		}
	}
}

func TestMapContextDoneBefore(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, n := range []int{0, 1, 100} {
		var calls atomic.Int32
		got, err := MapContext(ctx, indices(n), func(_ context.Context, v int) (int, error) {
			calls.Add(1)
			return v, nil
		})
		if got != nil || err != context.Canceled || calls.Load() != 0 {
			t.Errorf("MapContext(cancelled ctx, %d items) = %v, %v after %d calls, want nil, %v after 0 calls",
				n, got, err, calls.Load(), context.Canceled)
		}
	}
}

// TestMapContextCancel cancels a long run part way, from inside f and from
// another goroutine, and checks that MapContext stops starting items and
// returns context.Canceled soon after. The items ignore ctx and take about
// 200µs, so MapContext should return well within a millisecond of the
// cancellation; the 100ms bound is generous so that the test does not flake
// on a loaded, shared machine: it tests that MapContext stops, not how fast.
func TestMapContextCancel(t *testing.T) {
	defer goleak.VerifyNone(t)
	const (
		n     = 100_000 // about 10s of work per worker on 2 workers
		bound = 100 * time.Millisecond
	)
	for _, from := range []string{"f", "timer"} {
		for _, workers := range []int{1, 2, 16} {
			for _, chunk := range []int{0, 1} {
				name := fmt.Sprintf("from_%s/workers_%d/chunk_%d", from, workers, chunk)
				ctx, cancel := context.WithCancel(context.Background())
				var cancelled atomic.Pointer[time.Time]
				cancelNow := func() {
					now := time.Now()
					cancelled.Store(&now)
					cancel()
				}
				var calls, late atomic.Int32
				if from == "timer" {
					timer := time.AfterFunc(5*time.Millisecond, cancelNow)
					defer timer.Stop()
				}
				got, err := MapContext(ctx, indices(n), func(_ context.Context, v int) (int, error) {
					if cancelled.Load() != nil {
						late.Add(1)
					}
					if calls.Add(1) == 20 && from == "f" {
						cancelNow()
					}
					time.Sleep(200 * time.Microsecond)
					return v, nil
				}, Workers(workers), Chunk(chunk))
				cancel()
				at := cancelled.Load()
				if at == nil {
					t.Fatalf("%s: MapContext returned %v before the cancellation", name, err)
				}
				if took := time.Since(*at); took > bound {
					t.Errorf("%s: MapContext returned %v after cancellation, want within %v", name, took, bound)
				}
				if got != nil || err != context.Canceled {
					t.Errorf("%s: MapContext = %d results, %v, want nil, %v", name, len(got), err, context.Canceled)
				}
				if late, limit := int(late.Load()), 2*workers; late > limit {
					t.Errorf("%s: %d calls started after cancellation, want at most %d", name, late, limit)
				}
			}
		}
	}
}

func TestMapContextDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	got, err := MapContext(ctx, indices(100_000), func(_ context.Context, v int) (int, error) {
		time.Sleep(100 * time.Microsecond)
		return v, nil
	})
	if got != nil || err != context.DeadlineExceeded {
		t.Errorf("MapContext past its deadline = %d results, %v, want nil, %v", len(got), err, context.DeadlineExceeded)
	}
}

// TestMapContextWatching checks items that wait on ctx themselves: the
// blocked call returns when ctx is cancelled, and so does MapContext.
func TestMapContextWatching(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	timer := time.AfterFunc(time.Millisecond, cancel)
	defer timer.Stop()
	got, err := MapContext(ctx, indices(100), func(ctx context.Context, v int) (int, error) {
		if v == 50 {
			<-ctx.Done()
			return 0, fmt.Errorf("item %d: %w", v, ctx.Err())
		}
		return v, nil
	}, Workers(4))
	if got != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("MapContext = %d results, %v, want nil, an error wrapping %v", len(got), err, context.Canceled)
	}
}

// TestMapContextError checks that an error of f that comes before the
// cancellation is the one returned.
func TestMapContextError(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	wantErr := errors.New("boom")
	got, err := MapContext(ctx, indices(1000), func(_ context.Context, v int) (int, error) {
		if v == 500 {
			return 0, wantErr
		}
		return v, nil
	}, Workers(3))
	cancel()
	if got != nil || err != wantErr {
		t.Errorf("MapContext = %v, %v, want nil, %v", got, err, wantErr)
	}
}

// TestMapContextCancelAfterLastStart checks that a cancellation after every
// item has started loses no results. With one worker the items run in
// order, so cancelling in the last one is such a case.
func TestMapContextCancelAfterLastStart(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := indices(100)
	got, err := MapContext(ctx, in, func(_ context.Context, v int) (int, error) {
		if v == len(in)-1 {
			cancel()
		}
		return v, nil
	}, Workers(1), Chunk(7))
	if err != nil || !slices.Equal(got, in) {
		t.Errorf("MapContext cancelled in its last item = %v, %v, want %v, nil", got, err, in)
	}
}

// spin is a CPU-bound item of work: rounds of xorshift, about 1.5ns each on
// the 2-core amd64 machine it was tuned on, with no memory traffic.
func spin(v, rounds int) int {
	x := uint64(v) | 1
	for range rounds {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return int(x)
}

// spinRounds makes spin take about 1µs.
const spinRounds = 670

// sink keeps the results of benchmarked loops alive.
var sink []int

// BenchmarkMap compares the plain loop with Map on 1, 2 and GOMAXPROCS
// workers, for trivial items and for items of about 1µs, and reports the
// time per item. Like Map, the plain loop allocates its result.
func BenchmarkMap(b *testing.B) {
	works := []struct {
		name  string
		f     func(int) int
		sizes []int
	}{
		{"trivial", mix, []int{1, 100, 10_000, 1_000_000}},
		{"1us", func(v int) int { return spin(v, spinRounds) }, []int{1, 100, 10_000}},
	}
	for _, w := range works {
		for _, n := range w.sizes {
			in := indices(n)
			impls := []struct {
				name string
				run  func()
			}{
				{"serial", func() {
					out := make([]int, len(in)) // as Map does
					for i, v := range in {
						out[i] = w.f(v)
					}
					sink = out
				}},
				{"workers_1", func() { Map(in, w.f, Workers(1)) }},
				{"workers_2", func() { Map(in, w.f, Workers(2)) }},
				{"workers_gomaxprocs", func() { Map(in, w.f) }},
			}
			for _, impl := range impls {
				b.Run(fmt.Sprintf("%s/n_%d/%s", w.name, n, impl.name), func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						impl.run()
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/item")
				})
			}
		}
	}
}

// BenchmarkMapCall measures the fixed cost of a call: as many trivial items
// as workers, one per chunk. Worker counts above GOMAXPROCS are capped to
// it, so they cost what GOMAXPROCS does.
func BenchmarkMapCall(b *testing.B) {
	for _, workers := range []int{1, 2, 4, 8} {
		b.Run(fmt.Sprintf("workers_%d", workers), func(b *testing.B) {
			in := indices(workers)
			b.ReportAllocs()
			for b.Loop() {
				Map(in, mix, Workers(workers), Chunk(1))
			}
		})
	}
}

// BenchmarkColdCall measures what a call costs when it finds the other
// cores idle, as a solver's call does after a stretch of serial work:
// before each call, the caller spins alone for 200 µs, untimed. Each of
// the call's items (one per worker, one per chunk) spins for 100 µs, so no
// worker can take a second one, and records when it started. It reports
// ns/start, from the call to the first item's start (what starting the
// workers costs the caller), and ns/join, to the last item's start (when the
// last core joins in); ns/op includes the spinning.
func BenchmarkColdCall(b *testing.B) {
	spinFor := func(d time.Duration) {
		for t := time.Now(); time.Since(t) < d; {
		}
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers_%d", workers), func(b *testing.B) {
			in := indices(workers)
			var first, last time.Duration
			for b.Loop() {
				spinFor(200 * time.Microsecond)
				t := time.Now()
				starts := Map(in, func(int) time.Duration {
					d := time.Since(t)
					spinFor(100 * time.Microsecond)
					return d
				}, Workers(workers), Chunk(1))
				first += slices.Min(starts)
				last += slices.Max(starts)
			}
			b.ReportMetric(float64(first.Nanoseconds())/float64(b.N), "ns/start")
			b.ReportMetric(float64(last.Nanoseconds())/float64(b.N), "ns/join")
		})
	}
}

// BenchmarkVariants measures the overhead per item of each function on one
// worker, with trivial items: an indirect call, plus for MapErr and
// MapContext the check for a stop.
func BenchmarkVariants(b *testing.B) {
	const n = 100_000
	in := indices(n)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	impls := []struct {
		name string
		run  func()
	}{
		{"serial", func() {
			out := make([]int, len(in))
			for i, v := range in {
				out[i] = mix(v)
			}
			sink = out
		}},
		{"Map", func() { Map(in, mix, Workers(1)) }},
		{"MapWith", func() { MapWith(in, func() int { return 0 }, func(_, v int) int { return mix(v) }, Workers(1)) }},
		{"MapErr", func() { _, _ = MapErr(in, func(v int) (int, error) { return mix(v), nil }, Workers(1)) }},
		{"MapContext", func() {
			_, _ = MapContext(ctx, in, func(_ context.Context, v int) (int, error) { return mix(v), nil }, Workers(1))
		}},
		{"Count", func() { Count(in, odd, Workers(1)) }},
	}
	for _, impl := range impls {
		b.Run(impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				impl.run()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/item")
		})
	}
}
