package events_test

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readGolden returns the content of the golden file path, first writing
// got to it when -update is set.
func readGolden(t *testing.T, path, got string) string {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(want)
}

// seedArticle returns the seed article of the fixtures, front matter cut.
func seedArticle(t testing.TB) timeline.Article {
	t.Helper()
	b, err := fs.ReadFile(fixtures.Articles, "articles/sputnik-2016-03-22-kerry-moscou.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[i+2:]
	}
	return timeline.Article{ID: "sputnik-2016-03-22-kerry-moscou", Text: s,
		Published: time.Date(2016, 3, 22, 0, 0, 0, 0, time.FixedZone("CET", 3600))}
}

// TestExtractSeed compares the seed article's events with a golden file.
func TestExtractSeed(t *testing.T) {
	a := seedArticle(t)
	ms := tagger.New(tagger.PolicyNews).Tag(a.Text, a.Published)
	var b strings.Builder
	for _, ev := range events.Extract(a, ms) {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\tactors=%s\tplaces=%s\n", timeline.DisplayDate(ev.Date), ev.Modality,
			ev.Summary, ev.Predicate, strings.Join(ev.Actors, ";"), strings.Join(ev.Places, ";"))
	}
	golden := filepath.Join("testdata", "seed.golden")
	if got, want := b.String(), readGolden(t, golden, b.String()); got != want {
		t.Errorf("seed events differ from %s (go test -update to rewrite)\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}

// TestSeedChronology checks the events the seed article must give.
func TestSeedChronology(t *testing.T) {
	a := seedArticle(t)
	evs := events.Extract(a, tagger.New(tagger.PolicyNews).Tag(a.Text, a.Published))
	tests := []struct {
		date, mention, actor string
		modality             timeline.Modality
	}{
		{"2016-02-27", "le 27 février", "", timeline.ModalityHappened},
		{"2016-03-15", "mardi dernier", "John Kerry", timeline.ModalityHappened},
		{"2016-03-15", "mardi, 15 mars", "", timeline.ModalityHappened},
		{"2016-03-21", "le 21 mars", "Vladimir Poutine", timeline.ModalityHappened},
		{"2016-03-22", "le 22 mars", "John Kerry", timeline.ModalityPlanned},
		{"2016-W12", "la semaine prochaine", "Sergueï Lavrov", timeline.ModalityConditional},
		{"2016-03-23TMO", "mercredi matin", "John Kerry", timeline.ModalityPlanned},
	}
	for _, tt := range tests {
		t.Run(tt.mention, func(t *testing.T) {
			for _, ev := range evs {
				if ev.Date.Text != tt.mention || ev.Date.Value != tt.date || !inSentence(ev) {
					continue // another mention, or an event dated through an anaphor
				}
				if ev.Modality != tt.modality {
					t.Errorf("%s: modality %s, want %s", tt.mention, ev.Modality, tt.modality)
				}
				if tt.actor != "" && !contains(ev.Actors, tt.actor) {
					t.Errorf("%s: actors %v, want %s among them", tt.mention, ev.Actors, tt.actor)
				}
				if !strings.Contains(ev.Sentence, tt.mention) {
					t.Errorf("%s: sentence %q does not hold the date", tt.mention, ev.Sentence)
				}
				return
			}
			t.Errorf("no event dated %s by %q", tt.date, tt.mention)
		})
	}
	for _, ev := range evs {
		if !ev.Date.HasInterval() {
			t.Errorf("event %q has no date", ev.Summary)
		}
	}
}

func TestGazetteerAppositions(t *testing.T) {
	a := timeline.Article{ID: "x", Published: time.Date(2016, 3, 22, 0, 0, 0, 0, time.UTC),
		Text: "Le ministre russe des Affaires étrangères Sergueï Lavrov a reçu hier à Genève son homologue."}
	evs := events.Extract(a, tagger.New(tagger.PolicyNews).Tag(a.Text, a.Published))
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1", len(evs))
	}
	if got := strings.Join(evs[0].Actors, ";"); got != "Sergueï Lavrov" {
		t.Errorf("actors = %q, want Sergueï Lavrov", got)
	}
	if got := strings.Join(evs[0].Places, ";"); got != "Genève" {
		t.Errorf("places = %q, want Genève", got)
	}
}

// inSentence reports whether an event's dating mention is in its sentence.
func inSentence(ev timeline.Event) bool {
	return ev.Date.Offset >= ev.SentenceOffset && ev.Date.Offset < ev.SentenceEnd
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
