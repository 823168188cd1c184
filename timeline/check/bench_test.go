package check_test

import (
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// BenchmarkCheckArticleCorpus runs the checks within an article over the
// shared news corpus, tagged once beforehand: only CheckArticle is timed,
// as an ingest runs it beside tagging.
func BenchmarkCheckArticleCorpus(b *testing.B) {
	tg := tagger.New(tagger.PolicyNews)
	type tagged struct {
		a  timeline.Article
		ms []timeline.Mention
	}
	var corpus []tagged
	n := 0
	for _, raw := range sharedcorpus.Read(b, 0) {
		a := timeline.Article{ID: raw.ID, Text: raw.Text}
		if raw.Published != nil {
			a.Published, _ = time.Parse(time.DateOnly, *raw.Published)
		}
		corpus = append(corpus, tagged{a, tg.Tag(a.Text, a.Published)})
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range corpus {
			check.CheckArticle(t.a, t.ms, "fr")
		}
	}
}
