package search

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestBucketQueueOrder drives a bucketQueue the way a search does, popping
// the lowest cost and pushing costs at or above it by small and large
// steps, and now and then below it as a dropping estimate does, and checks
// each pop against a plain sorted list of the same entries.
func TestBucketQueueOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	var q bucketQueue
	for trial := range 400 {
		q.reset()
		var ref []int
		cur := rng.IntN(1000) - 500
		maxStep := []int{1, 9, 300, 5000}[trial%4]
		push := func(c int) {
			q.push(heapEntry{c, int32(len(ref))})
			ref = append(ref, c)
		}
		for range 1 + rng.IntN(3) {
			push(cur + rng.IntN(maxStep+1))
		}
		for steps := 0; q.len() > 0 && steps < 500; steps++ {
			if q.len() != len(ref) {
				t.Fatalf("trial %d: len %d, want %d", trial, q.len(), len(ref))
			}
			slices.Sort(ref)
			e := q.pop()
			if e.cost != ref[0] {
				t.Fatalf("trial %d step %d: pop cost %d, want %d", trial, steps, e.cost, ref[0])
			}
			ref = ref[1:]
			cur = e.cost
			for range rng.IntN(4) {
				c := cur + rng.IntN(maxStep+1)
				if rng.IntN(10) == 0 {
					c = cur - rng.IntN(maxStep+1) // an estimate that dropped
				}
				push(c)
			}
		}
	}
}

func FuzzBucketQueue(f *testing.F) {
	f.Add([]byte{0, 5, 200, 3, 255, 1})
	f.Add([]byte{100, 100, 100, 0, 0, 0, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		var q bucketQueue
		var ref []int
		for i, b := range data {
			if b%4 == 0 && len(ref) > 0 {
				slices.Sort(ref)
				if e := q.pop(); e.cost != ref[0] {
					t.Fatalf("pop %d: cost %d, want %d", i, e.cost, ref[0])
				}
				ref = ref[1:]
				continue
			}
			c := int(b)*int(b)%1500 - 300
			q.push(heapEntry{c, int32(i)})
			ref = append(ref, c)
		}
		slices.Sort(ref)
		for _, want := range ref {
			if e := q.pop(); e.cost != want {
				t.Fatalf("drain: cost %d, want %d", e.cost, want)
			}
		}
	})
}

// TestBucketQueueWidens checks that a step beyond the window widens it and
// lands in a bucket, while a step of maxWindow or more, or below the
// lowest cost, goes to the heap, and that the order holds across.
func TestBucketQueueWidens(t *testing.T) {
	var q bucketQueue
	q.reset()
	if len(q.head) != minWindow {
		t.Fatalf("window after reset = %d, want %d", len(q.head), minWindow)
	}
	for i, c := range []int{-3, 0, 200, 1000} { // the first sets lo
		q.push(heapEntry{c, int32(i)})
	}
	if len(q.head) != 1024 || q.n != 4 || len(q.over) != 0 {
		t.Fatalf("after a step of 1003: window %d, %d bucketed, %d in the heap; want 1024, 4, 0", len(q.head), q.n, len(q.over))
	}
	q.push(heapEntry{-3 + maxWindow, 4})
	q.push(heapEntry{-10, 5})
	if q.n != 4 || len(q.over) != 2 {
		t.Fatalf("after a step of maxWindow and one below lo: %d bucketed, %d in the heap; want 4, 2", q.n, len(q.over))
	}
	for _, want := range []int{-10, -3, 0, 200, 1000, -3 + maxWindow} {
		if e := q.pop(); e.cost != want {
			t.Fatalf("pop cost %d, want %d", e.cost, want)
		}
	}
	q.reset()
	if len(q.head) != 1024 {
		t.Errorf("window after a second reset = %d, want 1024 kept", len(q.head))
	}
}
