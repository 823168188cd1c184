package check

import (
	"cmp"
	"slices"
	"strings"
	"time"

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
	first   map[mentionRef]*orderKey // nil until found
}

// orderKey keeps of a happening what ordering happenings reads
// (merge.Compare compares their dates and first sources), not its other
// sources, sentences, titles or names: the index holds one per happening
// that is the first of a place asked about, tens of thousands in a large
// archive, at a fifth of the size of a happening and its first entry.
type orderKey struct {
	id                                    string
	start, end, published                 time.Time
	articleID, dateValue, summary, source string
	sentenceOffset, dateOffset, mention   int
}

// keyOf reads the order key of h.
func keyOf(h *timeline.Happening) *orderKey {
	e := &h.Sources[0]
	return &orderKey{id: h.ID, start: h.Date.Start, end: h.Date.End, published: e.Published,
		articleID: e.ArticleID, dateValue: e.Date.Value, summary: e.Summary, source: e.Source,
		sentenceOffset: e.SentenceOffset, dateOffset: e.Date.Offset, mention: e.Mention}
}

// happening rebuilds from k a happening that orders as the one it was read
// from.
func (k *orderKey) happening() timeline.Happening {
	e := timeline.Entry{Source: k.source, Published: k.published}
	e.ArticleID, e.SentenceOffset, e.Mention, e.Summary = k.articleID, k.sentenceOffset, k.mention, k.summary
	e.Date = timeline.Mention{Offset: k.dateOffset, Value: k.dateValue}
	return timeline.Happening{ID: k.id, Date: timeline.Mention{Start: k.start, End: k.end}, Sources: []timeline.Entry{e}}
}

// NewLinkIndex returns an empty index; compare orders happenings as the
// chronology does (merge.Compare).
func NewLinkIndex(compare func(a, b timeline.Happening) int) *LinkIndex {
	return &LinkIndex{compare: compare, first: map[mentionRef]*orderKey{}}
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
		var kept *orderKey // one per happening, shared by its sources
		for _, s := range h.Sources {
			key := mentionKey(s.ArticleID, s.Date.Offset)
			old, wanted := x.first[key]
			if wanted && (old == nil || x.compare(*h, old.happening()) < 0) {
				if kept == nil {
					kept = keyOf(h)
				}
				x.first[key] = kept
			}
		}
	}
}

// Link returns the happening of a conflict listed at offset in an
// article, "" when none holds it; it is what Linker gives.
func (x *LinkIndex) Link(articleID string, offset int) string {
	if k := x.first[mentionKey(articleID, offset)]; k != nil {
		return k.id
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
