package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// writeChronology prints entries, oldest first as the store returns them,
// in the configured format.
func writeChronology(w io.Writer, entries []timeline.Entry, format string) error {
	if format == formatJSON {
		return writeJSONChronology(w, entries)
	}
	return writeTextChronology(w, entries)
}

// writeTextChronology prints one line per event: date, summary and source
// as aligned columns.
func writeTextChronology(w io.Writer, entries []timeline.Entry) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", oneLine(timeline.DisplayDate(e.Date)), oneLine(summary(e)), oneLine(source(e)))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write chronology: %w", err)
	}
	return nil
}

// summary is the headline of an entry, or its sentence when extraction
// built no headline.
func summary(e timeline.Entry) string {
	if e.Summary != "" {
		return e.Summary
	}
	return e.Sentence
}

// source names where an entry comes from: the outlet, else the article.
func source(e timeline.Entry) string {
	if e.Source != "" {
		return e.Source
	}
	return e.ArticleID
}

// oneLine collapses runs of white space, tabs and newlines included, so
// that a value stays in its column.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// jsonDate is the date of an entry in JSON output. Start and End (exclusive)
// bound the calendar interval: dates as 2016-03-22, times of day as
// wall-clock 2016-03-23T08:00:00 in the article's zone, never midnight UTC.
type jsonDate struct {
	Start   string `json:"start,omitempty"`
	End     string `json:"end,omitempty"`
	Grain   string `json:"grain,omitempty"`
	Value   string `json:"value"`
	Display string `json:"display"`
}

// jsonEntry is one entry of the chronology in JSON output.
type jsonEntry struct {
	Date      jsonDate `json:"date"`
	Summary   string   `json:"summary"`
	Sentence  string   `json:"sentence"`
	Actors    []string `json:"actors"`
	Places    []string `json:"places"`
	Modality  string   `json:"modality"`
	ArticleID string   `json:"article_id"`
	Source    string   `json:"source"`
	URL       string   `json:"url"`
	Published string   `json:"published,omitempty"`
}

// writeJSONChronology prints the entries as one indented JSON array.
func writeJSONChronology(w io.Writer, entries []timeline.Entry) error {
	out := make([]jsonEntry, 0, len(entries))
	for _, e := range entries {
		out = append(out, newJSONEntry(e))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write chronology: %w", err)
	}
	return nil
}

func newJSONEntry(e timeline.Entry) jsonEntry {
	j := jsonEntry{
		Date:      newJSONDate(e.Date),
		Summary:   e.Summary,
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
