package parallel

import "time"

// Starting a second worker costs a few microseconds: the goroutine, the
// wake of an idle core, a scratch value made there, and the join. A job
// that one core finishes in less would run slower with more workers. So
// when the chunks are sized automatically and there are plenty of items,
// the calling goroutine starts alone, with chunks of 1, 2, 4 and so on
// items, and starts the others once its first item alone took soloShare,
// or once it has worked soloAtLeast and the items left, at the pace of
// those after the first, would take it soloShare or more. A job too small
// to share is thus run by the caller alone, and a larger one starts
// sharing after about soloAtLeast, or after its first item.
const (
	// soloAtLeast is how long the caller works alone before it trusts its
	// pace: its first items also pay for its scratch value and cold caches.
	soloAtLeast = 10 * time.Microsecond
	// soloShare is the least work left, at the caller's pace, that is
	// worth the cost of starting the other workers.
	soloShare = 80 * time.Microsecond
	// soloItems is how many items a worker must have, on average, for the
	// caller to start alone: with fewer, each item is likely long, and
	// waiting for one would cost more than starting the others.
	soloItems = 8
)

// lazy reports whether the caller should start alone, for a job planned
// for workers > 1 workers: only when the chunk size is automatic and each
// worker has soloItems items or more. A call that sets Chunk starts every
// worker at once.
func (j *job) lazy(workers int) bool {
	return j.opts.chunk <= 0 && j.n >= soloItems*workers
}

// A soloRun is the caller's account of the items it has done alone.
type soloRun struct {
	start time.Time
	next  int // how many items the next chunk takes
	done  int // how many items the caller has done alone
	// first is when the first chunk ended, and firstItems its size. The
	// pace is taken from the chunks after it, since the first item also
	// pays for the caller's scratch value and cold caches, and in many
	// jobs it is the longest (part 1's own trial, say).
	first      time.Duration
	firstItems int
}

// begin starts the clock.
func (r *soloRun) begin() {
	r.start = time.Now()
	r.next = 1
}

// size returns how many items the caller's next chunk should take, at
// most chunk: 1 at first, doubling each chunk.
func (r *soloRun) size(chunk int) int {
	r.next = min(r.next, chunk)
	return r.next
}

// share records that the caller did k more items, with left items not yet
// handed out, and reports whether the others should start now: when the
// first chunk alone took soloShare, or later when the caller has worked
// soloAtLeast and the items left, at the pace of those after the first
// chunk, would take soloShare or more. It costs one read of the monotonic
// clock.
func (r *soloRun) share(k, left int) bool {
	return r.shareAfter(time.Since(r.start), k, left)
}

// shareAfter is share with spent, the time since begin, given.
func (r *soloRun) shareAfter(spent time.Duration, k, left int) bool {
	r.done += k
	r.next *= 2
	if left <= 0 {
		return false
	}
	if r.firstItems == 0 {
		r.first, r.firstItems = spent, k
		return spent >= soloShare
	}
	return spent >= soloAtLeast &&
		float64(spent-r.first)*float64(left) >= float64(soloShare)*float64(r.done-r.firstItems)
}
