package main

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/timeline-fr/timeline/timeline"
)

// A textSharer keeps every field's text and leaves none of them in the row
// text it was cut from.
func TestTextSharerCompacts(t *testing.T) {
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
	var s textSharer
	s.compact(&e)
	if !reflect.DeepEqual(e, want) {
		t.Errorf("compact changed the entry:\ngot  %+v\nwant %+v", e, want)
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

// A textSharer gives entries that repeat the texts of an earlier one (the
// copies of a dispatch) that entry's memory for them, and each its own
// article id; an entry that differs in one text gets memory of its own.
func TestTextSharer(t *testing.T) {
	entry := func(id, value string) timeline.Entry {
		// Built from fresh strings, as each row read is.
		e := timeline.Entry{
			Event: timeline.Event{ArticleID: strings.Clone(id), Sentence: strings.Clone("Kerry est arrivé mardi à Moscou."),
				Summary: strings.Clone("Kerry arrivé à Moscou"), Predicate: strings.Clone("est arrivé"),
				Date: timeline.Mention{Text: strings.Clone("mardi"), Value: strings.Clone(value), Inferred: []string{strings.Clone("year")}}},
			Source: strings.Clone("AFP"),
		}
		return e
	}
	same := func(a, b string) bool { return unsafe.StringData(a) == unsafe.StringData(b) }
	var s textSharer
	first, copied, other := entry("a1", "2016-03-22"), entry("a2", "2016-03-22"), entry("a3", "2016-03-23")
	want := []timeline.Entry{first, copied, other}
	for i, e := range []*timeline.Entry{&first, &copied, &other} {
		s.compact(e)
		if !reflect.DeepEqual(*e, want[i]) {
			t.Errorf("compact changed entry %d:\ngot  %+v\nwant %+v", i, *e, want[i])
		}
	}
	tests := []struct {
		name     string
		a, b     string
		wantSame bool
	}{
		{"copy shares the sentence", first.Sentence, copied.Sentence, true},
		{"copy shares the summary", first.Summary, copied.Summary, true},
		{"copy shares the inferred fields", first.Date.Inferred[0], copied.Date.Inferred[0], true},
		{"copy shares the source", first.Source, copied.Source, true},
		{"copy keeps its article id", first.ArticleID, copied.ArticleID, false},
		{"other date, own sentence", first.Sentence, other.Sentence, false},
		{"other date, shared source", first.Source, other.Source, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := same(tt.a, tt.b); got != tt.wantSame {
				t.Errorf("%q and %q share memory = %v, want %v", tt.a, tt.b, got, tt.wantSame)
			}
		})
	}
}

// Past sharedTexts distinct entries, a textSharer starts afresh and still
// gives every entry its texts.
func TestTextSharerStartsAfresh(t *testing.T) {
	var s textSharer
	for i := range sharedTexts + 10 {
		text := fmt.Sprintf("Déclaration numéro %d.", i)
		e := timeline.Entry{Event: timeline.Event{ArticleID: fmt.Sprint(i), Sentence: text}}
		s.compact(&e)
		if e.Sentence != text || e.ArticleID != fmt.Sprint(i) {
			t.Fatalf("entry %d compacted to %q, %q", i, e.ArticleID, e.Sentence)
		}
	}
	if len(s.texts) > sharedTexts {
		t.Errorf("textSharer remembers %d texts, want at most %d", len(s.texts), sharedTexts)
	}
}
