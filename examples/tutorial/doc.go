// Package tutorial holds no code: its test checks docs/tutorial.md, so that
// the tutorial cannot drift from the library. The test extracts every Go
// block on that page, each a complete program; checks that it is gofmt'd;
// builds and vets all of them as one throwaway module that uses the library
// in this repository, offline from the module cache; runs each one and
// compares what it prints with the console block that follows it on the
// page.
package tutorial
