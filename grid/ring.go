package grid

import (
	"fmt"
	"math/bits"
)

// A Ring moves things round a ring of places 0 to n-1, each thing a fixed
// number of places a tick: one axis of a [Torus]. Things that move on a
// torus at constant velocities move on two rings, one for the columns and
// one for the rows, and each ring repeats after n ticks; moving them a
// tick at a time on rings costs an addition and a compare a thing, where
// wrapping each point takes two divisions.
//
// The zero Ring has no things and no places; [NewRing] makes one. A Ring
// is not safe for concurrent use when one of the calls is Tick or Advance.
type Ring struct {
	n    int
	at   []int // each thing's place, in [0, n)
	step []int // each thing's step, in [0, n)
}

// NewRing returns a ring of n places with a thing at each at[i], moving
// steps[i] places a tick (backwards if negative). Places and steps may be
// any ints; they are taken modulo n. It copies at and steps, and costs
// O(len(at)) with one allocation. It returns an error if n < 1 or the two
// slices differ in length.
func NewRing(n int, at, steps []int) (*Ring, error) {
	if n < 1 {
		return nil, fmt.Errorf("grid: NewRing: %d places, want at least 1", n)
	}
	if len(at) != len(steps) {
		return nil, fmt.Errorf("grid: NewRing: %d places given for %d steps, want one each", len(at), len(steps))
	}
	both := make([]int, 2*len(at))
	r := &Ring{n: n, at: both[:len(at):len(at)], step: both[len(at):]}
	for i := range at {
		r.at[i] = wrap(at[i], n)
		r.step[i] = wrap(steps[i], n)
	}
	return r, nil
}

// Size returns the number of places, n.
func (r *Ring) Size() int { return r.n }

// Len returns the number of things.
func (r *Ring) Len() int { return len(r.at) }

// At returns each thing's place, in [0, Size()), in the order NewRing was
// given them. The slice is the ring's own, valid until the next Tick or
// Advance changes it in place; the caller must not modify it. It costs
// O(1) and allocates nothing.
func (r *Ring) At() []int { return r.at }

// Tick moves every thing its step on. It costs O(Len()), an addition and a
// compare a thing with no division, and allocates nothing.
func (r *Ring) Tick() {
	n, at := uint(r.n), r.at
	step := r.step[:len(at)]
	for i, x := range at {
		// Unsigned: both are below n, so the sum cannot pass 2^64.
		y := uint(x) + uint(step[i])
		if y >= n {
			y -= n
		}
		at[i] = int(y)
	}
}

// Advance moves every thing on by t ticks at once, t of any sign. It costs
// O(Len()), a multiplication and a division a thing, and allocates
// nothing.
func (r *Ring) Advance(t int) {
	if len(r.at) == 0 {
		return
	}
	n := uint64(r.n)
	k := uint64(wrap(t, r.n))
	at := r.at
	step := r.step[:len(at)]
	for i, x := range at {
		// k·step can pass 64 bits when n does 32: take it modulo n whole.
		hi, lo := bits.Mul64(k, uint64(step[i]))
		at[i] = int((uint64(x) + bits.Rem64(hi, lo, n)) % n)
	}
}
