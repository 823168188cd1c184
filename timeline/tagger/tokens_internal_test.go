package tagger

import (
	"errors"
	"io/fs"
	"os"
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/fr"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
)

// tokenizeAll is tokenize keeping every prefix word: the reference that
// tokenize, which keeps only the prefix words that may stand before a
// trigger, must find the same matches as.
func tokenizeAll(text string, toks []token) []token {
	var buf [fr.MaxFolded]byte
	prevEnd, ord := 0, -1
	for i := 0; i < len(text); {
		c := text[i]
		switch byteKinds[c] {
		case kindOther:
			i++
			continue
		case kindHigh:
			if r, size := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		start := i
		ord++
		var trig fr.Trigger
		var prefix bool
		if isDigit(c) {
			for i < len(text) && isDigit(text[i]) {
				i++
			}
			trig = digitClasses(text, start, i)
		} else {
			var n int
			var foldable bool
			i, n, foldable = fr.FoldRun(text, i, buf[:])
			if foldable && i-start <= len(buf) {
				trig, prefix = fr.ClassifyFolded(buf[:n])
			}
		}
		if trig != 0 || prefix {
			toks = append(toks, token{start: start, end: i, ord: ord, trig: trig, prefix: prefix,
				joined: ord > 0 && joinedBy(text[prevEnd:start])})
		}
		prevEnd = i
	}
	return toks
}

// checkHeldPrefixes compares the matches found from tokenize's tokens with
// those found from every prefix word, and returns how many there are.
func checkHeldPrefixes(t *testing.T, tg *Tagger, name, text string) int {
	t.Helper()
	var sc scan
	got := tg.matchTokens(text, tokenize(text, nil), &sc, nil)
	want := tg.matchTokens(text, tokenizeAll(text, nil), &sc, nil)
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
	err := fs.WalkDir(fixtures.Articles, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fixtures.Articles, p)
		if err != nil {
			return err
		}
		found += checkHeldPrefixes(t, tg, p, string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
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
	as, err := sharedcorpus.Load(0)
	if errors.Is(err, os.ErrNotExist) {
		t.Logf("shared corpus not available: %v", err)
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
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
