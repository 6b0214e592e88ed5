package mapgen

import (
	"math/bits"
	"math/rand/v2"
)

// source draws bounded integers from a PCG generator.
//
// It does not use [rand.Rand.IntN]: on 32-bit platforms IntN takes a
// different path that consumes the generator differently, so the same seed
// would give a different map. intn uses Lemire's multiply-and-reject method
// on [rand.PCG.Uint64] alone, which is the same on every platform.
type source struct {
	pcg *rand.PCG
}

// pcgStream is the second PCG seed word; Config.Seed is the first.
const pcgStream = 0x6d617067656e3036 // "mapgen06" in ASCII

func newSource(seed uint64) *source {
	return &source{pcg: rand.NewPCG(seed, pcgStream)}
}

// intn returns a uniform integer in [0, n). n must be positive.
func (s *source) intn(n int) int {
	un := uint64(n)
	hi, lo := bits.Mul64(s.pcg.Uint64(), un)
	if lo < un {
		thresh := -un % un
		for lo < thresh {
			hi, lo = bits.Mul64(s.pcg.Uint64(), un)
		}
	}
	return int(hi)
}
