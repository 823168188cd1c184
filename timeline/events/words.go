package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: its byte span and its folded form (lower
// case, typographic apostrophes unified). Elided articles and pronouns are
// words of their own: "l'annonce" gives "l" and "annonce", "s'est" gives
// "s" and "est"; hyphenated words stay whole ("cessez-le-feu").
type token struct {
	start, end int
	word       string
}

// tokens splits text[from:to] into words.
func tokens(text string, from, to int) []token {
	var out []token
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < to {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) || r == '-' && j+n < to && nextIsWordRune(text[j+n:]) {
				j += n
				continue
			}
			break
		}
		out = append(out, token{start: i, end: j, word: fold(text[i:j])})
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func nextIsWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// fold lower-cases a word and writes "œ" as "oe", so that "œuvre" and
// "oeuvre" compare equal.
func fold(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "œ", "oe")
}

// words returns the folded words of s.
func words(s string) []string {
	ts := tokens(s, 0, len(s))
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.word
	}
	return out
}

// stopWords are French function words and words too common in
// diplomatic news to tell two events apart (demonyms, "président").
var stopWords = setOf(
	"le", "la", "les", "l", "un", "une", "des", "de", "d", "du", "au", "aux", "et", "ou", "à", "en",
	"dans", "par", "pour", "sur", "avec", "sans", "sous", "entre", "vers", "chez", "que", "qu", "qui",
	"dont", "où", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "il", "elle", "ils",
	"elles", "se", "s", "ne", "n", "pas", "plus", "a", "ont", "est", "sont", "été", "être", "avoir",
	"avait", "avaient", "était", "étaient", "sera", "seront", "serait", "seraient", "aura", "auront",
	"selon", "après", "avant", "depuis", "dès", "lors", "toutefois", "notamment", "également", "aussi",
	"très", "tout", "tous", "toute", "toutes", "ainsi", "comme", "mais", "donc", "alors", "encore",
	"même", "autre", "autres", "deux", "trois", "premier", "première", "dernier", "dernière",
	"russe", "russes", "américain", "américaine", "américains", "américaines", "syrien", "syrienne",
	"syriens", "syriennes", "français", "française", "européen", "européens", "président", "ministre",
	"chef", "secrétaire", "porte-parole", "plusieurs", "part", "partie", "cadre", "fait",
	"affaires", "étrangères", "défense", "ministère", "ministres", "gouvernement", "doit", "doivent",
	"devrait", "devraient", "pourrait", "pourraient", "compte", "comptent",
	// Words of dates: another mention of the sentence says nothing of the event.
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
	"novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"hier", "demain", "aujourd", "matin", "midi", "soir", "nuit", "minuit", "heure", "heures", "jour",
	"jours", "journée", "semaine", "mois", "année", "prochain", "prochaine", "veille", "lendemain",
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// stem cuts the inflection of a French word roughly, so that "avions"
// and "avion", "armées" and "armée" compare equal. It is a comparison key,
// never shown.
func stem(w string) string {
	for _, suf := range []string{"ées", "és", "ée", "es", "s", "x", "e", "é"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-utf8.RuneCountInString(suf) >= 4 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}
