package export

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
)

// ErrOneDocument is returned by TimeML for a chronology that has not
// exactly one article: TimeML holds one document per file, written with
// TimeMLDocument.
var ErrOneDocument = errors.New("timeml writes one document per article")

// TimeML writes the only article of c as an ISO-TimeML document, with
// the mentions c.Mentions holds for it; see TimeMLDocument. A chronology
// of several articles gives ErrOneDocument: write each with
// TimeMLDocument, under the name TimeMLName gives it.
func TimeML(w io.Writer, c Chronology, _ Options) error {
	if len(c.Articles) != 1 {
		return fmt.Errorf("timeml: %d articles: %w", len(c.Articles), ErrOneDocument)
	}
	a := c.Articles[0]
	return TimeMLDocument(w, a, c.Mentions[a.ID])
}

// TimeMLDocument writes article a as a TimeML 1.2.1 document, the layout
// of TimeBank and TempEval-3 that TimeML tools read: DOCID, the
// publication date as DCT (a TIMEX3 with functionInDocument
// CREATION_TIME), the title, and the text with one TIMEX3 per mention.
// Values the text does not fully state are marked temporalFunction, and
// anchored on the DCT when resolved against the publication date.
//
// The text is written so that an XML parser gives it back byte for byte
// (carriage returns are escaped): offsets into the text stay valid.
// Mentions without a value (dates that cannot exist), out of the text or
// overlapping an earlier one are left out, as TIMEX3 cannot nest.
func TimeMLDocument(w io.Writer, a timeline.Article, ms []timeline.Mention) error {
	ew := &errWriter{w: w}
	ew.write(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	ew.write(`<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">` + "\n")
	ew.printf("<DOCID>%s</DOCID>\n", xmlText(a.ID))
	if !a.Published.IsZero() {
		day := a.Published.Format("2006-01-02")
		ew.printf(`<DCT><TIMEX3 tid="t0" type="DATE" value="%s" temporalFunction="false" functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>`+"\n", day, day)
	}
	if a.Title != "" {
		ew.printf("<TITLE>%s</TITLE>\n", xmlText(a.Title))
	}
	ew.write("<TEXT>")
	writeTimeMLText(ew, a, ms)
	ew.write("</TEXT>\n</TimeML>\n")
	if ew.err != nil {
		return fmt.Errorf("timeml %s: %w", a.ID, ew.err)
	}
	return nil
}

// writeTimeMLText writes the article's text with its mentions tagged.
func writeTimeMLText(ew *errWriter, a timeline.Article, ms []timeline.Mention) {
	pos, tid := 0, 0
	for _, m := range ms {
		if !taggable(a.Text, m, pos) {
			continue
		}
		tid++
		ew.write(xmlText(a.Text[pos:m.Offset]))
		ew.printf("<TIMEX3 %s>%s</TIMEX3>", timex3Attributes(m, tid, !a.Published.IsZero()), xmlText(m.Text))
		pos = m.EndOffset
	}
	ew.write(xmlText(a.Text[pos:]))
}

// taggable reports whether m can be written as a TIMEX3 after the text
// already written up to pos: it has a value, lies in the text on rune
// boundaries, after pos, and is what the text says there.
func taggable(text string, m timeline.Mention, pos int) bool {
	if m.Value == "" || m.Type == "" || m.Offset < pos || m.EndOffset <= m.Offset || m.EndOffset > len(text) {
		return false
	}
	if !utf8.RuneStart(text[m.Offset]) || m.EndOffset < len(text) && !utf8.RuneStart(text[m.EndOffset]) {
		return false
	}
	return text[m.Offset:m.EndOffset] == m.Text
}

// timex3Attributes writes the attributes of a mention's TIMEX3.
func timex3Attributes(m timeline.Mention, tid int, hasDCT bool) string {
	attrs := fmt.Sprintf(`tid="t%d" type="%s" value="%s"`, tid, xmlAttr(string(m.Type)), xmlAttr(m.Value))
	if m.Mod != "" {
		attrs += fmt.Sprintf(` mod="%s"`, xmlAttr(m.Mod))
	}
	computed := isComputed(m)
	attrs += fmt.Sprintf(` temporalFunction="%t" functionInDocument="NONE"`, computed)
	if computed && hasDCT && (m.Anchor == "" || strings.HasPrefix(m.Anchor, "publication")) {
		attrs += ` anchorTimeID="t0"`
	}
	return attrs
}

// isComputed reports whether a date's value was computed rather than
// read: something was inferred (a year, a direction), it counts from
// another date than publication, or the text does not write its year
// ("hier", "le 27 février"). Durations and sets are not anchored.
func isComputed(m timeline.Mention) bool {
	if m.Type != timeline.TypeDate && m.Type != timeline.TypeTime {
		return false
	}
	if len(m.Inferred) > 0 || m.Anchor != "" && !strings.HasPrefix(m.Anchor, "publication") {
		return true
	}
	return len(m.Value) < 4 || !strings.Contains(m.Text, m.Value[:4])
}

// xmlText escapes character data. Carriage returns are written as &#xD;
// because parsers turn raw ones into line feeds, and characters XML 1.0
// cannot hold become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\r':
			b.WriteString("&#xD;")
		case !xmlChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlAttr escapes an attribute value written between double quotes;
// white space is escaped so that attribute normalisation keeps it.
func xmlAttr(s string) string { return attrEscaper.Replace(xmlText(s)) }

// attrEscaper escapes what xmlAttr escapes besides xmlText.
var attrEscaper = strings.NewReplacer(`"`, "&quot;", "\n", "&#xA;", "\t", "&#x9;")

// xmlChar reports whether XML 1.0 allows r (its Char production).
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// TimeMLName is the file name of an article's TimeML document: its id,
// with every character other than letters, digits, '-', '_' and '.'
// replaced, and the extension .tml. It never names a path outside the
// folder it is joined to.
func TimeMLName(a timeline.Article) string {
	name := strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return r
		}
		return '_'
	}, a.ID)
	name = strings.TrimLeft(name, ".")
	if name == "" {
		name = "article"
	}
	return name + ".tml"
}
