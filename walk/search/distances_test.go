package search_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/walk/search"
)

// refDistances is the reference for Distances: a plain breadth-first
// search over points in a map from all starts at once, stepping onto the
// cells that are not '#' or 'x', stopped at distance most (none if most is
// negative and unlimited is set).
func refDistances(g grid.Grid[byte], starts []grid.Point, most int, unlimited bool) map[grid.Point]int {
	dist := map[grid.Point]int{}
	var queue []grid.Point
	for _, s := range starts {
		if _, ok := dist[s]; !ok && (unlimited || most >= 0) {
			dist[s] = 0
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if !unlimited && dist[p] == most {
			continue
		}
		for q := range g.Neighbors4(p) {
			if _, seen := dist[q]; !seen && g.At(q) != '#' && g.At(q) != 'x' {
				dist[q] = dist[p] + 1
				queue = append(queue, q)
			}
		}
	}
	return dist
}

// refLayers counts the cells of dist at each distance.
func refLayers(dist map[grid.Point]int) []int {
	var layers []int
	for _, d := range dist {
		for len(layers) <= d {
			layers = append(layers, 0)
		}
		layers[d]++
	}
	return layers
}

// TestDistances compares Distances with the plain search on random maps
// of every shape from 1x1, with one to four starts (on closed cells too,
// and repeated), unlimited and stopped at random depths, running many
// searches on each Distances so that every search must begin afresh.
func TestDistances(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 7))
	open := func(v byte) bool { return v != '#' && v != 'x' }
	for k := range 400 {
		rows, cols := 1+rng.IntN(14), 1+rng.IntN(14)
		lines := make([]string, rows)
		for r := range lines {
			b := make([]byte, cols)
			for c := range b {
				b[c] = ".....##x"[rng.IntN(8)]
			}
			lines[r] = string(b)
		}
		g, err := grid.ParseString(strings.Join(lines, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		d := search.NewDistances(g, open)
		for run := range 6 {
			starts := make([]grid.Point, 1+rng.IntN(4))
			for i := range starts {
				starts[i] = grid.Pt(rng.IntN(rows), rng.IntN(cols))
			}
			most, unlimited := rng.IntN(rows+cols)-2, run%2 == 0
			if unlimited {
				err = d.Run(starts...)
			} else {
				err = d.RunWithin(most, starts...)
			}
			if err != nil {
				t.Fatalf("map %d run %d: %v", k, run, err)
			}
			want := refDistances(g, starts, most, unlimited)
			where := fmt.Sprintf("map %d run %d from %v (most %d, unlimited %v) on\n%s", k, run, starts, most, unlimited, strings.Join(lines, "\n"))
			if got, w := d.Layers(), refLayers(want); !slices.Equal(got, w) {
				t.Fatalf("%s: Layers() = %v, want %v", where, got, w)
			}
			for p := range g.Points() {
				got, ok := d.Dist(p)
				w, wok := want[p]
				if ok != wok || got != w {
					t.Fatalf("%s: Dist(%v) = %d, %v; want %d, %v", where, p, got, ok, w, wok)
				}
			}
		}
	}
}

// TestDistancesErrors checks that a start outside the grid is an error
// naming it, that such a search reaches nothing, and that Dist outside the
// grid reports no cell, as on the zero Distances.
func TestDistancesErrors(t *testing.T) {
	g := grid.MustParse("..\n.#")
	d := search.NewDistances(g, func(v byte) bool { return v != '#' })
	if err := d.Run(grid.Pt(0, 0)); err != nil {
		t.Fatal(err)
	}
	err := d.Run(grid.Pt(0, 0), grid.Pt(2, 0))
	if err == nil || !strings.Contains(err.Error(), "start 1 at (2,0)") || !strings.Contains(err.Error(), "2x2") {
		t.Fatalf("Run from (2,0) on a 2x2 grid: error %v, want one naming start 1 at (2,0)", err)
	}
	if _, ok := d.Dist(grid.Pt(0, 0)); ok || len(d.Layers()) != 0 {
		t.Errorf("after a failed Run, Dist((0,0)) reached or Layers() = %v, want nothing", d.Layers())
	}
	if err := d.RunWithin(3, grid.Pt(-1, 0)); err == nil {
		t.Error("RunWithin from (-1,0): no error")
	}
	if err := d.Run(grid.Pt(0, 0)); err != nil {
		t.Fatal(err)
	}
	for _, p := range []grid.Point{grid.Pt(-1, 0), grid.Pt(0, 2), grid.Pt(2, 2)} {
		if _, ok := d.Dist(p); ok {
			t.Errorf("Dist(%v) outside the grid: reached", p)
		}
	}
	var zero search.Distances
	if err := zero.Run(); err != nil || len(zero.Layers()) != 0 {
		t.Errorf("zero Distances: Run() = %v with layers %v, want nil and none", err, zero.Layers())
	}
	if err := zero.Run(grid.Pt(0, 0)); err == nil {
		t.Error("zero Distances: Run from (0,0): no error")
	}
}

// FuzzDistances compares Distances with the plain search on any map text
// and start.
func FuzzDistances(f *testing.F) {
	f.Add("..#\n.x.\n...", 0, 0, 5)
	f.Add("#", 0, 0, -1)
	f.Fuzz(func(t *testing.T, text string, r, c, most int) {
		g, err := grid.ParseString(text)
		if err != nil || g.Len() == 0 || g.Len() > 4096 {
			return
		}
		d := search.NewDistances(g, func(v byte) bool { return v != '#' && v != 'x' })
		start := grid.Pt(r, c)
		if err := d.RunWithin(most, start); (err != nil) == g.In(start) {
			t.Fatalf("RunWithin(%d, %v) on a %dx%d grid: error %v", most, start, g.Rows(), g.Cols(), err)
		}
		if !g.In(start) {
			return
		}
		want := refDistances(g, []grid.Point{start}, most, false)
		if got, w := d.Layers(), refLayers(want); !slices.Equal(got, w) {
			t.Fatalf("Layers() = %v, want %v", got, w)
		}
		for p := range g.Points() {
			got, ok := d.Dist(p)
			if w, wok := want[p]; ok != wok || got != w {
				t.Fatalf("Dist(%v) = %d, %v; want %d, %v", p, got, ok, w, wok)
			}
		}
	})
}
