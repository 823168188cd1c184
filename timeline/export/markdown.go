package export

import (
	"io"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// undated heads the entries whose date is not a calendar interval.
const undated = "Undated"

// Markdown writes a readable chronology: one section per month, one
// heading per entry (its date and headline, with ⚠ when a conflict
// concerns it), its modality, actors and places, its sources as links
// with their sentences and the date as each one writes it, and its
// conflicts; all conflicts are listed again at the end. Text from
// articles is escaped, so that it never turns into markup, links or HTML.
func Markdown(w io.Writer, c Chronology, opt Options) error {
	return writeStream(w, FormatMarkdown, c, opt)
}

// monthOf is the month an entry is filed under, as "mars 2016".
func monthOf(m timeline.Mention) string {
	if !m.HasInterval() {
		return undated
	}
	s := m.Start
	first := time.Date(s.Year(), s.Month(), 1, 0, 0, 0, 0, s.Location())
	return timeline.DisplayDate(timeline.Mention{
		Value: first.Format("2006-01"), Grain: timeline.GrainMonth,
		Start: first, End: first.AddDate(0, 1, 0),
	})
}

// writeMarkdownEntry writes one entry. No line starts with text from an
// article, so that none can open a list, a heading or a quotation.
func writeMarkdownEntry(ew *errWriter, h timeline.Happening, cs conflictIndex) {
	conflicts := conflictsOf(h, cs)
	mark := ""
	if len(conflicts) > 0 {
		mark = " ⚠"
	}
	ew.printf("\n### %s — %s%s\n\n", mdEscape(timeline.DisplayDate(h.Date)), mdEscape(headline(h)), mark)
	ew.printf("*%s*", mdEscape(string(h.Modality)))
	if len(h.Actors) > 0 {
		ew.printf(" · actors: %s", mdEscape(strings.Join(h.Actors, ", ")))
	}
	if len(h.Places) > 0 {
		ew.printf(" · places: %s", mdEscape(strings.Join(h.Places, ", ")))
	}
	ew.write("\n\n")
	for _, e := range h.Sources {
		ew.printf("- %s\n", markdownSource(e))
	}
	for _, cf := range conflicts {
		ew.printf("- ⚠ %s\n", markdownConflict(cf))
	}
}

// markdownSource describes one source: a link to the article when its
// address is safe, its publication day, its sentence and its date as
// written.
func markdownSource(e timeline.Entry) string {
	name := "**" + mdEscape(sourceName(e)) + "**"
	if u := safeURL(e.URL); u != "" {
		name = "[" + mdEscape(sourceName(e)) + "](<" + u + ">)"
	}
	var b strings.Builder
	b.WriteString(name)
	if !e.Published.IsZero() {
		b.WriteString(", " + e.Published.Format("2006-01-02"))
	}
	if e.Sentence != "" {
		b.WriteString(": « " + mdEscape(e.Sentence) + " »")
	}
	if e.Date.Text != "" {
		b.WriteString(" (*" + mdEscape(e.Date.Text) + "*)")
	}
	return b.String()
}

// markdownConflict describes one conflict on one line.
func markdownConflict(c timeline.Conflict) string {
	s := "**" + mdEscape(c.Kind) + "** (" + c.Severity.String() + ")"
	if c.Message != "" {
		s += ": " + mdEscape(c.Message)
	}
	if len(c.Dates) > 0 {
		s += " — dates: " + mdEscape(strings.Join(c.Dates, ", "))
	}
	if len(c.Articles) > 0 {
		s += " — articles: " + mdEscape(strings.Join(c.Articles, ", "))
	}
	return s
}

// writeMarkdownConflicts lists every conflict at the end.
func writeMarkdownConflicts(ew *errWriter, cs []timeline.Conflict) {
	if len(cs) == 0 {
		return
	}
	ew.write("\n## Conflicts\n\n")
	for _, c := range cs {
		ew.printf("- ⚠ %s\n", markdownConflict(c))
	}
}

// markdownSpecial are the characters that can start markup in the middle
// of a line: emphasis, code, links, raw HTML, entities, tables,
// strikethrough and the closing sequence of a heading.
const markdownSpecial = "\\`*_[]<>#|~&"

// mdEscape puts a value on one line and escapes every character that
// CommonMark or GitHub Markdown could read as markup.
func mdEscape(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.IndexRune(markdownSpecial, r) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
