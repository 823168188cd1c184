package timeline_test

import (
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

func TestWrittenZone(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	wall := time.Date(2016, 2, 27, 0, 0, 0, 0, paris)
	tests := []struct {
		name    string
		typ     timeline.TimexType
		value   string
		want    int  // offset in seconds
		ok      bool // whether a zone is written
		instant string
	}{
		{"offset in hours", timeline.TypeTime, "2016-02-27T00:00+02", 2 * 3600, true, "2016-02-26T22:00:00Z"},
		{"offset west", timeline.TypeTime, "2016-02-27T00:00-05", -5 * 3600, true, "2016-02-27T05:00:00Z"},
		{"offset with minutes", timeline.TypeTime, "2016-02-27T00:00+05:45", 5*3600 + 45*60, true, "2016-02-26T18:15:00Z"},
		{"UTC", timeline.TypeTime, "2016-02-27T00:00Z", 0, true, "2016-02-27T00:00:00Z"},
		{"hour alone", timeline.TypeTime, "2016-02-27T00+03", 3 * 3600, true, "2016-02-26T21:00:00Z"},
		{"no zone", timeline.TypeTime, "2016-02-27T00:00", 0, false, "2016-02-26T23:00:00Z"},
		{"part of day", timeline.TypeTime, "2016-02-27TMO", 0, false, "2016-02-26T23:00:00Z"},
		{"a date is no time", timeline.TypeDate, "2016-02-27", 0, false, "2016-02-26T23:00:00Z"},
		{"week", timeline.TypeDate, "2016-W08", 0, false, "2016-02-26T23:00:00Z"},
		{"offset out of range", timeline.TypeTime, "2016-02-27T00:00+25", 0, false, "2016-02-26T23:00:00Z"},
		{"malformed offset", timeline.TypeTime, "2016-02-27T00:00+2", 0, false, "2016-02-26T23:00:00Z"},
		{"empty", timeline.TypeTime, "", 0, false, "2016-02-26T23:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := timeline.Mention{Type: tt.typ, Value: tt.value, Start: wall}
			loc, ok := m.WrittenZone()
			if ok != tt.ok {
				t.Fatalf("WrittenZone(%q) ok = %v, want %v", tt.value, ok, tt.ok)
			}
			if ok {
				if _, off := time.Date(2016, 1, 1, 0, 0, 0, 0, loc).Zone(); off != tt.want {
					t.Errorf("WrittenZone(%q) offset = %d, want %d", tt.value, off, tt.want)
				}
			}
			if got := m.Instant(m.Start).UTC().Format(time.RFC3339); got != tt.instant {
				t.Errorf("Instant(%v) with value %q = %s, want %s", m.Start, tt.value, got, tt.instant)
			}
		})
	}
}

func FuzzWrittenZone(f *testing.F) {
	for _, v := range []string{"2016-02-27T00:00+02", "2016-02-27T00:00-05:30", "2016-02-27T00:00Z", "TZ", "T+", "T-99:99", "2016-W08"} {
		f.Add(v, true)
	}
	f.Fuzz(func(t *testing.T, v string, timed bool) {
		m := timeline.Mention{Type: timeline.TypeDate, Value: v, Start: time.Date(2016, 2, 27, 0, 0, 0, 0, time.UTC)}
		if timed {
			m.Type = timeline.TypeTime
		}
		loc, ok := m.WrittenZone()
		if ok != (loc != nil) || ok && !timed {
			t.Fatalf("WrittenZone(%q, %v) = %v, %v", v, m.Type, loc, ok)
		}
		in := m.Instant(m.Start)
		if w := m.Start; in.Year() != w.Year() || in.YearDay() != w.YearDay() || in.Hour() != w.Hour() || in.Minute() != w.Minute() {
			t.Fatalf("Instant(%v) with value %q = %v: the wall clock moved", w, v, in)
		}
	})
}
