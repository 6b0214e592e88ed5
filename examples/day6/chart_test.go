package main

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestRoundTime(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{303162 * time.Microsecond, "303 ms"},
		{45230 * time.Microsecond, "45.2 ms"},
		{1234 * time.Millisecond, "1.23 s"},
		{812300 * time.Nanosecond, "812 µs"},
		{8123 * time.Nanosecond, "8.12 µs"},
		{9996 * time.Microsecond, "10.0 ms"},
		{99960 * time.Microsecond, "100 ms"},
		{999600 * time.Microsecond, "1.00 s"},
		{1500 * time.Second, "1500 s"},
		{999, "999 ns"},
		{0, "0 ns"},
	}
	for _, tt := range tests {
		if got := roundTime(tt.d); got != tt.want {
			t.Errorf("roundTime(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// svgText is a <text> element of the chart.
type svgText struct {
	X      float64 `xml:"x,attr"`
	Y      float64 `xml:"y,attr"`
	Anchor string  `xml:"text-anchor,attr"`
	Size   float64 `xml:"font-size,attr"`
	Text   string  `xml:",chardata"`
}

// TestChart draws a sweep of three strategies with times from microseconds
// to seconds and checks that every label lies inside the picture, with a
// generous width per character; that the dashed bound line is labelled;
// and that the legend gives each best time rounded.
func TestChart(t *testing.T) {
	mk := func(name string, best time.Duration) sweep {
		s := sweep{strategy: name}
		for w := range maxWorkers {
			s.times = append(s.times, best+time.Duration(w)*best/7)
		}
		return s
	}
	svg := chart([]sweep{mk("jump", 812345*time.Nanosecond), mk("resume", 303162*time.Microsecond), mk("seed", 12345*time.Millisecond)}, 2)
	var doc struct {
		Width  float64   `xml:"width,attr"`
		Height float64   `xml:"height,attr"`
		Texts  []svgText `xml:"text"`
		Lines  []struct {
			Dash string `xml:"stroke-dasharray,attr"`
			Y    string `xml:"y1,attr"`
		} `xml:"line"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
		t.Fatalf("chart is not XML: %v\n%s", err, svg)
	}
	var texts []string
	for _, tx := range doc.Texts {
		size := tx.Size
		if size == 0 {
			size = chartFont
		}
		w := 0.62 * size * float64(utf8.RuneCountInString(tx.Text))
		left := map[string]float64{"": tx.X, "middle": tx.X - w/2, "end": tx.X - w}[tx.Anchor]
		if left < 0 || left+w > doc.Width || tx.Y-size < 0 || tx.Y > doc.Height {
			t.Errorf("label %q at (%v,%v), about %.0f px wide, leaves the %vx%v picture", tx.Text, tx.X, tx.Y, w, doc.Width, doc.Height)
		}
		texts = append(texts, tx.Text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"jump, best 812 µs", "resume, best 303 ms", "seed, best 12.3 s", boundLabel, "2 cores", "1.15x"} {
		if !strings.Contains(all, want) {
			t.Errorf("chart has no label %q; its labels are\n%s", want, all)
		}
	}
	// The bound's label sits just above the bound's dashed line.
	var boundY string
	for _, l := range doc.Lines {
		if l.Dash == "4 3" {
			boundY = l.Y
		}
	}
	y, err := strconv.ParseFloat(boundY, 64)
	for _, tx := range doc.Texts {
		if tx.Text == boundLabel && (err != nil || tx.Y > y || tx.Y < y-chartFont) {
			t.Errorf("the bound's label is at y %v, its dashed line at %q", tx.Y, boundY)
		}
	}
}
