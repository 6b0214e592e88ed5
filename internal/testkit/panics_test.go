package testkit_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

func TestRecover(t *testing.T) {
	errBoom := errors.New("boom")
	tests := []struct {
		name     string
		f        func()
		panicked bool
		want     any
	}{
		{"returns", func() {}, false, nil},
		{"string", func() { panic("walk: bad") }, true, "walk: bad"},
		{"error", func() { panic(errBoom) }, true, errBoom},
		{"int_zero", func() { panic(0) }, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, panicked := testkit.Recover(tt.f)
			if panicked != tt.panicked || v != tt.want {
				t.Errorf("Recover = %v, %v, want %v, %v", v, panicked, tt.want, tt.panicked)
			}
		})
	}
	v, panicked := testkit.Recover(func() { panic(nil) })
	var pn *runtime.PanicNilError
	if err, _ := v.(error); !panicked || !errors.As(err, &pn) {
		t.Errorf("Recover(panic(nil)) = %v, %v, want a *runtime.PanicNilError, true", v, panicked)
	}
}

// recorder is a testing.TB that keeps the errors reported to it. Only the
// methods MustPanic calls are implemented.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestMustPanic(t *testing.T) {
	tests := []struct {
		name, want string
		f          func()
		errWant    string // a fragment of the error MustPanic reports, or ""
	}{
		{"matching", "index", func() { panic("grid: At: index (9,9) outside 3x3") }, ""},
		{"error_value", "boom", func() { panic(errors.New("a boom")) }, ""},
		{"no_panic", "index", func() {}, "did not panic"},
		{"other_message", "index", func() { panic("grid: something else") }, `panicked with "grid: something else"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			testkit.MustPanic(r, "f()", tt.want, tt.f)
			switch {
			case tt.errWant == "" && len(r.errs) != 0:
				t.Errorf("MustPanic reported %q, want nothing", r.errs)
			case tt.errWant != "" && (len(r.errs) != 1 || !strings.Contains(r.errs[0], tt.errWant) || !strings.HasPrefix(r.errs[0], "f() ")):
				t.Errorf("MustPanic reported %q, want one error \"f() …%s…\"", r.errs, tt.errWant)
			}
		})
	}
}
