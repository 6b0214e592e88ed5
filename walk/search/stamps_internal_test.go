package search

import (
	"testing"
)

// TestFloodWraparound takes the generation past its last value while the
// range is small, then grows the range back: the ids that were out of
// range when the table was cleared must not come back as reached.
func TestFloodWraparound(t *testing.T) {
	var f Flood
	f.Reset(10)
	f.gen = 1<<32 - 2
	for i := range 10 {
		f.Add(i) // stamped with generation 2^32-2
	}
	f.Reset(5)        // generation 2^32-1
	f.Reset(5)        // wraps around to 1: the table is cleared
	f.gen = 1<<32 - 3 // one before the stamp the ids 5 to 9 held
	f.Reset(10)       // had they kept it, they would count as reached now
	for i := range 10 {
		if f.Reached(i) {
			t.Fatalf("after shrinking, wrapping and growing, Reached(%d) = true, want false", i)
		}
	}
	if !f.Add(7) || f.Add(7) || f.Len() != 1 {
		t.Fatal("after wrapping, Add(7) twice did not give true then false, with Len 1")
	}
}

// TestFrontierWraparound takes the generation past its last value: ids
// stamped with generation 1 long ago must not count as added to the step
// that wraps around to generation 1.
func TestFrontierWraparound(t *testing.T) {
	var f Frontier
	f.Reset(6) // generation 1
	for i := range 6 {
		f.Add(i)
	}
	f.gen = 1<<32 - 1
	for range f.Step() { // wraps around to 1: the table must be cleared
	}
	for i := range 6 {
		if f.Has(i) {
			t.Fatalf("after the generation wrapped, Has(%d) = true, want false", i)
		}
	}
	if !f.Add(4) || f.Add(4) || f.Len() != 1 {
		t.Fatal("after wrapping, Add(4) twice did not give true then false, with Len 1")
	}
}

// TestDijkstraStamps runs one Dijkstra through the edges of its stamps: a
// base just below maxBase, a base past it (the table must be cleared),
// costs too large for a stamp (kept wide, and cleared before the next
// search), and a search stopped early followed by a smaller one. Each
// search walks a chain 0 → 1 → ... → n-1 whose steps cost w, so the cost
// of id i is i*w, and ids beyond where a search stopped are unreached.
func TestDijkstraStamps(t *testing.T) {
	const n = 12
	var d Dijkstra
	run := func(name string, top uint32, w, stop int) {
		t.Helper()
		d.Reset(n)
		if top > 0 {
			d.top, d.base = top, top // as if earlier searches had written stamps up to top
			d.Reset(n)
		}
		d.Add(0, 0)
		for i, c := range d.All() {
			if c != i*w {
				t.Fatalf("%s: id %d came out at %d, want %d", name, i, c, i*w)
			}
			if i == stop {
				break
			}
			if i+1 < n {
				d.Add(i+1, w)
			}
		}
		for i := range n {
			c, ok := d.Cost(i)
			switch {
			case i <= stop && (!ok || c != i*w):
				t.Fatalf("%s: Cost(%d) = %d, %v, want %d, true", name, i, c, ok, i*w)
			case i > stop && ok:
				t.Fatalf("%s: Cost(%d) = %d, true for an id the search never reached", name, i, c)
			}
		}
	}
	run("fresh", 0, 3, n)
	run("base below maxBase", maxBase-1, 5, n)
	run("base past maxBase", maxBase+7, 1<<20, n) // clears first
	run("wide costs", maxBase-1, 1<<30, n)        // base+cost passes wideStamp from id 2 on
	run("after wide costs", 0, 1, 3)              // the wide stamps must be gone
	run("stopped, then smaller", 0, 2, 1)
	run("near the end of the stamps", wideStamp-2, 1, n) // clears, as wideStamp-2 is past maxBase
}
