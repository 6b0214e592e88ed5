package cookbook

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
)

// Robots on a torus: each line gives a robot's position x,y and its
// velocity, in cells per second, in a room 101 cells wide and 103 tall
// whose edges wrap. Part 1: after 100 seconds, count the robots in each
// quarter of the room, leaving out the middle row and column, and multiply
// the four counts. Part 2: the robots draw a picture at the first second
// at which they are most bunched: the sum of the squared distances of
// their x from their mean x, and of their y from their mean y, is
// smallest; the positions repeat after 101×103 seconds.

// roomSize is the room of the recipe, as a point: 103 rows of 101 cells.
var roomSize = grid.XY(101, 103)

// A robot is where a robot starts and how far it moves each second.
type robot struct{ at, step grid.Point }

// readRobots reads one robot a line, "p=x,y v=dx,dy": the four numbers
// are all that count.
func readRobots(input string) ([]robot, error) {
	lines, err := grid.ParseInts(input)
	if err != nil {
		return nil, err
	}
	robots := make([]robot, len(lines))
	for i, n := range lines {
		if len(n) != 4 {
			return nil, fmt.Errorf("line %d: %d numbers, want 4", i+1, len(n))
		}
		robots[i] = robot{grid.XY(n[0], n[1]), grid.XY(n[2], n[3])}
	}
	return robots, nil
}

// safety returns the product of the numbers of robots in the four
// quarters of the room after t seconds; the middle row and column, of a
// room of odd sides, belong to no quarter.
func safety(robots []robot, room grid.Torus[byte], t int) int {
	g := room.Grid()
	mid := grid.Pt(g.Rows()/2, g.Cols()/2)
	var quarters [4]int
	for _, r := range robots {
		p := room.Wrap(r.at.Add(r.step.Mul(t)))
		if p.Row == mid.Row || p.Col == mid.Col {
			continue
		}
		q := 0
		if p.Row > mid.Row {
			q += 2
		}
		if p.Col > mid.Col {
			q++
		}
		quarters[q]++
	}
	return quarters[0] * quarters[1] * quarters[2] * quarters[3]
}

// picture returns the first second at which the robots are most bunched.
// A robot's column repeats every Cols seconds and its row every Rows, so
// the columns and the rows are each a grid.Ring, run one lap to find the
// spread of the places at each second of its period; the spread at second
// t is the sum of the two spreads at t modulo each period.
func picture(robots []robot, room grid.Torus[byte]) int {
	g := room.Grid()
	rows, cols := g.Rows(), g.Cols()
	x, dx := make([]int, len(robots)), make([]int, len(robots))
	y, dy := make([]int, len(robots)), make([]int, len(robots))
	for i, r := range robots {
		x[i], dx[i], y[i], dy[i] = r.at.Col, r.step.Col, r.at.Row, r.step.Row
	}
	colSpread := spreads(grid.NewRing(cols, x, dx))
	rowSpread := spreads(grid.NewRing(rows, y, dy))
	// The spread at t is at least the least column spread plus the least
	// row spread. The first second that has both, stepping along each
	// column phase with the least spread, is the answer; in a room of
	// coprime sides, as the puzzle's, every pair of phases meets once.
	minCol, minRow := slices.Min(colSpread), slices.Min(rowSpread)
	best := -1
	for a, s := range colSpread {
		for t := a; s == minCol && t < rows*cols && (best < 0 || t < best); t += cols {
			if rowSpread[t%rows] == minRow {
				best = t
			}
		}
	}
	if best >= 0 {
		return best
	}
	// The phases with the least spreads never meet: try every second.
	best = 0
	for t := range rows * cols {
		if colSpread[t%cols]+rowSpread[t%rows] < colSpread[best%cols]+rowSpread[best%rows] {
			best = t
		}
	}
	return best
}

// spreads runs r one lap, a tick a second, and returns the spread of its
// places at each second, as Ring.TickSpread gives it after each tick: the
// lap's last tick brings r back where it began, to second 0.
func spreads(r *grid.Ring) []int {
	out := make([]int, r.Size())
	for t := range out {
		out[(t+1)%len(out)] = r.TickSpread()
	}
	return out
}

// genRobots returns n robots, one a line, in a room of roomSize. Nine in
// ten of them draw a picture at a second chosen at random, a framed filled
// triangle 31 cells across somewhere in the room; the rest are anywhere.
// Velocities lie between -100 and 100 on each axis. The cols argument is
// not used.
func genRobots(rng *rand.Rand, n, _ int) []string {
	w, h := roomSize.Col, roomSize.Row
	at := rng.IntN(w * h)
	x0, y0 := rng.IntN(w), rng.IntN(h)
	lines := make([]string, n)
	for i := range lines {
		x, y := rng.IntN(w), rng.IntN(h)
		if rng.IntN(10) > 0 {
			dy := rng.IntN(16)
			dx := rng.IntN(2*dy+1) - dy
			x, y = (x0+dx+w)%w, (y0+dy)%h
		}
		vx, vy := rng.IntN(201)-100, rng.IntN(201)-100
		// Where the robot must start to be at x,y at second at.
		sx, sy := ((x-vx*at)%w+w)%w, ((y-vy*at)%h+h)%h
		lines[i] = fmt.Sprintf("p=%d,%d v=%d,%d", sx, sy, vx, vy)
	}
	return lines
}

// refRobots is the reference: every robot moved one second at a time, the
// quarters counted at second 100, and the spread worked out afresh at
// every second of the period.
func refRobots(lines []string, size grid.Point) [2]int {
	w, h := size.Col, size.Row
	var x, y, vx, vy []int
	for _, l := range lines {
		var a, b, c, d int
		if _, err := fmt.Sscanf(l, "p=%d,%d v=%d,%d", &a, &b, &c, &d); err != nil {
			panic(fmt.Sprintf("refRobots: %q: %v", l, err))
		}
		x, y, vx, vy = append(x, a), append(y, b), append(vx, c), append(vy, d)
	}
	var out [2]int
	var bestSpread float64
	for t := range max(w*h, 101) {
		if t == 100 {
			var q [4]int
			for i := range x {
				switch {
				case x[i] < w/2 && y[i] < h/2:
					q[0]++
				case x[i] > w/2 && y[i] < h/2:
					q[1]++
				case x[i] < w/2 && y[i] > h/2:
					q[2]++
				case x[i] > w/2 && y[i] > h/2:
					q[3]++
				}
			}
			out[0] = q[0] * q[1] * q[2] * q[3]
		}
		var mx, my float64
		for i := range x {
			mx += float64(x[i]) / float64(len(x))
			my += float64(y[i]) / float64(len(x))
		}
		spread := 0.0
		for i := range x {
			spread += (float64(x[i])-mx)*(float64(x[i])-mx) + (float64(y[i])-my)*(float64(y[i])-my)
		}
		if t < w*h && (t == 0 || spread < bestSpread-1e-6) {
			out[1], bestSpread = t, spread
		}
		for i := range x {
			x[i] = ((x[i]+vx[i])%w + w) % w
			y[i] = ((y[i]+vy[i])%h + h) % h
		}
	}
	return out
}

// handRobots is the recipe with the numbers read by a byte loop into four
// flat slices, and each position worked out with %.
func handRobots(input string, w, h int) [2]int {
	var nums []int
	for i := 0; i < len(input); i++ {
		c := input[i]
		if c != '-' && (c < '0' || c > '9') {
			continue
		}
		neg := c == '-'
		if neg {
			i++
		}
		v := 0
		for ; i < len(input) && input[i] >= '0' && input[i] <= '9'; i++ {
			v = v*10 + int(input[i]-'0')
		}
		if neg {
			v = -v
		}
		nums = append(nums, v)
	}
	n := len(nums) / 4
	var q [4]int
	for i := 0; i < n; i++ {
		x := ((nums[4*i]+100*nums[4*i+2])%w + w) % w
		y := ((nums[4*i+1]+100*nums[4*i+3])%h + h) % h
		if x == w/2 || y == h/2 {
			continue
		}
		k := 0
		if y > h/2 {
			k += 2
		}
		if x > w/2 {
			k++
		}
		q[k]++
	}
	colSpread, rowSpread := make([]int, w), make([]int, h)
	for t := 0; t < max(w, h); t++ {
		var sx, sxx, sy, syy int
		for i := 0; i < n; i++ {
			x := (nums[4*i] + t*nums[4*i+2]) % w
			if x < 0 {
				x += w
			}
			y := (nums[4*i+1] + t*nums[4*i+3]) % h
			if y < 0 {
				y += h
			}
			sx, sxx, sy, syy = sx+x, sxx+x*x, sy+y, syy+y*y
		}
		if t < w {
			colSpread[t] = n*sxx - sx*sx
		}
		if t < h {
			rowSpread[t] = n*syy - sy*sy
		}
	}
	best := 0
	for t := 0; t < w*h; t++ {
		if colSpread[t%w]+rowSpread[t%h] < colSpread[best%w]+rowSpread[best%h] {
			best = t
		}
	}
	return [2]int{q[0] * q[1] * q[2] * q[3], best}
}

// TestRobotsRooms compares the recipe with the reference in rooms of other
// sizes, odd, small enough that quarters fill up and spreads tie; most
// are coprime, as the puzzle's, and two are not, where the phases with
// the least spreads may never meet.
func TestRobotsRooms(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 14))
	sizes := []grid.Point{grid.XY(3, 5), grid.XY(7, 5), grid.XY(11, 7), grid.XY(13, 9), grid.XY(1, 1), grid.XY(9, 15), grid.XY(15, 5)}
	for k := range 200 {
		size := sizes[rng.IntN(len(sizes))]
		lines := make([]string, rng.IntN(12))
		for i := range lines {
			lines[i] = fmt.Sprintf("p=%d,%d v=%d,%d", rng.IntN(size.Col), rng.IntN(size.Row), rng.IntN(21)-10, rng.IntN(21)-10)
		}
		input := strings.Join(lines, "\n")
		want := refRobots(lines, size)
		robots, err := readRobots(input)
		if err != nil {
			t.Fatal(err)
		}
		room := grid.New(size.Row, size.Col, byte('.')).Torus()
		if got := [2]int{safety(robots, room, 100), picture(robots, room)}; got != want {
			t.Fatalf("input %d: robots in %v = %v, want %v, on\n%s", k, size, got, want, input)
		}
		if got := handRobots(input, size.Col, size.Row); got != want {
			t.Fatalf("input %d: hand-written robots in %v = %v, want %v, on\n%s", k, size, got, want, input)
		}
	}
}

// TestRobotsPicture checks that the generator's picture is what the recipe
// finds at real size: the robots are most bunched at the second the
// generator drew them.
func TestRobotsPicture(t *testing.T) {
	for seed := range uint64(5) {
		lines := genRobots(rand.New(rand.NewPCG(seed, 7)), 500, 1)
		// The generator draws the second of the picture first.
		rng := rand.New(rand.NewPCG(seed, 7))
		want := rng.IntN(roomSize.Col * roomSize.Row)
		robots, err := readRobots(strings.Join(lines, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := picture(robots, grid.New(roomSize.Row, roomSize.Col, byte('.')).Torus()); got != want {
			t.Errorf("seed %d: picture = %d, want the drawing's second %d", seed, got, want)
		}
		if len(lines) != 500 {
			t.Errorf("seed %d: %d robots, want 500", seed, len(lines))
		}
	}
}

// TestReadRobotsErrors checks that readRobots names the line of a robot
// without four numbers.
func TestReadRobotsErrors(t *testing.T) {
	for _, tc := range []struct{ input, want string }{
		{"p=1,2 v=3,4\np=1,2 v=3\n", "line 2: 3 numbers, want 4"},
		{"\ufeffp=1,2 v=3,4,5\r\n", "line 1: 5 numbers, want 4"},
	} {
		if _, err := readRobots(tc.input); err == nil || err.Error() != tc.want {
			t.Errorf("readRobots(%q) error = %v, want %q", tc.input, err, tc.want)
		}
	}
}

func robotsRecipe() recipe {
	return recipe{
		name:   "robots",
		shared: []string{"robot", "readRobots", "safety", "picture", "spreads"},
		rows:   500, cols: 1, // rows robots
		refMax: 40,
		checks: 60,
		gen:    genRobots,
		ref: func(lines []string) [2]int {
			return refRobots(lines, roomSize)
		},
		solveText: func(input string) ([2]int, error) {
			robots, err := readRobots(input)
			if err != nil {
				return [2]int{}, err
			}
			room := grid.New(roomSize.Row, roomSize.Col, byte('.')).Torus()
			return [2]int{safety(robots, room, 100), picture(robots, room)}, nil
		},
		handText: func(input string) [2]int {
			return handRobots(input, roomSize.Col, roomSize.Row)
		},
	}
}
