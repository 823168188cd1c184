package merge

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// dateRelation says how the dates of two events compare.
type dateRelation int

const (
	datesOverlap  dateRelation = iota // the intervals share some time
	datesSameLine                     // two dates of one sentence
	datesAdjacent                     // a day apart at most, in one article
	datesDisagree                     // apart, within maxDisagreement
)

// reason is why two events were found to report the same happening.
// It counts what the two have in common; explain lists it. same runs for
// every pair that may join, explain once per join.
type reason struct {
	family                       string
	actors, themes, places, word int
	dates                        dateRelation
}

// same reports whether a and b report the same happening, and why.
func same(a, b *item) (reason, bool) {
	r := reason{family: a.traits.Family}
	if r.family == "" || r.family != b.traits.Family || a.traits.Negated != b.traits.Negated || a.alone || b.alone {
		return r, false
	}
	r.places = common(a.places, b.places)
	if len(a.places) > 0 && len(b.places) > 0 && r.places == 0 {
		return r, false // the headlines place them apart
	}
	r.actors = common(a.Actors, b.Actors)
	r.themes = commonSorted(a.traits.Themes, b.traits.Themes)
	r.word = commonSorted(a.traits.Words, b.traits.Words)
	sameArticle := a.ArticleID == b.ArticleID && a.Published.Equal(b.Published)
	overlap, gap := compareWallClocks(a.start, a.end, b.start, b.end)
	switch {
	case sameArticle && a.SentenceOffset == b.SentenceOffset && a.Date.Offset != b.Date.Offset:
		r.dates = datesSameLine
	case overlap && (r.actors > 0 || r.themes > 0 || r.places > 0 || r.word > 0):
		r.dates = datesOverlap
	case overlap:
		return r, false
	case gap <= 24*time.Hour && sameArticle && r.actors > 0:
		r.dates = datesAdjacent
	case gap <= maxDisagreement && sameObject(a, b, r):
		r.dates = datesDisagree
	default:
		return r, false
	}
	return r, true
}

// sameObject reports whether two events that their dates set apart still
// tell the same thing: an actor in common and a theme or two content
// words in common; with no actor on either side, a theme and two words.
func sameObject(a, b *item, r reason) bool {
	switch {
	case r.actors > 0:
		return r.themes > 0 || r.word >= 2
	case len(a.Actors) == 0 && len(b.Actors) == 0:
		return r.themes > 0 && r.word >= 2
	}
	return false
}

// compareDates reports whether two intervals overlap, and otherwise the
// time between them.
func compareDates(a, b timeline.Mention) (overlap bool, gap time.Duration) {
	return compareWallClocks(wallClock(a.Start), wallClock(a.End), wallClock(b.Start), wallClock(b.End))
}

// compareWallClocks is compareDates for intervals [as, ae) and [bs, be)
// read as wall clocks already.
func compareWallClocks(as, ae, bs, be time.Time) (overlap bool, gap time.Duration) {
	switch {
	case ae.After(bs) && be.After(as):
		return true, 0
	case !ae.After(bs):
		return false, bs.Sub(ae)
	default:
		return false, as.Sub(be)
	}
}

// wallClock reads t's wall clock as UTC: dates are compared as written,
// whatever the zone of their article.
func wallClock(t time.Time) time.Time {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, mo, d, h, mi, s, t.Nanosecond(), time.UTC)
}

// givenPlaces returns the places an entry's headline names: the places of
// its sentence may be those of another clause, and only the places of its
// own clause can tell two events apart.
func givenPlaces(e timeline.Entry) []string {
	head := strings.ToLower(e.Summary)
	var out []string
	for _, p := range e.Places {
		if strings.Contains(head, strings.ToLower(p)) {
			out = append(out, p)
		}
	}
	return out
}

// intersect returns the strings of a that b also holds, in a's order.
// common counts what intersect returns, without making it.
func common(a, b []string) int {
	n := 0
	for i, x := range a {
		if slices.Contains(b, x) && !slices.Contains(a[:i], x) {
			n++
		}
	}
	return n
}

// commonSorted is common for sorted lists without repeats (themes, content
// words): one walk through both.
func commonSorted(a, b []string) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch c := strings.Compare(a[i], b[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// explain writes the join of a and b as one line: which sources, and what
// they have in common.
func (r reason) explain(a, b *item) string {
	var parts []string
	for _, p := range []struct {
		name string
		xs   []string
	}{{"same actors", intersect(a.Actors, b.Actors)}, {"same themes", intersect(a.traits.Themes, b.traits.Themes)},
		{"same places", intersect(a.places, b.places)}} {
		if len(p.xs) > 0 {
			parts = append(parts, fmt.Sprintf("%s [%s]", p.name, strings.Join(p.xs, ", ")))
		}
	}
	if r.word > 0 && (r.dates == datesDisagree || len(parts) == 0) {
		parts = append(parts, fmt.Sprintf("shared words [%s]", strings.Join(intersect(a.traits.Words, b.traits.Words), ", ")))
	}
	parts = append(parts, fmt.Sprintf("predicate family '%s'", r.family), r.datePhrase(a.Date, b.Date))
	return fmt.Sprintf("joined %s and %s: %s", label(a.Entry), label(b.Entry), strings.Join(parts, ", "))
}

// datePhrase says how the two dates compare.
func (r reason) datePhrase(a, b timeline.Mention) string {
	da, db := timeline.DisplayDate(a), timeline.DisplayDate(b)
	switch {
	case r.dates == datesSameLine:
		return fmt.Sprintf("two dates of one sentence (%s, %s)", da, db)
	case da == db:
		return "same date " + da
	case r.dates == datesOverlap:
		return fmt.Sprintf("dates %s and %s overlap", da, db)
	case r.dates == datesAdjacent:
		return fmt.Sprintf("dates %s and %s a day apart in one article (disagreement)", da, db)
	}
	return fmt.Sprintf("dates %s and %s differ (disagreement)", da, db)
}

// label names a source in explanations: outlet, article and date as
// written.
func label(e timeline.Entry) string {
	src := e.Source
	if src == "" {
		src = e.ArticleID
	}
	return fmt.Sprintf("%s [%s] %q", src, e.ArticleID, oneLine(e.Date.Text))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
