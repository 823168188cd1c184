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
