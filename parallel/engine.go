package parallel

import (
	"context"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/sourcegraph/conc"
)

// A job is what the workers of one call share: the counter that hands out
// chunks, the stop flag, and how the call ends.
type job struct {
	// opts holds the call's options. They are applied here, in a value
	// that is on the heap anyway, because an Option is a function and the
	// compiler must assume that whatever it is handed escapes.
	opts     options
	n, chunk int
	done     <-chan struct{} // ctx.Done(), nil when ctx cannot be cancelled
	ctx      context.Context
	// cancel, unless nil, cancels the context that MapContext passes to
	// its callback: with the first error or panic as its cause.
	cancel context.CancelCauseFunc

	// next is the first index of the next chunk to hand out. Every worker
	// adds one chunk too many before it quits, so next may pass n.
	next atomic.Int64
	// stop is set by the first error, panic, runtime.Goexit or observed
	// cancellation; workers then take no more items.
	stop atomic.Bool
	// exited is set when a worker ended by runtime.Goexit.
	exited atomic.Bool
	// claimed is set by the worker that takes the scratch value a caller
	// that worked alone hands on (see start).
	claimed atomic.Bool

	mu    sync.Mutex
	err   error       // the first error, guarded by mu
	panic *PanicError // the first panic, guarded by mu

	// others is how many workers other than the calling goroutine have
	// yet to start: the caller starts them at once, or once its work
	// alone proves worth sharing (see soloRun).
	others int

	// wg starts and joins the workers other than the calling goroutine.
	// Its own panic catcher never fires, since each worker catches its
	// panics itself (see work).
	wg conc.WaitGroup
}

// run calls body on consecutive chunks [lo, hi) of the indices [0, n) and
// returns the first error that body returned or that cancellation of ctx
// caused; if it returns nil, body covered every index exactly once.
//
// The work is done by the workers planned from opts, the calling goroutine
// being one of them; each takes chunks from an atomic counter until they run
// out or the job stops. The others start at once, or, when the job may be
// too small to share, only once the caller's work alone shows it is not
// (see soloRun). A worker calls newScratch, unless it is nil, just
// before its first chunk and passes the value to body for all its chunks;
// a caller that starts the others mid-job hands its value to one of them
// and makes another before its next chunk, so newScratch is called at most
// once per worker, and every value it makes is used for at least one
// chunk. cancel, unless nil, is called with the first error or panic.
//
// run stops handing out chunks after the first error, panic or
// runtime.Goexit, and as soon as a worker finds ctx done. It returns only
// when every worker has returned. Then, if a worker panicked, it panics with
// the first panic as a *PanicError; otherwise, if a worker called
// runtime.Goexit, it ends the calling goroutine the same way. body should
// check j.stopped between items if they are slow.
func run[S any](ctx context.Context, cancel context.CancelCauseFunc, n int, opts []Option,
	newScratch func() S, body func(j *job, s S, lo, hi int) error) error {
	if n == 0 {
		return nil
	}
	j := &job{n: n, ctx: ctx, done: ctx.Done(), cancel: cancel}
	j.opts.apply(opts)
	workers, chunk := plan(n, j.opts)
	j.chunk = chunk

	if workers > 1 {
		j.others = workers - 1
		if !j.lazy(workers) {
			var none S
			start(j, newScratch, body, none, false)
		}
	}

	// The calling goroutine is a worker too, since it would only wait
	// otherwise. If its callback calls runtime.Goexit, let the other
	// workers finish before it goes, and raise their panic if one came.
	returned := false
	defer func() {
		if !returned {
			j.wg.Wait()
			j.repanic()
		}
	}()
	var none S
	work(j, newScratch, body, j.others > 0, none, false)
	returned = true
	j.wg.Wait()

	j.repanic()
	if j.exited.Load() {
		runtime.Goexit()
	}
	return j.err
}

// start starts the workers other than the calling goroutine. If handed
// is true, the caller has been working alone and hands its scratch value s
// to the first of them to run, to make another for itself.
//
// The caller then yields once: the last goroutine started waits in this
// P's runnext slot, which an idle P steals from only after a delay, so
// without the yield the second core would join late. Yielding runs that
// worker here and puts the caller where the idle P takes it at once. That
// worker stays on the P where the caller made its scratch value; had it made
// a new one there, next to the caller's in memory, the two cores would have
// shared cache lines (beams on a 60x60 map took 1.4 times the work with
// both busy), so it takes the caller's value, warm in this core's cache,
// and the caller makes its next one on the core it moves to.
func start[S any](j *job, newScratch func() S, body func(j *job, s S, lo, hi int) error, s S, handed bool) {
	// One closure for every worker, so that starting w-1 of them costs as
	// much either way: the first to run takes the handed value, if any,
	// which is the last one started, run here by the yield below.
	worker := func() {
		if handed && j.claimed.CompareAndSwap(false, true) {
			work(j, newScratch, body, false, s, true)
			return
		}
		var none S
		work(j, newScratch, body, false, none, false)
	}
	for range j.others {
		j.wg.Go(worker)
	}
	j.others = 0
	runtime.Gosched()
}

// work is one worker: it takes chunks and calls body on them until they
// run out or the job stops, and records how it ended. A worker calls
// newScratch, unless it is nil, just before its first chunk, unless it
// was given the caller's scratch value. The caller's worker is solo when it
// starts alone (see soloRun).
//
// It tells a panic from runtime.Goexit by where it gets to: the code after
// the inner function runs only when a panic was recovered, whatever its
// value. conc's panic catcher would take a nil recover value, as panic(nil)
// gives under GODEBUG=panicnil=1, for no panic at all.
func work[S any](j *job, newScratch func() S, body func(j *job, s S, lo, hi int) error, solo bool, given S, handed bool) {
	finished, recovered := false, false
	var value any
	var stack []byte
	defer func() {
		switch {
		case finished:
		case recovered || value != nil:
			// value != nil without recovered: a panic raised in a
			// deferred call while runtime.Goexit unwound, which the
			// recover stops but which does not stop the Goexit.
			j.panicked(value, stack)
		default:
			j.goexited()
		}
	}()
	func() {
		defer func() {
			if !finished {
				value = recover()
				stack = debug.Stack()
			}
		}()
		var s S
		started := false
		if handed {
			s, started = given, true
		}
		var alone soloRun
		if solo {
			alone.begin()
		}
		for {
			size := j.chunk
			if solo {
				size = alone.size(size)
			}
			lo, hi, ok := j.take(size)
			if !ok {
				break
			}
			if !started {
				started = true
				if newScratch != nil {
					s = newScratch()
				}
			}
			if err := body(j, s, lo, hi); err != nil {
				j.fail(err)
				break
			}
			if solo && !j.stop.Load() && alone.share(hi-lo, j.n-hi) {
				solo = false
				start(j, newScratch, body, s, true)
				started = false
				var zero S
				s = zero
			}
		}
		finished = true
	}()
	recovered = !finished
}

// panicked records a panic with value v raised on the goroutine whose trace
// is stack, unless one came first, and stops the job.
func (j *job) panicked(v any, stack []byte) {
	p, ok := v.(*PanicError)
	if !ok || p == nil {
		p = &PanicError{Value: v, Stack: stack}
	}
	j.mu.Lock()
	if j.panic == nil {
		j.panic = p
		if j.cancel != nil {
			j.cancel(p)
		}
	}
	j.mu.Unlock()
	j.stop.Store(true)
}

// goexited records that a worker ended by runtime.Goexit and stops the job.
func (j *job) goexited() {
	j.exited.Store(true)
	j.stop.Store(true)
	if j.cancel != nil {
		j.cancel(nil)
	}
}

// repanic panics with the first panic of a worker, if there was one. It is
// called after every worker has returned.
func (j *job) repanic() {
	if j.panic != nil {
		panic(j.panic)
	}
}

// take hands out the next chunk [lo, hi) of at most size items, or reports
// false when the items have run out or the job has stopped. It costs one
// atomic add.
func (j *job) take(size int) (lo, hi int, ok bool) {
	end := j.next.Add(int64(size))
	start := end - int64(size)
	// Check for the end first: running out is not a cancellation.
	if start >= int64(j.n) || j.stopped() {
		return 0, 0, false
	}
	lo = int(start)
	return lo, min(lo+size, j.n), true
}

// stopped reports whether the workers should start no more items. It costs
// an atomic load, plus a non-blocking channel receive if ctx can be
// cancelled; it records ctx.Err() as an error when it finds ctx done.
func (j *job) stopped() bool {
	return j.stop.Load() || j.done != nil && j.cancelled()
}

func (j *job) cancelled() bool {
	select {
	case <-j.done:
		j.fail(j.ctx.Err())
		return true
	default:
		return false
	}
}

// fail records err unless an error came first, and stops the job. The first
// error is also the cause with which j.cancel cancels.
func (j *job) fail(err error) {
	j.mu.Lock()
	if j.err == nil {
		j.err = err
		if j.cancel != nil {
			j.cancel(err)
		}
	}
	j.mu.Unlock()
	j.stop.Store(true)
}
