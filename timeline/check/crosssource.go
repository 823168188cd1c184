package check

import (
	"slices"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// checkCrossSource reports happenings that two articles date differently:
// the merge joined their events, and the dates they state share no
// instant. Only statements of the same kind are compared, facts with
// facts and announcements with announcements: a visit planned for the
// 22nd and held on the 23rd is no contradiction. Each pair of distinct
// dates from two articles is reported once, with both dates, sentences
// and sources, and the gap between them.
func checkCrossSource(hs []timeline.Happening, rank map[string]int, p printer) []finding {
	var out []finding
	for _, h := range hs {
		for _, d := range disagreements(h) {
			out = append(out, crossFinding(h, d, rank, p))
		}
	}
	return out
}

// disagreement is one pair of dates the sources of a happening give for
// it: side[0] are the sources stating the first date, side[1] those
// stating the second, each in the happening's order.
type disagreement struct {
	side [2][]timeline.Entry
	// articles holds the articles of each side: a happening reprinted by
	// hundreds of outlets would make a search of the side quadratic.
	articles [2]map[string]bool
}

// disagreements groups the pairs of sources that disagree on a happening's
// date by the two dates they give: one disagreement per pair of dates,
// however many outlets repeat each (a dispatch reprinted fifty times is one
// conflict, not fifty squared). The first pair found sets the order of the
// dates, and each side lists its sources in the order the pairs add them,
// one per article.
func disagreements(h timeline.Happening) []disagreement {
	facts := factsOf(h)
	if len(h.Sources) <= pairwiseUpTo {
		return pairwise(h, facts)
	}
	return byClass(h, facts)
}

// pairwiseUpTo is the most sources whose pairs disagreements lists one by
// one; past it, byClass gives the same by classes of equal sources, in
// time linear in the sources of each class.
const pairwiseUpTo = 32

// factsOf reads what disagreeAs needs of each source alone, once: a
// happening reported by hundreds of outlets has tens of thousands of pairs.
func factsOf(h timeline.Happening) []sourceFacts {
	facts := make([]sourceFacts, len(h.Sources))
	articles := map[string]int{}
	for i := range h.Sources {
		e := &h.Sources[i]
		if !comparable(e) {
			continue
		}
		art, ok := articles[e.ArticleID]
		if !ok {
			art = len(articles)
			articles[e.ArticleID] = art
		}
		facts[i] = sourceFacts{kind: statement(e), article: art,
			start: instantOf(e.Date.Start), end: instantOf(e.Date.End), published: instantOf(e.Published)}
	}
	return facts
}

// addSource adds e to side i of d unless its article is there already.
func (d *disagreement) addSource(i int, e *timeline.Entry) {
	if !d.articles[i][e.ArticleID] {
		d.articles[i][e.ArticleID] = true
		d.side[i] = append(d.side[i], *e)
	}
}

// newDisagreement starts the disagreement of a pair, a on side 0.
func newDisagreement(a, b *timeline.Entry) disagreement {
	return disagreement{side: [2][]timeline.Entry{{*a}, {*b}},
		articles: [2]map[string]bool{{a.ArticleID: true}, {b.ArticleID: true}}}
}

// pairwise is disagreements by every pair of sources, in order.
func pairwise(h timeline.Happening, facts []sourceFacts) []disagreement {
	var out []disagreement
	index := map[[2]string]int{} // the two values, in either order -> position in out
	for i := range h.Sources {
		a, fa := &h.Sources[i], &facts[i]
		if fa.kind == "" {
			continue
		}
		for j := i + 1; j < len(h.Sources); j++ {
			b, fb := &h.Sources[j], &facts[j]
			if fb.kind != fa.kind || !disagreeAs(fa, fb) {
				continue
			}
			if k, ok := index[[2]string{a.Date.Value, b.Date.Value}]; ok {
				out[k].addSource(0, a)
				out[k].addSource(1, b)
				continue
			}
			if k, ok := index[[2]string{b.Date.Value, a.Date.Value}]; ok {
				out[k].addSource(0, b)
				out[k].addSource(1, a)
				continue
			}
			index[[2]string{a.Date.Value, b.Date.Value}] = len(out)
			out = append(out, newDisagreement(a, b))
		}
	}
	return out
}

// sourceFacts is what disagreeAs reads of a source, read once per source:
// the kind of its statement ("" when it states nothing comparable), its
// article as a number of the happening, and its dates as instants.
type sourceFacts struct {
	kind                  string
	article               int
	start, end, published instant
}

// instant is a time reduced to what ordering two times reads: a pair of
// sources then compares integers, where time.Time.Before reads each time's
// encoding again.
type instant struct {
	sec  int64
	nsec int32
}

func instantOf(t time.Time) instant { return instant{t.Unix(), int32(t.Nanosecond())} }

// before reports whether a is before b, as time.Time.Before does.
func (a instant) before(b instant) bool { return a.sec < b.sec || a.sec == b.sec && a.nsec < b.nsec }

// disagreeAs reports whether two sources that state the same kind of thing
// (see statement and comparable) disagree: they come from different
// articles and their dates share no instant. Dates counted from another
// date of their article are left out (comparable): they carry the
// tagger's choice of that date.
func disagreeAs(a, b *sourceFacts) bool {
	if a.article == b.article || a.start.before(b.end) && b.start.before(a.end) {
		return false
	}
	// Plans change: an announcement published once the other's date had
	// come is an update, not a contradiction.
	return a.kind != announcement || a.published.before(b.start) && b.published.before(a.start)
}

// comparable reports whether an entry states a date the check can compare.
func comparable(e *timeline.Entry) bool {
	return dated(e.Date) && !fromPrevious(e.Date) && e.Modality != timeline.ModalityNegated
}

// Kinds of statements, which are compared among themselves only.
const (
	fact         = "fact"
	announcement = "announcement"
)

// statement tells a fact (what happened or is going on) from an
// announcement (what is planned or only possible). A date after the day of
// publication can only be announced, whatever the verb.
func statement(e *timeline.Entry) string {
	if !e.Published.IsZero() && !e.Date.Start.Before(dayStart(e.Published).AddDate(0, 0, 1)) {
		return announcement
	}
	switch e.Modality {
	case timeline.ModalityPlanned, timeline.ModalityConditional:
		return announcement
	}
	return fact
}

// crossFinding builds the conflict of a disagreement on h: its first
// article is the first source of the first date, and it lists every source
// of both dates.
func crossFinding(h timeline.Happening, d disagreement, rank map[string]int, p printer) finding {
	a, b := d.side[0][0], d.side[1][0]
	labels := sourceLabels(append(slices.Clone(d.side[0]), d.side[1]...))
	la, lb := p.and(labels[:len(d.side[0])]), p.and(labels[len(d.side[0]):])
	n, inHours := gapBetween(a.Date, b.Date)
	what := h.Headline
	if what == "" {
		what = a.Summary
	}
	sev := timeline.SeverityError
	if inHours || n < 2 {
		sev = timeline.SeverityWarning // a night or a time zone apart
	}
	r, ok := rank[a.ArticleID]
	if !ok {
		r = len(rank)
	}
	c := timeline.Conflict{
		Kind:      KindCrossSourceDate,
		Severity:  sev,
		Message:   p.say("cross-source", la, lb, p.quote(what), p.date(a.Date), p.date(b.Date), p.gap(n, inHours), p.and(labels)),
		Happening: h.ID,
	}
	for _, side := range d.side {
		for _, e := range side {
			c.Articles = append(c.Articles, e.ArticleID)
			c.Dates = append(c.Dates, e.Date.Value)
			c.Sentences = append(c.Sentences, e.Sentence)
		}
	}
	return finding{Conflict: c, rank: r, offset: a.Date.Offset}
}

// sourceLabels names sources by outlet, adding the article id to those
// whose outlet is unknown or named twice among them.
func sourceLabels(es []timeline.Entry) []string {
	count := map[string]int{}
	for _, e := range es {
		count[e.Source]++
	}
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Source
		if e.Source == "" || count[e.Source] > 1 {
			out[i] = labelWithID(e)
		}
	}
	return out
}

func labelWithID(e timeline.Entry) string {
	if e.Source == "" {
		return e.ArticleID
	}
	return e.Source + " (" + e.ArticleID + ")"
}

// gapBetween measures how far apart two dates start: in hours for two
// times of day less than a day apart, else in calendar days.
func gapBetween(a, b timeline.Mention) (n int, inHours bool) {
	hours := b.Start.Sub(a.Start).Hours()
	if hours < 0 {
		hours = -hours
	}
	if subDay(a.Grain) && subDay(b.Grain) && hours < 24 {
		return int(hours + 0.5), true
	}
	return max(abs(daysBetween(a.Start, b.Start)), 1), false
}

// subDay reports whether a grain is finer than a day.
func subDay(g timeline.Grain) bool { return fineGrain(g) && g != timeline.GrainDay }
