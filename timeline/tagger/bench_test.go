package tagger_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// BenchmarkTagFixtures tags the bundled articles; b.SetBytes makes the
// result read as MB/s of text.
func BenchmarkTagFixtures(b *testing.B) {
	files, err := fixtures.Texts()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, f := range files {
		texts = append(texts, f.Text)
	}
	benchTexts(b, texts)
}

// BenchmarkTagCorpus tags the shared news corpus when it is present.
func BenchmarkTagCorpus(b *testing.B) {
	benchTexts(b, sharedcorpus.Texts(sharedcorpus.Read(b, 0)))
}

func benchTexts(b *testing.B, texts []string) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	tg := tagger.New(tagger.PolicyNews)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			tg.Tag(t, tuesday)
		}
	}
}

// BenchmarkTagUnpunctuated tags 1 MB and 4 MB of text without any sentence
// end: time per byte must stay flat (sentences are bounded).
func BenchmarkTagUnpunctuated(b *testing.B) {
	unit := strings.Repeat("le comité a annoncé mardi 15 mars une réunion prévue dans trois jours et ", 14)
	for _, mb := range []int{1, 4} {
		text := strings.Repeat(unit, mb<<20/len(unit))
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) { benchTexts(b, []string{text}) })
	}
}
