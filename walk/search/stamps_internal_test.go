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
