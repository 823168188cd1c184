package check

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// prospective phrases make a date a target or a deadline rather than the
// time of the verb: "s'étaient fixé d'ici le mois d'août un objectif" is
// past, its date is not.
var prospective = []string{"d'ici", "d'ici à", "jusqu'à", "jusqu'au", "jusqu'en", "pour", "avant",
	"à partir de", "à partir du", "à compter de", "à compter du", "au plus tard"}

// retrospective phrases make a date the start of a state that holds now:
// "restera en vigueur depuis le 27 février".
var retrospective = []string{"depuis"}

// checkPublication compares the dates of an article with its publication:
// a date told in the past tense must not fall after the day of
// publication, nor a date announced in the future tense before it. The day
// of publication itself is tolerated both ways ("prévue pour aujourd'hui",
// "ce matin" in an evening edition).
func checkPublication(d doc, p printer) []finding {
	if d.art.Published.IsZero() {
		return nil
	}
	pubDay := dayStart(d.art.Published)
	var out []finding
	for _, m := range d.ms {
		if !dated(m) || fromPrevious(m) {
			continue
		}
		switch {
		case m.Tense == timeline.TensePast && !m.Start.Before(pubDay.AddDate(0, 0, 1)) &&
			!governedBy(d.art.Text, m, prospective):
			out = append(out, publicationFinding(d, m, KindPastAfterPublication, "past-after", p))
		case m.Tense == timeline.TenseFuture && !m.End.After(pubDay) &&
			!governedBy(d.art.Text, m, retrospective) && !completed(d.art.Text, m):
			out = append(out, publicationFinding(d, m, KindFutureBeforePublication, "future-before", p))
		}
	}
	return out
}

// publicationFinding builds a conflict between a date and the publication.
func publicationFinding(d doc, m timeline.Mention, kind, key string, p printer) finding {
	return finding{Conflict: timeline.Conflict{
		Kind:      kind,
		Severity:  timeline.SeverityWarning,
		Message:   p.say(key, p.quote(m.Text), p.date(m), p.day(d.art.Published)),
		Articles:  []string{d.art.ID},
		Dates:     []string{m.Value, d.art.Published.Format(dateLayout)},
		Sentences: sentences(d.art.Text, m),
	}, rank: d.rank, offset: m.Offset}
}

// completed reports whether the verb that governs m is a bare past
// participle ("la cessation des hostilités entrée en vigueur le 27
// février"): the date then belongs to a completed event, even inside a
// sentence about the future.
func completed(text string, m timeline.Mention) bool {
	from, to, ok := tagger.Predicate(text, m.Offset, m.EndOffset)
	if !ok {
		return false
	}
	ws := wordsOf(text[from:to])
	if len(ws) != 1 {
		return false
	}
	for _, suffix := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(ws[0], suffix) {
			return true
		}
	}
	return false
}
