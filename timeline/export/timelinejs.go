package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// TimelineJSDocument is Knight Lab's TimelineJS JSON format
// (timeline.knightlab.com/docs/json-format.html).
type TimelineJSDocument struct {
	Title  *TimelineJSSlide  `json:"title,omitempty"`
	Events []TimelineJSSlide `json:"events"`
}

// TimelineJSSlide is one event, or the title slide.
type TimelineJSSlide struct {
	StartDate   *TimelineJSDate `json:"start_date,omitempty"`
	EndDate     *TimelineJSDate `json:"end_date,omitempty"`
	DisplayDate string          `json:"display_date,omitempty"`
	Text        TimelineJSText  `json:"text"`
	Group       string          `json:"group,omitempty"`
	UniqueID    string          `json:"unique_id,omitempty"`
	Autolink    *bool           `json:"autolink,omitempty"`
}

// TimelineJSDate splits a date into the fields TimelineJS reads; the
// fields finer than the date's grain are left out. Values are strings, as
// in Knight Lab's examples and spreadsheets.
type TimelineJSDate struct {
	Year   string `json:"year"`
	Month  string `json:"month,omitempty"`
	Day    string `json:"day,omitempty"`
	Hour   string `json:"hour,omitempty"`
	Minute string `json:"minute,omitempty"`
	Second string `json:"second,omitempty"`
}

// TimelineJSText is the headline and body of a slide. TimelineJS shows
// both as HTML: text from articles is escaped in them.
type TimelineJSText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// TimelineJS writes the chronology in TimelineJS's JSON format: a title
// slide, then one slide per entry that has a calendar interval, with its
// start (and, for spans, its end) split into year, month, day and time at
// the entry's grain, the date as shown, the headline, a body with the
// evidence, the sources as links and the conflicts, and the modality as
// group.
func TimelineJS(w io.Writer, c Chronology, opt Options) error {
	doc := NewTimelineJSDocument(c, opt)
	enc := json.NewEncoder(w)
	// The strings are HTML already, escaped by htmlText: no "</script"
	// can appear in them, so the document stays safe inline in a page.
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("timelinejs: %w", err)
	}
	return nil
}

// NewTimelineJSDocument builds the TimelineJS document of c.
func NewTimelineJSDocument(c Chronology, opt Options) TimelineJSDocument {
	doc := TimelineJSDocument{
		Title:  &TimelineJSSlide{Text: TimelineJSText{Headline: htmlText(opt.title())}},
		Events: []TimelineJSSlide{},
	}
	noAutolink := false
	idx := indexConflicts(c.Conflicts)
	for _, h := range c.Happenings {
		if !h.Date.HasInterval() {
			continue
		}
		start, end := timelineJSDates(h.Date)
		doc.Events = append(doc.Events, TimelineJSSlide{
			StartDate: start, EndDate: end, DisplayDate: timeline.DisplayDate(h.Date),
			Text:  TimelineJSText{Headline: htmlText(headline(h)), Text: timelineJSBody(h, idx)},
			Group: string(h.Modality), UniqueID: h.ID, Autolink: &noAutolink,
		})
	}
	return doc
}

// timelineJSDates returns the start of a date and, when it spans more
// than one unit of its grain (a week, a season, a range of days, a part of
// the day), its end: the last day for dates, the end time for times.
func timelineJSDates(m timeline.Mention) (start, end *TimelineJSDate) {
	start = newTimelineJSDate(m.Start, m.Grain)
	last := m.End
	if !isTimed(m.Grain) {
		last = m.End.AddDate(0, 0, -1)
	}
	if e := newTimelineJSDate(last, m.Grain); !last.IsZero() && *e != *start {
		return start, e
	}
	return start, nil
}

// newTimelineJSDate splits t down to the precision of grain g: weeks and
// weekends by day, seasons, quarters and halves by month, decades by year.
func newTimelineJSDate(t time.Time, g timeline.Grain) *TimelineJSDate {
	d := &TimelineJSDate{Year: strconv.Itoa(t.Year())}
	switch g {
	case timeline.GrainYear, timeline.GrainDecade, timeline.GrainCentury:
		return d
	}
	d.Month = strconv.Itoa(int(t.Month()))
	switch g {
	case timeline.GrainMonth, timeline.GrainSeason, timeline.GrainQuarter, timeline.GrainHalf:
		return d
	}
	d.Day = strconv.Itoa(t.Day())
	if !isTimed(g) {
		return d
	}
	d.Hour = strconv.Itoa(t.Hour())
	if g == timeline.GrainMinute || g == timeline.GrainSecond {
		d.Minute = strconv.Itoa(t.Minute())
	}
	if g == timeline.GrainSecond {
		d.Second = strconv.Itoa(t.Second())
	}
	return d
}

// timelineJSBody is the HTML body of a slide: the evidence, the actors and
// places, the sources as links and the conflicts, with every value from
// articles escaped.
func timelineJSBody(h timeline.Happening, cs conflictIndex) string {
	var b strings.Builder
	if s := evidence(h); s != "" {
		fmt.Fprintf(&b, "<p>« %s »</p>", htmlText(oneLine(s)))
	}
	if meta := metaLine(h); meta != "" {
		fmt.Fprintf(&b, "<p>%s</p>", htmlText(meta))
	}
	b.WriteString("<p>Sources: ")
	for i, e := range h.Sources {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(htmlSourceLink(e))
	}
	b.WriteString("</p>")
	for _, c := range conflictsOf(h, cs) {
		fmt.Fprintf(&b, "<p><strong>⚠ %s</strong> (%s) %s</p>", htmlText(c.Kind),
			c.Severity, htmlText(oneLine(c.Message)))
	}
	return b.String()
}

// metaLine is the modality, actors and places of an entry on one line.
func metaLine(h timeline.Happening) string {
	parts := []string{string(h.Modality)}
	if len(h.Actors) > 0 {
		parts = append(parts, "actors: "+strings.Join(h.Actors, ", "))
	}
	if len(h.Places) > 0 {
		parts = append(parts, "places: "+strings.Join(h.Places, ", "))
	}
	return oneLine(strings.Join(parts, " · "))
}

// htmlText escapes text for HTML content and double-quoted attributes.
// Apostrophes, frequent in French, stay as they are.
func htmlText(s string) string { return htmlEscaper.Replace(s) }

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// htmlSourceLink is a link to a source's article when its address is
// safe, else its escaped name.
func htmlSourceLink(e timeline.Entry) string {
	name := htmlText(sourceName(e))
	u := safeURL(e.URL)
	if u == "" {
		return name
	}
	return `<a href="` + u + `" target="_blank" rel="noopener noreferrer">` + name + `</a>`
}
