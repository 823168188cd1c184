package tagger_test

import (
	"reflect"
	"testing"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// FuzzTag checks, under the news policy with TIMEX3 values and in the two
// other value styles, that tagging never panics, that spans lie inside the
// text on rune boundaries and match the mention text, that a calendar
// interval ends after it starts, and that tagging is deterministic.
func FuzzTag(f *testing.F) {
	for _, s := range []string{"le 22 mars", "mardi, 15 mars", "il y a trois jours", "vers 18 h, hier",
		"du 15 au 22 mars 2016", "dans la nuit de vendredi à samedi", "4222", "mi-mars", "aujourd’hui\u00a0matin",
		"hier soir à 10 heures", "au troisième trimestre de l'année dernière", "le XXe siècle", "cet hiver",
		"en 1 heure", "les 90 secondes suivantes", "pendant 2 heures et demie", "se réunit mercredi",
		"a lieu jeudi", "l'an dernier à la même date", "à pareille époque", "le lundi de Pâques 2017",
		"le jeudi de l'Ascension", "au cours des prochains mois"} {
		f.Add(s)
	}
	files, err := fixtures.Texts()
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		f.Add(file.Text)
	}
	taggers := []*tagger.Tagger{
		tagger.New(tagger.PolicyNews),
		tagger.New(tagger.PolicyFuture, tagger.WithValues(tagger.ValuesCalendar)),
		tagger.New(tagger.PolicyNearest, tagger.WithValues(tagger.ValuesInstant)),
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, tg := range taggers {
			checkTag(t, tg, text)
		}
	})
}

// checkTag tags text and checks what FuzzTag promises.
func checkTag(t *testing.T, tg *tagger.Tagger, text string) {
	t.Helper()
	ms := tg.Tag(text, tuesday)
	for _, m := range ms {
		if m.Offset < 0 || m.EndOffset > len(text) || m.Offset >= m.EndOffset {
			t.Fatalf("Tag(%q): span [%d,%d) out of bounds", text, m.Offset, m.EndOffset)
		}
		if !boundary(text, m.Offset) || !boundary(text, m.EndOffset) {
			t.Fatalf("Tag(%q): span [%d,%d) not on rune boundaries", text, m.Offset, m.EndOffset)
		}
		if text[m.Offset:m.EndOffset] != m.Text {
			t.Fatalf("Tag(%q): text %q does not match span", text, m.Text)
		}
		if m.HasInterval() && !m.End.After(m.Start) {
			t.Fatalf("Tag(%q): %q ends at %s, not after its start %s", text, m.Text, m.End, m.Start)
		}
	}
	if again := tg.Tag(text, tuesday); !reflect.DeepEqual(ms, again) {
		t.Fatalf("Tag(%q) is not deterministic", text)
	}
}

// boundary reports whether i is where a rune starts when s is decoded from
// its start (an invalid byte counts as one rune), or the end of s.
func boundary(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for j := range s {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
	}
	return false
}
