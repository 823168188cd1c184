package fr

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
)

// Pattern pieces shared by the rules. Go's \b, \w and \s are ASCII-only, so
// French spaces (NBSP, narrow NBSP), apostrophes and letters are spelled out.
const (
	sp     = `[\s\x{a0}\x{202f}]+`
	sp0    = `[\s\x{a0}\x{202f}]*`
	apos   = `['’]`
	dayNum = `(?P<day>1er|1ᵉʳ|premier|[0-3]?\d)(?:er|e|ème)?`
	// monthName matches full month names and dotted abbreviations.
	monthName = `(?P<month>janvier|janv\.|f[ée]vrier|f[ée]vr?\.|mars|avril|avr\.|mai|juin|juillet|juil\.|ao[uû]t|septembre|sept\.|octobre|oct\.|novembre|nov\.|d[ée]cembre|d[ée]c\.)`
	// monthAfterDay also takes undotted abbreviations, unambiguous after a day number.
	monthAfterDay = `(?P<month>janvier|janv\.?|jan\.?|f[ée]vrier|f[ée]vr?\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[uû]t|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?)`
	weekdayName   = `(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`
	year4         = `(?P<year>1[5-9]\d\d|20\d\d|2100)`
	numWord       = `(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)`
	// number: digits (with a decimal comma) or a French number in words.
	number   = `(?:\d+(?:[,.]\d+)?|` + numWord + `(?:(?:-|` + sp + `)(?:et(?:-|` + sp + `))?` + numWord + `)*)`
	partName = `(?P<part>matin[ée]e|matin|apr[èe]s-midi|aprem|soir[ée]e|soir|nuit|journ[ée]e)`
)

// Trigger is a set of token classes. The tagger looks up every word of a
// text in triggerWords and tries only the rules whose Triggers intersect it.
type Trigger uint32

// Token classes.
const (
	TMonth Trigger = 1 << iota
	TWeekday
	TDigit
	TNumWord
	TUnit
	TRelDay
	TPeriod
	TPart
	TSeason
	TClock
	TSet
	TRef
	TFuzzy
	TYearWord
	// TYear marks a four-digit number that can be a year (1000-2199).
	TYear
	// TSep marks a number glued to a date separator and another number
	// ("22/03", "2016-03").
	TSep
	// TYearPart marks the words of the parts of a year and of centuries
	// ("trimestre", "semestre", "siècle"), which YearPart and Century need
	// near them.
	TYearPart
	// TEdge marks the words of the edges of a period ("premiers",
	// "dernières", "moitié"), which EdgePeriod needs near it.
	TEdge
	// TEpoch marks "époque", "période" and "date", which only SamePeriod
	// reads ("à la même époque", "à la même date"): common words that no
	// other rule need be tried at.
	TEpoch
)

// triggerWords maps folded words (lower case, accents removed) to classes.
var triggerWords = map[string]Trigger{
	"janvier": TMonth, "janv": TMonth, "jan": TMonth, "fevrier": TMonth, "fevr": TMonth, "fev": TMonth,
	"mars": TMonth, "avril": TMonth, "avr": TMonth, "mai": TMonth, "juin": TMonth,
	"juillet": TMonth, "juil": TMonth, "aout": TMonth, "septembre": TMonth, "sept": TMonth | TNumWord,
	"octobre": TMonth, "oct": TMonth, "novembre": TMonth, "nov": TMonth, "decembre": TMonth, "dec": TMonth,

	"lundi": TWeekday, "mardi": TWeekday, "mercredi": TWeekday, "jeudi": TWeekday,
	"vendredi": TWeekday, "samedi": TWeekday, "dimanche": TWeekday,
	"lundis": TWeekday, "mardis": TWeekday, "mercredis": TWeekday, "jeudis": TWeekday,
	"vendredis": TWeekday, "samedis": TWeekday, "dimanches": TWeekday,

	"un": TNumWord, "une": TNumWord, "deux": TNumWord, "trois": TNumWord, "quatre": TNumWord,
	"cinq": TNumWord, "six": TNumWord, "huit": TNumWord, "neuf": TNumWord, "dix": TNumWord,
	"onze": TNumWord, "douze": TNumWord, "treize": TNumWord, "quatorze": TNumWord, "quinze": TNumWord,
	"seize": TNumWord, "vingt": TNumWord, "trente": TNumWord, "quarante": TNumWord,
	"cinquante": TNumWord, "soixante": TNumWord, "cent": TNumWord, "mille": TNumWord,
	"premier": TNumWord, "quelques": TNumWord, "plusieurs": TNumWord,
	"premiers": TEdge, "premieres": TEdge, "derniers": TEdge, "dernieres": TEdge, "moitie": TEdge,
	"premiere": TNumWord, "deuxieme": TNumWord, "troisieme": TNumWord, "quatrieme": TNumWord,
	"cinquieme": TNumWord, "dernier": TNumWord, "derniere": TNumWord,

	"seconde": TUnit, "secondes": TUnit, "minute": TUnit, "minutes": TUnit, "heure": TUnit | TClock,
	"heures": TUnit | TClock, "jour": TUnit | TPeriod, "jours": TUnit, "journees": TUnit,
	"semaine": TUnit | TPeriod, "semaines": TUnit, "mois": TUnit | TPeriod, "an": TUnit | TPeriod,
	"ans": TUnit, "annee": TUnit | TPeriod, "annees": TUnit, "decennie": TUnit | TPeriod,
	"decennies": TUnit, "siecle": TUnit | TPeriod | TYearPart, "siecles": TUnit | TYearPart, "trimestre": TUnit | TPeriod | TYearPart,
	"trimestres": TUnit | TYearPart, "semestre": TUnit | TPeriod | TSet | TYearPart, "semestres": TUnit | TYearPart, "quinquennat": TUnit,
	"septennat": TUnit, "h": TClock, "sec": TUnit, "secs": TUnit, "min": TUnit, "mins": TUnit, "mn": TUnit,

	"hier": TRelDay, "demain": TRelDay, "aujourd": TRelDay, "veille": TRelDay,
	"lendemain": TRelDay, "surlendemain": TRelDay, "avant-veille": TRelDay,

	"week": TPeriod, "weekend": TPeriod,

	"matin": TPart, "matinee": TPart, "midi": TPart | TClock, "soir": TPart, "soiree": TPart,
	"nuit": TPart, "journee": TPart | TUnit, "aprem": TPart, "dejeuner": TPart, "diner": TPart,
	"travail": TPart, "aube": TPart,

	"printemps": TSeason, "ete": TSeason, "automne": TSeason, "hiver": TSeason,

	"minuit": TClock, "pm": TClock, "am": TClock,

	"chaque": TSet, "tous": TSet, "quotidien": TSet, "quotidienne": TSet, "quotidiennement": TSet,
	"hebdomadaire": TSet, "mensuel": TSet, "mensuelle": TSet, "annuel": TSet, "annuelle": TSet,
	"annuellement": TSet,

	"actuellement": TRef, "maintenant": TRef, "desormais": TRef, "autrefois": TRef,
	"jadis": TRef, "present": TRef, "dorenavant": TRef, "recemment": TRef, "moment": TRef, "auparavant": TRef, "prochainement": TRef, "actuel": TRef, "actuelle": TRef, "actuels": TRef, "actuelles": TRef, "naguere": TRef,

	"ramadan": TRef, "ramadhan": TRef, "aid": TRef, "epoque": TEpoch, "periode": TEpoch, "date": TEpoch,
	"noel": TRef, "toussaint": TRef, "paques": TRef, "pentecote": TRef, "ascension": TRef,
	"armistice": TRef, "assomption": TRef, "reveillon": TRef, "saint": TRef, "fete": TRef, "nouvel": TRef,
	"debut": TFuzzy, "commencement": TFuzzy, "mi": TFuzzy, "fin": TFuzzy, "milieu": TFuzzy,
}

// prefixWords may stand before a rule's core word ("il y a", "le", "au
// début du"): the tagger starts matching at the earliest such word. The
// ordinals of centuries in Roman numerals ("XXe", "XIXème") are added.
var prefixWords = withCenturies(map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "du": true, "de": true, "des": true,
	"d": true, "au": true, "aux": true, "en": true, "entre": true, "il": true, "y": true,
	"a": true, "dans": true, "depuis": true, "vers": true, "ce": true,
	"cet": true, "cette": true, "ces": true, "debut": true, "commencement": true, "mi": true, "fin": true,
	"milieu": true, "chaque": true, "tous": true, "toutes": true, "courant": true,
	"pendant": true, "durant": true, "environ": true, "pres": true, "jusqu": true,
	"avant": true, "apres": true, "plus": true, "moins": true, "dernier": true,
	"derniere": true, "derniers": true, "dernieres": true, "prochain": true,
	"prochaine": true, "prochains": true, "prochaines": true, "premier": true,
	"premiere": true, "premiers": true, "premieres": true, "meme": true, "un": true, "une": true, "quelques": true,
	"plusieurs": true, "pour": true, "mois": true, "nuit": true, "annee": true,
	"an": true, "aujourd": true, "hui": true, "ou": true, "et": true,
	"par": true, "lors": true, "ici": true, "quelque": true, "autour": true,
	"alentours": true, "plutot": true, "tot": true, "tard": true, "tres": true,
	"moment": true, "tout": true, "presque": true, "quasiment": true, "bientot": true,
	"second": true, "pareille": true, "voila": true, "voici": true,
})

// withCenturies adds to words the folded Roman ordinals of the centuries
// Century reads: "iie" to "xxiie", with "eme" as well as "e".
func withCenturies(words map[string]bool) map[string]bool {
	for n := 2; n <= 22; n++ {
		r := strings.ToLower(timeline.RomanNumeral(n))
		words[r+"e"], words[r+"eme"] = true, true
	}
	return words
}

// Classify returns the trigger classes of a word as written and whether it
// may open an expression before its core, with one lookup.
func Classify(word string) (Trigger, bool) {
	var buf [MaxFolded]byte
	f, ok := fold(buf[:0], word)
	if !ok || len(f) == 0 {
		return 0, false
	}
	return ClassifyFolded(f)
}

// MaxFolded is the length in bytes of the longest word Classify reads.
const MaxFolded = 24

// ClassifyFolded is Classify for a word already folded: lower case, its
// accented letters folded as FoldRun folds them, at most MaxFolded bytes
// long.
func ClassifyFolded(f []byte) (Trigger, bool) {
	if len(f) == 0 {
		return 0, false
	}
	if k, ok := shortKey(f); ok {
		info := shortWords[k]
		return info.trig, info.prefix
	}
	if !lexiconShapes.has(f) {
		return 0, false
	}
	info, ok := wordInfo[string(f)]
	if !ok {
		return 0, false
	}
	return info.trig, info.prefix
}

// wordInfo joins triggerWords and prefixWords for Classify.
var wordInfo = func() map[string]struct {
	trig   Trigger
	prefix bool
} {
	m := make(map[string]struct {
		trig   Trigger
		prefix bool
	}, len(triggerWords)+len(prefixWords))
	for w, t := range triggerWords {
		e := m[w]
		e.trig = t
		m[w] = e
	}
	for w := range prefixWords {
		e := m[w]
		e.prefix = true
		m[w] = e
	}
	return m
}()

// shortKey numbers the folded words of one or two letters a to z, which
// are a third of the words of French news ("de", "la", "a", "l"): their
// lexicon entries are read from shortWords instead of the map.
func shortKey(f []byte) (int, bool) {
	switch {
	case len(f) == 1 && 'a' <= f[0] && f[0] <= 'z':
		return int(f[0] - 'a'), true
	case len(f) == 2 && 'a' <= f[0] && f[0] <= 'z' && 'a' <= f[1] && f[1] <= 'z':
		return 26 + int(f[0]-'a')*26 + int(f[1]-'a'), true
	}
	return 0, false
}

// shortWords holds the entries of wordInfo for the words shortKey
// numbers, zero for the others.
var shortWords = func() (t [26 + 26*26]struct {
	trig   Trigger
	prefix bool
}) {
	for w, info := range wordInfo {
		if k, ok := shortKey([]byte(w)); ok {
			t[k] = info
		}
	}
	return t
}()

// shapeSet is a bit set of (first byte, last byte, length) triples of
// folded words. Most words of a text are in no lexicon, and the set tells
// most of them apart for the cost of a bit test, before the map lookup.
type shapeSet [1 << 15 / 64]uint64

// shapeBit returns the bit of f, which must not be empty.
func shapeBit(f []byte) uint {
	return uint(f[0]&31)<<10 | uint(f[len(f)-1]&31)<<5 | uint(len(f)&31)
}

func (s *shapeSet) add(f []byte) { b := shapeBit(f); s[b/64] |= 1 << (b % 64) }

func (s *shapeSet) has(f []byte) bool { b := shapeBit(f); return s[b/64]&(1<<(b%64)) != 0 }

// lexiconShapes holds the shapes of the words of wordInfo.
var lexiconShapes = func() *shapeSet {
	s := &shapeSet{}
	for w := range wordInfo {
		if w != "" {
			s.add([]byte(w))
		}
	}
	return s
}()

// TriggerOf returns the classes of a word as written.
func TriggerOf(word string) Trigger {
	t, _ := Classify(word)
	return t
}

// IsPrefix reports whether a word may open an expression before its core.
func IsPrefix(word string) bool {
	_, p := Classify(word)
	return p
}

// fold lower-cases word and removes French accents into dst. It reports
// false for words too long to be in the lexicons.
func fold(dst []byte, word string) ([]byte, bool) {
	if len(word) > cap(dst) {
		return nil, false
	}
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		i += n
		b, ok := unaccent(r)
		if !ok {
			return nil, false
		}
		dst = append(dst, b)
	}
	return dst, true
}

// FoldRun reads the run of letters of s from i and folds it as Classify
// folds words, into buf as far as it has room: lower case, accented
// letters to their base letter, '?' for a letter it does not fold. It
// returns the end of the run, how many folded bytes the run makes (more
// than len(buf) when it did not fit) and whether every letter folded.
//
// Runs of ASCII letters are read eight bytes a turn (asciiLetters); the
// bytes of buf past the returned count may be overwritten.
func FoldRun(s string, i int, buf []byte) (end, n int, foldable bool) {
	foldable = true
	for i < len(s) {
		if i+8 <= len(s) && n+8 <= len(buf) {
			k, lowered := asciiLetters(load64(s, i))
			putUint64(buf[n:n+8], lowered)
			i, n = i+k, n+k
			if k == 8 {
				continue
			}
		}
		b := foldedByte[s[i]]
		switch b {
		case 0:
			return i, n, foldable
		case utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				return i, n, foldable
			}
			i += size
			var ok bool
			if b, ok = unaccent(r); !ok {
				foldable, b = false, '?'
			}
		default:
			i++
		}
		if n < len(buf) {
			buf[n] = b
		}
		n++
	}
	return i, n, foldable
}

// Byte-wise constants of asciiLetters.
const (
	eachByte = 0x0101010101010101
	highBits = 0x8080808080808080
)

// asciiLetters returns how many of the eight bytes of v, from the lowest,
// are ASCII letters in a row, and v with its letters lower-cased (the
// other bytes are left anything).
func asciiLetters(v uint64) (int, uint64) {
	// Setting 0x20 lower-cases a letter; the letters are then the bytes
	// from 'a' (0x61) to 'z' (0x7a). With the high bits cleared, adding
	// 0x1f sets the high bit of the bytes >= 0x61 and adding 0x05 that of
	// the bytes >= 0x7b, without a carry from one byte to the next. Bytes
	// past ASCII are no letter here.
	x := v&^highBits | 0x20*eachByte
	letters := (x + 0x1f*eachByte) &^ (x + 0x05*eachByte) &^ v & highBits
	return bits.TrailingZeros64(^letters&highBits) / 8, v | 0x20*eachByte
}

// load64 reads the eight bytes of s from i, the first in the lowest byte.
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// putUint64 writes v into b, the lowest byte first.
func putUint64(b []byte, v uint64) {
	_ = b[7]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	b[4], b[5], b[6], b[7] = byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56)
}

// foldedByte maps each ASCII letter to its lower case, the other ASCII
// bytes to 0 (they end a run) and the bytes past ASCII to
// utf8.RuneSelf (a rune to decode).
var foldedByte = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = utf8.RuneSelf
		case isLetterByte(byte(c)):
			t[c] = byte(c) | 0x20
		}
	}
	return t
}()

// unaccent maps the accented letters of French to their base letter.
func unaccent(r rune) (byte, bool) {
	switch unicode.ToLower(r) {
	case 'à', 'â', 'ä':
		return 'a', true
	case 'é', 'è', 'ê', 'ë':
		return 'e', true
	case 'î', 'ï':
		return 'i', true
	case 'ô', 'ö':
		return 'o', true
	case 'ù', 'û', 'ü':
		return 'u', true
	case 'ç':
		return 'c', true
	case 'œ':
		return 'o', true
	}
	return 0, false
}

// foldString is fold for lexicon lookups outside hot loops.
func foldString(s string) string {
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		plain = s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z')
	}
	if plain {
		return s // nothing to fold: most calls
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(unicode.ToLower(r))
		} else if c, ok := unaccent(r); ok {
			b.WriteByte(c)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// monthNumber returns 1-12 for a month name or abbreviation, 0 otherwise.
func monthNumber(s string) int {
	s = strings.TrimSuffix(foldString(s), ".")
	switch {
	case strings.HasPrefix(s, "jan"):
		return 1
	case strings.HasPrefix(s, "fev"):
		return 2
	case s == "mars":
		return 3
	case strings.HasPrefix(s, "avr"):
		return 4
	case s == "mai":
		return 5
	case s == "juin":
		return 6
	case strings.HasPrefix(s, "juil"):
		return 7
	case s == "aout":
		return 8
	case strings.HasPrefix(s, "sept"):
		return 9
	case strings.HasPrefix(s, "oct"):
		return 10
	case strings.HasPrefix(s, "nov"):
		return 11
	case strings.HasPrefix(s, "dec"):
		return 12
	}
	return 0
}

var weekdayNumbers = map[string]int{"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4,
	"vendredi": 5, "samedi": 6, "dimanche": 7}

// weekdayNumber returns 1 (lundi) to 7 (dimanche), 0 otherwise.
func weekdayNumber(s string) int {
	return weekdayNumbers[strings.TrimSuffix(foldString(s), "s")]
}

// dayNumber reads a day of month as written: "1er", "premier", "15".
func dayNumber(s string) int {
	s = foldString(s)
	if strings.HasPrefix(s, "1er") || s == "premier" || strings.HasPrefix(s, "1ᵉ") {
		return 1
	}
	n, err := strconv.Atoi(strings.TrimRight(s, "erèm"))
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

var numberWords = map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4,
	"cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
	"treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
	"trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
	"mille": 1000}

// numberValue reads a number in digits ("3", "30,4") or French words
// ("dix-huit", "vingt et un", "quatre-vingts"). ok=false when unreadable.
func numberValue(s string) (float64, bool) {
	s = strings.TrimSpace(foldString(s))
	if s == "" {
		return 0, false
	}
	if c := s[0]; '0' <= c && c <= '9' {
		v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
		return v, err == nil
	}
	total, current := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || unicode.IsSpace(r) || r == '\u00a0' }) {
		if w == "et" {
			continue
		}
		v, ok := numberWords[w]
		if !ok {
			return 0, false
		}
		switch {
		case v == 1000:
			if current == 0 {
				current = 1
			}
			total += current * 1000
			current = 0
		case v == 100:
			if current == 0 {
				current = 1
			}
			current *= 100
		case v == 20 && current > 0 && current%100 == 4: // quatre-vingt
			current = current/100*100 + 80
		default:
			current += v
		}
	}
	return float64(total + current), true
}

// unitGrain maps a unit word to its grain and TIMEX3 duration letter.
func unitGrain(s string) (grain string, letter string, mult int) {
	s = foldString(s)
	s = strings.TrimSuffix(s, "s")
	switch s {
	case "seconde", "sec", "secs":
		return "second", "S", 1
	case "minute", "min", "mn", "mins":
		return "minute", "M", 1
	case "heure", "h":
		return "hour", "H", 1
	case "jour", "journee":
		return "day", "D", 1
	case "semaine":
		return "week", "W", 1
	case "moi": // "mois" without its s
		return "month", "M", 1
	case "trimestre":
		return "month", "M", 3
	case "semestre":
		return "month", "M", 6
	case "an", "annee":
		return "year", "Y", 1
	case "quinquennat":
		return "year", "Y", 5
	case "septennat":
		return "year", "Y", 7
	case "decennie":
		return "year", "Y", 10
	case "siecle":
		return "year", "Y", 100
	}
	return "", "", 0
}

// partCode maps a part-of-day word to its TIMEX3 code.
func partCode(s string) string {
	s = foldString(s)
	switch {
	case strings.HasPrefix(s, "matin"):
		return "MO"
	case strings.HasPrefix(s, "apres-midi"), strings.HasPrefix(s, "apres midi"), s == "aprem":
		return "AF"
	case strings.HasPrefix(s, "soir"):
		return "EV"
	case s == "nuit":
		return "NI"
	case strings.HasPrefix(s, "journee"):
		return "DT"
	case s == "midi":
		return "MI"
	}
	return ""
}
