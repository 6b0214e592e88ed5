// Package rng draws random numbers for the examples' generators the same
// way on every platform and Go release, so that a seed always gives the
// same map.
//
// It draws only through [rand.PCG.Uint64]. It does not use
// [rand.Rand.IntN]: on 32-bit platforms IntN takes a different path that
// consumes the generator differently, so the same seed would give a
// different map there.
package rng

import (
	"math/bits"
	"math/rand/v2"
)

// A Source draws random numbers from a PCG generator. The zero Source is
// valid and draws what New(0, 0) does. A Source is not safe for concurrent
// use.
type Source struct {
	pcg rand.PCG
}

// New returns a Source whose PCG generator is seeded with seed and stream,
// as by [rand.NewPCG]. Each generator picks its own stream, a constant, so
// that two generators given the same seed do not draw the same numbers.
func New(seed, stream uint64) *Source {
	return &Source{pcg: *rand.NewPCG(seed, stream)}
}

// Uint64 returns a uniform 64-bit number: the generator's next output.
// With it a Source is a [rand.Source].
func (s *Source) Uint64() uint64 {
	return s.pcg.Uint64()
}

// IntN returns a uniform integer in [0, n), by Lemire's multiply-and-reject
// method: usually one draw, and rarely more. IntN panics if n is less than
// 1.
func (s *Source) IntN(n int) int {
	if n < 1 {
		panic("rng: invalid argument to IntN")
	}
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

// Float64 returns a uniform float64 in [0, 1), a multiple of 2⁻⁵³, from one
// draw.
func (s *Source) Float64() float64 {
	return float64(s.pcg.Uint64()>>11) / (1 << 53)
}
