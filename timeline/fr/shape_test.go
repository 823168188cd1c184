package fr

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
)

func TestShapes(t *testing.T) {
	tests := []struct {
		name   string
		shape  func(*Window) bool
		accept []string // windows the rule's expression may match
		refuse []string // windows it cannot
	}{
		{"date range", rangeShape,
			[]string{"du 15 au 22 mars", "du 10 juin au 1er juillet 2016", "entre le 20 et le 30 juin", "de 1999 à 2012",
				"entre 2001 et 2003", "14 - 20 sept. 2014", "14–20 sept.", "du samedi 13 au dimanche 14 mars",
				"du vingt-deux au vingt-huit février", "du 3 jusqu'au 9 mai", "1er au 3 mars", "du 3 au 1ermars",
				"du 2 au vingtmars", "DU 15 AU 22 MARS"},
			[]string{"le 8 mars à Tavannes", "Mercredi 2 Novembre prochain", "2002, 2003, 2009 et 2010", "1900 à Bilbao",
				"21 et 22 mai !", "du 24 avril passé", "des 1500 invités", "15 au 22 personnes"}},
		{"day range", dayRangeShape,
			[]string{"du 13 au 18", "entre le 3 et le 9", "jusqu'au 12", "du lundi 3 au jeudi 6", "du premier au trois"},
			[]string{"du gouvernement", "entre les deux", "jusqu'au bout", "dans 3 jours"}},
		{"duration", durationShape,
			[]string{"sept heures", "six mois", "30,4 secondes", "environ une heure", "plusieurs années", "plus de 20 ans",
				"près d'un an", "au moins trois semaines", "un quart de siècle", "une demi-heure", "quinquennat",
				"une dizaine de jours", "de longues années", "vingt et un jours", "unan", "environdeux ans"},
			[]string{"une réunion de deux jours", "deux pays", "3 personnes", "plus de détails", "un accord"}},
		{"counted period", countedShape,
			[]string{"les 2 prochaines semaines", "les trente jours précédents", "trois jours suivants",
				"deux années écoulées", "5 ans à venir", "12 derniers mois"},
			[]string{"deux semaines dans les caisses", "trois ans de privation", "un beau jour", "les 2 pays"}},
		{"offset", offsetShape,
			[]string{"il y a trois jours", "dans deux semaines", "d'ici 2 ans", "trois jours plus tard",
				"deux semaines auparavant", "dans 2'", "dans 30\"", "six mois après", "il y a quelques mois"},
			[]string{"trois jours de grève", "dans le pays", "il y a des", "deux ans, il"}},
		{"numeric date", numericShape,
			[]string{"22/03/2016", "22.03.2016", "2016-03-22", "le 20 02 2014", "le mardi 22/03", "mardi, 22/03", "LE LUNDI 3/4"},
			[]string{"le 22 mars", "mardi 22 mars", "le président", "22 h 30", "2016 - 17", "le mardi soir", "le 123/4"}},
		{"relative day", relativeDayShape,
			[]string{"hier", "avant-hier", "aujourd'hui", "après-demain", "la veille", "l'avant-veille", "au lendemain",
				"le surlendemain", "ce jour", "le jour suivant", "jour précédent", "le jour d'avant", "HIER SOIR"},
			[]string{"le jour de l'an", "la semaine", "le courant", "jour et nuit", "au mois", "ce mardi", "le 3"}},
		{"ordinal period", ordinalShape,
			[]string{"la première semaine de mars", "le dernier jour d'octobre", "le 1er week-end de juin", "la 3e semaine",
				"le 2 juin", "la semaine du 14 mars", "deuxième quinzaine de mai"},
			[]string{"le 8 mars", "le 29", "la réunion", "le 1 mars", "le 12e jour", "la 6e semaine"}},
		{"clock time", clockShape,
			[]string{"à 15h30", "15 h 30", "vers 18 h", "midi", "minuit", "10:30", "13-15h", "10 pm", "10.30 p.m.",
				"1030pm", "quinze heures trente", "vingt et une heures", "aux alentours de 8 h", "10-11.30pm", "15hGMT"},
			[]string{"140 km/h", "14 fr. de", "8.30, Persée", "deux ans", "à 105 km", "à l'heure"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.accept {
				if !tt.shape(windowOf(w)) {
					t.Errorf("shape refuses %q, want accepted", w)
				}
			}
			for _, w := range tt.refuse {
				if tt.shape(windowOf(w)) {
					t.Errorf("shape accepts %q, want refused", w)
				}
			}
		})
	}
}

// windowOf returns the window at the start of s.
func windowOf(s string) *Window {
	var w Window
	w.Reset(s, 0)
	return &w
}

// TestFiltersKeepMatchesOnText checks, at every word start of real text,
// that the cheap tests, sharing the window of the start, give what the
// expressions alone give: the bundled
// articles always, and the first articles of the shared news corpus when
// it is present.
func TestFiltersKeepMatchesOnText(t *testing.T) {
	if raceDetector {
		t.Skip("one goroutine, and ten times slower under the race detector: run without it")
	}
	texts := fixtureTexts(t)
	if !testing.Short() {
		texts = append(texts, corpusTexts(t, 30)...)
	}
	rules := Rules()
	for _, text := range texts {
		for start := 0; start < len(text); start++ {
			if start > 0 && (!wordBoundary(text, start) || !startsWord(text, start)) {
				continue
			}
			// The rules share one window at a start, as in the tagger.
			var w Window
			w.Reset(text, start)
			for _, r := range rules {
				var e Expr
				end, ok := r.matchIn(&w, text, start, true, &e)
				wantEnd, want, wantOK := r.matchAt(text, start, false)
				if ok != wantOK || end != wantEnd || !reflect.DeepEqual(e, want) {
					t.Errorf("%s at %q: filtered gives %v %d, unfiltered %v %d", r.Name, text[start:min(len(text), start+60)], ok, end, wantOK, wantEnd)
				}
			}
		}
	}
}

// fixtureTexts returns the texts of the fixture articles.
func fixtureTexts(t *testing.T) []string {
	t.Helper()
	files, err := fixtures.Texts()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range files {
		texts = append(texts, f.Text)
	}
	return texts
}

// startsWord reports whether a letter or a digit opens text[i:].
func startsWord(text string, i int) bool {
	c := text[i]
	return isDigitByte(c) || isLetterByte(c) || c >= 0x80
}

// corpusTexts reads the first n articles of the shared news corpus, or
// none when it is absent.
func corpusTexts(t *testing.T, n int) []string {
	as, err := sharedcorpus.Load(n)
	if errors.Is(err, os.ErrNotExist) {
		t.Logf("shared corpus not available: %v", err)
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return sharedcorpus.Texts(as)
}

// Every lexicon word is found as written in lower case, in capitals, and
// with the accents French gives it: the shape test before the lookup
// never rules a lexicon word out.
func TestClassifyEveryLexiconWord(t *testing.T) {
	accented := map[string]string{"fevrier": "février", "aout": "août", "decembre": "décembre", "ete": "été",
		"annee": "année", "journee": "journée", "noel": "Noël", "paques": "Pâques", "desormais": "désormais"}
	for w, info := range wordInfo {
		forms := []string{w, strings.ToUpper(w)}
		if a, ok := accented[w]; ok {
			forms = append(forms, a, strings.ToUpper(a))
		}
		for _, f := range forms {
			trig, prefix := Classify(f)
			if trig != info.trig || prefix != info.prefix {
				t.Errorf("Classify(%q) = %v, %v; want %v, %v", f, trig, prefix, info.trig, info.prefix)
			}
		}
	}
}

// Every word of one or two letters, in the lexicon or not, is classified
// as the lexicon map says: Classify reads those from a table.
func TestClassifyShortWords(t *testing.T) {
	var short []string
	for a := 'a'; a <= 'z'; a++ {
		short = append(short, string(a))
		for b := 'a'; b <= 'z'; b++ {
			short = append(short, string([]rune{a, b}))
		}
	}
	for _, w := range short {
		want := wordInfo[w]
		for _, f := range []string{w, strings.ToUpper(w)} {
			if trig, prefix := Classify(f); trig != want.trig || prefix != want.prefix {
				t.Errorf("Classify(%q) = %v, %v; want %v, %v", f, trig, prefix, want.trig, want.prefix)
			}
		}
	}
}

func TestWindowWords(t *testing.T) {
	long := strings.Repeat("un ", maxShapeWords+1)
	tests := []struct {
		name     string
		text     string
		start    int
		want     int
		words    []string
		wantMore bool
	}{
		{"first word of three", "le 3 mars", 0, 1, []string{"le"}, true},
		{"all of three", "le 3 mars", 0, maxShapeWords, []string{"le", "3", "mars"}, false},
		{"from a start", "hier, le 3 mars", 6, 2, []string{"le", "3"}, true},
		{"punctuation only after", "mars !", 0, 1, []string{"mars"}, true},
		{"more than the buffer", long, 0, maxShapeWords + 5, strings.Fields(long)[:maxShapeWords], true},
		{"empty", "", 0, 3, nil, false},
		{"start past the end", "mars", 9, 3, nil, false},
		{"window cut at its width", strings.Repeat("a", window) + " mars", 0, 3, []string{strings.Repeat("a", window)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w Window
			w.Reset(tt.text, tt.start)
			// Asking for fewer words first must not change what comes next.
			w.words(1)
			ws, more := w.words(tt.want)
			var got []string
			for _, x := range ws {
				got = append(got, x.text)
			}
			if !reflect.DeepEqual(got, tt.words) || more != tt.wantMore {
				t.Errorf("words(%d) = %q, more %v; want %q, more %v", tt.want, got, more, tt.words, tt.wantMore)
			}
		})
	}
}
