package parallel

import "fmt"

// A PanicError is what a call panics with, on the caller's goroutine, when
// a callback or newScratch panics. It keeps the value and the stack of the
// goroutine that panicked, which the panic loses on its way to the caller.
// A callback that panics with a *PanicError, as a nested call does, is
// re-raised with that same value. Unwrap gives Value when it is an error,
// so [errors.As] and [errors.Is] reach a runtime.Error, say.
type PanicError struct {
	// Value is what recover returned on the panicking goroutine: the
	// original value (for panic(nil), a *runtime.PanicNilError).
	Value any
	// Stack is the trace of the goroutine that panicked, as
	// runtime/debug.Stack formats it; its top frames show where.
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
