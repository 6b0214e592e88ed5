package parallel

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/sourcegraph/conc/panics"
)

// A job is what the workers of one call share: the counter that hands out
// chunks, the stop flag, the first error and the first panic.
type job struct {
	n, chunk int
	done     <-chan struct{} // ctx.Done(), nil when ctx cannot be cancelled
	ctx      context.Context

	// next is the first index of the next chunk to hand out. Every worker
	// adds one chunk too many before it quits, so next may pass n.
	next atomic.Int64
	// stop is set by the first error, panic, runtime.Goexit or observed
	// cancellation; workers then take no more items.
	stop atomic.Bool
	// abnormal is set when a worker ended by a panic or runtime.Goexit.
	abnormal atomic.Bool

	mu  sync.Mutex
	err error // the first error, guarded by mu

	wg sync.WaitGroup

	// Workers beyond GOMAXPROCS start one at a time, when needed (see
	// spawn): surplus is how many may still start, waiting is how many
	// workers have started but not yet run, and work is the worker function.
	surplus atomic.Int64
	waiting atomic.Int64
	work    func()
	// pc catches the panics of all workers, the calling goroutine's too, so
	// that the first one wins. (conc.WaitGroup holds a Catcher of its own,
	// which the calling goroutine could not share.)
	pc panics.Catcher
}

// run calls body on consecutive chunks [lo, hi) of the indices [0, n) and
// returns the first error that body returned or that cancellation of ctx
// caused; if it returns nil, body covered every index exactly once.
//
// The work is done by the workers planned by opts, the calling goroutine
// being one of them; each takes chunks from an atomic counter until they run
// out or the job stops. Up to GOMAXPROCS workers start at once; the rest
// start one at a time, as described at job.spawn. A worker calls newScratch, unless it is nil, just
// before its first chunk and passes the value to body for all its chunks.
//
// run stops handing out chunks after the first error, panic or
// runtime.Goexit, and as soon as a worker finds ctx done. It returns only
// when every worker has returned; then it re-raises the first panic with its
// original value, or ends the calling goroutine with runtime.Goexit if a
// worker was ended that way. body should check j.stopped between items if
// they are slow.
func run[S any](ctx context.Context, n int, opts []Option, newScratch func() S,
	body func(j *job, s S, lo, hi int) error) error {
	if n == 0 {
		return nil
	}
	workers, chunk := plan(n, opts)
	j := &job{n: n, chunk: chunk, ctx: ctx, done: ctx.Done()}

	// work is a worker: the calling goroutine runs it too, since it would
	// only wait otherwise.
	work := func() {
		defer j.wg.Done()
		j.waiting.Add(-1)
		j.pc.Try(func() {
			finished := false
			defer func() {
				if !finished { // a panic or runtime.Goexit: stop the others
					j.abnormal.Store(true)
					j.stop.Store(true)
				}
			}()
			var s S
			started := false
			for {
				lo, hi, ok := j.take()
				if !ok {
					break
				}
				j.spawn()
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
			}
			finished = true
		})
	}

	j.work = work
	eager := min(workers, runtime.GOMAXPROCS(0))
	j.surplus.Store(int64(workers - eager))
	j.waiting.Store(int64(eager))
	j.wg.Add(eager)
	for range eager - 1 {
		go work()
	}
	if eager > 1 {
		// Yield once: the last goroutine started waits in this P's runnext
		// slot, which an idle P steals from only after a delay, so without
		// this the second core would join late (about 40 µs on a 0.3 ms
		// job). Yielding runs that worker here and puts the caller where
		// the idle P takes it at once.
		runtime.Gosched()
	}
	// If the callback calls runtime.Goexit on this goroutine, let the other
	// workers finish before it goes.
	returned := false
	defer func() {
		if !returned {
			j.wg.Wait()
		}
	}()
	work()
	returned = true
	j.wg.Wait()

	if r := j.pc.Recovered(); r != nil {
		panic(r.Value)
	}
	if j.abnormal.Load() {
		runtime.Goexit()
	}
	return j.err
}

// spawn starts a surplus worker, one beyond GOMAXPROCS, if any may still
// start and every worker started so far is running. A worker calls it each
// time it takes a chunk, so that chunks remain for the new one.
//
// Surplus workers are only worth their cost when the callback blocks. On
// CPU-bound work every P is busy, so the new worker waits in a run queue
// until a worker quits, finds the chunks gone, and quits in turn: on a short
// call, one goroutine is all that the surplus costs, however large. The
// runtime preempts a goroutine that has run for 10ms, though, so on a call
// that takes longer per P the waiting worker gets turns, takes chunks and
// starts the next: up to the limit, taking turns with the others. When a
// callback blocks, its P runs the waiting worker at once; that one takes a
// chunk and starts the next, so the workers running grow to the limit as
// needed.
//
// Waiting for the first workers to run matters too: a new goroutine goes
// to its P's runnext slot, and an idle P that finds it there waits (a
// usleep(3) in the runtime, 50-100 µs on a virtual machine) before taking
// it, where it would otherwise take the caller from the global queue at
// once (see run's Gosched).
func (j *job) spawn() {
	if j.surplus.Load() <= 0 || j.waiting.Load() != 0 || j.stop.Load() || !j.waiting.CompareAndSwap(0, 1) {
		return
	}
	if j.surplus.Add(-1) < 0 {
		j.waiting.Add(-1)
		return
	}
	// The calling worker has not called wg.Done yet, so the counter is
	// above zero: this Add cannot race with run's Wait.
	j.wg.Add(1)
	go j.work()
}

// take hands out the next chunk [lo, hi), or reports false when the items
// have run out or the job has stopped. It costs one atomic add.
func (j *job) take() (lo, hi int, ok bool) {
	end := j.next.Add(int64(j.chunk))
	start := end - int64(j.chunk)
	// Check for the end first: running out is not a cancellation.
	if start >= int64(j.n) || j.stopped() {
		return 0, 0, false
	}
	lo = int(start)
	return lo, min(lo+j.chunk, j.n), true
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

// fail records err unless an error came first, and stops the job.
func (j *job) fail(err error) {
	j.mu.Lock()
	if j.err == nil {
		j.err = err
	}
	j.mu.Unlock()
	j.stop.Store(true)
}
