package parallel

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// panicValue returns the value a callback panicked with, given what recover
// returned in the caller, and whether that was a *PanicError as it should.
func panicValue(r any) (any, bool) {
	p, ok := r.(*PanicError)
	if !ok || p == nil {
		return nil, false
	}
	return p.Value, true
}

// describe formats what recover returned for a test failure, leaving out
// the stack of a *PanicError.
func describe(r any) string {
	if p, ok := r.(*PanicError); ok && p != nil {
		return fmt.Sprintf("&PanicError{Value: %#v}", p.Value)
	}
	return fmt.Sprintf("%#v", r)
}

// raiseDeep panics with v from a named function, which a test looks for in
// the stack trace.
//
//go:noinline
func raiseDeep(v any) int { panic(v) }

// TestPanicErrorStack checks that the *PanicError carries the stack of the
// goroutine that panicked, on a worker and on the calling goroutine: its
// trace names the function that raised the panic, which the caller's own
// stack no longer holds.
func TestPanicErrorStack(t *testing.T) {
	atLeastProcs(t, 2)
	for _, v := range variants {
		for _, where := range onGoroutine {
			fire := trigger(where, goid())
			got, _ := testkit.Recover(func() {
				v.call(indices(64), func(i int) int {
					if fire() {
						return raiseDeep("boom")
					}
					time.Sleep(100 * time.Microsecond)
					return i
				}, Workers(2), Chunk(1))
			})
			p, ok := got.(*PanicError)
			if !ok {
				t.Errorf("%s, panic on %s: recover() = %s, want a *PanicError", v.name, where, describe(got))
				continue
			}
			if !strings.Contains(string(p.Stack), "parallel.raiseDeep") {
				t.Errorf("%s, panic on %s: PanicError.Stack does not name raiseDeep:\n%s", v.name, where, p.Stack)
			}
			if msg := p.Error(); !strings.HasPrefix(msg, "parallel: callback panicked: boom\n") || !strings.Contains(msg, "parallel.raiseDeep") {
				t.Errorf("%s, panic on %s: Error() = %q, want the value and the stack", v.name, where, msg)
			}
		}
	}
}

// TestPanicErrorUnwrap checks that errors.Is and errors.As reach an error
// value through a *PanicError, and that other values unwrap to nil.
func TestPanicErrorUnwrap(t *testing.T) {
	sentinel := errors.New("boom")
	wrapped := fmt.Errorf("item 3: %w", fs.ErrNotExist)
	tests := []struct {
		name  string
		value any
		is    error // an error that errors.Is must find, or nil
	}{
		{"error", sentinel, sentinel},
		{"wrapped_error", wrapped, fs.ErrNotExist},
		{"string", "boom", nil},
		{"struct", boom{1, "boom"}, nil},
	}
	for _, tt := range tests {
		got, _ := testkit.Recover(func() {
			Map(indices(10), func(i int) int { panic(tt.value) }, Workers(2))
		})
		err, ok := got.(error)
		if _, isPE := got.(*PanicError); !ok || !isPE {
			t.Errorf("%s: recover() = %s, want a *PanicError", tt.name, describe(got))
			continue
		}
		if tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%s: errors.Is(%v, %v) = false, want true", tt.name, tt.value, tt.is)
		}
		if tt.is == nil && errors.Unwrap(err) != nil {
			t.Errorf("%s: errors.Unwrap = %v, want nil for a value that is not an error", tt.name, errors.Unwrap(err))
		}
	}
}

// TestPanicNested checks that a panic in a nested call reaches the outer
// caller as the inner call's *PanicError, not wrapped twice, and that a
// callback that panics with a nil *PanicError is not taken for no panic.
func TestPanicNested(t *testing.T) {
	got, _ := testkit.Recover(func() {
		Map(indices(8), func(i int) int {
			return Count(indices(8), func(j int) bool {
				if i == 5 && j == 3 {
					raiseDeep("inner")
				}
				return true
			}, Workers(2))
		}, Workers(2))
	})
	p, ok := got.(*PanicError)
	if !ok || p.Value != "inner" || !strings.Contains(string(p.Stack), "parallel.raiseDeep") {
		t.Errorf("nested panic: recover() = %s, want a *PanicError with Value %q and raiseDeep in its stack", describe(got), "inner")
	}

	got, panicked := testkit.Recover(func() {
		Map(indices(8), func(i int) int { panic((*PanicError)(nil)) }, Workers(2))
	})
	if p, ok := got.(*PanicError); !panicked || !ok || p == nil || p.Value != (*PanicError)(nil) {
		t.Errorf("panic with a nil *PanicError: recover() = %s (panicked %t), want a *PanicError holding it", describe(got), panicked)
	}
}

// atLeastProcs raises GOMAXPROCS to n for the rest of the test, so that a
// call really has n workers.
func atLeastProcs(t *testing.T, n int) {
	if prev := runtime.GOMAXPROCS(0); prev < n {
		runtime.GOMAXPROCS(n)
		t.Cleanup(func() { runtime.GOMAXPROCS(prev) })
	}
}

// outcome runs call on a new goroutine and reports how it ended: what
// recover returned, and whether call returned normally. A runtime.Goexit
// shows as recovered nil and returned false.
func outcome(call func()) (recovered any, returned bool) {
	type result struct {
		r        any
		returned bool
	}
	done := make(chan result)
	go func() {
		ok := false
		defer func() { done <- result{recover(), ok} }()
		call()
		ok = true
	}()
	res := <-done
	return res.r, res.returned
}

// waitFor waits until flag is set, or 10 seconds have passed.
func waitFor(flag *atomic.Bool) {
	for deadline := time.Now().Add(10 * time.Second); !flag.Load() && time.Now().Before(deadline); {
		time.Sleep(50 * time.Microsecond)
	}
}

// TestGoexitOnCallerKeepsPanic checks that a worker's panic reaches the
// caller even when the callback on the calling goroutine calls
// runtime.Goexit after it: the panic is not lost behind the exit.
func TestGoexitOnCallerKeepsPanic(t *testing.T) {
	atLeastProcs(t, 2)
	for _, v := range variants {
		caller := make(chan string, 1)
		r, returned := outcome(func() {
			caller <- goid()
			me := <-caller
			var callerIn, panicked atomic.Bool
			v.call(indices(64), func(i int) int {
				if goid() != me {
					// On a worker: panic once the calling goroutine holds
					// an item too.
					waitFor(&callerIn)
					panicked.Store(true)
					panic("boom")
				}
				// On the calling goroutine: exit once a worker has
				// panicked.
				callerIn.Store(true)
				waitFor(&panicked)
				runtime.Goexit()
				return i
			}, Workers(2), Chunk(1))
		})
		if pv, _ := panicValue(r); returned || pv != "boom" {
			t.Errorf("%s, worker panics, caller calls runtime.Goexit: recover() = %s (returned %t), want the worker's panic %q",
				v.name, describe(r), returned, "boom")
		}
	}
}

// childEnv is the environment variable that tells the test binary it runs
// as a child of one of its own tests, and of which.
const childEnv = "PARALLEL_TEST_CHILD"

// runChild runs the test binary again with only the test named name, as
// that test's child, with env added to the environment, and returns its
// output and how it ended.
func runChild(t *testing.T, name string, env ...string) ([]byte, error) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$", "-test.v")
	cmd.Env = append(append(os.Environ(), childEnv+"="+name), env...)
	return cmd.CombinedOutput()
}

// TestPanicUncaughtShowsStack checks what a user sees when a callback's
// panic is not recovered: the program dies printing the value and the
// stack of the worker that raised it.
func TestPanicUncaughtShowsStack(t *testing.T) {
	if os.Getenv(childEnv) == t.Name() {
		atLeastProcs(t, 2)
		fire := trigger("worker", goid())
		Map(indices(64), func(i int) int {
			if fire() {
				return raiseDeep("boom")
			}
			time.Sleep(100 * time.Microsecond)
			return i
		}, Workers(2), Chunk(1))
		return
	}
	out, err := runChild(t, t.Name())
	if err == nil {
		t.Fatalf("child with an uncaught panic in a callback: exited 0, want a crash\n%s", out)
	}
	for _, want := range []string{"panic: parallel: callback panicked: boom", "parallel.raiseDeep", "created by github.com/sourcegraph/conc"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("child's crash output lacks %q:\n%s", want, out)
		}
	}
}

// TestPanicNilUnderGodebug checks that panic(nil) in a callback is re-raised
// as a panic, not turned into a runtime.Goexit of the caller, when
// GODEBUG=panicnil=1 makes recover return nil for it. The setting is
// process-wide, so the test runs itself again as a child process with it,
// and the child does the checks.
func TestPanicNilUnderGodebug(t *testing.T) {
	if os.Getenv(childEnv) != t.Name() {
		if out, err := runChild(t, t.Name(), "GODEBUG=panicnil=1"); err != nil {
			t.Fatalf("child with GODEBUG=panicnil=1: %v\n%s", err, out)
		}
		return
	}
	atLeastProcs(t, 2)
	// The setting must be in effect, or the test proves nothing.
	if r, returned := outcome(func() { panic(nil) }); r != nil || returned {
		t.Fatalf("GODEBUG=panicnil=1 not in effect: recover() after panic(nil) = %#v", r)
	}
	for _, v := range variants {
		for _, where := range onGoroutine {
			for _, workers := range []int{1, 2} {
				if where == "worker" && workers == 1 {
					continue
				}
				r, returned := outcome(func() {
					fire := trigger(where, goid())
					v.call(indices(64), func(i int) int {
						if fire() {
							panic(nil)
						}
						time.Sleep(100 * time.Microsecond)
						return i
					}, Workers(workers), Chunk(1))
				})
				if p, ok := r.(*PanicError); !ok || p == nil || p.Value != nil || returned {
					t.Errorf("%s, panic(nil) on the %s goroutine, %d workers: recover() = %s (returned %t), want a *PanicError with Value nil",
						v.name, where, workers, describe(r), returned)
				}
			}
		}
	}
}

// TestPanicDuringGoexit checks a callback that calls runtime.Goexit and
// then panics in a deferred call: the recover in the worker stops the
// panic but not the Goexit, and the panic must still reach the caller.
func TestPanicDuringGoexit(t *testing.T) {
	atLeastProcs(t, 2)
	for _, workers := range []int{1, 2} {
		r, returned := outcome(func() {
			Map(indices(4), func(i int) int {
				defer func() { panic("in defer") }()
				runtime.Goexit()
				return i
			}, Workers(workers))
		})
		if pv, _ := panicValue(r); returned || pv != "in defer" {
			t.Errorf("Workers(%d), panic in a deferred call after runtime.Goexit: recover() = %s (returned %t), want a *PanicError with Value %q",
				workers, describe(r), returned, "in defer")
		}
	}
}
