//go:build race

package parallel

// raceBuild reports whether the tests run under the race detector, which
// makes every item of a trivial job many times dearer.
const raceBuild = true
