package main

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package if any test leaves a goroutine behind: part 2
// fans out over package parallel, whose workers must all have returned when
// a solve returns, whether it succeeded, failed or panicked.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
