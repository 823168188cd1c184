package check_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// FuzzRun tags any text against a publication date and runs the checks:
// no panic, the same answer twice, evidence taken from the text.
func FuzzRun(f *testing.F) {
	names, _ := filepath.Glob("../../fixtures/articles/*.txt")
	for _, name := range names {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(string(data), 20)
		}
	}
	f.Add("Il a reçu mardi dernier, le 16 mars, trois jours après l'ouverture, le 14 mars, avant le 31 avril.", 19)
	f.Add("Le lundi 15 mars à 25 h, au lendemain du 30 février.", 0)
	tg := tagger.New(tagger.PolicyNews)
	f.Fuzz(func(t *testing.T, text string, day int) {
		if !utf8.ValidString(text) {
			return
		}
		published := time.Date(2016, time.March, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, day%400)
		in := check.Input{
			Articles: []timeline.Article{{ID: "a", Text: text, Published: published}},
			Mentions: map[string][]timeline.Mention{"a": tg.Tag(text, published)},
		}
		first := check.Run(in)
		if again := check.Run(in); !reflect.DeepEqual(first, again) {
			t.Fatalf("Run(%q) gave two answers", text)
		}
		for _, c := range first {
			for _, s := range c.Sentences {
				if !strings.Contains(text, s) {
					t.Errorf("Run(%q): %s quotes %q, not in the text", text, c.Kind, s)
				}
			}
		}
	})
}
