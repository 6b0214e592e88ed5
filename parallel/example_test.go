package parallel_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/gridsearch/gridsearch/parallel"
)

// A loop over independent trials becomes a call of Map, with the same
// results in the same order. Each trial here counts the steps of the
// Collatz sequence from a seed down to 1.
func Example() {
	steps := func(n int) int {
		s := 0
		for ; n != 1; s++ {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
		return s
	}
	seeds := []int{1, 7, 27, 97, 871}

	// The plain loop:
	loop := make([]int, len(seeds))
	for i, seed := range seeds {
		loop[i] = steps(seed)
	}
	fmt.Println(loop)

	// The same with Map, the seeds spread over the cores:
	fmt.Println(parallel.Map(seeds, steps))
	// Output:
	// [0 16 111 118 178]
	// [0 16 111 118 178]
}

func ExampleMap() {
	squares := parallel.Map([]int{1, 2, 3, 4, 5}, func(v int) int { return v * v })
	fmt.Println(squares)
	// Output: [1 4 9 16 25]
}

// A panic in the callback reaches the caller as a *PanicError, which holds
// the original value and the stack of the goroutine that panicked.
func ExampleMap_panic() {
	defer func() {
		p := recover().(*parallel.PanicError)
		fmt.Println("recovered:", p.Value)
		fmt.Println("stack names the callback:", strings.Contains(string(p.Stack), "ExampleMap_panic.func"))
	}()
	parallel.Map([]int{1, 2, 0, 4}, func(v int) int { return 12 / v })
	// Output:
	// recovered: runtime error: integer divide by zero
	// stack names the callback: true
}

// A panic that carries an error can be handled as one: errors.As reaches
// the original error through the *PanicError.
func ExamplePanicError() {
	defer func() {
		err, _ := recover().(error)
		var numErr *strconv.NumError
		if errors.As(err, &numErr) {
			fmt.Println("bad number:", numErr.Num)
		}
	}()
	parallel.Map([]string{"1", "2", "x3"}, func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(err) // a bug in the input, say, that should never happen
		}
		return n
	})
	// Output: bad number: x3
}

func ExampleMapErr() {
	nums, err := parallel.MapErr([]string{"1", "2", "3"}, strconv.Atoi)
	fmt.Println(nums, err)

	nums, err = parallel.MapErr([]string{"1", "two", "3"}, strconv.Atoi)
	fmt.Println(nums, err)
	// Output:
	// [1 2 3] <nil>
	// [] strconv.Atoi: parsing "two": invalid syntax
}

// Each worker gets a visited set of its own, which it clears and reuses for
// every trial instead of allocating one per trial.
func ExampleMapWith() {
	const m = 1000
	starts := []int{0, 1, 2, 3, 42, 999}
	// steps counts the steps of x -> x*x+1 mod m from start until a value
	// repeats.
	steps := parallel.MapWith(starts,
		func() []bool { return make([]bool, m) },
		func(seen []bool, x int) int {
			clear(seen)
			n := 0
			for ; !seen[x]; n++ {
				seen[x] = true
				x = (x*x + 1) % m
			}
			return n
		})
	fmt.Println(steps)
	// Output: [10 9 8 11 11 9]
}

func ExampleMapContext() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	double := func(ctx context.Context, v int) (int, error) {
		// A slow item would watch ctx.Done() here: ctx is done once
		// the caller's is, or another item has failed.
		return 2 * v, nil
	}

	out, err := parallel.MapContext(ctx, []int{1, 2, 3}, double)
	fmt.Println(out, err)

	cancel()
	out, err = parallel.MapContext(ctx, []int{1, 2, 3}, double)
	fmt.Println(out, err)
	// Output:
	// [2 4 6] <nil>
	// [] context canceled
}

func ExampleCount() {
	isPrime := func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	}
	nums := make([]int, 10_000)
	for i := range nums {
		nums[i] = i
	}
	fmt.Println(parallel.Count(nums, isPrime))
	// Output: 1229
}

// Each worker normalises the words into a buffer of its own, reused for
// every word.
func ExampleCountWith() {
	phrases := []string{"Level", "Never odd or even", "grid", "Step on no pets!", "walk"}
	palindromes := parallel.CountWith(phrases,
		func() *[]byte { return new([]byte) },
		func(buf *[]byte, p string) bool {
			b := (*buf)[:0]
			for _, c := range []byte(p) {
				switch {
				case 'a' <= c && c <= 'z':
					b = append(b, c)
				case 'A' <= c && c <= 'Z':
					b = append(b, c+'a'-'A')
				}
			}
			*buf = b // keep the grown buffer for the next word
			for i := range len(b) / 2 {
				if b[i] != b[len(b)-1-i] {
					return false
				}
			}
			return true
		})
	fmt.Println(palindromes)
	// Output: 3
}

// With one worker the callback runs on the calling goroutine, in input
// order, which helps when debugging it.
func ExampleWorkers() {
	parallel.Map([]string{"a", "b", "c"}, func(s string) int {
		fmt.Println(s)
		return len(s)
	}, parallel.Workers(1))
	// Output:
	// a
	// b
	// c
}
