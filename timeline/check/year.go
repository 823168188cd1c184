package check

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// yearWindow is how far from publication a date written without its year
// is still a plausible reading: eight months. A yearless date between four
// and eight months away can then be read in two years.
const yearWindow = 8

// directionWords fix the year of a yearless date by themselves ("le 30
// septembre dernier").
var directionWords = map[string]bool{"dernier": true, "dernière": true, "prochain": true,
	"prochaine": true, "passé": true, "passée": true, "précédent": true, "précédente": true,
	"suivant": true, "suivante": true}

// checkYears reports dates written without a year whose year cannot be
// fixed with confidence: when the article has no publication date, or
// when the date can be read in more than one year near publication and
// neither the tense of its clause nor a word such as "dernier" chooses.
func checkYears(d doc, p printer) []finding {
	var out []finding
	for _, m := range d.ms {
		if !dated(m) || !slices.Contains(m.Inferred, "year") || fromPrevious(m) || hasDirection(m.Text) {
			continue
		}
		if f, ok := yearFinding(d, m, p); ok {
			out = append(out, f)
		}
	}
	return out
}

// hasDirection reports whether the expression says its own direction.
func hasDirection(text string) bool {
	return slices.ContainsFunc(wordsOf(text), func(w string) bool { return directionWords[w] })
}

// yearFinding builds the conflict of one yearless date, if its year is
// uncertain.
func yearFinding(d doc, m timeline.Mention, p printer) (finding, bool) {
	f := finding{Conflict: timeline.Conflict{
		Kind:      KindAmbiguousYear,
		Severity:  timeline.SeverityInfo,
		Articles:  []string{d.art.ID},
		Sentences: sentences(d.art.Text, m),
	}, rank: d.rank, offset: m.Offset}
	if d.art.Published.IsZero() {
		years := namedYears(d.ms)
		f.Dates = years
		f.Message = p.say("year-none", p.quote(m.Text))
		if len(years) > 0 {
			f.Message = p.say("year-unpublished", p.quote(m.Text), strings.Join(years, ", "))
		}
		return f, true
	}
	cands := yearCandidates(m, d.art.Published)
	if len(cands) < 2 {
		return f, false
	}
	var shown []string
	for _, c := range cands {
		f.Dates = append(f.Dates, c.Value)
		shown = append(shown, p.date(c))
	}
	f.Message = p.say("year", p.quote(m.Text), p.or(shown), p.date(m))
	return f, true
}

// yearCandidates returns m moved to each year around publication in
// which it lies within yearWindow months of it and agrees with the tense
// of its clause, oldest first.
func yearCandidates(m timeline.Mention, published time.Time) []timeline.Mention {
	pubDay := dayStart(published)
	lo, hi := pubDay.AddDate(0, -yearWindow, 0), pubDay.AddDate(0, yearWindow, 1)
	var out []timeline.Mention
	for y := published.Year() - 1; y <= published.Year()+1; y++ {
		c, ok := inYear(m, y)
		if !ok || !c.Start.Before(hi) || !c.End.After(lo) {
			continue
		}
		if m.Tense == timeline.TensePast && !c.Start.Before(pubDay.AddDate(0, 0, 1)) ||
			m.Tense == timeline.TenseFuture && !c.End.After(pubDay) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// inYear moves a mention to year y, value included; ok is false when the
// day does not exist that year (29 February).
func inYear(m timeline.Mention, y int) (timeline.Mention, bool) {
	shift := y - m.Start.Year()
	c := m
	c.Start, c.End = m.Start.AddDate(shift, 0, 0), m.End.AddDate(shift, 0, 0)
	if c.Start.Day() != m.Start.Day() {
		return c, false
	}
	if len(m.Value) >= 4 && m.Value[:4] == fmt.Sprintf("%04d", m.Start.Year()) {
		c.Value = fmt.Sprintf("%04d", y) + m.Value[4:]
	}
	return c, true
}

// namedYears lists, sorted, the years an article's own dates give.
func namedYears(ms []timeline.Mention) []string {
	var out []string
	for _, m := range ms {
		if !dated(m) || slices.Contains(m.Inferred, "year") || !hasYear(m.Text) {
			continue
		}
		if y := fmt.Sprintf("%04d", m.Start.Year()); !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	slices.Sort(out)
	return out
}
