package check

import (
	"iter"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// sentence returns the sentence of text that holds [start, end), cut as
// the tagger and the events stage cut them, so that a conflict quotes the
// same sentence as the chronology. Bounds outside the text give "".
func sentence(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	s, e := tagger.Sentence(text, start, end)
	return strings.TrimSpace(text[s:e])
}

// sentences returns the distinct sentences holding the given mentions, in
// the order given.
func sentences(text string, ms ...timeline.Mention) []string {
	var out []string
	for _, m := range ms {
		s := sentence(text, m.Offset, m.EndOffset)
		if s != "" && (len(out) == 0 || out[len(out)-1] != s) {
			out = append(out, s)
		}
	}
	return out
}

// dated reports whether a mention names a calendar interval the checks
// can compare.
func dated(m timeline.Mention) bool { return m.HasInterval() && m.Problem == "" }

// fromPrevious reports whether a mention was counted from an earlier date
// of the text ("la veille", "trois jours plus tard") rather than stated:
// its date carries the tagger's choice of that earlier date, so the checks
// that judge what the text states leave it out.
func fromPrevious(m timeline.Mention) bool { return strings.HasPrefix(m.Anchor, "previous date") }

// fineGrain reports whether a grain is a day or finer.
func fineGrain(g timeline.Grain) bool {
	switch g {
	case timeline.GrainDay, timeline.GrainPart, timeline.GrainHour, timeline.GrainMinute, timeline.GrainSecond:
		return true
	}
	return false
}

// isoWeekday numbers t's weekday from 1 (Monday) to 7 (Sunday).
func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// civil returns t's calendar day as midnight UTC, to count days without
// summer-time changes in the way.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// daysBetween counts calendar days from a to b.
func daysBetween(a, b time.Time) int { return int(civil(b).Sub(civil(a)).Hours() / 24) }

// dayStart returns midnight of t's day in t's zone.
func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// overlap reports whether two mentions' intervals share an instant.
func overlap(a, b timeline.Mention) bool { return a.Start.Before(b.End) && b.Start.Before(a.End) }

// explicit reports whether a mention names its calendar date itself: a
// month, a year or a numeric date, rather than counting from an anchor
// ("mardi dernier", "hier", "il y a trois jours").
func explicit(m timeline.Mention) bool {
	for _, w := range wordsOf(m.Text) {
		if t, _ := fr.Classify(w); t&fr.TMonth != 0 && w != "sept" {
			return true
		}
	}
	return strings.ContainsFunc(m.Text, unicode.IsDigit) && (hasYear(m.Text) || strings.ContainsAny(m.Text, "/"))
}

// hasYear reports whether s holds a run of exactly four digits.
func hasYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return false
}

// wordsOf splits s into its words of letters, lower-cased.
func wordsOf(s string) []string {
	return slices.Collect(words(s))
}

// words yields the words of s as wordsOf gives them: its runs of letters,
// each lower-cased. It gives them one at a time, so that a reader that
// stops at the first word it refuses reads no further, and a word already
// in lower case costs no copy.
func words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			switch letter := unicode.IsLetter(r); {
			case letter && start < 0:
				start = i
			case !letter && start >= 0:
				if !yield(lower.String(s[start:i])) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(lower.String(s[start:]))
		}
	}
}

// firstWord returns the first word of s, lower-cased, as wordsOf would
// give it, reading no further than that word.
func firstWord(s string) string {
	start := strings.IndexFunc(s, unicode.IsLetter)
	if start < 0 {
		return ""
	}
	end := strings.IndexFunc(s[start:], func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s) - start
	}
	return lower.String(s[start : start+end])
}

// lastWords returns up to n words of text just before byte pos, in text
// order, lower-cased; apostrophes split words ("d'ici" gives "d", "ici").
func lastWords(text string, pos, n int) []string {
	if pos > len(text) {
		pos = len(text)
	}
	from := max(0, pos-80)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	ws := wordsOf(text[from:pos])
	if from > 0 && len(ws) > 0 {
		ws = ws[1:] // possibly cut
	}
	return ws[max(0, len(ws)-n):]
}

// endsWith reports whether ws ends with the words of phrase.
func endsWith(ws []string, phrase string) bool {
	p := wordsOf(phrase)
	if len(p) > len(ws) {
		return false
	}
	for i, w := range p {
		if ws[len(ws)-len(p)+i] != w {
			return false
		}
	}
	return true
}

// precededBy reports whether the text just before pos ends with one of the
// phrases, allowing an article ("le", "la", "l'", "les", "au") between.
func precededBy(text string, pos int, phrases []string) bool {
	ws := lastWords(text, pos, 6)
	bare := ws
	for len(bare) > 0 && articles[bare[len(bare)-1]] {
		bare = bare[:len(bare)-1]
	}
	for _, ph := range phrases {
		if endsWith(ws, ph) || endsWith(bare, ph) {
			return true
		}
	}
	return false
}

// articles may stand between a cue and the date it governs.
var articles = map[string]bool{"le": true, "la": true, "l": true, "les": true, "au": true, "aux": true, "du": true}

// governedBy reports whether one of the phrases governs mention m: it
// stands just before it, or opens it ("jusqu'au 30 avril" may be one
// mention or a cue and a mention).
func governedBy(text string, m timeline.Mention, phrases []string) bool {
	if precededBy(text, m.Offset, phrases) {
		return true
	}
	ws := wordsOf(m.Text)
	for _, ph := range phrases {
		p := wordsOf(ph)
		if len(p) <= len(ws) && slices.Equal(ws[:len(p)], p) {
			return true
		}
	}
	return false
}

// sentenceBounds returns the bounds of the sentence holding [start, end).
func sentenceBounds(text string, start, end int) (int, int) { return tagger.Sentence(text, start, end) }
