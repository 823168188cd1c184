package check

import (
	"strings"
	"time"
	"unicode"

	"github.com/timeline-fr/timeline/timeline"
)

// checkRelativeExplicit reports a relative date and an explicit date set
// side by side in one clause ("mardi dernier, le 16 mars") that name
// different days. Only appositions count: two mentions with nothing but
// punctuation or "soit" between them. A relative date counted from an
// earlier date of the text is left out, as that earlier date may be the
// explicit one itself ("le 16 mars, soit le lendemain").
func checkRelativeExplicit(d doc, p printer) []finding {
	var out []finding
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := d.ms[i], d.ms[i+1]
		if !dated(a) || !dated(b) || overlap(a, b) || !apposed(d.art.Text, a, b) {
			continue
		}
		rel, exp := a, b
		if explicit(a) {
			rel, exp = b, a
		}
		if explicit(rel) || !explicit(exp) || fromPrevious(rel) {
			continue
		}
		out = append(out, relativeFinding(d, rel, exp, p))
	}
	return out
}

// apposed reports whether only punctuation, spaces and "soit" or
// "c'est-à-dire" separate a from b.
func apposed(text string, a, b timeline.Mention) bool {
	if a.EndOffset > b.Offset || b.Offset > len(text) {
		return false
	}
	// Consecutive mentions are mostly far apart: the first word between
	// them tells, without reading the rest.
	between := text[a.EndOffset:b.Offset]
	for w := range words(between) {
		switch w {
		case "soit", "c", "est", "à", "dire": // "c'est-à-dire" splits into these
		default:
			return false
		}
	}
	return !strings.ContainsFunc(between, func(r rune) bool {
		return strings.ContainsRune(".;:!?", r) || unicode.IsDigit(r)
	})
}

// relativeFinding builds the conflict between a relative date and the
// explicit one beside it.
func relativeFinding(d doc, rel, exp timeline.Mention, p printer) finding {
	first := min(rel.Offset, exp.Offset)
	return finding{Conflict: timeline.Conflict{
		Kind:     KindRelativeVsExplicit,
		Severity: timeline.SeverityWarning,
		Message: p.say("relative", p.quote(rel.Text), p.date(rel), p.day(anchorDay(rel, d.art.Published)),
			p.quote(exp.Text), p.date(exp)),
		Articles:  []string{d.art.ID},
		Dates:     []string{rel.Value, exp.Value},
		Sentences: sentences(d.art.Text, rel, exp),
	}, rank: d.rank, offset: first}
}

// anchorDay returns the day a relative mention was counted from: the date
// ending its Anchor ("publication 2016-03-19", "speech act 2016-03-15"),
// else the publication.
func anchorDay(m timeline.Mention, published time.Time) time.Time {
	fields := strings.Fields(m.Anchor)
	if len(fields) > 0 {
		if t, err := time.ParseInLocation(dateLayout, fields[len(fields)-1], published.Location()); err == nil {
			return t
		}
	}
	return published
}
