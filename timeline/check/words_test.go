package check

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// wordsByFields is the plain definition of words: the runs of letters of
// s, each lower-cased.
func wordsByFields(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		out = append(out, strings.ToLower(f))
	}
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"no letter", " , 12 ; ", nil},
		{"lower case", "le 16 mars", []string{"le", "mars"}},
		{"capitals and accents", "Mardi DERNIER, À Genève", []string{"mardi", "dernier", "à", "genève"}},
		{"apostrophes and hyphens split", "c'est-à-dire l’ONU", []string{"c", "est", "à", "dire", "l", "onu"}},
		{"word at the end", ", soit", []string{"soit"}},
		{"invalid bytes split", "ab\xffcd", []string{"ab", "cd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wordsOf(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("wordsOf(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// A reader of words that stops early gets the words up to there.
func TestWordsStop(t *testing.T) {
	var got []string
	for w := range words("Lundi, soit le 14 mars") {
		got = append(got, w)
		if w == "soit" {
			break
		}
	}
	if want := []string{"lundi", "soit"}; !reflect.DeepEqual(got, want) {
		t.Errorf("words up to \"soit\" = %q, want %q", got, want)
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "Mardi, soit le 16 mars", "c'est-à-dire", "İstanbul", "a\xffb", "ÉLYSÉE 2016"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordsOf(s), wordsByFields(s); !reflect.DeepEqual(got, want) {
			t.Errorf("wordsOf(%q) = %q, want %q", s, got, want)
		}
	})
}
