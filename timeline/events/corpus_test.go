package events_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// taggedArticle is a corpus article with its mentions.
type taggedArticle struct {
	article  timeline.Article
	mentions []timeline.Mention
}

// readCorpus reads and tags the shared news corpus, or skips tb when it
// is not available. Publication dates without a zone are read in UTC;
// a missing one stays zero.
func readCorpus(tb testing.TB) []taggedArticle {
	tb.Helper()
	tg := tagger.New(tagger.PolicyNews)
	var out []taggedArticle
	for _, raw := range sharedcorpus.Read(tb, 0) {
		a := timeline.Article{ID: raw.ID, Source: raw.Source, Title: raw.Title, Text: raw.Text}
		if raw.Published != nil {
			a.Published = corpusDate(*raw.Published)
		}
		out = append(out, taggedArticle{a, tg.Tag(a.Text, a.Published)})
	}
	return out
}

// corpusDate reads an RFC 3339 instant or a calendar date; zero if neither.
func corpusDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t
		}
	}
	return time.Time{}
}

// eventDigest writes every field of the events of one article, so that
// any change of output changes the digest.
func eventDigest(evs []timeline.Event) string {
	h := sha256.New()
	for _, ev := range evs {
		b, err := json.Marshal(ev)
		if err != nil {
			fmt.Fprintf(h, "error %v", err)
		}
		h.Write(b)
		h.Write([]byte{'\n'})
	}
	return fmt.Sprintf("%x", h.Sum(nil))[:16]
}

// TestCorpusDigest extracts the events of every corpus article and
// compares a digest of each article's events with a golden file: changes
// meant to speed extraction up must not change a single field (go test
// -update rewrites it when a change of output is intended, as any change
// of the tagger's mentions is).
func TestCorpusDigest(t *testing.T) {
	corpus := readCorpus(t)
	x := events.New(events.DefaultGazetteer())
	var b strings.Builder
	total := 0
	for _, ta := range corpus {
		evs := x.Extract(ta.article, ta.mentions)
		total += len(evs)
		fmt.Fprintf(&b, "%s\t%d\t%s\n", ta.article.ID, len(evs), eventDigest(evs))
	}
	if total == 0 {
		t.Fatal("no event extracted from the corpus")
	}
	golden := filepath.Join("testdata", "corpus.digest")
	got, want := b.String(), readGolden(t, golden, b.String())
	if got == want {
		return
	}
	wantLines := strings.Split(want, "\n")
	for i, line := range strings.Split(got, "\n") {
		if i >= len(wantLines) || line != wantLines[i] {
			var w string
			if i < len(wantLines) {
				w = wantLines[i]
			}
			t.Errorf("%s line %d: got %q, want %q", golden, i+1, line, w)
		}
	}
}

// TestExtractConcurrent runs extraction from several goroutines on one
// Extractor, as the ingest does, and compares with a run on one: per-call
// state is reused between calls and must not leak from one to another.
// Run it with -race.
func TestExtractConcurrent(t *testing.T) {
	tg := tagger.New(tagger.PolicyNews)
	var corpus []taggedArticle
	for _, a := range annotatedArticles(t, readGoldEvents(t)) {
		corpus = append(corpus, taggedArticle{a, tg.Tag(a.Text, a.Published)})
	}
	x := events.New(events.DefaultGazetteer())
	want := make([][]timeline.Event, len(corpus))
	for i, ta := range corpus {
		want[i] = events.New(events.DefaultGazetteer()).Extract(ta.article, ta.mentions)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(corpus))
	for g := range 4 {
		wg.Go(func() {
			for k := range corpus {
				i := (k + g*len(corpus)/4) % len(corpus) // each goroutine starts elsewhere
				if got := x.Extract(corpus[i].article, corpus[i].mentions); !reflect.DeepEqual(got, want[i]) {
					errs <- corpus[i].article.ID
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("%s: concurrent extraction differs", id)
	}
}
