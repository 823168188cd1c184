package main

import (
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	tokyo := mustZone("Asia/Tokyo")
	tests := []struct {
		in         string
		loc        *time.Location
		start, end time.Time
	}{
		{"2016-03-22", paris, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), time.Date(2016, 3, 23, 0, 0, 0, 0, paris)},
		{"2016-03", paris, time.Date(2016, 3, 1, 0, 0, 0, 0, paris), time.Date(2016, 4, 1, 0, 0, 0, 0, paris)},
		{"2016", tokyo, time.Date(2016, 1, 1, 0, 0, 0, 0, tokyo), time.Date(2017, 1, 1, 0, 0, 0, 0, tokyo)},
		{"2016-12", paris, time.Date(2016, 12, 1, 0, 0, 0, 0, paris), time.Date(2017, 1, 1, 0, 0, 0, 0, paris)},
		{"2016-03-22T14:30", paris, time.Date(2016, 3, 22, 14, 30, 0, 0, paris), time.Date(2016, 3, 22, 14, 31, 0, 0, paris)},
		{"2016-03-22T14:30:05", paris, time.Date(2016, 3, 22, 14, 30, 5, 0, paris), time.Date(2016, 3, 22, 14, 30, 6, 0, paris)},
		{"2016-03-22T09:00:00+03:00", paris, time.Date(2016, 3, 22, 6, 0, 0, 0, time.UTC), time.Date(2016, 3, 22, 6, 0, 1, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			start, end, err := parsePeriod("from", tt.in, tt.loc)
			if err != nil {
				t.Fatalf("parsePeriod(%q) error: %v", tt.in, err)
			}
			if !start.Equal(tt.start) || !end.Equal(tt.end) {
				t.Errorf("parsePeriod(%q) = [%v, %v), want [%v, %v)", tt.in, start, end, tt.start, tt.end)
			}
		})
	}
}

func TestParsePeriodErrors(t *testing.T) {
	for _, in := range []string{"", "22/03/2016", "mars 2016", "2016-13", "2016-02-30", "hier"} {
		t.Run(in, func(t *testing.T) {
			_, _, err := parsePeriod("to", in, paris)
			if got := exitCode(err); got != 2 {
				t.Errorf("parsePeriod(%q) error = %v (exit %d), want a usage error", in, err, got)
			}
		})
	}
}
