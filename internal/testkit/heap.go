package testkit

// A HeapItem is an id waiting in a Heap with its cost.
type HeapItem struct {
	Cost int
	ID   int32
}

// A Heap is the binary min-heap of (cost, id) that a strong solver writes
// by hand for Dijkstra's algorithm, shared by the hand versions of the
// benchmarks so that each need not write it again. Push and Pop cost
// O(log n); the zero Heap is empty.
type Heap []HeapItem

// Push adds it to h.
func (h *Heap) Push(it HeapItem) {
	s := append(*h, it)
	i := len(s) - 1
	for i > 0 {
		p := (i - 1) / 2
		if s[p].Cost <= it.Cost {
			break
		}
		s[i] = s[p]
		i = p
	}
	s[i] = it
	*h = s
}

// Pop removes and returns the item of least cost. It panics if h is empty.
func (h *Heap) Pop() HeapItem {
	s := *h
	top, last := s[0], s[len(s)-1]
	s = s[:len(s)-1]
	i := 0
	for {
		c := 2*i + 1
		if c >= len(s) {
			break
		}
		if c+1 < len(s) && s[c+1].Cost < s[c].Cost {
			c++
		}
		if last.Cost <= s[c].Cost {
			break
		}
		s[i] = s[c]
		i = c
	}
	if len(s) > 0 {
		s[i] = last
	}
	*h = s
	return top
}
