package bitrows

import "math/bits"

// A MaskSet is a list of masks, each a word of up to 64 bits such as a
// small shape read by grid.Section.Mask (a lock, a key, a piece), held bit
// by bit: for each bit, which masks have it, 64 masks to a word. So the
// masks that have every bit of one word and none of another are counted
// 256 at a time, by an AND or AND NOT of four words per bit named, where comparing the
// masks one by one costs a step each. The pairs of two lists of shapes
// that share no cell are then counted by one [MaskSet.Count] per shape of
// the first list, not a comparison per pair.
//
//	keys := bitrows.NewMaskSet(keyMasks)
//	for _, l := range lockMasks {
//		fits += keys.Count(0, l) // the keys that share no cell with l
//	}
//
// A MaskSet is immutable and safe for concurrent use. The zero MaskSet
// holds no mask.
type MaskSet struct {
	n      int
	chunks []maskChunk
	// The masks counted by value, for Equal: a table of open addressing,
	// a power of two at least twice n, where a count of 0 is a free slot.
	table []maskCount
	shift uint // 64 less the log of len(table)
}

// A maskChunk holds 256 masks bit by bit: in has[b], bit i of word w is
// set when mask 64w+i of the chunk has bit b; live marks the masks there
// are, all but in the last chunk.
type maskChunk struct {
	has  [64][4]uint64
	live [4]uint64
}

// A maskCount is a mask and how many times it is in the set.
type maskCount struct {
	mask  uint64
	count int
}

// NewMaskSet returns the set of masks, in their order, with repeats kept.
// It costs O(n + b) for n masks with b set bits in all, and allocates
// 2 KB for every 256 masks and a hash table of 32 to 64 bytes a mask (a
// power of two of entries, at least twice n), in three allocations.
func NewMaskSet(masks []uint64) *MaskSet {
	n := len(masks)
	size := 2
	for size < 2*n {
		size *= 2
	}
	s := &MaskSet{n: n, chunks: make([]maskChunk, (n+255)/256), table: make([]maskCount, size),
		shift: uint(64 - bits.TrailingZeros(uint(size)))}
	// Each 64 masks are a 64x64 matrix of bits, turned over as a whole
	// so that row b holds bit b of every mask.
	var rows [64]uint64
	for g := 0; 64*g < n; g++ {
		part := masks[64*g : min(n, 64*g+64)]
		clear(rows[len(part):])
		copy(rows[:], part)
		transpose(&rows)
		c, w := &s.chunks[g/4], g%4
		for b, r := range rows {
			c.has[b][w] = r
		}
		c.live[w] = ^uint64(0) >> (64 - len(part))
	}
	for _, m := range masks {
		j := s.slot(m)
		s.table[j].mask = m
		s.table[j].count++
	}
	return s
}

// transpose turns the 64x64 matrix of bits m over its diagonal: bit i of
// m[b] becomes bit b of m[i]. It swaps blocks of 32, 16 ... 1 bits in six
// rounds of word operations, 32 swaps a round.
func transpose(m *[64]uint64) {
	masks := [6]uint64{0x00000000ffffffff, 0x0000ffff0000ffff, 0x00ff00ff00ff00ff,
		0x0f0f0f0f0f0f0f0f, 0x3333333333333333, 0x5555555555555555}
	for round, j := 0, 32; j > 0; round, j = round+1, j/2 {
		mask := masks[round]
		for k := 0; k < 64; k = (k + j + 1) &^ j {
			t := (m[k]>>uint(j) ^ m[k+j]) & mask
			m[k+j] ^= t
			m[k] ^= t << uint(j)
		}
	}
}

// slot returns the index of m in s.table, or of the free slot where it
// would go.
func (s *MaskSet) slot(m uint64) int {
	mask := len(s.table) - 1
	j := int((m * 0x9e3779b97f4a7c15) >> (s.shift & 63))
	for s.table[j].count != 0 && s.table[j].mask != m {
		j = (j + 1) & mask
	}
	return j
}

// Len returns the number of masks in s.
func (s *MaskSet) Len() int { return s.n }

// Count returns how many masks m of s have every bit of all and no bit of
// none: m&all == all and m&none == 0. Count(0, q) counts the masks that
// share no bit with q, Count(q, 0) those that hold all of q. It costs
// O(k × n/64) for the k bits of all and none and n masks, with four
// words an AND or AND NOT for each 256 masks, and allocates nothing.
func (s *MaskSet) Count(all, none uint64) int {
	total := 0
	for c := range s.chunks {
		ch := &s.chunks[c]
		a0, a1, a2, a3 := ch.live[0], ch.live[1], ch.live[2], ch.live[3]
		for a := all; a != 0; a &= a - 1 {
			h := &ch.has[bits.TrailingZeros64(a)]
			a0, a1, a2, a3 = a0&h[0], a1&h[1], a2&h[2], a3&h[3]
		}
		for z := none; z != 0; z &= z - 1 {
			h := &ch.has[bits.TrailingZeros64(z)]
			a0, a1, a2, a3 = a0&^h[0], a1&^h[1], a2&^h[2], a3&^h[3]
		}
		total += bits.OnesCount64(a0) + bits.OnesCount64(a1) + bits.OnesCount64(a2) + bits.OnesCount64(a3)
	}
	return total
}

// Equal returns how many masks of s equal m. It costs O(1) on average,
// by a hash table, and allocates nothing.
func (s *MaskSet) Equal(m uint64) int {
	if len(s.table) == 0 {
		return 0
	}
	return s.table[s.slot(m)].count
}
