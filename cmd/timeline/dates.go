package main

import (
	"time"
)

// periodLayouts are the ways a date can be written on the command line,
// each with the period it names.
var periodLayouts = []struct {
	layout string
	next   func(time.Time) time.Time // start of the following period
}{
	{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
	{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
	{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
	{"2006-01-02T15:04", func(t time.Time) time.Time { return t.Add(time.Minute) }},
	{"2006-01-02T15:04:05", func(t time.Time) time.Time { return t.Add(time.Second) }},
}

// parsePeriod reads a date given on the command line ("2016-03-22",
// "2016-03", "2016", "2016-03-22T14:30", or RFC 3339 with an offset) and
// returns the period it names, [start, end). Dates without an offset are
// wall-clock times in loc.
func parsePeriod(flag, s string, loc *time.Location) (start, end time.Time, err error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, t.Add(time.Second), nil
	}
	for _, p := range periodLayouts {
		if t, err := time.ParseInLocation(p.layout, s, loc); err == nil {
			return t, p.next(t), nil
		}
	}
	return time.Time{}, time.Time{}, usageErrorf("--%s: unknown date %q (want 2016-03-22, 2016-03, 2016, 2016-03-22T14:30 or RFC 3339)", flag, s)
}
