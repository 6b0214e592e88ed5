package grid

import (
	"testing"
	"unicode/utf8"
)

var allDirs = [8]Dir{Up, Right, Down, Left, UpRight, DownRight, DownLeft, UpLeft}

func TestDirTables(t *testing.T) {
	tests := []struct {
		name                 string
		d                    Dir
		right, left, reverse Dir
		delta                Point
		str                  string
		cardinal             bool
		glyph                byte
	}{
		{"up", Up, Right, Left, Down, Pt(-1, 0), "Up", true, '^'},
		{"right", Right, Down, Up, Left, Pt(0, 1), "Right", true, '>'},
		{"down", Down, Left, Right, Up, Pt(1, 0), "Down", true, 'v'},
		{"left", Left, Up, Down, Right, Pt(0, -1), "Left", true, '<'},
		{"up_right", UpRight, DownRight, UpLeft, DownLeft, Pt(-1, 1), "UpRight", false, '?'},
		{"down_right", DownRight, DownLeft, UpRight, UpLeft, Pt(1, 1), "DownRight", false, '?'},
		{"down_left", DownLeft, UpLeft, DownRight, UpRight, Pt(1, -1), "DownLeft", false, '?'},
		{"up_left", UpLeft, UpRight, DownLeft, DownRight, Pt(-1, -1), "UpLeft", false, '?'},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.TurnRight(); got != tt.right {
				t.Errorf("%v.TurnRight() = %v, want %v", tt.d, got, tt.right)
			}
			if got := tt.d.TurnLeft(); got != tt.left {
				t.Errorf("%v.TurnLeft() = %v, want %v", tt.d, got, tt.left)
			}
			if got := tt.d.Reverse(); got != tt.reverse {
				t.Errorf("%v.Reverse() = %v, want %v", tt.d, got, tt.reverse)
			}
			if got := tt.d.Delta(); got != tt.delta {
				t.Errorf("%v.Delta() = %v, want %v", tt.d, got, tt.delta)
			}
			if got := tt.d.String(); got != tt.str {
				t.Errorf("Dir(%d).String() = %q, want %q", uint8(tt.d), got, tt.str)
			}
			if got := tt.d.Cardinal(); got != tt.cardinal {
				t.Errorf("%v.Cardinal() = %v, want %v", tt.d, got, tt.cardinal)
			}
			if !tt.d.Valid() {
				t.Errorf("%v.Valid() = false, want true", tt.d)
			}
			if got := tt.d.Glyph(); got != tt.glyph {
				t.Errorf("%v.Glyph() = %q, want %q", tt.d, got, tt.glyph)
			}
		})
	}
}

func TestDirInvalid(t *testing.T) {
	for _, d := range []Dir{8, 9, 42, 255} {
		if d.Valid() {
			t.Errorf("Dir(%d).Valid() = true, want false", uint8(d))
		}
		if d.Cardinal() {
			t.Errorf("Dir(%d).Cardinal() = true, want false", uint8(d))
		}
		if got := d.Glyph(); got != '?' {
			t.Errorf("Dir(%d).Glyph() = %q, want '?'", uint8(d), got)
		}
	}
	if got, want := Dir(9).String(), "Dir(9)"; got != want {
		t.Errorf("Dir(9).String() = %q, want %q", got, want)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Errorf("Dir(8).Delta() did not panic")
			}
		}()
		Dir(8).Delta()
	}()
}

func TestDirProperties(t *testing.T) {
	for _, d := range allDirs {
		if got := d.TurnRight().TurnRight().TurnRight().TurnRight(); got != d {
			t.Errorf("%v turned right four times = %v, want %v", d, got, d)
		}
		if got := d.TurnLeft().TurnLeft().TurnLeft().TurnLeft(); got != d {
			t.Errorf("%v turned left four times = %v, want %v", d, got, d)
		}
		if got := d.TurnRight().TurnLeft(); got != d {
			t.Errorf("%v.TurnRight().TurnLeft() = %v, want %v", d, got, d)
		}
		if got := d.TurnLeft().TurnRight(); got != d {
			t.Errorf("%v.TurnLeft().TurnRight() = %v, want %v", d, got, d)
		}
		if got := d.Reverse().Reverse(); got != d {
			t.Errorf("%v.Reverse().Reverse() = %v, want %v", d, got, d)
		}
		if got, want := d.Reverse(), d.TurnRight().TurnRight(); got != want {
			t.Errorf("%v.Reverse() = %v, want %v (TurnRight twice)", d, got, want)
		}
		if got, want := d.Reverse().Delta(), Pt(0, 0).Sub(d.Delta()); got != want {
			t.Errorf("%v.Reverse().Delta() = %v, want %v", d, got, want)
		}
		if got, want := d.TurnRight().Cardinal(), d.Cardinal(); got != want {
			t.Errorf("%v.TurnRight().Cardinal() = %v, want %v", d, got, want)
		}
		// A quarter turn clockwise maps the offset (r, c) to (c, -r).
		if got, want := d.TurnRight().Delta(), Pt(d.Delta().Col, -d.Delta().Row); got != want {
			t.Errorf("%v.TurnRight().Delta() = %v, want %v", d, got, want)
		}
	}
}

func TestDirOf(t *testing.T) {
	tests := []struct {
		r    rune
		want Dir
	}{
		{'^', Up}, {'U', Up}, {'N', Up},
		{'>', Right}, {'R', Right}, {'E', Right},
		{'v', Down}, {'D', Down}, {'S', Down},
		{'<', Left}, {'L', Left}, {'W', Left},
	}
	for _, tt := range tests {
		got, ok := DirOf(tt.r)
		if !ok || got != tt.want {
			t.Errorf("DirOf(%q) = %v, %v, want %v, true", tt.r, got, ok, tt.want)
		}
	}
}

// TestDirOfEveryRune checks DirOf on every rune, and a few beyond, against
// a plain switch.
func TestDirOfEveryRune(t *testing.T) {
	ref := func(r rune) (Dir, bool) {
		switch r {
		case '^', 'U', 'N':
			return Up, true
		case '>', 'R', 'E':
			return Right, true
		case 'v', 'D', 'S':
			return Down, true
		case '<', 'L', 'W':
			return Left, true
		}
		return 0, false
	}
	for r := rune(-300); r <= utf8.MaxRune+300; r++ {
		got, ok := DirOf(r)
		if want, wantOK := ref(r); got != want || ok != wantOK {
			t.Fatalf("DirOf(%d) = %v, %v, want %v, %v", r, got, ok, want, wantOK)
		}
	}
}

func TestDirOfRejects(t *testing.T) {
	tests := []struct {
		name string
		r    rune
	}{
		{"lower_u", 'u'},
		{"lower_r", 'r'},
		{"lower_d", 'd'},
		{"lower_l", 'l'},
		{"lower_n", 'n'},
		{"lower_e", 'e'},
		{"lower_s", 's'},
		{"lower_w", 'w'},
		{"upper_v", 'V'},
		{"dot", '.'},
		{"hash", '#'},
		{"space", ' '},
		{"nul", 0},
		{"question", '?'},
		{"arrow_rune", '↑'},
		{"rune_error", utf8.RuneError},
		{"negative", -1},
		{"up_plus_256", '^' + 256},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := DirOf(tt.r); ok {
				t.Errorf("DirOf(%q) = %v, true, want false", tt.r, got)
			}
		})
	}
}

func TestDirGlyphRoundTrip(t *testing.T) {
	for _, d := range allDirs[:4] {
		if got, ok := DirOf(rune(d.Glyph())); !ok || got != d {
			t.Errorf("DirOf(%v.Glyph()) = %v, %v, want %v, true", d, got, ok, d)
		}
	}
	for _, d := range allDirs[4:] {
		if got, ok := DirOf(rune(d.Glyph())); ok {
			t.Errorf("DirOf(%v.Glyph()) = %v, true, want false", d, got)
		}
	}
	// Every rune that DirOf accepts is cardinal.
	for r := range rune(0x300) {
		if d, ok := DirOf(r); ok && !d.Cardinal() {
			t.Errorf("DirOf(%q) = %v, want a cardinal heading", r, d)
		}
	}
}
