package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// word is a word of a sentence with its byte span in the text.
type word struct {
	start, end int
	text       string // lower case
}

// sentenceBounds returns the sentence around [start, end), found by
// scanning from the mention outwards (at most 2*maxSentence bytes each
// way), with the same sentence ends as the sentence index.
func sentenceBounds(text string, start, end int) (int, int) {
	lo, hi := max(0, start-2*maxSentence), min(len(text), end+2*maxSentence)
	s := start
	for s > lo {
		s = endsSentence.prev(text, lo, s) // most bytes end no sentence
		if s == lo {
			break
		}
		c := text[s-1]
		if (c == '.' || c == '!' || c == '?') && s < len(text) && (text[s] == ' ' || text[s] == '\n') && !abbrevBefore(text, s-1) {
			break
		}
		if c == '\n' && s >= 2 && text[s-2] == '\n' {
			break
		}
		s--
	}
	for s < start && !utf8.RuneStart(text[s]) {
		s++
	}
	e := end
	for e < hi {
		e = endsSentence.next(text, e, hi)
		if e == hi {
			break
		}
		c := text[e]
		if (c == '.' || c == '!' || c == '?') && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n') && !abbrevBefore(text, e) {
			e++
			break
		}
		if c == '\n' && e+1 < len(text) && text[e+1] == '\n' {
			break
		}
		e++
	}
	for e > end && e < len(text) && !utf8.RuneStart(text[e]) {
		e--
	}
	return s, e
}

// endsSentence marks the bytes that may end a sentence.
var endsSentence = newByteSet('.', '!', '?', '\n')

// abbrevBefore reports whether the period at i ends an abbreviation ("M.",
// "sept.", "J.-C.") rather than a sentence.
func abbrevBefore(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' && i-j < 6 {
		j--
	}
	if i-j > len("févr") {
		return false // longer than any abbreviation
	}
	w := lower.String(text[j:i])
	switch w {
	case "m", "mm", "mme", "dr", "st", "janv", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec", "c", "j.-c", "av", "etc", "p", "n°", "no":
		return true
	}
	return len(w) == 1 && unicode.IsUpper(rune(text[j]))
}

// words appends to out the lower-cased words of text[from:to].
func words(text string, from, to int, out []word) []word {
	for i := from; i < to; {
		if c := text[i]; c < utf8.RuneSelf && !isLetterASCII(c) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j, upper := i, false
		for j < to {
			if c := text[j]; c < utf8.RuneSelf {
				if !isLetterASCII(c) && c != '-' {
					break
				}
				upper = upper || 'A' <= c && c <= 'Z'
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			upper = upper || !unicode.IsLower(r)
			j += n
		}
		w := text[i:j]
		if upper {
			w = lower.String(w)
		}
		out = append(out, word{start: i, end: j, text: w})
		i = j
	}
	return out
}

// cue is a tense marker found in a sentence.
type cue struct {
	pos   int
	tense timeline.Tense
}

// auxiliaries of compound past tenses.
var auxiliaries = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "est": true,
	"sont": true, "était": true, "étaient": true, "eut": true, "fut": true, "furent": true, "ai": true,
	"as": true, "avons": true, "avez": true, "suis": true, "sommes": true, "êtes": true}

// conditionalAuxiliaries make, with a participle, the past conditional
// of news that is reported, not confirmed.
var conditionalAuxiliaries = map[string]bool{"aurait": true, "auraient": true, "aurais": true,
	"aurions": true, "auriez": true}

// futureForms are irregular futures and conditionals too short for the
// suffix tests, and futures whose endings also end past tenses.
var futureForms = func() map[string]timeline.Tense {
	m := map[string]timeline.Tense{"sera": timeline.TenseFuture, "seront": timeline.TenseFuture,
		"aura": timeline.TenseFuture, "auront": timeline.TenseFuture, "ira": timeline.TenseFuture,
		"iront": timeline.TenseFuture, "fera": timeline.TenseFuture, "feront": timeline.TenseFuture,
		"devra": timeline.TenseFuture, "pourra": timeline.TenseFuture, "viendra": timeline.TenseFuture,
		"tiendra": timeline.TenseFuture, "faudra": timeline.TenseFuture, "verra": timeline.TenseFuture,
		"prévu": timeline.TenseFuture, "prévue": timeline.TenseFuture, "prévus": timeline.TenseFuture,
		"prévues": timeline.TenseFuture, "attendu": timeline.TenseFuture, "attendue": timeline.TenseFuture,
		"programmé": timeline.TenseFuture, "programmée": timeline.TenseFuture}
	// Futures whose endings the suffix tests leave out, as they also end
	// past tenses ("-ura": assura; "-tra": entra; "-vra": livra).
	for _, w := range []string{"conclura", "concluront", "exclura", "excluront", "inclura", "incluront",
		"devront", "pourront", "pourrons", "verront", "enverra", "enverront", "recevra", "recevront",
		"suivra", "suivront", "poursuivra", "poursuivront", "vivra", "vivront", "survivra", "mettra",
		"mettront", "permettra", "permettront", "remettra", "remettront", "soumettra", "transmettra",
		"promettra", "connaîtra", "connaitra", "connaîtront", "connaitront", "paraîtra", "paraitra",
		"apparaîtra", "apparaitra", "disparaîtra", "disparaitra", "courra", "mourra", "saura", "sauront"} {
		m[w] = timeline.TenseFuture
	}
	return m
}()

// notVerbs end like verbs but are not.
var notVerbs = map[string]bool{"caméra": true, "opéra": true, "era": true, "extra": true,
	"contra": true, "ultra": true, "mantra": true, "tantra": true, "sera-t-il": false,
	"plutôt": true, "trait": true, "portrait": true, "retrait": true, "extrait": true, "attrait": true,
	"abstrait": true, "distrait": true, "soustrait": true}

// Classes of the words of the tense lexicons above, so that a word is
// looked up once (tenseLexicon) rather than once per lexicon.
const (
	kAux     uint8 = 1 << iota // auxiliaries
	kCondAux                   // conditionalAuxiliaries
	kFuture                    // futureForms
	kNotVerb                   // notVerbs
	kAdverb                    // adverbs
	kClitic                    // clitics
	kGoing                     // "va", "vont", "doit", "doivent": + infinitive, a future
	kPresent                   // presents of schedule (present.go) and the words that open one
)

// tenseLexicon gives the classes of every word of the tense lexicons.
var tenseLexicon = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(k uint8, words map[string]bool) {
		for w, ok := range words {
			if ok {
				m[w] |= k
			}
		}
	}
	add(kAux, auxiliaries)
	add(kCondAux, conditionalAuxiliaries)
	add(kNotVerb, notVerbs)
	add(kAdverb, adverbs)
	add(kClitic, clitics)
	add(kGoing, map[string]bool{"va": true, "vont": true, "doit": true, "doivent": true})
	for w := range futureForms {
		m[w] |= kFuture
	}
	add(kPresent, presentVerbs)
	add(kPresent, reflexivePresent)
	add(kPresent, map[string]bool{"entre": true, "entrent": true, "prend": true, "prennent": true, "a": true, "ont": true})
	return m
}()

// tenseEndings are the endings of verbs conjugated in the conditional,
// the future and the imperfect, in the order wordTense tries them
// ("raient" before "aient"), each with the longer ending that is no verb
// ("trait", "fait").
var tenseEndings = []struct {
	ending, except string
	tense          timeline.Tense
}{
	{"raient", "", timeline.TenseConditional},
	{"rait", "trait", timeline.TenseConditional},
	{"eront", "", timeline.TenseFuture},
	{"iront", "", timeline.TenseFuture},
	{"dront", "", timeline.TenseFuture},
	{"era", "", timeline.TenseFuture},
	{"ira", "", timeline.TenseFuture},
	{"dra", "", timeline.TenseFuture},
	{"erons", "", timeline.TenseFuture},
	{"erez", "", timeline.TenseFuture},
	{"aient", "", timeline.TensePast}, // imparfait
	{"ait", "fait", timeline.TensePast},
}

// endingsByLast lists, for each byte, the tenseEndings that end with it,
// in order: most words end with a byte that no tense ending has.
var endingsByLast = func() (t [256][]int) {
	for i, e := range tenseEndings {
		last := e.ending[len(e.ending)-1]
		t[last] = append(t[last], i)
	}
	return t
}()

// lexiconShapes holds a bit per (first byte, last byte, length) of the
// words of tenseLexicon: most words of a sentence are in none of its
// lexicons, and the bit tells them apart before the map lookup.
var lexiconShapes = func() (s [1 << 15 / 64]uint64) {
	for w := range tenseLexicon {
		b := wordShapeBit(w)
		s[b/64] |= 1 << (b % 64)
	}
	return s
}()

// wordShapeBit returns the bit of a non-empty word in lexiconShapes.
func wordShapeBit(w string) uint {
	return uint(w[0]&31)<<10 | uint(w[len(w)-1]&31)<<5 | uint(len(w)&31)
}

// tenseClasses returns the tenseLexicon classes of w.
func tenseClasses(w string) uint8 {
	if w == "" {
		return 0
	}
	if b := wordShapeBit(w); lexiconShapes[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	return tenseLexicon[w]
}

// wordTense returns the tense a single word marks, if any.
func wordTense(w string, capital bool) timeline.Tense {
	return wordTenseOf(w, tenseClasses(w), capital)
}

// wordTenseOf is wordTense given the word's tenseLexicon classes.
func wordTenseOf(w string, k uint8, capital bool) timeline.Tense {
	if k&kFuture != 0 {
		return futureForms[w]
	}
	if capital || k&kNotVerb != 0 || len(w) < 5 {
		return timeline.TenseUnknown
	}
	for _, i := range endingsByLast[w[len(w)-1]] {
		e := &tenseEndings[i]
		if strings.HasSuffix(w, e.ending) && (e.except == "" || !strings.HasSuffix(w, e.except)) {
			if utf8.RuneCountInString(w) < 5 {
				return timeline.TenseUnknown
			}
			return e.tense
		}
	}
	return timeline.TenseUnknown
}

// isParticiple reports whether w looks like a past participle.
func isParticiple(w string) bool {
	if strings.HasSuffix(w, "qu") {
		return false // "jusqu'", "lorsqu'": elided words, not participles in -u
	}
	for _, s := range []string{"é", "ée", "és", "ées", "i", "is", "ie", "it", "u", "ue", "us", "ert", "erte", "erts", "ertes",
		"ort", "orte", "orts", "ortes", "int", "eint", "einte", "eints", "eintes", "ris", "uit", "uite", "uits", "uites"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// isInfinitive reports whether w looks like an infinitive.
func isInfinitive(w string) bool {
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")
}

// adverbs may sit between an auxiliary and its participle.
var adverbs = map[string]bool{"ne": true, "n": true, "pas": true, "déjà": true, "bien": true,
	"également": true, "aussi": true, "toujours": true, "jamais": true, "encore": true, "enfin": true,
	"finalement": true, "notamment": true, "alors": true, "été": false, "y": true, "en": true,
	"se": true, "s": true, "plus": true, "rien": true, "beaucoup": true, "effectivement": true,
	"certes": true, "pourtant": true, "toutefois": true, "cependant": true, "donc": true, "ainsi": true,
	"souvent": true, "parfois": true, "longtemps": true, "vite": true, "trop": true, "tout": true, "même": true}

// cues finds the tense markers of a sentence.
func cues(text string, ws []word) []cue {
	var out []cue
	for i, w := range ws {
		k := tenseClasses(w.text)
		if k&kCondAux != 0 && participleFollows(ws, i) {
			// "aurait été tué", "auraient quitté": a past event reported,
			// not one to come.
			out = append(out, cue{pos: w.start, tense: timeline.TensePast})
			continue
		}
		if t := wordTenseOf(w.text, k, i > 0 && startsUpper(text[w.start:])); t != timeline.TenseUnknown {
			if strings.HasPrefix(w.text, "attendu") && avoirBefore(ws, i) {
				continue // "ils avaient attendu": a past, told by the auxiliary
			}
			out = append(out, cue{pos: w.start, tense: t})
			continue
		}
		switch {
		case k&kPresent != 0 && presentCue(ws, i):
			// "a lieu jeudi" before the auxiliary's participle test:
			// "lieu" ends like a participle.
			out = append(out, cue{pos: w.start, tense: timeline.TensePresent})
		case k&kGoing != 0 && infinitiveAfter(ws, i):
			out = append(out, cue{pos: w.start, tense: timeline.TenseFuture})
		case w.text == "avant" && i+2 < len(ws) && (ws[i+1].text == "de" || ws[i+1].text == "d") && isInfinitive(ws[i+2].text):
			out = append(out, cue{pos: w.start, tense: timeline.TenseFuture}) // "avant de quitter": still to come
		case k&kAux != 0 && participleFollows(ws, i):
			out = append(out, cue{pos: w.start, tense: timeline.TensePast})
		}
	}
	return out
}

// avoirForms are the forms of "avoir" that make a compound past with
// "attendu": with "être" it tells what is planned ("il est attendu
// jeudi"), with "avoir" what was done ("ils avaient attendu la fin de
// l'hiver"). "Il a prévu", "a programmé" still plan what they date.
var avoirForms = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "ai": true,
	"as": true, "avons": true, "avez": true, "eu": true, "aurait": true, "auraient": true}

// avoirBefore reports whether a form of "avoir" stands before the word at
// i, past adverbs and negation.
func avoirBefore(ws []word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := ws[j].text
		if avoirForms[w] {
			return true
		}
		if tenseClasses(w)&kAdverb == 0 {
			return false
		}
	}
	return false
}

// participleBefore reports whether the mention at start follows a bare
// past participle of a verb in -er, a space or two between ("entamées
// mercredi", "annoncé lundi"): of four letters or more, not "été", not
// after a form of "avoir" or "être" ("sera inaugurée", "soit ouverte": the
// auxiliary tells the tense) nor after a determiner or a preposition (a
// noun: "la société", "une journée", "le Conseil de sécurité").
func participleBefore(text string, start int) bool {
	gap := text[max(0, start-3):start]
	e := start - len(gap) + len(strings.TrimRight(gap, " \u00a0\u202f"))
	if e == start || e < 2 || text[e-1] != 0xa9 && text[e-1] != 'e' && text[e-1] != 's' {
		return false // most mentions: no participle ending just before
	}
	var buf [16]word
	ws := words(text, max(0, e-48), e, buf[:0])
	if len(ws) == 0 || ws[len(ws)-1].end != e {
		return false
	}
	w := ws[len(ws)-1].text
	if !endsLikeParticipleEr(w) || w == "été" || utf8.RuneCountInString(w) < 4 {
		return false
	}
	if len(ws) > 1 {
		p := ws[len(ws)-2].text
		if tenseClasses(p)&(kAux|kCondAux) != 0 || notSubject[p] || auxForms[p] {
			return false
		}
	}
	return true
}

// endsLikeParticipleEr reports whether w ends as the participles of verbs
// in -er do: -é, -ée, -és, -ées.
func endsLikeParticipleEr(w string) bool {
	n := len(w)
	switch {
	case n >= 2 && w[n-1] == 0xa9 && w[n-2] == 0xc3: // -é
		return true
	case n >= 3 && (w[n-1] == 'e' || w[n-1] == 's') && w[n-2] == 0xa9 && w[n-3] == 0xc3: // -ée, -és
		return true
	}
	return n >= 4 && w[n-1] == 's' && w[n-2] == 'e' && w[n-3] == 0xa9 && w[n-4] == 0xc3 // -ées
}

// auxForms are the forms of "être" and "avoir" beyond the auxiliaries of
// the compound pasts, after which a participle is no bare one: "sera
// inaugurée", "soit ouverte", "aurait signé", "ayant annoncé".
var auxForms = map[string]bool{"sera": true, "seront": true, "serait": true, "seraient": true, "soit": true,
	"soient": true, "serons": true, "serez": true, "aura": true, "auront": true, "ait": true, "aient": true,
	"eût": true, "être": true, "étant": true, "ayant": true, "avoir": true, "été": true, "fût": true}

// startsUpper reports whether s opens on an upper-case letter.
func startsUpper(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// clitics are the pronouns that may stand between a verb and the
// infinitive it governs: "doit s'achever", "va le rencontrer", "vont y
// participer".
var clitics = map[string]bool{"se": true, "s": true, "le": true, "la": true, "les": true, "l": true,
	"lui": true, "leur": true, "y": true, "en": true, "me": true, "m": true, "te": true, "t": true,
	"nous": true, "vous": true, "ne": true, "n": true, "pas": true}

// infinitiveAfter reports whether an infinitive follows the verb at i,
// past at most two clitics.
func infinitiveAfter(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+3; j++ {
		if tenseClasses(ws[j].text)&kClitic != 0 {
			continue
		}
		return isInfinitive(ws[j].text)
	}
	return false
}

// participleFollows reports whether a participle follows the auxiliary at
// i, skipping adverbs and negation.
func participleFollows(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		w := ws[j].text
		if w == "été" {
			return true
		}
		if tenseClasses(w)&kAdverb != 0 {
			continue
		}
		return isParticiple(w) && utf8.RuneCountInString(w) > 2 || shortParticiples[w]
	}
	return false
}

// shortParticiples are the past participles of two letters, which the
// suffix test leaves out with the words they look like: "a pu", "a dû",
// "a eu", "ont vu".
var shortParticiples = map[string]bool{"pu": true, "dû": true, "eu": true, "vu": true, "su": true, "lu": true,
	"bu": true, "né": true, "mû": true}

// clauseTense returns the tense that governs the mention at [start, end):
// the nearest tense marker in its sentence, preferring markers that no
// comma or "que" separates from it.
func clauseTense(text string, start, end int) timeline.Tense {
	return newSentenceIndex(text).tense(start, end)
}

// tenseWindow bounds how far from a mention a tense cue may govern it.
const tenseWindow = 400

// presentReach bounds how far from a mention a present of schedule may
// govern it, with no punctuation between: "se réunit mercredi", "entre en
// vigueur samedi à minuit", not "arrivé lundi à Moscou, il reçoit".
const presentReach = 40

// presentWeight is added to the distance of a present of schedule: the
// verbs of presentVerbs are also nouns ("a rendu mardi matin visite",
// "faisait part dimanche"), and a marked tense as near wins over them.
const presentWeight = 20

// tense returns the tense that governs the mention at [start, end).
func (x *sentenceIndex) tense(start, end int) timeline.Tense {
	if participleBefore(x.text, start) {
		// "les discussions, entamées mercredi,": what the date right
		// after a bare participle names is past
		return timeline.TensePast
	}
	best, bestDist := timeline.TenseUnknown, 1<<30
	for _, c := range x.cuesOf(start) {
		if c.pos >= start && c.pos < end || c.pos < start-tenseWindow || c.pos > end+tenseWindow {
			continue
		}
		lo, hi := c.pos, start
		if c.pos > start {
			lo, hi = end, c.pos
		}
		d := hi - lo
		if c.tense == timeline.TensePresent {
			if d > presentReach || anyIn(x.punct, lo, hi) || anyIn(x.ques, lo, hi) {
				continue // a present of schedule governs the date it is said with only
			}
			d += presentWeight
		}
		if anyIn(x.punct, lo, hi) {
			d += 150
		}
		if anyIn(x.ques, lo, hi) {
			d += 300
		}
		if d < bestDist {
			best, bestDist = c.tense, d
		}
	}
	return best
}
