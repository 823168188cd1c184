package events

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
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
		start, end, plain := nextToken(text, i, to)
		if start >= end {
			break
		}
		w := text[start:end]
		if !plain {
			w = fold(w)
		}
		out = append(out, token{start: start, end: end, word: w})
		i = end
	}
	return out
}

// nextToken returns the span of the first word of text[from:to], or an
// empty span when there is none. A word may end past to when to falls
// inside a multi-byte letter, as tokens has always read it. plain reports
// a word of ASCII characters without capitals: fold leaves it as it is.
func nextToken(text string, from, to int) (start, end int, plain bool) {
	i := from
	for i < to {
		if c := text[i]; c < utf8.RuneSelf {
			if k := asciiClass[c]; k == asciiWord || k == asciiCapital {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			break
		}
		i += n
	}
	if i >= to {
		return i, i, true
	}
	j := i
	plain = true
	for j < to {
		if c := text[j]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiWord:
				j++
				continue
			case asciiCapital:
				plain = false
				j++
				continue
			case asciiHyphen:
				if j+1 < to && nextIsWordRune(text[j+1:]) {
					j++
					continue
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		plain = false
		j += n
	}
	return i, j, plain
}

// asciiClass tells the ASCII small letters and digits, the capitals
// (isWordRune all) and the hyphen apart from the other ASCII characters.
var asciiClass = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = asciiWord
		case 'A' <= c && c <= 'Z':
			t[c] = asciiCapital
		case c == '-':
			t[c] = asciiHyphen
		}
	}
	return t
}()

const (
	asciiOther = iota
	asciiWord
	asciiCapital
	asciiHyphen
)

// doc is the text of one article with its words, split once per Extract
// call: most rules look at the words of a span of the text, and spans
// overlap a lot.
type doc struct {
	text     string
	toks     []token // the words of the whole text
	folded   string  // the text with its words folded, at their offsets
	oddRunes bool    // some words are not folded in folded: their folded form has another length
	buf      []byte  // for folded, kept between docs

	actors actorFinder // the finder of the article's actors, kept between docs

	// evs holds Extract's events before linkAnaphors copies those it
	// keeps, kept between docs.
	evs []timeline.Event
}

// docs recycles the token buffers of docs between Extract calls.
var docs = sync.Pool{New: func() any { return new(doc) }}

// newDoc splits text into words. Release the doc once done with it.
func newDoc(text string) *doc {
	d := docs.Get().(*doc)
	d.text, d.oddRunes = text, false
	toks := d.toks[:0]
	if cap(toks) < len(text)/4 {
		toks = make([]token, 0, len(text)/4+16)
	}
	// buf is text with its words folded in place, but for those whose
	// folded form has another length: their words are folded apart.
	buf := append(d.buf[:0], text...)
	inBuf := false // some words are to be sliced from buf
	for i := 0; i < len(text); {
		start, end, plain := nextToken(text, i, len(text))
		if start >= end {
			break
		}
		t := token{start: start, end: end}
		switch {
		case plain:
			t.word = text[start:end] // folding changes nothing
		case foldInto(buf[start:end], text[start:end]):
			inBuf = true // t.word is set below
		default:
			t.word = fold(text[start:end])
			d.oddRunes = true
		}
		toks = append(toks, t)
		i = end
	}
	d.folded = text
	if inBuf {
		d.folded = string(buf)
		for k, t := range toks {
			if t.word == "" {
				toks[k].word = d.folded[t.start:t.end]
			}
		}
	}
	d.toks, d.buf = toks, buf
	return d
}

// release gives d back for reuse; d must not be used afterwards.
func (d *doc) release() {
	clear(d.toks) // let the text and its words go
	clear(d.actors.titles)
	clear(d.evs)
	d.text, d.toks, d.folded, d.evs = "", d.toks[:0], "", d.evs[:0]
	d.actors = actorFinder{titles: d.actors.titles[:0]}
	docs.Put(d)
}

// foldInto writes the folded form of the word w (see fold) to dst, of the
// same length, rune by rune. It reports false when a rune's folded form
// has another length, leaving dst partly written.
func foldInto(dst []byte, w string) bool {
	j := 0
	for _, r := range w {
		l := unicode.ToLower(r)
		switch {
		case l == 'œ':
			if utf8.RuneLen(r) != 2 {
				return false
			}
			dst[j], dst[j+1] = 'o', 'e'
			j += 2
		case utf8.RuneLen(l) == utf8.RuneLen(r) && r != utf8.RuneError:
			j += utf8.EncodeRune(dst[j:], l)
		default:
			return false
		}
	}
	return true
}

// tokens returns the words of text[from:to], exactly as tokens(text, from,
// to) does: the words of the whole text that lie in the span, and the
// parts of the words that a bound cuts, read anew. The result may share
// memory with d and must not be modified.
func (d *doc) tokens(from, to int) []token {
	if from >= to {
		return nil
	}
	if from < 0 || to > len(d.text) {
		return tokens(d.text, from, to)
	}
	ts := d.toks
	i := firstEndingAfter(ts, from)              // the first word that ends after from
	j := i + firstEndingAfter(ts[i:], to)        // the first word that ends after to
	headCut := i < len(ts) && ts[i].start < from // from cuts word i
	tailCut := j < len(ts) && ts[j].start < to   // to cuts word j
	switch {
	case !headCut && !tailCut:
		if i == j {
			return nil
		}
		return ts[i:j:j]
	case i == j:
		return tokens(d.text, from, to) // both bounds cut the same word
	}
	// Reading the span stops where its cut words stop in the whole text
	// (to does not cut them), and goes on in step with the whole text.
	out := make([]token, 0, j-i+1)
	if headCut {
		out = append(out, tokens(d.text, from, ts[i].end)...)
		i++
	}
	out = append(out, ts[i:j]...)
	if tailCut {
		out = append(out, tokens(d.text, ts[j].start, to)...)
	}
	return out
}

// firstEndingAfter returns the index of the first token of ts, in text
// order, that ends after pos; len(ts) if none.
func firstEndingAfter(ts []token, pos int) int {
	lo, hi := 0, len(ts)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ts[h].end <= pos {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func nextIsWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// fold lower-cases a word and writes "œ" as "oe", so that "œuvre" and
// "oeuvre" compare equal.
func fold(w string) string {
	return strings.ReplaceAll(lower.String(w), "œ", "oe")
}

// firstWord returns the first of words(s), and false if s has none.
func firstWord(s string) (string, bool) {
	start, end, _ := nextToken(s, 0, len(s))
	if start >= end {
		return "", false
	}
	return fold(s[start:end]), true
}

// words returns the folded words of s.
func words(s string) []string {
	out := make([]string, 0, len(s)/6+1) // about one word per six bytes of French
	for i := 0; i < len(s); {
		start, end, plain := nextToken(s, i, len(s))
		if start >= end {
			break
		}
		w := s[start:end]
		if !plain {
			w = fold(w)
		}
		out = append(out, w)
		i = end
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
