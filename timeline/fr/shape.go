package fr

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shape tests are hand-written checks, run before a rule's regular
// expression, that the words at a start can make the rule's match: "du 8
// mars à Tavannes" holds no range, "une réunion" no amount of time. Most
// starts a rule is tried at fail, and Go's regular expressions take
// microseconds to fail on the larger patterns; reading a few words takes
// tens of nanoseconds.
//
// Every shape test must accept every window where its rule's expression
// finds a match ending on a word boundary (the only matches matchAt
// keeps) that the rule's parse accepts: a shape may accept too much, never
// too little. It reads whole
// words, so where an expression lets two words touch ("unan" for "un
// an"), the shape accepts any word it does not know that opens on a word
// it expects. FuzzFiltersKeepMatches and TestFiltersKeepMatchesOnText hold
// the shapes to this.

// maxShapeWords bounds how many words a shape test reads; a window with
// more words than that is accepted.
const maxShapeWords = 16

// shapeWord is a run of letters or of ASCII digits of a window.
type shapeWord struct {
	sep   string // the text between the previous word (or the window start) and this one
	text  string
	at    int // the offset of text in the window
	digit bool
	// odd marks letters fold cannot read ("ſ", "K"): case-insensitive
	// expressions may still match them, so shapes accept such words.
	odd bool
	f   [24]byte // the folded word, cut at 24 bytes
	n   int
}

// class returns the word's trigger classes. It is looked up when asked
// for: most words of a window are never looked at.
func (w *shapeWord) class() Trigger {
	if w.digit || w.odd || len(w.text) > len(w.f) || w.n == 0 || !lexiconShapes.has(w.f[:w.n]) {
		return 0
	}
	return wordInfo[string(w.f[:w.n])].trig
}

// folded returns the folded word (its first 24 bytes).
func (w *shapeWord) folded() []byte { return w.f[:w.n] }

// is reports whether the folded word is one of words.
func (w *shapeWord) is(words ...string) bool {
	for _, x := range words {
		if string(w.f[:w.n]) == x && len(w.text) <= len(w.f) {
			return true
		}
	}
	return false
}

// opens reports whether the folded word opens on one of prefixes.
func (w *shapeWord) opens(prefixes ...string) bool {
	for _, p := range prefixes {
		if len(p) <= w.n && string(w.f[:len(p)]) == p {
			return true
		}
	}
	return false
}

// Window is the text a rule may read from one start, with its words split
// as the shape tests ask for them: the rules tried at the same start share
// it, so that its words are split once, and only as far as they are read.
// The zero Window is empty; Reset points it at a start.
type Window struct {
	text string // the text from the start, at most window bytes
	buf  [maxShapeWords]shapeWord
	n    int  // words split so far, in buf
	pos  int  // where splitting resumes in text
	prev int  // the end of the last word split
	done bool // every word the window can give is split
	full bool // the window holds more words than buf
	// idx is room for the submatch indexes of a fast matcher (see
	// fast.go), kept from one start to the next.
	idx []int
	// bt is the scratch of the rules' backtracking matcher.
	bt btScratch
	// mask is leadMask's answer at the start, once asked (masked).
	mask   uint32
	masked bool
}

// Reset points w at byte start of text.
func (w *Window) Reset(text string, start int) {
	start = min(max(start, 0), len(text))
	w.text = text[start:min(len(text), start+window)]
	w.n, w.pos, w.prev, w.done, w.full = 0, 0, 0, false, false
	w.masked = false
}

// leadMask returns the bits of the compiled rules that may match at byte
// start of text, which w was last Reset to: those the lead table allows
// for the two bytes there, or every rule at the text's last byte.
func (w *Window) leadMask(text string, start int) uint32 {
	if !w.masked {
		w.mask, w.masked = ^uint32(0), true
		if start+1 < len(text) {
			w.mask = leadRules()[leadSlot(text[start], text[start+1])]
		}
	}
	return w.mask
}

// words returns the first want words of the window (all of them when it
// holds fewer, at most maxShapeWords) and whether it may hold more: more
// is true when splitting stopped before the window's end, even if only
// spaces or punctuation remain there, so that a shape test which takes
// more for a reason to accept accepts too much, never too little.
func (w *Window) words(want int) (ws []shapeWord, more bool) {
	want = min(want, maxShapeWords)
	for w.n < want && !w.done {
		w.split()
	}
	return w.buf[:w.n], !w.done || w.full
}

// split splits the next word of the window into buf, or marks the window
// done when none is left, or done and full when buf has no room for it.
func (w *Window) split() {
	win := w.text
	i := w.pos
	for i < len(win) {
		c := win[i]
		if c < utf8.RuneSelf {
			if !isDigitByte(c) && !isLetterByte(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(win[i:]); !unicode.IsLetter(r) {
			i += n
			continue
		}
		break
	}
	if i >= len(win) || w.n == maxShapeWords {
		w.done, w.full, w.pos = true, i < len(win), i
		return
	}
	sw := &w.buf[w.n]
	w.n++
	*sw = shapeWord{sep: win[w.prev:i], at: i}
	start := i
	if isDigitByte(win[i]) {
		for i < len(win) && isDigitByte(win[i]) {
			i++
		}
		sw.digit = true
		sw.text = win[start:i]
		w.prev, w.pos = i, i
		return
	}
	end, n, foldable := FoldRun(win, i, sw.f[:])
	i = end
	sw.n, sw.odd = min(n, len(sw.f)), !foldable
	sw.text = win[start:i]
	w.prev, w.pos = i, i
}

func isLetterByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// onlySpaces reports whether sep holds nothing but spaces.
func onlySpaces(sep string) bool {
	for _, r := range sep {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u202f':
		default:
			return false
		}
	}
	return true
}

// hasDash reports whether sep holds a hyphen or an en dash.
func hasDash(sep string) bool { return strings.ContainsAny(sep, "-–") }

// numWords are the French numbers in words the expressions read (pattern
// numWord), folded.
var numWords = map[string]bool{
	"un": true, "une": true, "deux": true, "trois": true, "quatre": true, "cinq": true, "six": true,
	"sept": true, "huit": true, "neuf": true, "dix": true, "onze": true, "douze": true, "treize": true,
	"quatorze": true, "quinze": true, "seize": true, "vingts": true, "vingt": true, "trente": true,
	"quarante": true, "cinquante": true, "soixante": true, "cent": true, "cents": true, "mille": true,
}

// isNumWord reports whether w is a number in words.
func (w *shapeWord) isNumWord() bool {
	return !w.digit && len(w.text) <= len(w.f) && numWords[string(w.f[:w.n])]
}

// opensOnNumWord reports whether w opens on a number in words, as a word
// glued to the next would.
func (w *shapeWord) opensOnNumWord() bool {
	for k := 2; k <= min(w.n, 9); k++ {
		if numWords[string(w.f[:k])] {
			return true
		}
	}
	return false
}

// isDayWord reports whether w can be a day of a range in words: a number
// in words, "premier", or one of them with an ordinal ending ("une").
func (w *shapeWord) isDayWord() bool {
	if w.digit || len(w.text) > len(w.f) {
		return false
	}
	f := string(w.f[:w.n])
	if numWords[f] || f == "premier" {
		return true
	}
	for _, suffix := range []string{"eme", "er", "e"} {
		if strings.HasSuffix(f, suffix) && numWords[f[:len(f)-len(suffix)]] {
			return true
		}
	}
	return false
}

// rangeSep reports whether sep can stand between two words of a range:
// spaces, apostrophes, dashes, the dot of an abbreviation.
func rangeSep(sep string) bool {
	for _, r := range sep {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u202f', '\'', '’', '-', '–', '.':
		default:
			return false
		}
	}
	return true
}

// rangeShape is DateRange's shape test: "de 1999 à 2012", "2012-2013", or words of days,
// weekdays, months and years holding a link ("au", "jusqu'au", "et le", a
// dash) and a month after it.
func rangeShape(win *Window) bool {
	ws, _ := win.words(4)
	if len(ws) >= 4 && ws[0].is("de", "entre") && ws[1].digit && len(ws[1].text) == 4 &&
		ws[2].is("a", "et") && ws[3].digit && len(ws[3].text) >= 4 {
		return true
	}
	if len(ws) >= 2 && ws[0].digit && len(ws[0].text) == 4 && ws[1].digit && len(ws[1].text) >= 4 && onlySpacesOrDash(ws[1].sep) {
		return true // "2012-2013"
	}
	linked := false
	// The words are split as they are read: most starts are refused on
	// their first words.
	for k := 0; ; k++ {
		ws, more := win.words(k + 1)
		if k == len(ws) {
			return more
		}
		w := &ws[k]
		// "dix-sept", "vingt-et-un": a number in words, not a range
		compound := false
		if k > 0 {
			if !rangeSep(w.sep) {
				return false
			}
			compound = hasDash(w.sep) && (ws[k-1].isNumWord() || ws[k-1].is("et")) && (w.isNumWord() || w.is("et"))
			if hasDash(w.sep) && !compound {
				linked = true
			}
		}
		switch {
		case w.odd:
			return true
		case k == 0 && w.is("au", "jusqu", "et"):
			return false // a link with no day before it
		case w.class()&TMonth != 0 && !compound: // "sept" is also a number
			if linked {
				return true
			}
		case w.class()&TWeekday != 0 && k > 0 && ws[k-1].is("au", "et"):
			return true // "du lundi au mercredi"
		case w.is("au"):
			linked = true
		case w.is("le"):
			if k > 0 && ws[k-1].is("et") {
				linked = true
			}
		case w.digit, w.is("du", "entre", "et", "jusqu"), w.class()&TWeekday != 0, w.isDayWord():
		case k > 0 && ws[k-1].digit && w.sep == "" && w.is("er", "e", "eme"):
			// "1er", "2e", "3ème": the ending of a day
		case k > 0 && ws[k-1].digit && w.sep == "" && w.opens("e") && endsOnMonth(w.folded(), 0),
			w.opensOnNumWord() && gluedToMonth(w.folded()),
			w.opens("premier") && endsOnMonth(w.folded(), len("premier")):
			return true // a day glued to its month ("1ermars", "vingtmars")
		default:
			return false
		}
	}
}

// gluedMonths are the months of monthAfterDay, folded as shape words are.
var gluedMonths = map[string]bool{
	"janvier": true, "janv": true, "jan": true, "fevrier": true, "fevr": true, "fev": true, "mars": true,
	"avril": true, "avr": true, "mai": true, "juin": true, "juillet": true, "juil": true, "aout": true,
	"septembre": true, "sept": true, "octobre": true, "oct": true, "novembre": true, "nov": true,
	"decembre": true, "dec": true,
}

// endsOnMonth reports whether the folded word f, from byte k, is a month,
// after the ending of an ordinal day if it has one ("er", "e", "eme"): a
// day glued to its month ("1ermars", "premiermars"), which must end there
// since a space or a dash follows the month of a range. A word cut at
// the length of shape words may be one.
func endsOnMonth(f []byte, k int) bool {
	if len(f) >= len(shapeWord{}.f) {
		return true
	}
	rest := string(f[k:])
	if gluedMonths[rest] {
		return true
	}
	for _, ending := range []string{"eme", "er", "e"} {
		if strings.HasPrefix(rest, ending) && gluedMonths[rest[len(ending):]] {
			return true
		}
	}
	return false
}

// gluedToMonth reports whether the folded word f is a number in words
// glued to a month ("vingtmars", "unjanvier"), as endsOnMonth reads it.
func gluedToMonth(f []byte) bool {
	for k := 2; k <= min(len(f), 9); k++ {
		if numWords[string(f[:k])] && endsOnMonth(f, k) {
			return true
		}
	}
	return false
}

// dayRangeShape is DayRange's shape test: "du", "entre" or "jusqu'au",
// then a day, a weekday or a link.
func dayRangeShape(win *Window) bool {
	ws, _ := win.words(1)
	if len(ws) == 0 {
		return false
	}
	if !ws[0].is("du", "entre", "jusqu") {
		return ws[0].odd
	}
	for k := 1; ; k++ {
		ws, more := win.words(k + 1)
		if k == len(ws) {
			return more
		}
		switch w := &ws[k]; {
		case w.odd, w.digit, w.isDayWord(), w.class()&TWeekday != 0:
			return true
		case !w.is("le", "au"):
			return false
		}
	}
}

// amountShape tells whether the words from k make an amount of time: a
// number, in digits or in words, or one of counts ("quelques"), then a
// unit; with round set, "une dizaine de" counts too. It returns the index
// of the word after the unit, or -1 when they do not. accept is set when it cannot tell: a word it cannot read, a
// number glued to its unit ("unan"), words past the ones it was given.
func amountShape(ws []shapeWord, full bool, k int, round bool, counts ...string) (next int, accept bool) {
	if k >= len(ws) {
		return -1, full
	}
	w := &ws[k]
	switch {
	case w.odd:
		return -1, true
	case w.digit:
		k++
		if k+1 < len(ws) && (ws[k].sep == "," || ws[k].sep == ".") && ws[k].digit {
			k++ // "30,4 secondes"
		}
	case w.isNumWord():
		k++
		for k < len(ws) && (ws[k].isNumWord() || ws[k].is("et")) {
			k++
		}
		if k < len(ws) && ws[k].opensOnNumWord() && !ws[k].isNumWord() {
			return -1, true // "deux deuxans": the last number glued to its unit
		}
		if k < len(ws) && round && ws[k].is(roundCounts...) {
			k++ // "une dizaine de jours"
			if k < len(ws) && ws[k].is("de", "d") {
				k++
			}
		}
	case w.is(counts...):
		k++
	case w.opensOnNumWord(), w.opens(counts...):
		return -1, true
	default:
		return -1, false
	}
	if k >= len(ws) {
		return -1, full
	}
	if ws[k].class()&TUnit != 0 {
		return k + 1, false
	}
	return -1, ws[k].odd
}

// gluedCount reports whether f, the folded rest of a word after "de",
// opens on a number in words or a count of Duration: "de" glued to it.
func gluedCount(f []byte) bool {
	for k := 2; k <= min(len(f), 10); k++ {
		switch string(f[:k]) {
		case "quelques", "plusieurs", "des", "longues", "nombreuses":
			return true
		}
		if numWords[string(f[:k])] {
			return true
		}
	}
	return false
}

// roundCounts are the approximate counts of "une dizaine de jours".
var roundCounts = []string{"dizaine", "quinzaine", "vingtaine", "trentaine", "centaine"}

// durationShape is Duration's shape test: an amount of time, with the
// words that qualify it ("environ", "plus de"), or the words that are one
// ("un quart de siècle", "quinquennat").
func durationShape(win *Window) bool {
	ws, full := win.words(maxShapeWords)
	k := 0
	for k < len(ws) && k < 3 && ws[k].is("environ", "pres", "plus", "moins", "de", "d", "au", "quelque") {
		k++
	}
	if k == len(ws) {
		return full
	}
	w := &ws[k]
	switch {
	case w.is("quinquennat", "septennat"):
		return true
	case w.is("un", "une") && k+1 < len(ws) && ws[k+1].is("quart", "demi"):
		return true
	case w.opens("environ", "quelque", "moins") || w.opens("de") && gluedCount(w.f[2:w.n]):
		return true // a qualifier glued to its number: "environdeux", "dedix"
	}
	next, accept := amountShape(ws, full, k, true, "quelques", "plusieurs", "des", "longues", "nombreuses")
	return next >= 0 || accept
}

// countedShape is CountedPeriod's shape test: a number and a unit with a
// word placing them ("les 2 prochaines semaines", "trois jours suivants").
func countedShape(win *Window) bool {
	ws, full := win.words(maxShapeWords)
	k := 0
	if len(ws) > 0 && ws[0].is("les", "ces", "des", "ses", "leurs") {
		k++
		if k < len(ws) && ws[k].opens("prochain", "dernier") {
			// "les dernières 24 heures"
			next, accept := amountShape(ws, full, k+1, false)
			if next >= 0 || accept {
				return true
			}
		}
	}
	if k >= len(ws) {
		return full
	}
	w := &ws[k]
	switch {
	case w.odd:
		return true
	case w.digit:
		k++
		if k+1 < len(ws) && (ws[k].sep == "," || ws[k].sep == ".") && ws[k].digit {
			k++
		}
	case w.isNumWord():
		k++
		for k < len(ws) && (ws[k].isNumWord() || ws[k].is("et")) {
			k++
		}
		if k < len(ws) && ws[k].opensOnNumWord() && !ws[k].isNumWord() {
			return true // "deux deuxjours": the last number glued to its unit
		}
	default:
		return false
	}
	if k+1 >= len(ws) {
		return full || k < len(ws) && ws[k].odd
	}
	a, b := &ws[k], &ws[k+1]
	switch {
	case a.odd || b.odd:
		return true
	case a.opens("prochain", "dernier") && b.class()&TUnit != 0:
		return true
	case a.class()&TUnit != 0:
		return b.opens("suivant", "pass", "precedent", "dernier", "ecoul") || b.is("a")
	}
	return false
}

// offsetShape is Offset's shape test: an amount of time after "il y a",
// "dans" or "d'ici", or before a word placing it ("plus tard",
// "auparavant"): parseOffset takes no bare amount.
func offsetShape(win *Window) bool {
	ws, full := win.words(maxShapeWords)
	k, anchored := 0, false
	switch {
	case len(ws) >= 3 && ws[0].is("il") && ws[1].is("y") && ws[2].is("a"):
		k, anchored = 3, true
	case len(ws) >= 1 && ws[0].is("dans", "voila", "voici"):
		k, anchored = 1, true
	case len(ws) >= 2 && ws[0].is("d") && ws[1].is("ici"):
		k, anchored = 2, true
	}
	if k < len(ws) && ws[k].digit {
		// "dans 2'", "30\"": minutes and seconds marks glued to the number
		after := win.text[ws[k].at+len(ws[k].text):]
		if strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "'") || strings.HasPrefix(after, "″") ||
			strings.HasPrefix(after, "′") || strings.HasPrefix(after, "’") {
			return true
		}
	}
	if anchored && k < len(ws) {
		// "il y a près de trois semaines", "dans plus d'un mois", "il y a
		// un peu plus d'un mois"
		if ws[k].is("un") && k+2 < len(ws) && ws[k+1].is("peu") && ws[k+2].is("plus", "moins") {
			k += 2
		}
		switch {
		case ws[k].is("pres", "plus", "moins") && k+1 < len(ws) && ws[k+1].is("de", "d"):
			k += 2
		case ws[k].is("environ", "presque", "quasiment", "bientot", "juste", "exactement"):
			k++
		case ws[k].is("tout") && k+1 < len(ws) && ws[k+1].is("juste"):
			k += 2
		case ws[k].is("au") && k+1 < len(ws) && ws[k+1].is("moins"):
			k += 2
		}
	}
	next, accept := amountShape(ws, full, k, anchored, "quelques", "plusieurs")
	switch {
	case accept:
		return true
	case next < 0:
		return false
	case anchored:
		return true
	case next == len(ws):
		return full
	}
	w := &ws[next]
	switch {
	case w.odd, w.is("apres", "auparavant", "avant"):
		return true
	case w.is("plus", "de"):
		if next+1 == len(ws) {
			return full
		}
		n := &ws[next+1]
		return n.odd || w.is("plus") && n.is("tard", "tot") || w.is("de") && n.is("plus")
	}
	return false
}

// clockShape is ClockTime's shape test: after words such as "à", "vers"
// or "aux alentours de", "midi", "minuit", an hour in digits followed by
// "h", "heures", minutes or "am"/"pm", or an hour in words followed by
// "heures".
func clockShape(win *Window) bool {
	ws, full := win.words(maxShapeWords)
	k := 0
	for k < len(ws) && k < 4 && ws[k].is("a", "vers", "des", "avant", "apres", "jusqu", "aux", "alentours", "de", "autour", "environ", "peu") {
		k++
	}
	if k == len(ws) {
		return full
	}
	w := &ws[k]
	switch {
	case w.odd, w.is("midi", "minuit"):
		return true
	case w.digit:
		return clockDigits(ws, k, false)
	case w.isNumWord():
		for k < len(ws) && (ws[k].isNumWord() || ws[k].is("et")) {
			k++
		}
		if k == len(ws) {
			return full
		}
		return ws[k].opens("heure") || ws[k].odd
	}
	return w.opensOnNumWord() // "uneheure": an hour glued to its unit
}

// clockDigits tells whether the number at ws[k] can be an hour: followed
// by "h", "heures", "am" or "pm", by ":" and minutes, or by a dash and the
// hour that ends a range ("13-15h") when ranged is not set.
func clockDigits(ws []shapeWord, k int, ranged bool) bool {
	if k+1 >= len(ws) {
		return false
	}
	w, n := &ws[k], &ws[k+1]
	switch {
	case n.odd:
		return true
	case !n.digit:
		return hourMark(n, len(w.text))
	case len(w.text) > 2:
		return false
	case n.sep == ":":
		return true
	case n.sep == ".":
		return k+2 < len(ws) && ampm(&ws[k+2])
	case !ranged && hasDash(n.sep) && onlySpacesOrDash(n.sep):
		return clockDigits(ws, k+1, true)
	}
	return false
}

// hourMark reports whether w, after an hour in digits of the given
// length, marks it as one: "h", "heures", "am", "pm".
func hourMark(w *shapeWord, digits int) bool {
	if !onlySpaces(w.sep) {
		return false
	}
	if w.odd || digits <= 2 && w.opens("h") {
		return true
	}
	return digits <= 4 && ampm(w)
}

// ampm reports whether w can open "am", "pm", "a.m." or "p.m.".
func ampm(w *shapeWord) bool {
	return onlySpaces(w.sep) && (w.odd || w.opens("am", "pm") || w.is("a", "p"))
}

// onlySpacesOrDash reports whether sep holds spaces and one dash.
func onlySpacesOrDash(sep string) bool {
	i := strings.IndexAny(sep, "-–")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(sep[i:])
	return onlySpaces(sep[:i]) && onlySpaces(sep[i+n:])
}

// numericShape is NumericDate's shape test: after "le" and a weekday
// when they come, a day of one or two digits followed by "/", "." or a
// space and a month of one or two digits, or a year of four digits
// followed by "-" and a month.
func numericShape(win *Window) bool {
	ws, _ := win.words(4)
	k := 0
	if k < len(ws) && ws[k].is("le") {
		k++
	}
	if k < len(ws) && ws[k].class()&TWeekday != 0 {
		k++
	}
	for _, w := range ws[:min(k+1, len(ws))] {
		if w.odd {
			return true
		}
	}
	if k+1 >= len(ws) || !ws[k].digit || !ws[k+1].digit || len(ws[k+1].text) > 2 {
		return false
	}
	switch sep := ws[k+1].sep; len(ws[k].text) {
	case 1, 2:
		return sep == "/" || sep == "." || sep == " " ||
			sep == "-" && k+2 < len(ws) && ws[k+2].sep == "-" && len(ws[k+2].text) == 4 // "24-03-2016"
	case 4:
		return sep == "-" || sep == "/"
	}
	return false
}

// yearShape is Year's shape test: from a number, four digits. Starts on a
// word ("en", "l'an", "les années") are left to the expression.
func yearShape(win *Window) bool {
	ws, _ := win.words(1)
	return len(ws) > 0 && (!ws[0].digit || len(ws[0].text) == 4)
}

// seasonShape is Season's shape test: "été" with no determiner before it
// is the past participle of être unless a year follows ("été 2015"), as
// parseSeason decides.
func seasonShape(win *Window) bool {
	ws, _ := win.words(2)
	if len(ws) == 0 {
		return false
	}
	if ws[0].is("ete") {
		return len(ws) > 1 && (ws[1].digit || ws[1].odd)
	}
	return true
}

// holidayShape is Holiday's shape test: after words such as "le", "la
// fête de" or "le jour du", the name of a holiday; "an", "morts" and
// "travail" only after "jour", "journée" or "fête", as parseHoliday
// decides.
func holidayShape(win *Window) bool {
	dated := false
	for k := 0; ; k++ {
		ws, more := win.words(k + 2) // the word read and the one after it
		if k >= len(ws) {
			return more
		}
		w := &ws[k]
		switch {
		case w.odd:
			return true
		case w.is("jour", "journee", "fete"):
			dated = true
			if k+1 < len(ws) && ws[k+1].is("nationale") {
				return true
			}
		case w.is("le", "la", "l", "de", "du", "des"):
		case w.is("an", "morts", "travail"):
			return dated
		case !w.digit && holidayOpeners[string(w.folded())]:
			return true
		case w.digit && w.text == "14" && k+1 < len(ws) && (ws[k+1].is("juillet") || ws[k+1].odd):
			return true
		case w.digit && len(w.text) <= 2 && k+1 < len(ws) && ws[k+1].sep == "-":
			return true // "le 11-Septembre"
		case w.text == "1" && k+2 < len(ws) && ws[k+1].is("er") && ws[k+2].sep == "-":
			return true // "le 1er-Mai"
		case w.digit:
			return false
		default:
			return false
		}
	}
}

// setShape is Set's shape test: after "chaque", "par", "tous les" or
// "toutes les", a unit, a part of day or a weekday. Other starts
// ("quotidien", "les lundis") are left to the expression.
func setShape(win *Window) bool {
	ws, full := win.words(3)
	if len(ws) == 0 {
		return false
	}
	k := 1
	switch w := &ws[0]; {
	case w.is("tous", "toutes"):
		if len(ws) > 1 && !ws[1].is("les") && !ws[1].odd {
			return false
		}
		k = 2
	case !w.is("chaque", "par"):
		return true
	}
	if k >= len(ws) {
		return full
	}
	w := &ws[k]
	return w.odd || w.opens("jour", "semaine", "mois", "an", "matin", "soir", "nuit", "week", "semestre", "trimestre",
		"heure", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
}

// sameShape is SamePeriod's shape test: "même", "moment", "pareille" or
// "là" among the first words.
func sameShape(win *Window) bool {
	ws, _ := win.words(4)
	for k := range ws[:min(len(ws), 4)] {
		w := &ws[k]
		if w.odd || w.is("meme", "moment", "pareille") || w.is("la") && (w.text != "la" && w.text != "La" && w.text != "LA" || strings.HasSuffix(w.sep, "-")) {
			return true
		}
	}
	return false
}

// relativeDayShape is RelativeDay's shape test: after "le", "la", "au",
// "ce" or "l'", a word of a day counted from another ("hier", "veille",
// "lendemain", ...), or "jour" followed by "d'avant", "d'après",
// "précédent" or "suivant" ("ce jour" alone).
func relativeDayShape(win *Window) bool {
	ws, _ := win.words(3)
	for k := range ws[:min(len(ws), 2)] {
		if ws[k].odd {
			return true
		}
	}
	k := 0
	if len(ws) > 0 && ws[0].is("le", "la", "au", "ce", "l") {
		k = 1
	}
	if k >= len(ws) {
		return false
	}
	switch w := &ws[k]; {
	case w.is("aujourd", "hier", "demain", "avant", "apres", "veille", "lendemain", "surlendemain"):
		return true
	case w.is("jour"):
		if k == 1 && ws[0].is("ce") {
			return true
		}
		return k+1 < len(ws) && (ws[k+1].odd || ws[k+1].is("d", "suivant") || ws[k+1].opens("prec"))
	}
	return false
}

// ordinalShape is OrdinalPeriod's shape test: after "le" or "la", an
// ordinal in words ("première", "dernier", "deuxième"), one in digits
// from 1 to 5 with its ending glued to it ("1er", "3e"; "2" may go
// without), or "semaine" ("la semaine du 14 mars").
func ordinalShape(win *Window) bool {
	ws, _ := win.words(3)
	k := 0
	if len(ws) > 0 && ws[0].is("le", "la") {
		k = 1
	}
	if k >= len(ws) {
		return false
	}
	w := &ws[k]
	switch {
	case w.odd:
		return true
	case w.digit:
		if len(w.text) != 1 || w.text[0] < '1' || w.text[0] > '5' {
			return false
		}
		return w.text == "2" || k+1 < len(ws) && ws[k+1].sep == "" && !ws[k+1].digit
	}
	return w.opens("premi", "derni", "deuxi", "troisi", "quatri", "cinqui", "semaine")
}

// wordAheadShape returns a shape test that holds when one of the first n
// words of the window opens on one of prefixes: YearPart needs "trimestre"
// or "semestre" there, Century "siècle". A word it cannot fold leaves the
// rule to its expression.
func wordAheadShape(n int, prefixes ...string) func(win *Window) bool {
	return func(win *Window) bool {
		ws, _ := win.words(n)
		for k := range ws {
			if ws[k].odd || ws[k].opens(prefixes...) {
				return true
			}
		}
		return false
	}
}

// edgeShape is EdgePeriod's shape test: after a determiner and a count,
// "premiers" or "derniers" and the unit ("jours", "mois"), or "première"
// and "moitié".
func edgeShape(win *Window) bool {
	ws, more := win.words(6)
	for k := range ws {
		w := &ws[k]
		switch {
		case w.odd:
			return true
		case w.opens("premi", "derni", "deuxi", "second"):
			if k+1 >= len(ws) {
				return more
			}
			return ws[k+1].odd || ws[k+1].opens("jours", "mois", "moiti")
		case w.digit || w.isNumWord() || w.is("les", "des", "aux", "la", "de", "a"):
		default:
			return false
		}
	}
	return more
}
