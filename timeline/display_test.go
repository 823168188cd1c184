package timeline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

func TestDisplayDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		m    timeline.Mention
		want string
	}{
		{"day", timeline.Mention{Start: day(2016, 3, 15), End: day(2016, 3, 16), Grain: timeline.GrainDay, Value: "2016-03-15"}, "2016-03-15"},
		{"part of day", timeline.Mention{Start: day(2016, 3, 23).Add(6 * time.Hour), End: day(2016, 3, 23).Add(12 * time.Hour), Grain: timeline.GrainPart, Value: "2016-03-23TMO"}, "2016-03-23 matin"},
		{"week", timeline.Mention{Start: day(2016, 3, 21), End: day(2016, 3, 28), Grain: timeline.GrainWeek, Value: "2016-W12"}, "semaine du 21 mars 2016"},
		{"first of month", timeline.Mention{Start: day(2016, 3, 1), End: day(2016, 3, 8), Grain: timeline.GrainWeek, Value: "2016-W09"}, "semaine du 1er mars 2016"},
		{"month", timeline.Mention{Start: day(2016, 2, 1), End: day(2016, 3, 1), Grain: timeline.GrainMonth, Value: "2016-02"}, "février 2016"},
		{"year", timeline.Mention{Start: day(2015, 1, 1), End: day(2016, 1, 1), Grain: timeline.GrainYear, Value: "2015"}, "2015"},
		{"quarter", timeline.Mention{Start: day(2016, 7, 1), End: day(2016, 10, 1), Grain: timeline.GrainQuarter, Value: "2016-Q3"}, "T3 2016"},
		{"half", timeline.Mention{Start: day(2016, 7, 1), End: day(2017, 1, 1), Grain: timeline.GrainHalf, Value: "2016-H2"}, "S2 2016"},
		{"decade", timeline.Mention{Start: day(1990, 1, 1), End: day(2000, 1, 1), Grain: timeline.GrainDecade, Value: "199"}, "années 1990"},
		{"end of a decade", timeline.Mention{Start: day(1996, 9, 1), End: day(2000, 1, 1), Grain: timeline.GrainDecade, Value: "199", Mod: "END"}, "fin années 1990"},
		{"century", timeline.Mention{Start: day(1900, 1, 1), End: day(2000, 1, 1), Grain: timeline.GrainCentury, Value: "19"}, "XXe siècle"},
		{"start of a century", timeline.Mention{Start: day(2000, 1, 1), End: day(2033, 5, 1), Grain: timeline.GrainCentury, Value: "20", Mod: "START"}, "début XXIe siècle"},
		{"minute", timeline.Mention{Start: day(2016, 3, 22).Add(15*time.Hour + 30*time.Minute), Grain: timeline.GrainMinute, Value: "2016-03-22T15:30"}, "2016-03-22 15:30"},
		{"range", timeline.Mention{Start: day(2016, 3, 15), End: day(2016, 3, 23), Grain: timeline.GrainDay, Value: "2016-03-15/2016-03-22"}, "2016-03-15 – 2016-03-22"},
		{"duration", timeline.Mention{Value: "PT7H", Type: timeline.TypeDuration}, "PT7H"},
		{"start of a month", timeline.Mention{Start: day(2016, 3, 1), End: day(2016, 3, 11), Grain: timeline.GrainMonth, Value: "2016-03", Mod: "START"}, "début mars 2016"},
		{"middle of a month", timeline.Mention{Start: day(2016, 3, 11), End: day(2016, 3, 21), Grain: timeline.GrainMonth, Value: "2016-03", Mod: "MID"}, "mi-mars 2016"},
		{"end of a year", timeline.Mention{Start: day(2015, 9, 1), End: day(2016, 1, 1), Grain: timeline.GrainYear, Value: "2015", Mod: "END"}, "fin 2015"},
		{"about a day", timeline.Mention{Start: day(2016, 2, 13), End: day(2016, 2, 14), Grain: timeline.GrainDay, Value: "2016-02-13", Mod: "APPROX"}, "vers 2016-02-13"},
		{"before a year", timeline.Mention{Start: day(2006, 1, 1), End: day(2007, 1, 1), Grain: timeline.GrainYear, Value: "2006", Mod: "BEFORE"}, "avant 2006"},
		{"start of a day", timeline.Mention{Start: day(2016, 3, 15), End: day(2016, 3, 16), Grain: timeline.GrainDay, Value: "2016-03-15", Mod: "START"}, "2016-03-15 début de journée"},
		{"mod of a duration", timeline.Mention{Value: "P3W", Type: timeline.TypeDuration, Mod: "APPROX"}, "P3W"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := timeline.DisplayDate(tt.m); got != tt.want {
				t.Errorf("DisplayDate(%s) = %q, want %q", tt.m.Value, got, tt.want)
			}
		})
	}
}

func TestContentHash(t *testing.T) {
	pub := time.Date(2016, 3, 22, 0, 0, 0, 0, time.UTC)
	a := timeline.Article{Text: "Le 22 mars.", Published: pub}
	b := a
	b.Title = "Autre titre"
	c := a
	c.Published = pub.AddDate(0, 0, 1)
	if a.ContentHash() != b.ContentHash() {
		t.Error("hash depends on the title, want text and publication only")
	}
	if a.ContentHash() == c.ContentHash() {
		t.Error("hash ignores the publication date")
	}
}

func ExampleDisplayDate() {
	m := timeline.Mention{
		Start: time.Date(2016, 3, 21, 0, 0, 0, 0, time.UTC), End: time.Date(2016, 3, 28, 0, 0, 0, 0, time.UTC),
		Grain: timeline.GrainWeek, Value: "2016-W12",
	}
	fmt.Println(timeline.DisplayDate(m))
	// Output: semaine du 21 mars 2016
}

func TestRomanNumeral(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{1, "I"}, {4, "IV"}, {9, "IX"}, {19, "XIX"}, {21, "XXI"}, {39, "XXXIX"}, {0, ""}, {40, ""}, {-3, ""}}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			if got := timeline.RomanNumeral(tt.n); got != tt.want {
				t.Errorf("RomanNumeral(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}
