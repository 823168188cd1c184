package merge

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// Explain describes the happening of hs whose ID is id: the date it is
// filed under and why, each source with its sentence and its date as
// stated, and why the sources were joined. ok is false when no happening
// has that id.
func Explain(hs []timeline.Happening, id string) (string, bool) {
	for _, h := range hs {
		if h.ID == id {
			return explain(h), true
		}
	}
	return "", false
}

// explain writes the explanation of one happening.
func explain(h timeline.Happening) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s  %s\n", h.ID, timeline.DisplayDate(h.Date), h.Headline)
	fmt.Fprintf(&b, "modality: %s; actors: %s; places: %s\n", h.Modality, list(h.Actors), list(h.Places))
	fmt.Fprintf(&b, "filed under %s: %s\n", timeline.DisplayDate(h.Date), dateVotes(h.Sources))
	fmt.Fprintf(&b, "sources (%d):\n", len(h.Sources))
	for i, s := range h.Sources {
		writeSource(&b, i+1, s)
	}
	if len(h.Why) == 0 {
		b.WriteString("why: a single source, nothing was merged\n")
	} else {
		b.WriteString("why:\n")
		for _, w := range h.Why {
			fmt.Fprintf(&b, "  %s\n", w)
		}
	}
	if len(h.Conflicts) > 0 {
		fmt.Fprintf(&b, "conflicts: %s\n", strings.Join(h.Conflicts, ", "))
	}
	return b.String()
}

// writeSource writes one source: outlet, publication, article, the date as
// written and as resolved, modality, and the sentence.
func writeSource(b *strings.Builder, n int, s timeline.Entry) {
	src := s.Source
	if src == "" {
		src = s.ArticleID
	}
	fmt.Fprintf(b, "  %d. %s, published %s [%s]: %q = %s (%s)\n", n, src, published(s.Published), s.ArticleID,
		oneLine(s.Date.Text), timeline.DisplayDate(s.Date), s.Modality)
	if !inSentence(s) {
		fmt.Fprintf(b, "     dated by the event it refers to: its sentence has no date of its own\n")
	}
	fmt.Fprintf(b, "     %s\n", oneLine(s.Sentence))
}

// inSentence reports whether the dating mention of an entry lies in its
// sentence; an event dated through an anaphor ("depuis la mise en œuvre du
// cessez-le-feu") takes the mention of the event it refers to.
func inSentence(e timeline.Entry) bool {
	return e.Date.Offset >= e.SentenceOffset && e.Date.Offset < e.SentenceEnd
}

// dateVotes says how many articles give each date of the sources, the
// most given first.
func dateVotes(sources []timeline.Entry) string {
	type vote struct {
		display  string
		articles map[string]bool
	}
	var votes []*vote
	for _, s := range sources {
		d := timeline.DisplayDate(s.Date)
		i := slices.IndexFunc(votes, func(v *vote) bool { return v.display == d })
		if i < 0 {
			votes = append(votes, &vote{display: d, articles: map[string]bool{}})
			i = len(votes) - 1
		}
		votes[i].articles[articleKey(s)] = true
	}
	slices.SortStableFunc(votes, func(a, b *vote) int { return len(b.articles) - len(a.articles) })
	parts := make([]string, len(votes))
	for i, v := range votes {
		parts[i] = fmt.Sprintf("%s (%s)", v.display, plural(len(v.articles), "article"))
	}
	if len(votes) == 1 {
		return "the only date given, " + parts[0]
	}
	return "the sources disagree: " + strings.Join(parts, ", ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func list(xs []string) string {
	if len(xs) == 0 {
		return "-"
	}
	return strings.Join(xs, ", ")
}

// published writes a publication instant, without the time when it is
// midnight (a date-only publication).
func published(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 -07:00")
}
