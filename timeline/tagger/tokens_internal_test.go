package tagger

import (
	"reflect"
	"testing"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
)

// checkHeldPrefixes compares the matches found from tokenize's tokens with
// those found from every prefix word, and returns how many there are.
func checkHeldPrefixes(t *testing.T, tg *Tagger, name, text string) int {
	t.Helper()
	var sc scan
	got := tg.matchTokens(text, tokenize(text, nil, false), &sc, nil)
	want := tg.matchTokens(text, tokenize(text, nil, true), &sc, nil)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: %d matches from the held prefix words, %d from every prefix word", name, len(got), len(want))
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("first difference: %q (%s) against %q (%s)", text[got[i].start:got[i].end], got[i].rule,
					text[want[i].start:want[i].end], want[i].rule)
				break
			}
		}
	}
	return len(want)
}

// Holding prefix words back until a trigger follows them changes no match,
// on the fixtures and on the shared corpus when it is there.
func TestHeldPrefixesFindTheSame(t *testing.T) {
	tg := New(PolicyNews)
	found := 0
	texts, err := fixtures.Texts()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range texts {
		found += checkHeldPrefixes(t, tg, f.Path, f.Text)
	}
	for _, text := range []string{
		"il y a trois jours", "depuis le début de l'année", "dans la nuit de vendredi à samedi",
		"à la fin du mois de mars", "le le le le le le le 15 mars", "il y a de cela deux ans",
		"du lundi au vendredi de la semaine prochaine", "au cours des six derniers mois",
	} {
		found += checkHeldPrefixes(t, tg, text, text)
	}
	if found < 100 {
		t.Errorf("%d matches: too few to compare", found)
	}
	for _, a := range sharedcorpus.Optional(t) {
		checkHeldPrefixes(t, tg, a.ID, a.Text)
	}
}

func FuzzHeldPrefixes(f *testing.F) {
	for _, s := range []string{"il y a trois jours", "le le le le le le le 15 mars", "au cours des six derniers mois",
		"depuis le début de l'année 2015", "vers 18 h, hier", "d’ici à la fin de la semaine"} {
		f.Add(s)
	}
	tg := New(PolicyNews)
	f.Fuzz(func(t *testing.T, text string) {
		checkHeldPrefixes(t, tg, "input", text)
	})
}
