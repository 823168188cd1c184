package fr_test

import (
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline/fr"
)

// The tabular calendar is a day off the sighted one some years (Ramadan
// 1437 began on 6 June 2016 in most countries): these are its own dates.
func TestHijriDate(t *testing.T) {
	tests := []struct {
		name    string
		y, m, d int
		want    string
	}{
		{"epoch", 1, 1, 1, "0622-07-19"},
		{"ramadan 1437", 1437, 9, 1, "2016-06-07"},
		{"fitr 1437", 1437, 10, 1, "2016-07-07"},
		{"adha 1437", 1437, 12, 10, "2016-09-13"},
		{"ramadan 1445", 1445, 9, 1, "2024-03-11"},
		{"fitr 1445", 1445, 10, 1, "2024-04-10"},
		{"new year 1438", 1438, 1, 1, "2016-10-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fr.HijriDate(tt.y, tt.m, tt.d, time.UTC).Format(time.DateOnly); got != tt.want {
				t.Errorf("HijriDate(%d, %d, %d) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
			}
		})
	}
}

// HijriYear finds the year every day of six centuries falls in.
func TestHijriYearRoundTrip(t *testing.T) {
	for y := 1300; y <= 1900; y++ {
		first := fr.HijriDate(y, 1, 1, time.UTC)
		for _, day := range []time.Time{first, first.AddDate(0, 0, 200), fr.HijriDate(y+1, 1, 1, time.UTC).AddDate(0, 0, -1)} {
			if got := fr.HijriYear(day); got != y {
				t.Fatalf("HijriYear(%s) = %d, want %d", day.Format(time.DateOnly), got, y)
			}
		}
	}
}
