package parallel

import "runtime"

// An Option tunes how a call spreads its items over goroutines: [Workers]
// sets how many run at once, [Chunk] how many items each takes at a time.
// When an option is given twice, the last one wins. The zero Option changes
// nothing.
//
// An Option is a small comparable value, safe to reuse and to share between
// goroutines; passing options allocates nothing.
type Option struct {
	kind optionKind
	n    int
}

type optionKind uint8

const (
	optNone optionKind = iota
	optWorkers
	optChunk
)

// chunksPerWorker is how many chunks each worker gets, on average, when the
// chunk size is chosen automatically: enough that a worker that drew slow
// items is helped out by the others, few enough that the atomic counter is
// touched rarely.
const chunksPerWorker = 8

// Workers sets the largest number of goroutines, the calling one included,
// that run the callback at once. If n <= 0, the default, it is
// runtime.GOMAXPROCS(0). A call never uses more workers than it has chunks,
// so a short input may use fewer.
//
// More workers than GOMAXPROCS only help when the callback blocks (on I/O,
// say). They start one at a time, only while every worker started so far is
// running (see the package doc), so on short CPU-bound calls they cost one
// goroutine, whatever n is.
func Workers(n int) Option { return Option{kind: optWorkers, n: n} }

// Chunk sets how many consecutive items a worker takes from the shared
// counter at a time. Larger chunks cost fewer atomic operations; smaller ones
// balance uneven items better.
//
// If n <= 0, the default, the chunk size is len(in) / (running * 8), but at
// least 1, where running is the number of workers that can run at once: the
// number set by [Workers], but at most GOMAXPROCS. Each of those gets about
// 8 chunks, so tiny items are batched and a worker that drew slow items is
// helped out by the others. Workers beyond GOMAXPROCS only take turns, so
// they leave the chunk size alone.
func Chunk(n int) Option { return Option{kind: optChunk, n: n} }

// plan returns how many workers to use and how many items each takes at a
// time for n > 0 items. It never returns more workers than chunks, and never
// a chunk larger than n.
func plan(n int, opts []Option) (workers, chunk int) {
	for _, o := range opts {
		switch o.kind {
		case optWorkers:
			workers = o.n
		case optChunk:
			chunk = o.n
		}
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if chunk <= 0 {
		// Balance the load between the workers that can run at once: more
		// than GOMAXPROCS only take turns, and smaller chunks would cost
		// them more handing out (a contended atomic add each) for nothing.
		running := min(workers, runtime.GOMAXPROCS(0))
		chunk = max(1, n/running/chunksPerWorker)
	}
	chunk = min(chunk, n)
	chunks := n / chunk
	if n%chunk != 0 {
		chunks++
	}
	return min(workers, chunks), chunk
}
