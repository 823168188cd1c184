package export

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
)

// icsProductID identifies the program that wrote a calendar (RFC 5545
// 3.7.3).
const icsProductID = "-//timeline-fr//timeline export//FR"

// ICS writes an iCalendar file (RFC 5545) with one VEVENT per entry that
// has a calendar interval. Day, week, month and coarser dates are all-day
// events (VALUE=DATE, DTEND exclusive), spanning the whole week or month;
// times of day are written in the article's zone with TZID and a
// VTIMEZONE built from the zone's rules, or in UTC when the zone has no
// IANA name or the text names the time's zone. UIDs are the entries' IDs,
// so that importing a new export updates the events of the last one.
// Entries without an interval (durations, sets) are left out.
func ICS(w io.Writer, c Chronology, opt Options) error {
	ew := &errWriter{w: w}
	cw := contentWriter{ew}
	cw.line("BEGIN:VCALENDAR")
	cw.line("VERSION:2.0")
	cw.line("PRODID:" + icsProductID)
	cw.line("CALSCALE:GREGORIAN")
	cw.line("X-WR-CALNAME:" + icsText(opt.title()))
	for _, z := range zonesUsed(c.Happenings) {
		writeVTimezone(cw, z)
	}
	idx := indexConflicts(c.Conflicts)
	for _, h := range c.Happenings {
		if h.Date.HasInterval() {
			writeVEvent(cw, h, idx, opt)
		}
	}
	cw.line("END:VCALENDAR")
	if ew.err != nil {
		return fmt.Errorf("ics: %w", ew.err)
	}
	return nil
}

// writeVEvent writes the VEVENT of one entry.
func writeVEvent(cw contentWriter, h timeline.Happening, cs conflictIndex, opt Options) {
	cw.line("BEGIN:VEVENT")
	cw.line("UID:" + icsUID(h))
	cw.line("DTSTAMP:" + icsStamp(h, opt).UTC().Format("20060102T150405Z"))
	cw.line("DTSTART" + icsDate(h.Date, h.Date.Start))
	cw.line("DTEND" + icsDate(h.Date, h.Date.End))
	cw.line("SUMMARY:" + icsText(headline(h)))
	cw.line("DESCRIPTION:" + icsText(icsDescription(h, cs)))
	if len(h.Places) > 0 {
		cw.line("LOCATION:" + icsText(oneLine(strings.Join(h.Places, ", "))))
	}
	if h.Modality != "" {
		cw.line("CATEGORIES:" + icsText(string(h.Modality)))
	}
	if s := icsStatus(h.Modality); s != "" {
		cw.line("STATUS:" + s)
	}
	for _, e := range h.Sources {
		if u := safeURL(e.URL); u != "" {
			cw.line("URL:" + u)
			break
		}
	}
	cw.line("X-TIMELINE-GRAIN:" + icsText(string(h.Date.Grain)))
	cw.line("END:VEVENT")
}

// icsUID is the entry's stable ID, reduced to characters every calendar
// accepts; an entry without ID gets one derived from its date and sources.
func icsUID(h timeline.Happening) string {
	id := h.ID
	if id == "" {
		sum := sha256.New()
		fmt.Fprintf(sum, "%s\x00%s", h.Date.Value, headline(h))
		for _, e := range h.Sources {
			fmt.Fprintf(sum, "\x00%s\x00%d", e.ArticleID, e.Date.Offset)
		}
		id = hex.EncodeToString(sum.Sum(nil))[:16]
	}
	clean := strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '.' || r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return r
		}
		return '-'
	}, id)
	return clean + "@timeline"
}

// icsStamp is the DTSTAMP of an entry: opt.Now, else the latest
// publication of its sources, else its start.
func icsStamp(h timeline.Happening, opt Options) time.Time {
	if !opt.Now.IsZero() {
		return opt.Now
	}
	var latest time.Time
	for _, e := range h.Sources {
		if e.Published.After(latest) {
			latest = e.Published
		}
	}
	if latest.IsZero() {
		return h.Date.Start
	}
	return latest
}

// icsDate writes the parameters and value of DTSTART or DTEND, t being
// m.Start or m.End: a DATE for day and coarser grains, a local time with
// TZID when the zone has an IANA name, else a UTC time. A time whose text
// names its zone ("à minuit, heure de Damas") is that instant, in UTC.
func icsDate(m timeline.Mention, t time.Time) string {
	if !isTimed(m.Grain) {
		return ";VALUE=DATE:" + t.Format("20060102")
	}
	t = m.Instant(t)
	if name, ok := tzid(t.Location()); ok {
		return ";TZID=" + name + ":" + t.Format("20060102T150405")
	}
	return ":" + t.UTC().Format("20060102T150405Z")
}

// tzid returns the name a calendar can use for loc: an IANA name that
// loads, other than UTC.
func tzid(loc *time.Location) (string, bool) {
	name := loc.String()
	switch name {
	case "", "Local", "UTC":
		return "", false
	}
	if _, err := time.LoadLocation(name); err != nil {
		return "", false
	}
	return name, true
}

// icsStatus maps a modality to an event status: reported events are
// confirmed, announced or possible ones tentative, denied ones cancelled.
func icsStatus(m timeline.Modality) string {
	switch m {
	case timeline.ModalityHappened, timeline.ModalityOngoing:
		return "CONFIRMED"
	case timeline.ModalityPlanned, timeline.ModalityConditional:
		return "TENTATIVE"
	case timeline.ModalityNegated:
		return "CANCELLED"
	}
	return ""
}

// icsDescription is the plain-text body of an event: the date as shown,
// the actors, the sources and the conflicts.
func icsDescription(h timeline.Happening, cs conflictIndex) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s), %s", timeline.DisplayDate(h.Date), h.Date.Grain, oneLine(string(h.Modality)))
	if len(h.Actors) > 0 {
		fmt.Fprintf(&b, "\nActors: %s", oneLine(strings.Join(h.Actors, ", ")))
	}
	b.WriteString("\n\nSources:")
	for _, e := range h.Sources {
		b.WriteString("\n- " + icsSource(e))
	}
	if conflicts := conflictsOf(h, cs); len(conflicts) > 0 {
		b.WriteString("\n\nConflicts:")
		for _, c := range conflicts {
			fmt.Fprintf(&b, "\n- %s (%s)", oneLine(c.Kind), c.Severity)
			if c.Message != "" {
				b.WriteString(": " + oneLine(c.Message))
			}
		}
	}
	return b.String()
}

// icsSource describes a source on one line: outlet, publication day,
// sentence, the date as written and the address.
func icsSource(e timeline.Entry) string {
	s := sourceName(e)
	if !e.Published.IsZero() {
		s += " (" + e.Published.Format("2006-01-02") + ")"
	}
	s += ": « " + oneLine(e.Sentence) + " » [" + oneLine(e.Date.Text) + "]"
	if u := safeURL(e.URL); u != "" {
		s += " " + u
	}
	return s
}

// icsText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon
// and comma are escaped, line ends become \n, and control characters,
// which TEXT cannot hold, are dropped.
func icsText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			// not allowed in TEXT
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// contentWriter writes iCalendar content lines: CRLF ends, folded so that
// no line is longer than 75 octets (RFC 5545 3.1), never inside a UTF-8
// sequence.
type contentWriter struct{ ew *errWriter }

// maxLineOctets is the longest content line RFC 5545 allows, CRLF excluded.
const maxLineOctets = 75

func (cw contentWriter) line(s string) {
	limit := maxLineOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		cw.ew.write(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = maxLineOctets - 1 // the leading space counts
	}
	cw.ew.write(s + "\r\n")
}
