package events_test

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// FuzzExtract checks, on the fixture articles and what the fuzzer makes
// of them, that extraction does not panic, that sentences lie within the
// text on rune boundaries, and that it gives the same events twice.
func FuzzExtract(f *testing.F) {
	for _, a := range annotatedArticles(f, readGoldEvents(f)) {
		f.Add(a.Text)
	}
	f.Add("Depuis la mise en œuvre du cessez-le-feu, la violence a diminué. Le cessez-le-feu est entré en vigueur le 27 février.")
	f.Add("Au lendemain de l'annonce, la veille de sa visite, il")
	tg := tagger.New(tagger.PolicyNews)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("articles are UTF-8")
		}
		a := timeline.Article{ID: "fuzz", Text: text, Published: published}
		ms := tg.Tag(text, published)
		evs := events.Extract(a, ms)
		for _, ev := range evs {
			s, e := ev.SentenceOffset, ev.SentenceEnd
			if s < 0 || e > len(text) || s > e || !utf8.RuneStart(text[s]) && s < len(text) {
				t.Fatalf("Extract(%q): sentence [%d, %d) out of the text or off a rune boundary", text, s, e)
			}
			if ev.Mention < 0 || ev.Mention >= len(ms) {
				t.Fatalf("Extract(%q): mention index %d of %d", text, ev.Mention, len(ms))
			}
			if !ev.Date.HasInterval() {
				t.Fatalf("Extract(%q): event %q without a date", text, ev.Summary)
			}
		}
		if again := events.Extract(a, ms); !reflect.DeepEqual(again, evs) {
			t.Fatalf("Extract(%q) differs from one run to the next", text)
		}
	})
}
