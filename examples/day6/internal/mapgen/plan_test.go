package mapgen

import "testing"

// TestPopUndoesPush plans walks on a few maps, then pops every run: the
// planner must be back where it started, the start cell marked facing up.
func TestPopUndoesPush(t *testing.T) {
	for _, size := range [][2]int{{1, 1}, {5, 5}, {10, 24}, {60, 60}, {130, 130}, {7, 300}} {
		rows, cols := size[0], size[1]
		p := &planner{rows: rows, cols: cols, cells: make([]uint8, rows*cols), src: newSource(9)}
		row, col := rows/2, cols/2
		p.plan(row, col, rows*cols*3/10, 64, [4]int{max(1, rows/2), max(1, cols/2), max(1, rows/2), max(1, cols/2)})
		if len(p.runs) == 0 || !p.runs[len(p.runs)-1].exit {
			t.Fatalf("%dx%d: plan did not end with an exit run", rows, cols)
		}
		for len(p.runs) > 0 {
			p.pop()
		}
		if p.visited != 1 || p.placed != 0 {
			t.Errorf("%dx%d: after popping every run, visited, placed = %d, %d, want 1, 0", rows, cols, p.visited, p.placed)
		}
		for i, c := range p.cells {
			want := uint8(0)
			if i == p.index(row, col) {
				want = 1 << up
			}
			if c != want {
				t.Fatalf("%dx%d: after popping every run, cell (%d, %d) = %#x, want %#x", rows, cols, i/cols, i%cols, c, want)
			}
		}
	}
}

// TestPlanVisits checks that plan's count of visited cells and placed
// obstacles match its cells.
func TestPlanVisits(t *testing.T) {
	p := &planner{rows: 130, cols: 130, cells: make([]uint8, 130*130), src: newSource(3)}
	p.plan(60, 60, 5000, 64, [4]int{91, 91, 91, 91})
	visited, blocks := 0, 0
	for _, c := range p.cells {
		if c&headings != 0 {
			visited++
		}
		if c&blocked != 0 {
			blocks++
		}
		if c&headings != 0 && c&blocked != 0 {
			t.Fatal("a cell is both on the path and blocked")
		}
	}
	if visited != p.visited || blocks != p.placed {
		t.Errorf("visited, placed = %d, %d, cells say %d, %d", p.visited, p.placed, visited, blocks)
	}
	if p.visited < 5000 {
		t.Errorf("visited %d cells, want at least the target 5000", p.visited)
	}
}
