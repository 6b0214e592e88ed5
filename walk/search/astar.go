package search

// An astarEntry is an id waiting in an astarHeap: f is its cost plus the
// estimate, g its cost.
type astarEntry struct {
	f, g int
	id   int32
}

// astarHeap is a binary min-heap of entries by f, then by g. A* with a
// consistent estimate takes ids out in order of f, and ties in f must leave
// in order of g: a predecessor on a cheapest path has the same f as the id
// it leads to and a lower g, and it must be expanded first for
// [Dijkstra.Count] and [Dijkstra.OnBest] to see it. Push and pop cost
// O(log n).
type astarHeap []astarEntry

// before reports whether a goes before b.
func (a astarEntry) before(b astarEntry) bool { return a.f < b.f || a.f == b.f && a.g < b.g }

func (h *astarHeap) push(e astarEntry) {
	*h = append(*h, e)
	s := *h
	i := len(s) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !e.before(s[parent]) {
			break
		}
		s[i] = s[parent]
		i = parent
	}
	s[i] = e
}

func (h *astarHeap) pop() astarEntry {
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
		if child+1 < len(s) && s[child+1].before(s[child]) {
			child++
		}
		if !s[child].before(last) {
			break
		}
		s[i] = s[child]
		i = child
	}
	s[i] = last
	return top
}
