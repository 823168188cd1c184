// Package export writes the chronology in the formats newsrooms use: CSV
// for spreadsheets, JSON and JSON Lines for code, Markdown for notes,
// iCalendar for calendars, TimelineJS for interactive timelines, ISO-TimeML
// for temporal annotation tools and a self-contained HTML page.
//
// It is the last stage of the pipeline
//
//	Article -> Mention -> Event -> Chronology/Conflict -> export
//
// Encoders take domain values and an io.Writer; they open no file and read
// no clock (iCalendar's DTSTAMP comes from Options.Now or from the sources'
// publication dates), so the same chronology always gives the same bytes.
// Everything that comes from articles is escaped for its format: a hostile
// article stays text in every one of them.
package export

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// Chronology is what an export shows: the merged entries with their
// sources, the conflicts found, and, for TimeML, the articles with their
// mentions.
type Chronology struct {
	// Happenings in the order they are shown, oldest first as the merge
	// gives them; entries without a calendar interval come last.
	Happenings []timeline.Happening
	Conflicts  []timeline.Conflict
	Articles   []timeline.Article
	Mentions   map[string][]timeline.Mention // by Article.ID
}

// Options tune the encoders. The zero value is ready to use.
type Options struct {
	// Excel writes the CSV formats for French Excel: a byte-order mark
	// and ';' between cells.
	Excel bool
	// Title names the chronology (page title, calendar name); empty
	// means "Chronologie".
	Title string
	// Now is the DTSTAMP of every iCalendar event. Zero uses each event's
	// latest source publication, which RFC 5545 allows for a calendar
	// without METHOD ("when the information was last revised") and keeps
	// the output reproducible.
	Now time.Time
}

// title returns the chronology's name.
func (o Options) title() string {
	if t := strings.TrimSpace(o.Title); t != "" {
		return oneLine(t)
	}
	return "Chronologie"
}

// Format names.
const (
	FormatCSV           = "csv"
	FormatJSON          = "json"
	FormatJSONL         = "jsonl"
	FormatMarkdown      = "markdown"
	FormatICS           = "ics"
	FormatTimelineJS    = "timelinejs"
	FormatTimelineJSCSV = "timelinejs-csv"
	FormatTimeML        = "timeml"
	FormatHTML          = "html"
)

// ErrUnknownFormat is returned by Write for a format that Formats does not
// list.
var ErrUnknownFormat = errors.New("unknown export format")

// encoder writes a chronology in one format.
type encoder func(io.Writer, Chronology, Options) error

// namedEncoder is a format and its encoder.
type namedEncoder struct {
	name string
	fn   encoder
}

// encoders returns the encoder of every format, in the order Formats lists
// them.
func encoders() []namedEncoder {
	return []namedEncoder{
		{FormatCSV, CSV}, {FormatJSON, JSON}, {FormatJSONL, JSONL}, {FormatMarkdown, Markdown},
		{FormatICS, ICS}, {FormatTimelineJS, TimelineJS}, {FormatTimelineJSCSV, TimelineJSCSV},
		{FormatTimeML, TimeML}, {FormatHTML, HTML},
	}
}

// Formats lists the names Write accepts.
func Formats() []string {
	var out []string
	for _, e := range encoders() {
		out = append(out, e.name)
	}
	return out
}

// Write writes c to w in the named format.
func Write(w io.Writer, format string, c Chronology, opt Options) error {
	for _, e := range encoders() {
		if e.name == format {
			return e.fn(w, c, opt)
		}
	}
	return fmt.Errorf("%w %q (want one of %s)", ErrUnknownFormat, format, strings.Join(Formats(), ", "))
}

// errWriter remembers the first write error, so that encoders can write
// line after line and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (ew *errWriter) printf(format string, args ...any) {
	if ew.err == nil {
		_, ew.err = fmt.Fprintf(ew.w, format, args...)
	}
}

func (ew *errWriter) write(s string) {
	if ew.err == nil {
		_, ew.err = io.WriteString(ew.w, s)
	}
}

// headline is what an entry is called: its headline, else the first
// source's summary, else its sentence.
func headline(h timeline.Happening) string {
	if s := oneLine(h.Headline); s != "" {
		return s
	}
	for _, e := range h.Sources {
		if s := oneLine(e.Summary); s != "" {
			return s
		}
	}
	return oneLine(evidence(h))
}

// evidence is the sentence that states the entry: the first source's.
func evidence(h timeline.Happening) string {
	for _, e := range h.Sources {
		if e.Sentence != "" {
			return e.Sentence
		}
	}
	return ""
}

// sourceName names where an entry comes from: the outlet, else the article.
func sourceName(e timeline.Entry) string {
	if s := oneLine(e.Source); s != "" {
		return s
	}
	return oneLine(e.ArticleID)
}

// conflictsOf returns the conflicts that concern h: those filed under its
// ID, then those of a kind h lists that no conflict of cs is filed under,
// so that no kind h names is lost.
func conflictsOf(h timeline.Happening, cs conflictIndex) []timeline.Conflict {
	var out []timeline.Conflict
	if h.ID != "" {
		out = slices.Clone(cs[h.ID])
	}
	for _, k := range h.Conflicts {
		if !slices.ContainsFunc(out, func(c timeline.Conflict) bool { return c.Kind == k }) {
			out = append(out, timeline.Conflict{Kind: k})
		}
	}
	return out
}

// conflictIndex files conflicts under the happening they concern. It is
// built once per export: looking up each happening's conflicts in the
// whole list made a large export quadratic (59,000 conflicts for 300,000
// entries took twelve minutes).
type conflictIndex map[string][]timeline.Conflict

// indexConflicts files cs by happening; conflicts filed under none are
// left out, as no happening asks for them.
func indexConflicts(cs []timeline.Conflict) conflictIndex {
	idx := conflictIndex{}
	for _, c := range cs {
		if c.Happening != "" {
			idx[c.Happening] = append(idx[c.Happening], c)
		}
	}
	return idx
}

// conflictKinds lists the kinds of the conflicts that concern h, each once.
func conflictKinds(h timeline.Happening, cs conflictIndex) []string {
	var out []string
	for _, c := range conflictsOf(h, cs) {
		if !slices.Contains(out, c.Kind) {
			out = append(out, c.Kind)
		}
	}
	return out
}

// isTimed reports whether a grain is finer than a day: such dates have a
// time of day and a zone.
func isTimed(g timeline.Grain) bool {
	switch g {
	case timeline.GrainSecond, timeline.GrainMinute, timeline.GrainHour, timeline.GrainPart:
		return true
	}
	return false
}

// wallClock writes t as a date for day and coarser grains, else as a
// wall-clock time in its own zone, without offset: a date is never
// midnight UTC.
func wallClock(t time.Time, g timeline.Grain) string {
	if t.IsZero() {
		return ""
	}
	if isTimed(g) {
		return t.Format("2006-01-02T15:04:05")
	}
	return t.Format("2006-01-02")
}

// rfc3339 writes a publication instant with its offset, "" when unknown.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// oneLine collapses runs of white space, newlines included, into one
// space, so that a value keeps to one line or one cell.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// safeURL returns u when it is an absolute http or https address, written
// in ASCII with every character that could end an attribute, a Markdown
// link or a line percent-encoded; else "". Addresses from articles become
// links only through it, so a javascript: URL never does.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	var b strings.Builder
	for _, c := range []byte(p.String()) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"'<>\\^`{|}", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// nonNil makes empty lists encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
