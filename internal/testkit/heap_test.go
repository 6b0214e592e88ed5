package testkit

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHeapSorts pushes random costs, popping now and then, and checks that
// the pops come out as a sort of the same pushes would give them.
func TestHeapSorts(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 200 {
		var h Heap
		var ref []int
		for range rng.IntN(60) {
			if len(ref) > 0 && rng.IntN(3) == 0 {
				slices.Sort(ref)
				if got := h.Pop().Cost; got != ref[0] {
					t.Fatalf("Pop().Cost = %d, want %d", got, ref[0])
				}
				ref = ref[1:]
				continue
			}
			c := rng.IntN(20)
			h.Push(HeapItem{Cost: c, ID: int32(c)})
			ref = append(ref, c)
		}
		slices.Sort(ref)
		for _, want := range ref {
			if it := h.Pop(); it.Cost != want || it.ID != int32(want) {
				t.Fatalf("Pop() = %+v, want cost and id %d", it, want)
			}
		}
		if len(h) != 0 {
			t.Fatalf("heap has %d items left, want 0", len(h))
		}
	}
}
