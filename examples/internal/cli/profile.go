package cli

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// profile runs run, with CPU profiling into file if file is not "", and
// returns run's error, or else the first error of starting the profile,
// writing it or closing the file. runtime/pprof drops the errors of the
// writes it makes when the profile stops, so a writer in between keeps the
// first: "-cpuprofile /dev/full" fails instead of losing the profile
// silently.
func profile(file string, run func() error) error {
	if file == "" {
		return run()
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	w := &firstError{f: f}
	if err := pprof.StartCPUProfile(w); err != nil {
		f.Close()
		return fmt.Errorf("-cpuprofile: %w", err)
	}
	err = run()
	pprof.StopCPUProfile()
	closeErr := f.Close()
	switch {
	case err != nil:
		return err
	case w.err != nil:
		return fmt.Errorf("writing the CPU profile: %w", w.err)
	case closeErr != nil:
		return fmt.Errorf("writing the CPU profile: %w", closeErr)
	}
	return nil
}

// firstError writes to f and keeps the first error, after which it
// writes no more.
type firstError struct {
	f   *os.File
	err error
}

func (w *firstError) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.f.Write(p)
	w.err = err
	return n, err
}
