package tagger

import "testing"

func TestNearCentury(t *testing.T) {
	tests := []struct{ year, ref, want int }{
		{1998, 2016, 1998},
		{2023, 2016, 2023},
		{2026, 2016, 2026},
		{2027, 2016, 1927},
		{2049, 2016, 1949},
		{2023, 1884, 1823},
		{1998, 1884, 1798},
		{1962, 1884, 1862},
		{2002, 1999, 2002},
		{2009, 1999, 2009},
		{2010, 1999, 1910},
		{1925, 1925, 1925},
		{2014, 1, 2014}, // an undated text
	}
	for _, tt := range tests {
		if got := nearCentury(tt.year, tt.ref); got != tt.want {
			t.Errorf("nearCentury(%d, %d) = %d, want %d", tt.year, tt.ref, got, tt.want)
		}
	}
}

func TestSeasonBound(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"Les Russes resteront jusqu'à ", true},
		{"un accord d'ici ", true},
		{"avant ", true},
		{"à la fin de ", true},
		{"Il partira enfin à ", false},
		{"afin de partir à ", false},
		{"il en dira davantage à ", false},
		{"Il partira à ", false},
	}
	for _, tt := range tests {
		if got := seasonBound(tt.before); got != tt.want {
			t.Errorf("seasonBound(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}
