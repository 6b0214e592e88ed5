package bitrows

import "github.com/gridsearch/gridsearch/internal/misuse"

// The word-level view: the step of an automaton of several grids of bits
// (trees and lumberyards, say) written as one loop over the words, each
// next word computed from the words and counts around it in registers, as
// the fastest solutions fuse their steps, rather than as a dozen
// whole-grid operations that each read and write every word:
//
//	trees.Count8(f.trees)
//	yards.Count8(f.yards)
//	for j := range f.trees.Words() {
//		t, y := f.trees.Word(j), f.yards.Word(j)
//		nt, ny := trees.At(j), yards.At(j)
//		grow := ^(t | y) & nt.AtLeast(3) // open ground with 3 trees around
//		next.trees.SetWord(j, grow|t&^ny.AtLeast(3))
//		next.yards.SetWord(j, t&ny.AtLeast(3)|y&ny.AtLeast(1)&nt.AtLeast(1))
//	}

// Words returns the number of words of g: Rows() times the words a row
// takes, (Cols()+63)/64. Word j is word j%per of row j/per, for per words
// a row, and holds column 64*(j%per)+k at bit k.
func (g *Grid) Words() int { return len(g.w) }

// Word returns word j of g (see [Grid.Words]). Bits past the last column
// are clear. It panics if j is not in [0, Words()).
func (g *Grid) Word(j int) uint64 {
	if uint(j) >= uint(len(g.w)) {
		panic(misuse.Index{Call: "bitrows: Grid.Word", Noun: "word", I: j, N: len(g.w)})
	}
	return g.w[j]
}

// SetWord sets word j of g (see [Grid.Words]) to x, less any bits past
// the last column, which stay clear. It panics if j is not in [0,
// Words()). It costs a division when rows take more than one word.
func (g *Grid) SetWord(j int, x uint64) {
	if uint(j) >= uint(len(g.w)) {
		panic(misuse.Index{Call: "bitrows: Grid.SetWord", Noun: "word", I: j, N: len(g.w)})
	}
	if r := g.cols % 64; r != 0 && (g.per == 1 || j%g.per == g.per-1) {
		x &= 1<<r - 1
	}
	g.w[j] = x
}

// A Count is the neighbour counts of the 64 cells of one word, as four
// bit planes: bit k of plane b is bit b of the count of the word's cell
// k. [Counts.At] reads one; its methods turn it into a word of the cells
// whose count passes a test. They inline, and with a constant k they
// come to a few operations.
type Count struct{ p0, p1, p2, p3 uint64 }

// At returns the counts of word j (see [Grid.Words]) of the grid c was
// filled from. It panics if j is not in [0, Words()).
func (c *Counts) At(j int) Count {
	if uint(j) >= uint(len(c.plane[3])) { // the planes have one length
		panic(misuse.Index{Call: "bitrows: Counts.At", Noun: "word", I: j, N: len(c.plane[3])})
	}
	return Count{c.plane[0][j], c.plane[1][j], c.plane[2][j], c.plane[3][j]}
}

// AtLeast returns the cells whose count is k or more, as a word. Bits
// past the last column of a row may be set; [Grid.SetWord] clears them.
func (n Count) AtLeast(k int) uint64 {
	// The carry out of adding 16-k to each count: set exactly when the
	// count is k or more. Bit b of the constant, as a mask, decides
	// whether the carry out of plane b is its bit or the carry in (where
	// the constant's bit is 1) or both (where it is 0). A k above 15
	// adds 0, which sets no cell.
	if k <= 0 {
		return ^uint64(0)
	}
	a := uint64(max(16-k, 0))
	c := n.p0 & -(a & 1)
	c = n.p1&c | -(a>>1&1)&(n.p1|c)
	c = n.p2&c | -(a>>2&1)&(n.p2|c)
	return n.p3&c | -(a>>3&1)&(n.p3|c)
}

// Exactly returns the cells whose count is k, as a word. Bits past the
// last column of a row may be set; [Grid.SetWord] clears them.
func (n Count) Exactly(k int) uint64 {
	if uint(k) > 15 {
		return 0
	}
	// A plane's bit must equal k's: ^(p ^ m) is 1 where it does.
	m0, m1, m2, m3 := -uint64(k&1), -uint64(k>>1&1), -uint64(k>>2&1), -uint64(k>>3&1)
	return ^(n.p0 ^ m0) & ^(n.p1 ^ m1) & ^(n.p2 ^ m2) & ^(n.p3 ^ m3)
}
