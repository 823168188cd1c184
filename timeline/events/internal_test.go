package events

import (
	"reflect"
	"strings"
	"testing"
)

// trickyTexts hold what the fast paths of the package must read as the
// plain ones do: capitals whose lower case has another length (İ, K
// Kelvin), "œ", typographic apostrophes, non-breaking and other Unicode
// spaces, hyphens at word edges, digits and invalid bytes.
var trickyTexts = []string{
	"",
	"Le président russe Vladimir Poutine a annoncé le 14 mars le retrait.",
	"  DEPUİS la mise en Œuvre du cessez-le-feu, l’ONU\u00a0et\u202fle  Kremlin\t\n se taisent . ",
	"russo-américain -- a-b- -c ab-- x-1 2016-03-22 L'accord franco-iranien",
	"Kelvin \u212a et ß, ǅ, ΣΑΣ, İstanbul, ﬁn, çà et là",
	"mot\xffinvalide \xc3 coupé \xe2\x80 et \xe2\x80\x99 fin\xc3\xa9",
	"\u00a0\u2003espaces\u3000partout\u0085 \u2028",
	"Kerry-Lavrov, e-mail, -x- et Nations unies ; Bachar\u00a0al-Assad.",
}

// TestDocTokens checks that the words of an article split once give the
// words of every span exactly as splitting the span does.
func TestDocTokens(t *testing.T) {
	for _, text := range trickyTexts {
		d := newDoc(text)
		if got, want := d.toks, tokens(text, 0, len(text)); !sameTokens(got, want) {
			t.Errorf("newDoc(%q) = %v, want %v", text, got, want)
		}
		for from := 0; from <= len(text); from++ {
			for to := max(0, from-1); to <= len(text); to++ {
				if got, want := d.tokens(from, to), tokens(text, from, to); !sameTokens(got, want) {
					t.Errorf("%q: tokens(%d, %d) = %v, want %v", text, from, to, got, want)
				}
			}
		}
		d.release()
	}
}

func sameTokens(a, b []token) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

// TestNormalise compares the one-pass normalisations with what they stand
// for.
func TestNormalise(t *testing.T) {
	apostrophes := strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ")
	join := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, s := range append(trickyTexts, "É", "  ", "A’B") {
		if got, want := normalise(s), join(apostrophes.Replace(strings.ToLower(s))); got != want {
			t.Errorf("normalise(%q) = %q, want %q", s, got, want)
		}
		// learn searches titles in normalise(s) for strings.ToLower(normaliseKeepCase(s)).
		orig := join(apostrophes.Replace(s))
		if got := normaliseKeepCase(s); got != orig {
			t.Errorf("normaliseKeepCase(%q) = %q, want %q", s, got, orig)
		}
		if low, kept := normaliseLen(s); low != strings.ToLower(orig) || kept != len(orig) {
			t.Errorf("normaliseLen(%q) = %q, %d, want %q, %d", s, low, kept, strings.ToLower(orig), len(orig))
		}
	}
}

// TestFormSet checks the one-pass search of gazetteer forms against
// strings.Index, forms that overlap themselves included.
func TestFormSet(t *testing.T) {
	forms := []string{"poutine", "vladimir poutine", "l'onu", "onu", "aa", "abab", "a", "", "le président russe",
		"président russe", "\xff", "russie", "la russie", "-x"}
	fs := newFormSet(forms)
	texts := append(trickyTexts, "aaaa abab ababab aa a l'onu onu-x -x xonu", "vladimir poutine.poutine,poutine-x", "2poutine ﬁonu éonu 1l'onu")
	for _, text := range texts {
		for _, low := range []string{normalise(text), text} { // text may be invalid UTF-8
			testFormSet(t, fs, forms, low)
		}
	}
}

// TestFormSetCrowdedHeads checks the search where many forms open on the
// same bytes, as the gazetteer's "le ", "la " and "l'" forms do, with
// forms of one to six bytes and the default gazetteer's forms.
func TestFormSetCrowdedHeads(t *testing.T) {
	forms := []string{"l", "la", "le ", "les", "l'on", "l'onu", "la r", "la russie", "la rue", "la russie unie",
		"le k", "le kremlin", "le président", "le premier ministre", "lavrov", "laval", "le", "lee", "leee",
		"les etats-unis", "les nations unies", "lllll", "llll", "lll", "ll"}
	g := DefaultGazetteer()
	for f := range g.Actors {
		forms = append(forms, f)
	}
	for f := range g.Places {
		forms = append(forms, f)
	}
	for f := range g.Titles {
		forms = append(forms, f)
	}
	fs := newFormSet(forms)
	texts := append(trickyTexts,
		"la russie unie, la rue, la r, l'onu et l'on dit que le kremlin et le président lavrov à laval",
		"lllllllll llll lll ll l leeee leee lee le les les etats-unis les nations unies la russiee",
		"le premier ministre, le président russe vladimir poutine et le secrétaire d'etat john kerry")
	for _, text := range texts {
		for _, low := range []string{normalise(text), text} {
			testFormSet(t, fs, forms, low)
		}
	}
}

func FuzzFormSet(f *testing.F) {
	f.Add("la russie unie, la rue, l'onu", "la r|la russie|l|le kremlin|l'on")
	f.Add("lllll llll lll", "ll|lll|llll|lllll|l")
	f.Fuzz(func(t *testing.T, text, list string) {
		forms := strings.Split(list, "|")
		if len(forms) > 40 {
			return
		}
		testFormSet(t, newFormSet(forms), forms, text)
	})
}

func testFormSet(t *testing.T, fs *formSet, forms []string, low string) {
	t.Helper()
	for _, anywhere := range []bool{false, true} {
		occ := fs.find(low, anywhere, nil)
		for _, form := range forms {
			if form == "" {
				continue // strings.Index finds it everywhere, endlessly
			}
			// find gives the positions where a word may start, which are
			// the only ones wordAt accepts, or all positions.
			keep := func(p int) bool { return anywhere || wordAt(low, p, len(form)) }
			var want, got []int
			searchFrom(low, form, func(p int) {
				if keep(p) {
					want = append(want, p)
				}
			})
			fs.eachOf(low, form, occ, func(p int) {
				if keep(p) {
					got = append(got, p)
				}
			})
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q in %q (anywhere %v): found at %v, want %v", form, low, anywhere, got, want)
			}
		}
	}
}

// TestTitleClues checks that the clues learn looks for before normalising
// a text are there whenever a title stands in the normalised text.
func TestTitleClues(t *testing.T) {
	g := DefaultGazetteer()
	titles := g.titleSet()
	texts := append(trickyTexts, "LE PRÉSIDENT RUSSE Vladimir Poutine", "le  président\u00a0russe, Vladimir Poutine",
		"L’ENVOYÉ SPÉCIAL DES NATIONS UNIES Staffan de Mistura", "le chef du \u212aremlin Vladimir Poutine",
		"le président rusſe", "l'émissaire de l'ONU Staffan de Mistura")
	for _, text := range texts {
		d := newDoc(text)
		low := normalise(text)
		for title := range g.Titles {
			if strings.Contains(low, title) && !d.oddRunes && !titles.mayStand(map[string]string{title: ""}, d.folded) {
				t.Errorf("%q: title %q stands in %q, but learn would not look for it", text, title, low)
			}
		}
		d.release()
	}
	a := newDoc("Selon le ministre russe des Affaires étrangères Sergueï Lavrov, rien.")
	if got := g.learn(a)["le ministre russe des affaires étrangères"]; got != "Sergueï Lavrov" {
		t.Errorf("learn: holder %q, want Sergueï Lavrov", got)
	}
}

// TestWordHelpers compares the helpers that avoid allocating with the
// string functions they stand for.
func TestWordHelpers(t *testing.T) {
	quotes := strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\n", " ", "«", " ", "»", " ", "\"", " ", "“", " ", "”", " ")
	samples := []string{"", "au", "AU", "Au", "plus", "PLUS", "d'ici", "D'ICI", "d’ici", "İl", "\u212a", "k", "ß", "«", "»,",
		".!?", "\"«»,;:", "a.", "\xff", "\xc2", "«\xff»", "jusqu’à", "JUSQU’À", "il", "y", "a", "tôt", "TÔT", "\u00a0x\n“y”"}
	for _, w := range append(samples, trickyTexts...) {
		for _, u := range samples {
			if got, want := lowerIs(w, u), strings.ToLower(w) == u; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", w, u, got, want)
			}
		}
		if got, want := onlyPunctuation(w), strings.Trim(w, ".!?\"«»,;:") == ""; got != want {
			t.Errorf("onlyPunctuation(%q) = %v, want %v", w, got, want)
		}
		if got, want := unquote(w), quotes.Replace(w); got != want {
			t.Errorf("unquote(%q) = %q, want %q", w, got, want)
		}
		ws := words(w)
		first, ok := firstWord(w)
		if len(ws) > 0 != ok || ok && first != ws[0] {
			t.Errorf("firstWord(%q) = %q, %v, want the first of %q", w, first, ok, ws)
		}
		if last := lastWord(w); len(ws) == 0 && last != "" || len(ws) > 0 && last != ws[len(ws)-1] {
			t.Errorf("lastWord(%q) = %q, want the last of %q", w, last, ws)
		}
	}
}

// checkJoinNormalised compares the parts normalised one by one and joined
// with normalise of the parts joined by " \n ", as clauseEvent joins them.
func checkJoinNormalised(t *testing.T, parts ...string) {
	t.Helper()
	low := make([]string, len(parts))
	for i, p := range parts {
		low[i] = normalise(p)
	}
	if got, want := joinNormalised(low...), normalise(strings.Join(parts, " \n ")); got != want {
		t.Errorf("joinNormalised of %q = %q, want %q", parts, got, want)
	}
}

func TestJoinNormalised(t *testing.T) {
	for _, a := range trickyTexts {
		for _, b := range trickyTexts {
			checkJoinNormalised(t, a, b)
			checkJoinNormalised(t, a, "", b)
			checkJoinNormalised(t, b, a, b)
		}
	}
}

func FuzzJoinNormalised(f *testing.F) {
	for _, s := range trickyTexts {
		f.Add(s, "Poutine\xc3", "  ")
	}
	f.Fuzz(func(t *testing.T, a, b, c string) {
		checkJoinNormalised(t, a, b, c)
	})
}

func TestWithoutInfinitiveNegation(t *testing.T) {
	tests := []struct{ in, want string }{
		{" demande aux pilotes de ne pas suivre les informations ", " demande aux pilotes de ______ suivre les informations "},
		{" promet de ne plus voter ", " promet de _______ voter "},
		{" ne pas venir et ne jamais partir ", " ______ venir et _________ partir "},
		{" il ne viendra pas ", " il ne viendra pas "},
		{" il ne pas ", " il ne pas "},
		{" ne pas la ", " ne pas la "},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := withoutInfinitiveNegation(tt.in); got != tt.want {
				t.Errorf("withoutInfinitiveNegation(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
