package export

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/timeline"
)

func TestTimelineJSReadBack(t *testing.T) {
	var doc struct {
		Title  map[string]any   `json:"title"`
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(write(t, FormatTimelineJS, story(), Options{Title: "Syrie, printemps 2016"}), &doc); err != nil {
		t.Fatalf("decode timelinejs: %v", err)
	}
	if got := doc.Title["text"].(map[string]any)["headline"]; got != "Syrie, printemps 2016" {
		t.Errorf("title headline = %q, want the title", got)
	}
	if len(doc.Events) != len(story().Happenings) {
		t.Fatalf("timelinejs has %d events, want %d", len(doc.Events), len(story().Happenings))
	}
	for i, ev := range doc.Events {
		h := story().Happenings[i]
		t.Run(h.ID, func(t *testing.T) {
			if !hasKeys(ev, "start_date", "display_date", "text", "group") || !hasKeys(ev["text"], "headline", "text") || !hasKeys(ev["start_date"], "year") {
				t.Errorf("event %d keys = %q, text %q, start_date %q", i, keysOf(ev), keysOf(ev["text"]), keysOf(ev["start_date"]))
			}
			if ev["display_date"] != timeline.DisplayDate(h.Date) || ev["group"] != string(h.Modality) {
				t.Errorf("event %d display_date, group = %q, %q, want %q, %q", i, ev["display_date"], ev["group"], timeline.DisplayDate(h.Date), h.Modality)
			}
		})
	}
}

func TestTimelineJSDates(t *testing.T) {
	tests := []struct {
		name       string
		m          timeline.Mention
		start, end TimelineJSDate
	}{
		{"day has no end", day("", 0, "2016-03-15"), TimelineJSDate{Year: "2016", Month: "3", Day: "15"}, TimelineJSDate{}},
		{"week ends on its last day", span("", "2016-W12", timeline.GrainWeek, "2016-03-21", "2016-03-28"),
			TimelineJSDate{Year: "2016", Month: "3", Day: "21"}, TimelineJSDate{Year: "2016", Month: "3", Day: "27"}},
		{"month by month", span("", "2016-04", timeline.GrainMonth, "2016-04-01", "2016-05-01"),
			TimelineJSDate{Year: "2016", Month: "4"}, TimelineJSDate{}},
		{"season by months", span("", "2016-SP", timeline.GrainSeason, "2016-03-20", "2016-06-21"),
			TimelineJSDate{Year: "2016", Month: "3"}, TimelineJSDate{Year: "2016", Month: "6"}},
		{"year", span("", "2016", timeline.GrainYear, "2016-01-01", "2017-01-01"), TimelineJSDate{Year: "2016"}, TimelineJSDate{}},
		{"part of day to its end", span("", "2016-03-15TMO", timeline.GrainPart, "2016-03-15T06:00", "2016-03-15T12:00"),
			TimelineJSDate{Year: "2016", Month: "3", Day: "15", Hour: "6"}, TimelineJSDate{Year: "2016", Month: "3", Day: "15", Hour: "12"}},
		{"minute", span("", "2016-03-24T18:30", timeline.GrainMinute, "2016-03-24T18:30", "2016-03-24T18:31"),
			TimelineJSDate{Year: "2016", Month: "3", Day: "24", Hour: "18", Minute: "30"}, TimelineJSDate{Year: "2016", Month: "3", Day: "24", Hour: "18", Minute: "31"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end := timelineJSDates(tt.m)
			gotEnd := TimelineJSDate{}
			if end != nil {
				gotEnd = *end
			}
			if *start != tt.start || gotEnd != tt.end {
				t.Errorf("timelineJSDates(%s) = %+v, %+v, want %+v, %+v", tt.m.Value, *start, gotEnd, tt.start, tt.end)
			}
		})
	}
}

func TestTimelineJSCSVReadBack(t *testing.T) {
	rows := readCSV(t, write(t, FormatTimelineJSCSV, story(), Options{}), ',')
	if !slices.Equal(rows[0], timelineJSColumns) {
		t.Fatalf("header = %q, want the template's %q", rows[0], timelineJSColumns)
	}
	if len(rows) != len(story().Happenings)+2 || rows[1][15] != "title" {
		t.Fatalf("read %d rows (second row type %q), want a header, a title row and %d events", len(rows), rows[1][15], len(story().Happenings))
	}
	tests := []struct {
		name string
		row  int
		want string // Year..End Time, Display Date, Group
	}{
		{"day", 2, "2016,2,27,,,,,,2016-02-27,happened"},
		{"part of day", 4, "2016,3,15,06:00,2016,3,15,12:00,2016-03-15 matin,happened"},
		{"week", 5, "2016,3,21,,2016,3,27,,semaine du 21 mars 2016,conditional"},
		{"minute", 7, "2016,3,24,18:30,2016,3,24,18:31,2016-03-24 18:30,happened"},
		{"month", 8, "2016,4,,,,,,,avril 2016,planned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rows[tt.row]
			got := strings.Join(append(r[:9:9], r[16]), ",")
			if got != tt.want {
				t.Errorf("row %d = %s, want %s", tt.row, got, tt.want)
			}
		})
	}
}
