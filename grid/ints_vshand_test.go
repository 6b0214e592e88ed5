package grid

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/internal/testkit"
)

// intsCase is ParseInts on 500 lines "p=x,y v=dx,dy", as the robots
// puzzle writes them, against the reader a strong solver writes: one pass
// over the bytes, a number's digits added in, a '-' before them making it
// negative. Both sum every integer with its line number, so that a line
// read wrong shows.
func intsCase() testkit.Pair {
	rng := rand.New(rand.NewPCG(71, 72))
	var b strings.Builder
	for range 500 {
		fmt.Fprintf(&b, "p=%d,%d v=%d,%d\n", rng.IntN(101), rng.IntN(103), rng.IntN(201)-100, rng.IntN(201)-100)
	}
	input := b.String()
	lib := func() int {
		lines, err := ParseInts(input)
		if err != nil {
			panic(err)
		}
		sum := 0
		for i, l := range lines {
			for _, v := range l {
				sum += (i + 1) * v
			}
		}
		return sum
	}
	hand := func() int {
		sum, line, v, n, neg := 0, 1, 0, 0, false
		for i := 0; i < len(input); i++ {
			c := input[i]
			if c >= '0' && c <= '9' {
				if n == 0 {
					neg = i > 0 && input[i-1] == '-'
				}
				v, n = v*10+int(c-'0'), n+1
				continue
			}
			if n > 0 {
				if neg {
					v = -v
				}
				sum += line * v
				v, n = 0, 0
			}
			if c == '\n' {
				line++
			}
		}
		return sum
	}
	return testkit.Pair{Name: "ints", Lib: lib, Hand: hand}
}

func TestIntsVsHandAgree(t *testing.T) { testkit.Agree(t, []testkit.Pair{intsCase()}) }
