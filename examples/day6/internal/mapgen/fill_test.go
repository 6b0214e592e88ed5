package mapgen

import "testing"

func TestFill(t *testing.T) {
	tests := []struct {
		name      string
		n, placed int // asked for, placed
	}{
		{"none", 0, 0},
		{"negative", -3, 0},
		{"some", 10, 10},
		{"all", 94, 94},
		{"more_than_free", 200, 94},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells := make([]uint8, 100)
			for i := range 3 {
				cells[i] = 1 << up // on the path
			}
			for i := 3; i < 6; i++ {
				cells[i] = blocked
			}
			fill(cells, tt.n, newSource(1))
			placed := 0
			for i, c := range cells {
				switch {
				case i < 3 && c != 1<<up, i >= 3 && i < 6 && c != blocked:
					t.Fatalf("fill(%d) changed cell %d to %#x", tt.n, i, c)
				case i >= 6 && c == blocked:
					placed++
				}
			}
			if placed != tt.placed {
				t.Errorf("fill(%d) blocked %d cells, want %d", tt.n, placed, tt.placed)
			}
		})
	}
}
