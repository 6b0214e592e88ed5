package search

// A heapEntry is a slot or id waiting in a heap with the cost (or, for
// A*, the cost plus the estimate) it was pushed at.
type heapEntry struct {
	cost int
	slot int32
}

// costHeap is a binary min-heap of entries by cost. It is written out
// rather than built on container/heap, whose Push and Pop box every entry
// in an interface and so allocate. Push and pop cost O(log n).
type costHeap []heapEntry

func (h *costHeap) push(e heapEntry) {
	*h = append(*h, e)
	s := *h
	i := len(s) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if s[parent].cost <= e.cost {
			break
		}
		s[i] = s[parent]
		i = parent
	}
	s[i] = e
}

func (h *costHeap) pop() heapEntry {
	s := *h
	top, last := s[0], s[len(s)-1]
	s = s[:len(s)-1]
	*h = s
	if len(s) == 0 {
		return top
	}
	i := 0
	for {
		child := 2*i + 1
		if child >= len(s) {
			break
		}
		if child+1 < len(s) && s[child+1].cost < s[child].cost {
			child++
		}
		if last.cost <= s[child].cost {
			break
		}
		s[i] = s[child]
		i = child
	}
	s[i] = last
	return top
}
