package testkit

import (
	"fmt"
	"strings"
	"testing"
)

// Recover calls f and returns the value it panicked with and true, or nil
// and false if it returned. A panic(nil) comes back as the
// *runtime.PanicNilError the runtime makes of it (unless GODEBUG has
// panicnil=1, when it comes back as nil and true).
func Recover(f func()) (v any, panicked bool) {
	defer func() {
		if panicked {
			v = recover()
		}
	}()
	panicked = true
	f()
	panicked = false
	return nil, false
}

// MustPanic reports an error through t unless f panics with a value whose
// text (as fmt.Sprint prints it) contains want. name is the call under
// test, for the message, such as "At(-1, 0)".
func MustPanic(t testing.TB, name, want string, f func()) {
	t.Helper()
	v, panicked := Recover(f)
	if !panicked {
		t.Errorf("%s did not panic, want a panic containing %q", name, want)
		return
	}
	if msg := fmt.Sprint(v); !strings.Contains(msg, want) {
		t.Errorf("%s panicked with %q, want a message containing %q", name, msg, want)
	}
}
