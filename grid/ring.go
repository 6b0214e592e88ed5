package grid

import "math/bits"

// A Ring moves things round a ring of places 0 to n-1, each thing a fixed
// number of places a tick: one axis of a [Torus]. Things that move on a
// torus at constant velocities move on two rings, one for the columns and
// one for the rows, and each ring repeats after n ticks; moving them a
// tick at a time on rings costs an addition and a compare a thing, where
// wrapping each point takes two divisions.
//
// The zero Ring has no things and no places, as NewRing(0, nil, nil)
// does. Goroutines may call Size, Len and Places, and read the slice
// Places returns, at once only while none calls Tick or Advance.
type Ring struct {
	n    int
	at   []int // each thing's place, in [0, n)
	step []int // each thing's step, in [0, n)
}

// NewRing returns a ring of n places with a thing at each at[i], moving
// steps[i] places a tick (backwards if negative). Places and steps may be
// any ints; they are taken modulo n. It copies at and steps, and costs
// O(len(at)) and two allocations, one of 16 bytes a thing. It panics if n
// is negative, if the slices differ in length, or if there are things and
// n is 0.
func NewRing(n int, at, steps []int) *Ring {
	switch {
	case n < 0:
		misusef("NewRing", "negative size %d", n)
	case len(at) != len(steps):
		misusef("NewRing", "%d places for %d steps, want one step a thing", len(at), len(steps))
	case n == 0 && len(at) > 0:
		misusef("NewRing", "%d things on a ring of no places", len(at))
	}
	both := make([]int, 2*len(at))
	// The places' capacity ends at their length, so that an append to
	// the slice Places returns cannot write over the steps.
	r := &Ring{n: n, at: both[:len(at):len(at)], step: both[len(at):]}
	for i := range at {
		r.at[i] = wrap(at[i], n)
		r.step[i] = wrap(steps[i], n)
	}
	return r
}

// Size returns the number of places, n.
func (r *Ring) Size() int { return r.n }

// Len returns the number of things.
func (r *Ring) Len() int { return len(r.at) }

// Places returns each thing's place, in [0, Size()), in the order NewRing
// was given them. The slice is the ring's own and changes with it: Tick and
// Advance update it in place, so clone it to keep one tick's places. The
// caller must not modify it. It costs O(1) and allocates nothing.
func (r *Ring) Places() []int { return r.at }

// Clone returns a copy of r, which moves on its own. It costs O(Len()) and
// two allocations.
func (r *Ring) Clone() *Ring {
	both := make([]int, 2*len(r.at))
	c := &Ring{n: r.n, at: both[:len(r.at):len(r.at)], step: both[len(r.at):]}
	copy(c.at, r.at)
	copy(c.step, r.step)
	return c
}

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

// TickSpread is [Ring.Tick] that also returns the spread of the places
// after the tick: n·Σx² − (Σx)² for the n things' places x, which is n²
// times their variance, n times the sum of their squared distances from
// their mean, and least when they bunch, as a picture drawn by many things
// does. Summed in the pass that moves them, it costs O(Len()) as Tick
// does, no more than a tick and a pass over Places would, and allocates
// nothing. The spread overflows an int only past Len()·Size() of 2^31.
func (r *Ring) TickSpread() int {
	n, at := uint(r.n), r.at
	step := r.step[:len(at)]
	// Two things a round, each into sums of its own, so that a round's
	// work does not wait on the last's sums.
	s, ss, t, tt := uint(0), uint(0), uint(0), uint(0)
	i := 0
	for ; i+1 < len(at); i += 2 {
		y, z := uint(at[i])+uint(step[i]), uint(at[i+1])+uint(step[i+1])
		y, z = min(y, y-n), min(z, z-n) // y-n wraps round past y unless y >= n: no branch
		at[i], at[i+1] = int(y), int(z)
		s, ss, t, tt = s+y, ss+y*y, t+z, tt+z*z
	}
	if i < len(at) {
		y := uint(at[i]) + uint(step[i])
		y = min(y, y-n)
		at[i] = int(y)
		s, ss = s+y, ss+y*y
	}
	s, ss = s+t, ss+tt
	return len(at)*int(ss) - int(s)*int(s)
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
		// k·step can pass 64 bits when n does 32: divide it whole. Both
		// are below n, so the high word is too, as Div64 needs.
		hi, lo := bits.Mul64(k, uint64(step[i]))
		_, m := bits.Div64(hi, lo, n)
		y := uint64(x) + m
		if y >= n {
			y -= n
		}
		at[i] = int(y)
	}
}
