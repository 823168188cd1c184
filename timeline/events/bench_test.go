package events_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/events"
)

// BenchmarkExtractCorpus extracts the events of the shared news corpus,
// tagged once beforehand: only Extract is timed.
func BenchmarkExtractCorpus(b *testing.B) {
	corpus := readCorpus(b)
	x := events.New(events.DefaultGazetteer())
	n := 0
	for _, ta := range corpus {
		n += len(ta.article.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, ta := range corpus {
			x.Extract(ta.article, ta.mentions)
		}
	}
	b.ReportMetric(float64(b.N*len(corpus))/b.Elapsed().Seconds(), "articles/s")
}
