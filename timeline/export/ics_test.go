package export

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"

	"github.com/timeline-fr/timeline/timeline"
)

// decodeICS parses an iCalendar file with go-ical and fails the test on
// error.
func decodeICS(t *testing.T, data []byte) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		t.Fatalf("decode ics: %v\n%s", err, data)
	}
	return cal
}

// checkContentLines checks RFC 5545's line rules: CRLF ends, at most 75
// octets, no control character.
func checkContentLines(t *testing.T, data []byte) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Errorf("ics does not end with CRLF")
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		if len(line) > maxLineOctets {
			t.Errorf("line %d has %d octets, want at most %d: %q", i+1, len(line), maxLineOctets, line)
		}
		if strings.ContainsAny(line, "\r\n\x00\x1b") {
			t.Errorf("line %d holds a control character: %q", i+1, line)
		}
	}
}

func TestICSReadBack(t *testing.T) {
	c := story()
	data := write(t, FormatICS, c, Options{})
	checkContentLines(t, data)
	events := decodeICS(t, data).Events()
	if len(events) != len(c.Happenings) {
		t.Fatalf("ics has %d events, want %d", len(events), len(c.Happenings))
	}
	for i, h := range c.Happenings {
		t.Run(h.ID, func(t *testing.T) {
			checkICSEvent(t, events[i], h)
		})
	}
}

// checkICSEvent compares an event read back with the entry it was written
// from: UID, summary, value type, zone and interval.
func checkICSEvent(t *testing.T, ev ical.Event, h timeline.Happening) {
	t.Helper()
	if uid, _ := ev.Props.Text(ical.PropUID); uid != h.ID+"@timeline" {
		t.Errorf("UID = %q, want %q", uid, h.ID+"@timeline")
	}
	if summary, err := ev.Props.Text(ical.PropSummary); err != nil || summary != h.Headline {
		t.Errorf("SUMMARY = %q (%v), want %q", summary, err, h.Headline)
	}
	start := ev.Props.Get(ical.PropDateTimeStart)
	wantType, wantZone := ical.ValueDate, ""
	if isTimed(h.Date.Grain) {
		wantType, wantZone = ical.ValueDateTime, "Europe/Paris"
	}
	if start.ValueType() != wantType || start.Params.Get(ical.PropTimezoneID) != wantZone {
		t.Errorf("DTSTART value type %q zone %q, want %q %q", start.ValueType(), start.Params.Get(ical.PropTimezoneID), wantType, wantZone)
	}
	gotStart, err1 := ev.DateTimeStart(paris)
	gotEnd, err2 := ev.DateTimeEnd(paris)
	if err1 != nil || err2 != nil || !gotStart.Equal(h.Date.Start) || !gotEnd.Equal(h.Date.End) {
		t.Errorf("interval = %v..%v (%v, %v), want %v..%v", gotStart, gotEnd, err1, err2, h.Date.Start, h.Date.End)
	}
}

func TestICSDescriptionUnescapes(t *testing.T) {
	c := story()
	ev := decodeICS(t, write(t, FormatICS, c, Options{})).Events()[1]
	desc, err := ev.Props.Text(ical.PropDescription)
	if err != nil {
		t.Fatalf("DESCRIPTION: %v", err)
	}
	for _, want := range []string{"2016-03-14 (day), happened\n", "\n- Sputnik France (2016-03-22): « Le président russe", "cross-source-date (error): Sputnik France dates"} {
		if !strings.Contains(desc, want) {
			t.Errorf("DESCRIPTION read back = %q, want it to contain %q", desc, want)
		}
	}
}

func TestICSStamp(t *testing.T) {
	now := time.Date(2016, 4, 2, 10, 0, 0, 0, paris)
	tests := []struct {
		name string
		opt  Options
		want string
	}{
		{"latest publication of the sources", Options{}, "DTSTAMP:20160321T230000Z"},
		{"injected clock", Options{Now: now}, "DTSTAMP:20160402T080000Z"},
	}
	c := story()
	c.Happenings = c.Happenings[1:2] // published 2016-03-15 and 2016-03-22 (Paris)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(write(t, FormatICS, c, tt.opt)); !strings.Contains(got, tt.want+"\r\n") {
				t.Errorf("ics with %+v: want %q in\n%s", tt.opt, tt.want, got)
			}
		})
	}
}

func TestICSDates(t *testing.T) {
	utcTime := span("", "2016-03-24T18:30", timeline.GrainMinute, "2016-03-24T18:30", "2016-03-24T18:31")
	offset := time.FixedZone("", 3600)
	utcTime.Start, utcTime.End = utcTime.Start.In(offset), utcTime.End.In(offset)
	damascus := span("", "2016-02-27T00:00+02", timeline.GrainMinute, "2016-02-27T00:00", "2016-02-27T00:01")
	gmt := span("", "2016-03-15T15:00Z", timeline.GrainMinute, "2016-03-15T15:00", "2016-03-15T15:01")
	tests := []struct {
		name       string
		m          timeline.Mention
		start, end string
	}{
		{"day", day("", 0, "2016-03-15"), ";VALUE=DATE:20160315", ";VALUE=DATE:20160316"},
		{"week spans seven days", span("", "2016-W12", timeline.GrainWeek, "2016-03-21", "2016-03-28"), ";VALUE=DATE:20160321", ";VALUE=DATE:20160328"},
		{"month spans the month", span("", "2016-04", timeline.GrainMonth, "2016-04-01", "2016-05-01"), ";VALUE=DATE:20160401", ";VALUE=DATE:20160501"},
		{"time in a named zone", span("", "2016-03-15TMO", timeline.GrainPart, "2016-03-15T06:00", "2016-03-15T12:00"),
			";TZID=Europe/Paris:20160315T060000", ";TZID=Europe/Paris:20160315T120000"},
		{"time at a bare offset is UTC", utcTime, ":20160324T173000Z", ":20160324T173100Z"},
		{"time in the zone its text names", damascus, ":20160226T220000Z", ":20160226T220100Z"},
		{"time in UTC as its text says", gmt, ":20160315T150000Z", ":20160315T150100Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end := icsDate(tt.m, tt.m.Start), icsDate(tt.m, tt.m.End)
			if start != tt.start || end != tt.end {
				t.Errorf("icsDate(%s) = %q, %q, want %q, %q", tt.m.Value, start, end, tt.start, tt.end)
			}
		})
	}
}

func TestICSLeavesOutUndated(t *testing.T) {
	c := Chronology{Happenings: []timeline.Happening{{ID: "duration", Headline: "sept heures",
		Date: timeline.Mention{Type: timeline.TypeDuration, Value: "PT7H"}}}}
	if events := decodeICS(t, write(t, FormatICS, c, Options{})).Events(); len(events) != 0 {
		t.Errorf("ics of an entry without interval has %d events, want 0", len(events))
	}
}

func TestICSText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Kerry à Moscou", "Kerry à Moscou"},
		{"separators", `a;b,c\d`, `a\;b\,c\\d`},
		{"line ends", "a\r\nb\nc\rd", `a\nb\nc\nd`},
		{"controls dropped, tab kept", "a\x00b\x1bc\td", "abc\td"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := icsText(tt.in); got != tt.want {
				t.Errorf("icsText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestContentLineFolding(t *testing.T) {
	tests := []struct{ name, line string }{
		{"short", "SUMMARY:Kerry"},
		{"ASCII", "DESCRIPTION:" + strings.Repeat("abcdefghij", 20)},
		{"accents on the fold", "SUMMARY:" + strings.Repeat("é", 100)},
		{"four-byte runes", "SUMMARY:" + strings.Repeat("🕊", 50)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			contentWriter{&errWriter{w: &b}}.line(tt.line)
			checkContentLines(t, b.Bytes())
			folded := strings.TrimSuffix(b.String(), "\r\n")
			for _, part := range strings.Split(folded, "\r\n ") {
				if !utf8.ValidString(part) {
					t.Errorf("fold cuts a UTF-8 sequence: %q", part)
				}
			}
			if got := strings.ReplaceAll(folded, "\r\n ", ""); got != tt.line {
				t.Errorf("unfolded = %q, want %q", got, tt.line)
			}
		})
	}
}

func TestObservances(t *testing.T) {
	tests := []struct {
		name string
		zone string
		want []string // localStart from to name daylight
	}{
		{"Paris 2016", "Europe/Paris", []string{
			"20160101T000000 +0100 +0100 CET false",
			"20160327T020000 +0100 +0200 CEST true",
			"20161030T030000 +0200 +0100 CET false",
		}},
		{"no daylight saving", "Asia/Tokyo", []string{"20160101T000000 +0900 +0900 JST false"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, o := range observances(zoneSpan{loc: mustLoad(tt.zone), name: tt.zone, first: 2016, last: 2016}) {
				got = append(got, strings.Join([]string{o.localStart, icsOffset(o.from), icsOffset(o.to), o.name, boolString(o.daylight)}, " "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("observances(%s) =\n%s\nwant\n%s", tt.zone, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestICSOffset(t *testing.T) {
	tests := []struct {
		seconds int
		want    string
	}{{3600, "+0100"}, {-12600, "-0330"}, {0, "+0000"}, {561, "+000921"}}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := icsOffset(tt.seconds); got != tt.want {
				t.Errorf("icsOffset(%d) = %q, want %q", tt.seconds, got, tt.want)
			}
		})
	}
}
