package testkit

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// ZeroValues checks the promise that the zero value of every exported type
// either works or panics with a message naming the type: for each value in
// zeros (a pointer to a zero value, such as &search.BFS{}), it calls every
// exported method on a fresh zero value, once with zero arguments and once
// with arguments of 1, ranges over any iterator a method returns (stopping
// after its first value), and reports an error for each call that panics
// with a runtime error (a division by zero, an index out of range, a nil
// dereference) rather than a message that starts with the package and the
// type, as "search: Space" does. Pointer arguments point to zero values,
// func arguments are funcs that return zero values, and methods with arguments of interface or channel types are
// skipped, as their zero is a misuse of another kind.
func ZeroValues(t *testing.T, zeros ...any) {
	t.Helper()
	for _, z := range zeros {
		typ := reflect.TypeOf(z)
		if typ.Kind() != reflect.Pointer {
			t.Fatalf("ZeroValues: %v is not a pointer to a zero value", typ)
		}
		elem := typ.Elem()
		name, _, _ := strings.Cut(elem.Name(), "[") // Grid[uint8] is Grid
		prefix := packageName(elem) + ": " + name
		for m := range typ.NumMethod() {
			method := typ.Method(m)
			for _, arg := range []int64{0, 1} {
				in, ok := zeroArgs(method.Type, arg)
				if !ok {
					break
				}
				recv := reflect.New(elem)
				call := fmt.Sprintf("(%s{}).%s with arguments of %d", elem, method.Name, arg)
				v, panicked := Recover(func() {
					args := append([]reflect.Value{recv}, in...)
					var out []reflect.Value
					if method.Type.IsVariadic() {
						out = method.Func.CallSlice(args)
					} else {
						out = method.Func.Call(args)
					}
					for _, o := range out {
						rangeFirst(o)
					}
				})
				if !panicked {
					continue
				}
				if _, isRuntime := v.(runtime.Error); isRuntime {
					t.Errorf("%s panicked with a runtime error: %v", call, v)
					continue
				}
				if msg := fmt.Sprint(v); !strings.HasPrefix(msg, prefix) {
					t.Errorf("%s panicked with %q, want a message starting %q", call, msg, prefix)
				}
			}
		}
	}
}

// packageName returns the last element of t's package path.
func packageName(t reflect.Type) string {
	p := t.PkgPath()
	return p[strings.LastIndex(p, "/")+1:]
}

// zeroArgs returns arguments for a method of type mt (receiver first):
// each integer set to n, each func one that returns zeros, everything
// else its zero; ok is false if some argument has an interface or channel
// type.
func zeroArgs(mt reflect.Type, n int64) (in []reflect.Value, ok bool) {
	for i := 1; i < mt.NumIn(); i++ {
		at := mt.In(i)
		if mt.IsVariadic() && i == mt.NumIn()-1 {
			in = append(in, reflect.Zero(at))
			continue
		}
		v := reflect.New(at).Elem()
		switch at.Kind() {
		case reflect.Interface, reflect.Chan:
			return nil, false
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			v.SetUint(uint64(n))
		case reflect.Pointer:
			v = reflect.New(at.Elem()) // another zero value, not nil
		case reflect.Func:
			v = reflect.MakeFunc(at, func([]reflect.Value) []reflect.Value {
				out := make([]reflect.Value, at.NumOut())
				for k := range out {
					out[k] = reflect.Zero(at.Out(k))
				}
				return out
			})
		}
		in = append(in, v)
	}
	return in, true
}

// rangeFirst, if v is an iterator (a func taking a yield func that returns
// bool), ranges over it and stops at its first value.
func rangeFirst(v reflect.Value) {
	t := v.Type()
	if t.Kind() != reflect.Func || t.NumIn() != 1 || t.NumOut() != 0 || v.IsNil() {
		return
	}
	yt := t.In(0)
	if yt.Kind() != reflect.Func || yt.NumOut() != 1 || yt.Out(0).Kind() != reflect.Bool {
		return
	}
	v.Call([]reflect.Value{reflect.MakeFunc(yt, func([]reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(false)}
	})})
}
