package check_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// The link index names, for each place asked about, the happening Linker
// names over the whole chronology, whatever the parts and their order.
func TestLinkIndexAsLinker(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, time.March, d, 0, 0, 0, 0, time.UTC) }
	source := func(article string, offset int, published time.Time) timeline.Entry {
		var e timeline.Entry
		e.ArticleID, e.Published, e.Source, e.Summary = article, published, "Agence "+article, "résumé "+article
		e.Date = timeline.Mention{Offset: offset, Value: fmt.Sprint(offset)}
		return e
	}
	happening := func(id string, d int, sources ...timeline.Entry) timeline.Happening {
		return timeline.Happening{ID: id, Date: timeline.Mention{Start: day(d), End: day(d + 1)}, Sources: sources}
	}
	hs := []timeline.Happening{
		happening("h1", 1, source("a", 10, day(2)), source("b", 5, day(3))),
		happening("h2", 1, source("c", 3, day(1)), source("a", 10, day(2))), // first by publication
		happening("h3", 2, source("b", 5, day(3)), source("d", 7, day(3))),
		happening("h4", 3, source("e", 1, day(4))),
	}
	slices.SortFunc(hs, merge.Compare)
	link := check.Linker(hs)
	places := []struct {
		article string
		offset  int
	}{{"a", 10}, {"b", 5}, {"c", 3}, {"d", 7}, {"e", 1}, {"z", 9}}
	parts := map[string][][]timeline.Happening{
		"whole":        {hs},
		"one by one":   {hs[:1], hs[1:2], hs[2:3], hs[3:]},
		"newest first": {hs[3:], hs[2:3], hs[1:2], hs[:1]},
		"halves":       {hs[2:], hs[:2]},
	}
	for name, ps := range parts {
		t.Run(name, func(t *testing.T) {
			x := check.NewLinkIndex(merge.Compare)
			for _, p := range places {
				x.Want(p.article, p.offset)
			}
			for _, p := range ps {
				x.Add(p)
			}
			for _, p := range places {
				if got, want := x.Link(p.article, p.offset), link(p.article, p.offset); got != want {
					t.Errorf("Link(%s, %d) = %q, want %q", p.article, p.offset, got, want)
				}
			}
		})
	}
}
