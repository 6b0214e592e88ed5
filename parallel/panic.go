package parallel

import "fmt"

// A PanicError is what a call panics with, on the caller's goroutine, when a
// callback or a newScratch function panics: recover in the caller returns a
// *PanicError. It keeps the value the callback panicked with and the stack
// of the goroutine that raised it, which the panic itself loses on its way
// back to the caller.
//
// Value is what recover returned on the panicking goroutine: the original
// value, unwrapped, so a test such as r.(*PanicError).Value == "boom" sees
// what was raised. For panic(nil) that is a *runtime.PanicNilError, or nil
// under GODEBUG=panicnil=1; the caller still gets a non-nil *PanicError. A
// callback that panics with a *PanicError, as a nested call does, is
// re-raised with that same value, so Value and Stack describe the innermost
// panic.
//
// A PanicError is an error whose Unwrap returns Value when Value is an
// error, so [errors.As] and [errors.Is] reach the original value, a
// runtime.Error among them.
type PanicError struct {
	// Value is what the callback panicked with.
	Value any
	// Stack is the trace of the goroutine that panicked, formatted as
	// runtime/debug.Stack does, taken while the panic was being
	// recovered: its top frames show where the panic was raised.
	Stack []byte
}

// Error returns "parallel: callback panicked: ", Value, and the stack
// trace, so that a panic that nothing recovers prints where it came from.
func (e *PanicError) Error() string {
	return fmt.Sprintf("parallel: callback panicked: %v\n\n%s", e.Value, e.Stack)
}

// Unwrap returns Value if it is an error, and nil otherwise.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}
