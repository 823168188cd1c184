package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
)

// Columns of the text chronology are bounded so that a line stays
// readable; the JSON chronology has everything.
const (
	maxActorsShown = 3
	maxPlacesShown = 2
)

// writeChronology prints the merged chronology, oldest first, in the
// configured format.
func writeChronology(w io.Writer, hs []timeline.Happening, format string) error {
	if format == formatJSON {
		return writeJSON(w, "chronology", newJSONHappenings(hs))
	}
	return writeTextChronology(w, hs)
}

// writeTextChronology prints one line per happening, as aligned columns:
// id (for events --explain), date, headline, actors, places, and the
// articles that report it.
func writeTextChronology(w io.Writer, hs []timeline.Happening) error {
	var t textTable
	rows := make([][textColumns]string, len(hs))
	for i, h := range hs {
		rows[i] = textCells(h)
		t.measure(rows[i])
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	for _, r := range rows {
		t.write(bw, r)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write chronology: %w", err)
	}
	return nil
}

// textColumns is how many columns the text chronology has.
const textColumns = 6

// textCells are the columns of a happening in the text chronology, each
// on one line and without tabs.
func textCells(h timeline.Happening) [textColumns]string {
	return [textColumns]string{h.ID, oneLine(timeline.DisplayDate(h.Date)), oneLine(headline(h)),
		names(h.Actors, maxActorsShown), names(h.Places, maxPlacesShown), sources(h.Sources)}
}

// textTable lays rows out as aligned columns, two spaces apart, as a
// tabwriter does; the widths are measured first, so that rows measured
// as a sweep hands them over can be written later one at a time.
type textTable struct {
	widths [textColumns - 1]int // in characters; the last column is not padded
}

// measure widens the columns to fit r.
func (t *textTable) measure(r [textColumns]string) {
	for i := range t.widths {
		t.widths[i] = max(t.widths[i], utf8.RuneCountInString(r[i]))
	}
}

// write writes r, padded to the widths measured.
func (t *textTable) write(w *bufio.Writer, r [textColumns]string) {
	for i, width := range t.widths {
		w.WriteString(r[i])
		for n := width - utf8.RuneCountInString(r[i]) + 2; n > 0; n-- {
			w.WriteByte(' ')
		}
	}
	w.WriteString(r[textColumns-1])
	w.WriteByte('\n')
}

// headline is the headline of a happening, or the sentence of its first
// source when extraction built none.
func headline(h timeline.Happening) string {
	if h.Headline != "" {
		return h.Headline
	}
	if len(h.Sources) > 0 {
		return h.Sources[0].Sentence
	}
	return ""
}

// names writes at most n names, then how many are left out; "-" for none.
func names(xs []string, n int) string {
	if len(xs) == 0 {
		return "-"
	}
	if len(xs) <= n {
		return oneLine(strings.Join(xs, ", "))
	}
	return oneLine(strings.Join(xs[:n], ", ")) + fmt.Sprintf(" +%d", len(xs)-n)
}

// sources counts the articles that report a happening and names their
// outlets, in order of publication: "2 articles: Sputnik France, La
// Gazette du Levant". An outlet with several articles is named once, with
// their number.
func sources(es []timeline.Entry) string {
	seen := map[string]bool{}
	perOutlet := map[string]int{}
	var outlets []string
	for _, e := range es {
		key := e.ArticleID + "\x00" + e.Published.String()
		if seen[key] {
			continue
		}
		seen[key] = true
		name := source(e)
		if perOutlet[name] == 0 {
			outlets = append(outlets, name)
		}
		perOutlet[name]++
	}
	parts := make([]string, len(outlets))
	for i, o := range outlets {
		parts[i] = oneLine(o)
		if perOutlet[o] > 1 {
			parts[i] += fmt.Sprintf(" (%d)", perOutlet[o])
		}
	}
	n := len(seen)
	noun := "articles"
	if n == 1 {
		noun = "article"
	}
	return fmt.Sprintf("%d %s: %s", n, noun, strings.Join(parts, ", "))
}

// source names where an entry comes from: the outlet, else the article.
func source(e timeline.Entry) string {
	if e.Source != "" {
		return e.Source
	}
	return e.ArticleID
}

// terminalSafe drops the control characters of s but for newlines and
// tabs, so that article text cannot drive the terminal.
func terminalSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
}

// oneLine collapses runs of white space, tabs and newlines included, so
// that a value stays in its column.
//
// Control characters (escape sequences, bells, C1 codes) are dropped: text
// from articles must not drive the terminal it is printed on.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// jsonDate is a date in JSON output. Start and End (exclusive) bound the
// calendar interval: dates as 2016-03-22, times of day as wall-clock
// 2016-03-23T08:00:00 in the article's zone, never midnight UTC.
type jsonDate struct {
	Start   string `json:"start,omitempty"`
	End     string `json:"end,omitempty"`
	Grain   string `json:"grain,omitempty"`
	Value   string `json:"value"`
	Display string `json:"display"`
}

// jsonHappening is one entry of the chronology in JSON output: the
// happening and every source with its own sentence and date.
type jsonHappening struct {
	ID        string      `json:"id"`
	Date      jsonDate    `json:"date"`
	Headline  string      `json:"headline"`
	Actors    []string    `json:"actors"`
	Places    []string    `json:"places"`
	Modality  string      `json:"modality"`
	Sources   []jsonEntry `json:"sources"`
	Why       []string    `json:"why"`
	Conflicts []string    `json:"conflicts"`
}

// jsonEntry is one source of a happening in JSON output.
type jsonEntry struct {
	Date      jsonDate `json:"date"`
	Mention   string   `json:"mention"`
	Summary   string   `json:"summary"`
	Predicate string   `json:"predicate"`
	Sentence  string   `json:"sentence"`
	Actors    []string `json:"actors"`
	Places    []string `json:"places"`
	Modality  string   `json:"modality"`
	ArticleID string   `json:"article_id"`
	Source    string   `json:"source"`
	URL       string   `json:"url"`
	Published string   `json:"published,omitempty"`
}

// writeJSON prints v, the named output, as indented JSON.
func writeJSON(w io.Writer, what string, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write %s: %w", what, err)
	}
	return nil
}

// jsonElement is v as an element of the array writeJSON writes: indented
// one level, without its line end.
func jsonElement(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("write chronology: %w", err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func newJSONHappenings(hs []timeline.Happening) []jsonHappening {
	out := make([]jsonHappening, 0, len(hs))
	for _, h := range hs {
		out = append(out, newJSONHappening(h))
	}
	return out
}

func newJSONHappening(h timeline.Happening) jsonHappening {
	j := jsonHappening{
		ID:        h.ID,
		Date:      newJSONDate(h.Date),
		Headline:  headline(h),
		Actors:    nonNil(h.Actors),
		Places:    nonNil(h.Places),
		Modality:  string(h.Modality),
		Sources:   make([]jsonEntry, 0, len(h.Sources)),
		Why:       nonNil(h.Why),
		Conflicts: nonNil(h.Conflicts),
	}
	for _, s := range h.Sources {
		j.Sources = append(j.Sources, newJSONEntry(s))
	}
	return j
}

func newJSONEntry(e timeline.Entry) jsonEntry {
	j := jsonEntry{
		Date:      newJSONDate(e.Date),
		Mention:   e.Date.Text,
		Summary:   e.Summary,
		Predicate: e.Predicate,
		Sentence:  e.Sentence,
		Actors:    nonNil(e.Actors),
		Places:    nonNil(e.Places),
		Modality:  string(e.Modality),
		ArticleID: e.ArticleID,
		Source:    e.Source,
		URL:       e.URL,
	}
	if !e.Published.IsZero() {
		j.Published = e.Published.Format(time.RFC3339)
	}
	return j
}

func newJSONDate(m timeline.Mention) jsonDate {
	d := jsonDate{Grain: string(m.Grain), Value: m.Value, Display: timeline.DisplayDate(m)}
	if m.HasInterval() {
		d.Start = wallClock(m.Start, m.Grain)
		d.End = wallClock(m.End, m.Grain)
	}
	return d
}

// wallClock writes t as a date for day and coarser grains, else as a
// wall-clock time without offset.
func wallClock(t time.Time, g timeline.Grain) string {
	if t.IsZero() {
		return ""
	}
	switch g {
	case timeline.GrainSecond, timeline.GrainMinute, timeline.GrainHour, timeline.GrainPart:
		return t.Format("2006-01-02T15:04:05")
	}
	return t.Format("2006-01-02")
}

// nonNil makes empty lists encode as [] rather than null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
