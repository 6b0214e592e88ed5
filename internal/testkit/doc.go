// Package testkit holds what the module's tests share, so that each test
// file does not carry its own copy: random maps drawn from a seeded
// generator (maps.go) and checks on panics (panics.go).
//
// It imports only the standard library, not package grid, so that the
// tests inside package grid can use it too: a map comes back as rows of
// cells ([][]byte or [][]bool), which grid.FromRows turns into a grid, or as
// text (see [Text] and [Quirky]), which the parsers read.
//
// Every function draws its random numbers from the *rand.Rand it is given,
// in a fixed order, so a seed always gives the same map. Nothing here is
// safe for concurrent use with the same *rand.Rand.
package testkit
