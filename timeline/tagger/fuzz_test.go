package tagger_test

import (
	"reflect"
	"testing"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// FuzzTag checks that tagging never panics, that spans lie inside the text
// on rune boundaries and match the mention text, and that tagging is
// deterministic.
func FuzzTag(f *testing.F) {
	for _, s := range []string{"le 22 mars", "mardi, 15 mars", "il y a trois jours", "vers 18 h, hier",
		"du 15 au 22 mars 2016", "dans la nuit de vendredi à samedi", "4222", "mi-mars", "aujourd’hui\u00a0matin",
		"hier soir à 10 heures", "au troisième trimestre de l'année dernière", "le XXe siècle", "cet hiver"} {
		f.Add(s)
	}
	files, err := fixtures.Texts()
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		f.Add(file.Text)
	}
	tg := tagger.New(tagger.PolicyNews)
	f.Fuzz(func(t *testing.T, text string) {
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
		}
		if again := tg.Tag(text, tuesday); !reflect.DeepEqual(ms, again) {
			t.Fatalf("Tag(%q) is not deterministic", text)
		}
	})
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
