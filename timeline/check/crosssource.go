package check

import (
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
		seen := map[[4]string]bool{}
		for i, a := range h.Sources {
			for _, b := range h.Sources[i+1:] {
				key := [4]string{a.ArticleID, a.Date.Value, b.ArticleID, b.Date.Value}
				if seen[key] || !disagree(a, b) {
					continue
				}
				seen[key] = true
				out = append(out, crossFinding(h, a, b, rank, p))
			}
		}
	}
	return out
}

// disagree reports whether two sources from different articles state the
// same kind of thing at dates that share no instant. Dates counted from
// another date of their article are left out: they carry the tagger's
// choice of that date.
func disagree(a, b timeline.Entry) bool {
	if a.ArticleID == b.ArticleID || !comparable(a) || !comparable(b) || overlap(a.Date, b.Date) {
		return false
	}
	switch sa, sb := statement(a), statement(b); {
	case sa != sb:
		return false
	case sa == announcement:
		// Plans change: an announcement published once the other's date
		// had come is an update, not a contradiction.
		return a.Published.Before(b.Date.Start) && b.Published.Before(a.Date.Start)
	}
	return true
}

// comparable reports whether an entry states a date the check can compare.
func comparable(e timeline.Entry) bool {
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
func statement(e timeline.Entry) string {
	if !e.Published.IsZero() && !e.Date.Start.Before(dayStart(e.Published).AddDate(0, 0, 1)) {
		return announcement
	}
	switch e.Modality {
	case timeline.ModalityPlanned, timeline.ModalityConditional:
		return announcement
	}
	return fact
}

// crossFinding builds the conflict between two sources of h.
func crossFinding(h timeline.Happening, a, b timeline.Entry, rank map[string]int, p printer) finding {
	la, lb := sourceLabels(a, b)
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
	return finding{Conflict: timeline.Conflict{
		Kind:      KindCrossSourceDate,
		Severity:  sev,
		Message:   p.say("cross-source", la, lb, p.quote(what), p.date(a.Date), p.date(b.Date), p.gap(n, inHours)),
		Articles:  []string{a.ArticleID, b.ArticleID},
		Dates:     []string{a.Date.Value, b.Date.Value},
		Sentences: []string{a.Sentence, b.Sentence},
		Happening: h.ID,
	}, rank: r, offset: a.Date.Offset}
}

// sourceLabels names two sources by outlet, adding the article ids when
// the outlets are the same or unknown.
func sourceLabels(a, b timeline.Entry) (string, string) {
	la, lb := a.Source, b.Source
	if la == "" || lb == "" || la == lb {
		la, lb = labelWithID(a), labelWithID(b)
	}
	return la, lb
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
