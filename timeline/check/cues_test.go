package check

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// wholeTextCues is cues as it was written first: orderCue over the whole
// text. cues must find the same, only faster.
func wholeTextCues(text string) []cue { return cuesIn(text, 0, len(text)) }

func TestCuesMatchWholeTextScan(t *testing.T) {
	texts := map[string]string{
		"none":          "Le cessez-le-feu est entré en vigueur le 27 février.",
		"capitals":      "APRÈS la trêve, AVANT le vote, Au Lendemain de la réunion, À LA VEILLE du sommet.",
		"counted":       "Quatorze journées après la trêve, trois semaines avant le vote, 12 jours après.",
		"close cues":    "après avant après; la veille de la veille, le lendemain du lendemain de l'annonce",
		"inside words":  "Un capricieux avantage, la surveillance, des apprentis.",
		"keys in words": "Davantage qu'auparavant, il se réveille le surlendemain, à la VEILLE, «après» l'accord.",
		"text edges":    "après",
		"apostrophe":    "d'après le ministère, l'avant-veille de l'ouverture",
		"non-breaking":  "deux\u00a0jours\u00a0après la trêve, au\u00a0lendemain de l'annonce",
		"long distance": strings.Repeat("mot ", 40) + "après" + strings.Repeat(" mot", 40) + " avant",
	}
	files, _ := filepath.Glob("../../fixtures/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(f)] = string(b)
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			got, want := cues(text), wholeTextCues(text)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("cues = %+v, want %+v", got, want)
			}
		})
	}
}

func FuzzCuesMatchWholeTextScan(f *testing.F) {
	f.Add("trois jours après la trêve, au lendemain de l'annonce")
	f.Add("la veille du vote, avant l'ouverture")
	f.Fuzz(func(t *testing.T, text string) {
		got, want := cues(text), wholeTextCues(text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("cues(%q) = %+v, want %+v", text, got, want)
		}
	})
}
