package check

import (
	"cmp"
	"slices"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// Located is a conflict with the place it is listed at: the article it is
// listed under and where in that article its evidence starts. A store that
// keeps the conflicts of each article apart, so that an ingest checks only
// the articles it adds, lists them in Run's order by sorting on the
// position of that article, then Offset, then KindOrder(Kind), then the
// order each of CheckArticle and CrossSource returns them in.
type Located struct {
	timeline.Conflict
	ArticleID string
	Offset    int
}

// KindOrder is the position of kind in Kinds, which orders the conflicts
// found at the same place; an unknown kind comes last.
func KindOrder(kind string) int {
	kinds := Kinds()
	if i := slices.Index(kinds, kind); i >= 0 {
		return i
	}
	return len(kinds)
}

// CheckArticle runs the checks that read one article only: every kind but
// the cross-source one. The conflicts come in Run's order and name no
// happening yet: the chronology they belong to may change with every
// article added, so Linker names them once it is merged.
func CheckArticle(a timeline.Article, ms []timeline.Mention, lang string) []Located {
	p := newPrinter(lang)
	d := doc{art: a, ms: inText(ms, a.Text)}
	var found []finding
	for _, c := range articleChecks {
		found = append(found, c(d, p)...)
	}
	sortFindings(found)
	return located(found, a.ID)
}

// CrossSource runs the check that compares the sources of each happening.
// The conflicts are listed under their first article, ordered by that
// article's id, then as Run orders those of one article.
func CrossSource(hs []timeline.Happening, lang string) []Located {
	found := checkCrossSource(hs, nil, newPrinter(lang))
	slices.SortStableFunc(found, func(a, b finding) int {
		return cmp.Or(strings.Compare(a.Articles[0], b.Articles[0]), cmp.Compare(a.offset, b.offset),
			strings.Compare(a.Message, b.Message))
	})
	return located(found, "")
}

// located turns findings into Located conflicts listed under articleID, or
// under their first article when articleID is empty.
func located(fs []finding, articleID string) []Located {
	out := make([]Located, 0, len(fs))
	for _, f := range fs {
		id := articleID
		if id == "" {
			id = f.Articles[0]
		}
		out = append(out, Located{Conflict: f.Conflict, ArticleID: id, Offset: f.offset})
	}
	return out
}

// Linker returns what Run names as the happening of a conflict about the
// date at offset in an article: the first of hs whose sources hold an event
// of that article dated by that mention, or "" when none does.
func Linker(hs []timeline.Happening) func(articleID string, offset int) string {
	byMention := happeningsByMention(hs)
	return func(articleID string, offset int) string { return byMention[mentionKey(articleID, offset)] }
}

// LinkIndex names the happening of conflicts found within articles when
// the chronology comes in parts, as merge.Sweep hands it over: it keeps,
// for each place it was asked about (Want), the first happening in
// chronology order whose sources hold an event of that article dated by
// the mention at that offset, as Linker does over the whole chronology.
// It holds only the places asked about, not the chronology.
type LinkIndex struct {
	compare func(a, b timeline.Happening) int
	first   map[string]*timeline.Happening // by mentionKey; nil until found
}

// NewLinkIndex returns an empty index; compare orders happenings as the
// chronology does (merge.Compare).
func NewLinkIndex(compare func(a, b timeline.Happening) int) *LinkIndex {
	return &LinkIndex{compare: compare, first: map[string]*timeline.Happening{}}
}

// Want asks for the happening of the conflicts listed at offset in an
// article.
func (x *LinkIndex) Want(articleID string, offset int) {
	key := mentionKey(articleID, offset)
	if _, ok := x.first[key]; !ok {
		x.first[key] = nil
	}
}

// Add reads a part of the chronology.
func (x *LinkIndex) Add(hs []timeline.Happening) {
	for i := range hs {
		h := &hs[i]
		var kept *timeline.Happening // one copy per happening, shared by its sources
		for _, s := range h.Sources {
			key := mentionKey(s.ArticleID, s.Date.Offset)
			old, wanted := x.first[key]
			if wanted && (old == nil || x.compare(*h, *old) < 0) {
				if kept == nil {
					kept = &timeline.Happening{ID: h.ID, Date: h.Date, Sources: []timeline.Entry{orderKey(h.Sources[0])}}
				}
				x.first[key] = kept
			}
		}
	}
}

// orderKey keeps of an entry what ordering happenings reads (merge.Compare
// compares their first sources), not its sentence, title or names: the
// index holds one per place asked about.
func orderKey(e timeline.Entry) timeline.Entry {
	k := timeline.Entry{Source: e.Source, Published: e.Published}
	k.ArticleID, k.SentenceOffset, k.Mention, k.Summary = e.ArticleID, e.SentenceOffset, e.Mention, e.Summary
	k.Date = timeline.Mention{Offset: e.Date.Offset, Value: e.Date.Value, Start: e.Date.Start, End: e.Date.End}
	return k
}

// Link returns the happening of a conflict listed at offset in an
// article, "" when none holds it; it is what Linker gives.
func (x *LinkIndex) Link(articleID string, offset int) string {
	if h := x.first[mentionKey(articleID, offset)]; h != nil {
		return h.ID
	}
	return ""
}

// SortLocated orders conflicts found across sources in parts as
// CrossSource orders them over the whole chronology.
func SortLocated(cs []Located) {
	slices.SortStableFunc(cs, func(a, b Located) int {
		return cmp.Or(strings.Compare(a.Articles[0], b.Articles[0]), cmp.Compare(a.Offset, b.Offset),
			strings.Compare(a.Message, b.Message))
	})
}
