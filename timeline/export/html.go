package export

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// htmlFiles are the template, style sheet and script of the page.
//
//go:embed htmlpage
var htmlFiles embed.FS

// htmlPage is what the page template shows.
type htmlPage struct {
	Title, Summary, CSP string
	Style               template.CSS
	Script              template.JS
	Conflicts           []htmlConflict
	Months              []htmlMonth
}

// htmlMonth is a month of the chronology and its entries.
type htmlMonth struct {
	Label   string
	Entries []htmlEntry
}

// htmlEntry is one chronology entry on the page.
type htmlEntry struct {
	Anchor, Datetime, Display, Grain, GrainLabel string
	Headline, Modality, Actors, Places           string
	Sources                                      []htmlSource
	Conflicts                                    []htmlConflict
	Why                                          []string // why sources were merged
}

// htmlSource is one article's report of an entry.
type htmlSource struct {
	Name, URL, Published, Sentence, Stated string
}

// htmlConflict is a conflict and, when it concerns an entry, the entry's
// anchor.
type htmlConflict struct {
	Kind, Severity, Message, Dates, Articles, Target string
}

// HTML writes one self-contained page: a vertical timeline by month, each
// entry with its date and grain, headline, modality, actors, places, its
// sources as links with their sentences, its conflicts highlighted with their
// explanation, and why its sources were merged; all conflicts are listed at the top; a filter box hides the
// entries that do not contain every word typed (ignoring case and
// accents), and an address ending in #q=WORDS opens the page filtered.
//
// The page needs no network: style and script are inline, and its
// Content-Security-Policy allows those two only (by hash), no other script,
// image, font or connection. html/template escapes everything from
// articles, and article addresses become links only when they are http or
// https. When its script has run, the page sets data-ready="1" and
// data-shown (the number of entries shown) on its root element.
func HTML(w io.Writer, c Chronology, opt Options) error {
	tmpl, page, err := newHTMLPage(c, opt)
	if err != nil {
		return fmt.Errorf("html: %w", err)
	}
	if err := tmpl.Execute(w, page); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	return nil
}

// newHTMLPage parses the template and builds what it shows.
func newHTMLPage(c Chronology, opt Options) (*template.Template, htmlPage, error) {
	tmpl, err := template.ParseFS(htmlFiles, "htmlpage/page.tmpl")
	if err != nil {
		return nil, htmlPage{}, err
	}
	style, err := htmlFiles.ReadFile("htmlpage/page.css")
	if err != nil {
		return nil, htmlPage{}, err
	}
	script, err := htmlFiles.ReadFile("htmlpage/page.js")
	if err != nil {
		return nil, htmlPage{}, err
	}
	page := htmlPage{
		Title: opt.title(), Summary: htmlSummary(c),
		Style: template.CSS(style), Script: template.JS(script),
		CSP:       contentSecurityPolicy(style, script),
		Conflicts: htmlConflicts(c),
		Months:    htmlMonths(c),
	}
	return tmpl, page, nil
}

// contentSecurityPolicy allows the page's own style sheet and script, by
// their hashes, and nothing else: no other script runs even if some markup
// got through, and the page loads nothing from the network.
func contentSecurityPolicy(style, script []byte) string {
	return fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; base-uri 'none'; form-action 'none'",
		cspHash(style), cspHash(script))
}

// cspHash is a CSP hash source for an inline element's content.
func cspHash(content []byte) string {
	sum := sha256.Sum256(content)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// htmlSummary counts entries, articles and conflicts.
func htmlSummary(c Chronology) string {
	articles := map[string]bool{}
	for _, h := range c.Happenings {
		for _, e := range h.Sources {
			articles[e.ArticleID] = true
		}
	}
	return fmt.Sprintf("%s from %s, %s.", plural(len(c.Happenings), "entry", "entries"),
		plural(len(articles), "article", "articles"), plural(len(c.Conflicts), "conflict", "conflicts"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// htmlMonths groups the entries by month, in their order.
func htmlMonths(c Chronology) []htmlMonth {
	var out []htmlMonth
	idx := indexConflicts(c.Conflicts)
	for i, h := range c.Happenings {
		label := monthOf(h.Date)
		if len(out) == 0 || out[len(out)-1].Label != label {
			out = append(out, htmlMonth{Label: label})
		}
		last := &out[len(out)-1]
		last.Entries = append(last.Entries, newHTMLEntry(i, h, idx))
	}
	return out
}

// newHTMLEntry builds the i-th entry of the page.
func newHTMLEntry(i int, h timeline.Happening, cs conflictIndex) htmlEntry {
	e := htmlEntry{
		Anchor: entryAnchor(i, h), Datetime: htmlDatetime(h.Date), Display: timeline.DisplayDate(h.Date),
		Grain: cssClass(string(h.Date.Grain)), GrainLabel: grainLabel(h.Date.Grain),
		Headline: headline(h), Modality: cssClass(string(h.Modality)),
		Actors: oneLine(strings.Join(h.Actors, ", ")), Places: oneLine(strings.Join(h.Places, ", ")),
	}
	for _, w := range h.Why {
		e.Why = append(e.Why, oneLine(w))
	}
	for _, s := range h.Sources {
		e.Sources = append(e.Sources, newHTMLSource(s))
	}
	for _, c := range conflictsOf(h, cs) {
		e.Conflicts = append(e.Conflicts, newHTMLConflict(c, ""))
	}
	return e
}

func newHTMLSource(e timeline.Entry) htmlSource {
	s := htmlSource{Name: sourceName(e), URL: safeURL(e.URL), Sentence: oneLine(e.Sentence), Stated: oneLine(e.Date.Text)}
	if !e.Published.IsZero() {
		s.Published = e.Published.Format("2006-01-02")
	}
	return s
}

// htmlConflicts lists every conflict with a link to the entry it
// concerns, if any.
func htmlConflicts(c Chronology) []htmlConflict {
	anchors := map[string]string{}
	for i, h := range c.Happenings {
		if h.ID != "" {
			anchors[h.ID] = entryAnchor(i, h)
		}
	}
	var out []htmlConflict
	for _, cf := range c.Conflicts {
		out = append(out, newHTMLConflict(cf, anchors[cf.Happening]))
	}
	return out
}

func newHTMLConflict(c timeline.Conflict, target string) htmlConflict {
	return htmlConflict{
		Kind: oneLine(c.Kind), Severity: c.Severity.String(), Message: oneLine(c.Message),
		Dates: oneLine(strings.Join(c.Dates, ", ")), Articles: oneLine(strings.Join(c.Articles, ", ")),
		Target: target,
	}
}

// entryAnchor is the element id of the i-th entry: its ID made safe, or
// its position when it has none.
func entryAnchor(i int, h timeline.Happening) string {
	if id := cssClass(h.ID); id != "" {
		return "entry-" + id
	}
	return fmt.Sprintf("entry-%d", i+1)
}

// cssClass keeps the ASCII letters, digits, '-' and '_' of s, so that it
// can be used as a class name or an id.
func cssClass(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return r
		}
		return -1
	}, s)
}

// grainLabel names a grain for readers.
func grainLabel(g timeline.Grain) string {
	switch g {
	case timeline.GrainPart:
		return "part of day"
	case timeline.GrainNone:
		return "undated"
	}
	return string(g)
}

// htmlDatetime is the datetime attribute of a date's time element, at
// its precision: 2016-03-15, 2016-03-23T06:00, 2016-W12, 2016-03, 2016.
func htmlDatetime(m timeline.Mention) string {
	if !m.HasInterval() {
		return ""
	}
	s := m.Start
	switch m.Grain {
	case timeline.GrainSecond:
		return s.Format("2006-01-02T15:04:05")
	case timeline.GrainMinute, timeline.GrainHour, timeline.GrainPart:
		return s.Format("2006-01-02T15:04")
	case timeline.GrainWeek:
		y, w := s.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case timeline.GrainMonth:
		return s.Format("2006-01")
	case timeline.GrainYear:
		return s.Format("2006")
	}
	return s.Format("2006-01-02")
}
