package main

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/timeline-fr/timeline/timeline"
)

// compactStrings keeps every field's text and leaves none of them in the
// row text it was cut from.
func TestCompactStrings(t *testing.T) {
	row := strings.Repeat("x", 64) + `["a1","Le Courrier","Kerry est arrivé mardi.","est arrivé","Kerry arrivé","happened",` +
		`"mardi","DATE","2016-03-22","","day","publication","weekday","past","","year,direction"]`
	cut := func(s string) string {
		i := strings.Index(row, `"`+s+`"`)
		if i < 0 {
			t.Fatalf("%q not in the row", s)
		}
		return row[i+1 : i+1+len(s)]
	}
	e := timeline.Entry{
		Event: timeline.Event{ArticleID: cut("a1"), Sentence: cut("Kerry est arrivé mardi."), Predicate: cut("est arrivé"),
			Summary: cut("Kerry arrivé"), Modality: timeline.Modality(cut("happened")),
			Date: timeline.Mention{Text: cut("mardi"), Type: timeline.TimexType(cut("DATE")), Value: cut("2016-03-22"),
				Grain: timeline.Grain(cut("day")), Anchor: cut("publication"), Rule: cut("weekday"), Tense: timeline.Tense(cut("past")),
				Inferred: []string{row[strings.Index(row, "year"):][:4], row[strings.Index(row, "direction"):][:9]}}},
		Source: cut("Le Courrier"),
	}
	want := e
	want.Date.Inferred = []string{"year", "direction"}
	compactStrings(&e)
	if !reflect.DeepEqual(e, want) {
		t.Errorf("compactStrings changed the entry:\ngot  %+v\nwant %+v", e, want)
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(row)))
	end := start + uintptr(len(row))
	d := e.Date
	for _, s := range append([]string{e.ArticleID, e.Source, e.Sentence, e.Predicate, e.Summary, string(e.Modality),
		d.Text, string(d.Type), d.Value, string(d.Grain), d.Anchor, d.Rule, string(d.Tense)}, d.Inferred...) {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); s != "" && p >= start && p < end {
			t.Errorf("%q still points into the row text", s)
		}
	}
}
