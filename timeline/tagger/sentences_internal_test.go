package tagger

import (
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
)

// splitWhole splits the whole of text before anything is asked of it:
// the reference of the index split as far as positions ask.
func splitWhole(text string) (bounds [][2]int, punct, ques []int) {
	x := newSentenceIndex(text)
	for x.more() {
	}
	return x.bounds, x.punct, x.ques
}

// checkLazySplit holds the index, split as far as each of a few positions
// asks and then to the end, to the split of the whole text at once.
func checkLazySplit(t *testing.T, name, text string) {
	t.Helper()
	bounds, punct, ques := splitWhole(text)
	x := reusedSentenceIndex(text)
	defer x.release()
	for _, pos := range []int{0, len(text) / 3, len(text) / 3, len(text) / 2, len(text) - 1, len(text)} {
		got, want := x.of(pos), 0
		for want < len(bounds)-1 && bounds[want][1] <= pos {
			want++
		}
		if got != want {
			t.Fatalf("%s: of(%d) = sentence %d, want %d", name, pos, got, want)
		}
		// What is split so far is the start of the whole split.
		if n := len(x.bounds); !reflect.DeepEqual(x.bounds, bounds[:n]) {
			t.Fatalf("%s: at %d the sentences split are %v, want %v", name, pos, x.bounds, bounds[:n])
		}
	}
	for x.more() {
	}
	if !reflect.DeepEqual(x.bounds, bounds) || !equalInts(x.punct, punct) || !equalInts(x.ques, ques) {
		t.Errorf("%s: split sentence by sentence: %d sentences, %d marks, %d \"que\"; split at once %d, %d, %d",
			name, len(x.bounds), len(x.punct), len(x.ques), len(bounds), len(punct), len(ques))
	}
}

func equalInts(a, b []int) bool { return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b)) }

func TestLazySplitAsWhole(t *testing.T) {
	texts := map[string]string{
		"empty":         "",
		"one sentence":  "Le comité a annoncé mardi 15 mars une réunion.",
		"abbreviations": "M. Kerry est arrivé le 22 sept. à Moscou. Il a dit « oui », puis qu'il partirait. Fin",
		"paragraphs":    "Titre\n\nLe 15 mars, les avions ont quitté Hmeimim ; la trêve tient.\n\nSuite : rien.",
		"unpunctuated":  strings.Repeat("le comité a annoncé mardi 15 mars une réunion prévue dans trois jours et ", 40),
		"no spaces":     strings.Repeat("x", 3000) + ". Puis la fin",
		"ends on marks": "Quoi ? Non ! Si.",
	}
	for name, text := range texts {
		checkLazySplit(t, name, text)
	}
	files, err := fixtures.Texts()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		checkLazySplit(t, f.Path, f.Text)
	}
	for _, a := range sharedcorpus.Optional(t) {
		checkLazySplit(t, a.ID, a.Text)
	}
}

func FuzzLazySplit(f *testing.F) {
	f.Add("M. Kerry est arrivé le 22 sept. à Moscou. Il a dit « oui », puis qu'il partirait.")
	f.Add(strings.Repeat("mot ", 400))
	f.Fuzz(func(t *testing.T, text string) {
		checkLazySplit(t, "input", text)
	})
}
