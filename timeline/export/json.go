package export

import (
	"io"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// JSONChronology is the document the json format writes.
type JSONChronology struct {
	Events    []JSONEvent    `json:"events"`
	Conflicts []JSONConflict `json:"conflicts"`
}

// JSONEvent is one chronology entry; the jsonl format writes one per line.
type JSONEvent struct {
	ID       string       `json:"id"`
	Date     JSONDate     `json:"date"`
	Headline string       `json:"headline"`
	Text     string       `json:"text"` // the evidence sentence
	Actors   []string     `json:"actors"`
	Places   []string     `json:"places"`
	Modality string       `json:"modality"`
	Sources  []JSONSource `json:"sources"`
	// Conflicts are the conflicts that concern the entry.
	Conflicts []JSONConflict `json:"conflicts"`
	// Why explains why sources were merged into this entry.
	Why []string `json:"why,omitempty"`
}

// JSONDate is a date at its granularity. Start and End (exclusive) bound
// its interval: dates as 2016-03-15, finer grains as wall-clock times
// 2016-03-23T06:00:00 in the zone the text names ("heure de Damas": +02)
// or else the article's (Zone); both are empty for values that are not
// calendar intervals.
type JSONDate struct {
	Start   string `json:"start"`
	End     string `json:"end"`
	Grain   string `json:"grain"`
	Timex   string `json:"timex"` // TIMEX3 value
	Display string `json:"display"`
	Mod     string `json:"mod,omitempty"`  // TIMEX3 mod
	Zone    string `json:"zone,omitempty"` // IANA zone or offset of timed dates
}

// JSONSource is one article's report of an entry.
type JSONSource struct {
	Article   string `json:"article"` // Article.ID
	Source    string `json:"source"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"` // RFC 3339 with the outlet's offset
	Sentence  string `json:"sentence"`
	Mention   string `json:"mention"` // the date as written
	Offset    int    `json:"offset"`  // byte offset of the mention in the article
	// Date is the date as this source states it.
	Date     JSONDate `json:"date"`
	Summary  string   `json:"summary,omitempty"`
	Modality string   `json:"modality,omitempty"`
}

// JSONConflict is a date that does not add up.
type JSONConflict struct {
	Kind      string   `json:"kind"`
	Severity  string   `json:"severity"`
	Message   string   `json:"message"`
	Articles  []string `json:"articles"`
	Dates     []string `json:"dates"`
	Sentences []string `json:"sentences,omitempty"`
	Happening string   `json:"happening,omitempty"` // JSONEvent.ID
}

// JSON writes the chronology as one indented JSON document,
// {"events":[...],"conflicts":[...]}. Characters special to HTML are
// written as \u escapes, so that the document can be pasted into a page.
func JSON(w io.Writer, c Chronology, opt Options) error {
	return writeStream(w, FormatJSON, c, opt)
}

// JSONL writes one entry per line, each a JSONEvent like the elements of
// the json format's "events".
func JSONL(w io.Writer, c Chronology, opt Options) error {
	return writeStream(w, FormatJSONL, c, opt)
}

// NewJSONChronology builds the json document of c.
func NewJSONChronology(c Chronology) JSONChronology {
	doc := JSONChronology{Events: []JSONEvent{}, Conflicts: []JSONConflict{}}
	idx := indexConflicts(c.Conflicts)
	for _, h := range c.Happenings {
		doc.Events = append(doc.Events, newJSONEvent(h, idx))
	}
	for _, cf := range c.Conflicts {
		doc.Conflicts = append(doc.Conflicts, newJSONConflict(cf))
	}
	return doc
}

// NewJSONEvent builds the JSON form of h; cs are all the conflicts, of
// which it keeps those that concern h.
func NewJSONEvent(h timeline.Happening, cs []timeline.Conflict) JSONEvent {
	return newJSONEvent(h, indexConflicts(cs))
}

// newJSONEvent is NewJSONEvent with the conflicts filed by happening.
func newJSONEvent(h timeline.Happening, cs conflictIndex) JSONEvent {
	ev := JSONEvent{
		ID: h.ID, Date: newJSONDate(h.Date), Headline: headline(h), Text: evidence(h),
		Actors: nonNil(h.Actors), Places: nonNil(h.Places), Modality: string(h.Modality),
		Sources: []JSONSource{}, Conflicts: []JSONConflict{}, Why: h.Why,
	}
	for _, e := range h.Sources {
		ev.Sources = append(ev.Sources, newJSONSource(e))
	}
	for _, cf := range conflictsOf(h, cs) {
		ev.Conflicts = append(ev.Conflicts, newJSONConflict(cf))
	}
	return ev
}

func newJSONSource(e timeline.Entry) JSONSource {
	return JSONSource{
		Article: e.ArticleID, Source: e.Source, URL: e.URL, Title: e.Title,
		Published: rfc3339(e.Published), Sentence: e.Sentence, Mention: e.Date.Text,
		Offset: e.Date.Offset, Date: newJSONDate(e.Date), Summary: e.Summary,
		Modality: string(e.Modality),
	}
}

func newJSONDate(m timeline.Mention) JSONDate {
	d := JSONDate{Grain: string(m.Grain), Timex: m.Value, Display: timeline.DisplayDate(m), Mod: m.Mod}
	if m.HasInterval() {
		d.Start, d.End = wallClock(m.Start, m.Grain), wallClock(m.End, m.Grain)
		if isTimed(m.Grain) {
			d.Zone = zoneName(m.Instant(m.Start)) // the zone the text names, else the article's
		}
	}
	return d
}

// zoneName names t's zone: its IANA name, else its offset (+01:00).
func zoneName(t time.Time) string {
	if name := t.Location().String(); name != "" && name != "Local" {
		return name
	}
	return t.Format("-07:00")
}

func newJSONConflict(c timeline.Conflict) JSONConflict {
	return JSONConflict{
		Kind: c.Kind, Severity: c.Severity.String(), Message: c.Message,
		Articles: nonNil(c.Articles), Dates: nonNil(c.Dates), Sentences: c.Sentences,
		Happening: c.Happening,
	}
}
