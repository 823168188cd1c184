// Package check cross-checks the dates of the pipeline and reports those
// that do not add up, within an article and across sources:
//
//	Article -> Mention -> Event -> Chronology (Happening) -> Conflict
//
// Each check is a named kind (see Kinds) with its own file: a weekday that
// does not match its date, a past event dated after publication or an
// announced one dated before it, a date that cannot exist, a relative date
// that contradicts the explicit date next to it, two sources dating the
// same happening differently, a text that orders two events against their
// dates, and a date whose year cannot be fixed with confidence.
//
// Run is a pure function of its Input: it reads the articles, the mentions
// the tagger found in them and the happenings the merge built, and returns
// conflicts in a deterministic order, with messages in English or French.
package check

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// Kinds of conflicts, as stored in Conflict.Kind.
const (
	KindWeekdayMismatch         = "weekday-mismatch"
	KindPastAfterPublication    = "past-after-publication"
	KindFutureBeforePublication = "future-before-publication"
	KindImpossibleDate          = "impossible-date"
	KindRelativeVsExplicit      = "relative-vs-explicit"
	KindCrossSourceDate         = "cross-source-date"
	KindOrderViolation          = "order-violation"
	KindAmbiguousYear           = "ambiguous-year"
)

// Kinds returns every kind of conflict, in the order conflicts found at
// the same place are listed.
func Kinds() []string {
	return []string{KindImpossibleDate, KindWeekdayMismatch, KindRelativeVsExplicit,
		KindPastAfterPublication, KindFutureBeforePublication, KindOrderViolation,
		KindCrossSourceDate, KindAmbiguousYear}
}

// Input is what the checks read.
type Input struct {
	// Articles give the texts the sentences are cut from and the
	// publication dates; their order is the order of the report.
	Articles []timeline.Article
	// Mentions holds the mentions of each article, keyed by Article.ID.
	// Mentions whose span is not within the article's text are ignored.
	Mentions map[string][]timeline.Mention
	// Happenings is the merged chronology, whose sources are compared.
	Happenings []timeline.Happening
	// Lang is the language of the messages: "fr" for French, anything
	// else for English.
	Lang string
}

// doc is one article with its mentions, as the checks within an article
// read it.
type doc struct {
	art  timeline.Article
	ms   []timeline.Mention
	rank int // position in Input.Articles
}

// finding is a conflict with where its evidence starts, to sort the report.
type finding struct {
	timeline.Conflict
	rank, offset int
}

// articleCheck is a check that reads one article at a time.
type articleCheck func(d doc, p printer) []finding

// articleChecks lists the checks run on each article.
var articleChecks = []articleCheck{checkImpossible, checkWeekdays, checkRelativeExplicit,
	checkPublication, checkOrder, checkYears}

// Run runs every check and returns the conflicts found, ordered by
// article (as in in.Articles), then position in the text, then kind. A
// conflict about a dated event names the happening that holds it.
func Run(in Input) []timeline.Conflict {
	p := newPrinter(in.Lang)
	var found []finding
	for i, a := range in.Articles {
		d := doc{art: a, ms: inText(in.Mentions[a.ID], a.Text), rank: i}
		for _, c := range articleChecks {
			found = append(found, c(d, p)...)
		}
	}
	found = append(found, checkCrossSource(in.Happenings, ranks(in.Articles), p)...)
	sortFindings(found)
	link(found, in.Happenings)
	out := make([]timeline.Conflict, 0, len(found))
	for _, f := range found {
		out = append(out, f.Conflict)
	}
	return out
}

// inText keeps the mentions whose span lies in text, sorted by position:
// the checks cut sentences and read words around each mention.
func inText(ms []timeline.Mention, text string) []timeline.Mention {
	out := make([]timeline.Mention, 0, len(ms))
	for _, m := range ms {
		if 0 <= m.Offset && m.Offset <= m.EndOffset && m.EndOffset <= len(text) {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b timeline.Mention) int {
		return cmp.Or(cmp.Compare(a.Offset, b.Offset), cmp.Compare(a.EndOffset, b.EndOffset))
	})
	return out
}

// ranks maps each article id to its first position in articles.
func ranks(articles []timeline.Article) map[string]int {
	r := make(map[string]int, len(articles))
	for i, a := range articles {
		if _, ok := r[a.ID]; !ok {
			r[a.ID] = i
		}
	}
	return r
}

// sortFindings orders findings by article, offset, kind and message.
func sortFindings(fs []finding) {
	order := map[string]int{}
	for i, k := range Kinds() {
		order[k] = i
	}
	slices.SortStableFunc(fs, func(a, b finding) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.offset, b.offset),
			cmp.Compare(order[a.Kind], order[b.Kind]), strings.Compare(a.Message, b.Message))
	})
}

// link names in each finding about one article's date the happening whose
// sources hold an event dated by that mention.
func link(fs []finding, hs []timeline.Happening) {
	byMention := happeningsByMention(hs)
	for i := range fs {
		if fs[i].Happening == "" && len(fs[i].Articles) > 0 {
			fs[i].Happening = byMention[mentionKey(fs[i].Articles[0], fs[i].offset)]
		}
	}
}

// happeningsByMention maps each dating mention, as mentionKey names it, to
// the first happening whose sources hold an event it dates.
func happeningsByMention(hs []timeline.Happening) map[mentionRef]string {
	byMention := map[mentionRef]string{}
	for _, h := range hs {
		for _, s := range h.Sources {
			key := mentionKey(s.ArticleID, s.Date.Offset)
			if _, ok := byMention[key]; !ok {
				byMention[key] = h.ID
			}
		}
	}
	return byMention
}

// mentionRef names a mention by its article and byte offset.
type mentionRef struct {
	articleID string
	offset    int
}

func mentionKey(articleID string, offset int) mentionRef { return mentionRef{articleID, offset} }

// Annotate sets the Conflicts of each happening to the sorted kinds of the
// conflicts that name it.
func Annotate(hs []timeline.Happening, cs []timeline.Conflict) {
	kinds := map[string][]string{}
	for _, c := range cs {
		if c.Happening != "" && !slices.Contains(kinds[c.Happening], c.Kind) {
			kinds[c.Happening] = append(kinds[c.Happening], c.Kind)
		}
	}
	for i := range hs {
		k := kinds[hs[i].ID]
		slices.Sort(k)
		hs[i].Conflicts = k
	}
}

// ParseSeverity reads a severity name: info, warning or error.
func ParseSeverity(s string) (timeline.Severity, error) {
	for _, sev := range []timeline.Severity{timeline.SeverityInfo, timeline.SeverityWarning, timeline.SeverityError} {
		if strings.EqualFold(s, sev.String()) {
			return sev, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// AtLeast returns the conflicts of severity min or above, in order.
func AtLeast(cs []timeline.Conflict, min timeline.Severity) []timeline.Conflict {
	var out []timeline.Conflict
	for _, c := range cs {
		if c.Severity >= min {
			out = append(out, c)
		}
	}
	return out
}
