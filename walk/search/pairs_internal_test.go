package search

import "testing"

// TestPairList adds pairs across many blocks and reads them back in order,
// checking that no block outgrows maxPairBlock and that the blocks hold at
// most twice the pairs given, plus a first block.
func TestPairList(t *testing.T) {
	for _, n := range []int{0, 1, minPairBlock, minPairBlock + 1, 3 * maxPairBlock, 3*maxPairBlock + 7} {
		var l pairList
		for k := range n {
			l.add(int32(k), int32(-k))
		}
		if l.n != n {
			t.Fatalf("%d pairs: n = %d", n, l.n)
		}
		k, held := 0, 0
		for _, b := range l.blocks() {
			if len(b)%2 != 0 || cap(b) > 2*maxPairBlock {
				t.Fatalf("%d pairs: a block of len %d, cap %d", n, len(b), cap(b))
			}
			held += cap(b)
			for x := 0; x < len(b); x += 2 {
				if b[x] != int32(k) || b[x+1] != int32(-k) {
					t.Fatalf("%d pairs: pair %d is (%d, %d)", n, k, b[x], b[x+1])
				}
				k++
			}
		}
		if k != n {
			t.Fatalf("%d pairs: read back %d", n, k)
		}
		if limit := 4 * (n + minPairBlock); held > limit {
			t.Errorf("%d pairs: blocks hold %d values, want at most %d", n, held, limit)
		}
	}
}
