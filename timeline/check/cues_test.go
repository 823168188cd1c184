package check

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// wholeTextCues is cues as it was written first: orderCue over the whole
// text. cues must find the same, only faster.
func wholeTextCues(text string) []cue { return cuesIn(text, 0, len(text)) }

// cues finds every ordering expression of text, over the stretches around
// their key words.
func cues(text string) []cue { return cuesWhere(text, func(int, int) bool { return true }) }

// checkCuesBefore checks that cuesBefore(text, starts) finds every cue of
// text that ends at most cueGap bytes before one of starts, as cues finds
// it, and no cue that cues does not find.
func checkCuesBefore(t *testing.T, text string, starts []int) {
	t.Helper()
	all := cues(text)
	got := cuesBefore(text, starts)
	for _, c := range got {
		if !slices.Contains(all, c) {
			t.Errorf("cuesBefore(%q, %v) finds %+v, which cues does not", text, starts, c)
		}
	}
	for _, c := range all {
		i, _ := slices.BinarySearch(starts, c.end)
		if i < len(starts) && starts[i] <= c.end+cueGap && !slices.Contains(got, c) {
			t.Errorf("cuesBefore(%q, %v) misses %+v, which ends before a start", text, starts, c)
		}
	}
}

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

func TestCuesBeforeKeepsTheCuesThatMayOrder(t *testing.T) {
	text := "Trois jours après la trêve du 27 février, les délégations sont arrivées. " +
		strings.Repeat("Le texte continue sans date. ", 10) +
		"Au lendemain de l'annonce, avant le 15 mars, la veille du vote."
	feb, mar := strings.Index(text, "27 février"), strings.Index(text, "15 mars")
	tests := []struct {
		name   string
		starts []int
		want   int // cues found
	}{
		{name: "no date", starts: nil, want: 0},
		{name: "date after the first cue", starts: []int{feb}, want: 1},
		{name: "date after the last cues", starts: []int{mar}, want: 3},
		{name: "both", starts: []int{feb, mar}, want: 4},
		{name: "date before every cue", starts: []int{0}, want: 1}, // the first stretch opens the text
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCuesBefore(t, text, tt.starts)
			if got := len(cuesBefore(text, tt.starts)); got != tt.want {
				t.Errorf("cuesBefore found %d cues, want %d", got, tt.want)
			}
		})
	}
}

func FuzzCuesBefore(f *testing.F) {
	f.Add("trois jours après la trêve du 27 février, au lendemain de l'annonce", 34, 60)
	f.Add("la veille du vote, avant l'ouverture le 3 mars", 0, 40)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		var starts []int
		for _, s := range []int{a, b} {
			if s >= 0 && s <= len(text) {
				starts = append(starts, s)
			}
		}
		slices.Sort(starts)
		checkCuesBefore(t, text, starts)
	})
}
