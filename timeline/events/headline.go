package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// span is a byte range [from, to) of an article's text.
type span struct{ from, to int }

// maxHeadlineWords bounds headlines.
const maxHeadlineWords = 14

// headline writes the clause cl without its date, trimmed to a few words,
// with a capital first letter: subject, predicate, object. What the clause
// leaves out is taken from around it:
//   - a pronoun or a verb that opens it takes the subject;
//   - a participle that opens it ("entré en vigueur le 27 février",
//     "suspendus le 3 février") takes the noun phrase it qualifies, before
//     the comma, or the subject when it opens the sentence;
//   - a date in apposition ("le début de l'intervention russe, le 30
//     septembre") or in an incise ("la reprise, hier à Genève, des
//     négociations") dates the noun phrase around it.
//
// s is the start of the sentence.
func headline(d *doc, cl span, m timeline.Mention, predicate, subject string, s int) string {
	text := d.text
	ws := clauseWords(d, cl, m)
	first := ""
	if len(ws) > 0 {
		first = lower.String(ws[0])
	}
	predFirst := lower.String(firstField(predicate))
	switch {
	case predicate == "" && (len(ws) == 0 || precededByComma(text, s, cl.from)):
		ws = append(nounPhraseBefore(d, s, cl.from), ws...)
		ws = append(ws, incisedRest(text, cl.to)...)
	case first == "qui":
		ws = append(antecedentPhrase(d, s, cl.from), ws[1:]...)
	case isPronoun(first) && subject != "":
		ws = append([]string{subject}, ws[1:]...)
	case isFiniteVerb(first) && subject != "":
		ws = append([]string{subject}, ws...)
	case (first == "se" || strings.HasPrefix(first, "s'") || strings.HasPrefix(first, "s’")) && subject != "":
		ws = append([]string{subject}, lowerFirst(ws)...) // "se réunira", "s'est engagé": a pronominal verb
	case predFirst != "" && strings.HasPrefix(first, predFirst):
		ws = append(participleSubject(d, s, cl.from, subject), lowerFirst(ws)...)
	case isParticipleForm(first) && first != predFirst:
		ws = fromHappeningNoun(ws)
	}
	return finish(ws)
}

// clauseWords returns the words of the clause without the date, without
// quotes, without a leading "que", and with the "ne" of a restrictive
// "ne ... que DATE" dropped (it negates nothing).
func clauseWords(d *doc, cl span, m timeline.Mention) []string {
	text := d.text
	ws := strings.Fields(unquote(text[cl.from:max(cl.from, min(m.Offset, cl.to))]))
	if n := len(ws); n > 0 && datePrepositions[lower.String(ws[n-1])] {
		if n > 1 && strings.HasPrefix(lower.String(ws[n-1]), "jusqu") && avoirForms[lower.String(ws[n-2])] {
			// "ont jusqu'à vendredi midi pour répondre": the date is what
			// they have, and stays.
			ws = append(ws, strings.Fields(unquote(m.Text))...)
		} else {
			// "a décollé en début de journée pour ...", "la crise de
			// 2009 a touché", "celles d'hier": the word that brings the
			// date goes with it, and the locution it ends ("aux
			// alentours de", "à partir de").
			ws = ws[:n-1]
			if n > 1 && locutionEnds[lower.String(ws[n-2])] {
				for _, loc := range dateLocutions {
					if k := len(ws) - len(loc); k >= 0 && equalFoldWords(ws[k:], loc) {
						ws = ws[:k]
						break
					}
				}
			}
		}
	}
	if m.EndOffset < cl.to {
		ws = append(ws, strings.Fields(unquote(text[max(cl.from, m.EndOffset):cl.to]))...)
	}
	ws = trimEdges(ws)
	for len(ws) > 0 && (isComplementizer(ws[0]) || strings.EqualFold(ws[0], "dont") || strings.EqualFold(ws[0], "où")) {
		ws = ws[1:]
	}
	if restrictive(d, cl.from, m) {
		ws = dropNe(ws)
	}
	return ws
}

// datePrepositions introduce a date inside a clause and go with it, as
// do the determiners a date's span leaves before it.
var datePrepositions = setOf("en", "dès", "depuis", "d'ici", "d’ici", "jusqu'à", "jusqu’à", "jusqu'au",
	"jusqu’au", "jusqu'en", "jusqu’en", "vers", "à", "au", "avant", "après", "qu'en", "qu’en", "qu'à", "qu’à",
	"qu'au", "qu’au", "de", "du", "des", "d'", "d’", "pour", "pendant", "durant", "le", "la", "les", "l'", "l’")

// dateLocutions end on a word of datePrepositions with it: "aux
// alentours de minuit", "à partir du 8".
var dateLocutions = [][]string{{"aux", "alentours"}, {"aux", "environs"}, {"autour"}, {"à", "partir"},
	{"a", "partir"}, {"au", "cours"}, {"peu", "avant"}, {"peu", "après"}, {"à", "compter"}}

// locutionEnds are the last words of dateLocutions.
var locutionEnds = func() map[string]bool {
	m := map[string]bool{}
	for _, loc := range dateLocutions {
		m[loc[len(loc)-1]] = true
	}
	return m
}()

// equalFoldWords reports whether ws are the words of loc, ignoring case.
func equalFoldWords(ws, loc []string) bool {
	for i, w := range loc {
		if lower.String(ws[i]) != w {
			return false
		}
	}
	return true
}

// avoirForms are the forms of "avoir" that may have a date as their
// object: "ils ont jusqu'à vendredi pour répondre".
var avoirForms = setOf("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "as", "avez", "avons")

// unquote blanks quotation marks and unusual spaces.
func unquote(s string) string {
	if !hasQuoteByte(s) {
		return s // the common case: nothing to blank, nothing to allocate
	}
	return unquoter.Replace(s)
}

var unquoter = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\n", " ", "«", " ", "»", " ", "\"", " ",
	"“", " ", "”", " ")

// hasQuoteByte reports whether s holds a byte that opens one of the
// sequences unquote blanks.
func hasQuoteByte(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '"', 0xc2, 0xe2: // "\u00a0", "«" and "»" open on 0xc2; "\u202f", "“" and "”" on 0xe2
			return true
		}
	}
	return false
}

// restrictive reports a date after "que" in a clause with "ne": "ne sera
// accueilli que mercredi matin", "n'ont été libérés qu'en janvier" say
// when, not that it will not be.
func restrictive(d *doc, from int, m timeline.Mention) bool {
	ts := d.tokens(from, m.Offset)
	if n := len(ts); n > 1 && ts[n-2].word == "qu" && datePrepositions[ts[n-1].word] {
		ts = ts[:n-1] // "qu'en", "qu'à": the preposition of the date
	}
	if len(ts) == 0 || ts[len(ts)-1].word != "que" && ts[len(ts)-1].word != "qu" {
		return false
	}
	for _, t := range ts {
		if t.word == "ne" || t.word == "n" {
			return true
		}
	}
	return false
}

// dropNe removes "ne" and the "n'" of "n'a".
func dropNe(ws []string) []string {
	out := ws[:0]
	for _, w := range ws {
		l := lower.String(w)
		switch {
		case l == "ne":
			continue
		case strings.HasPrefix(l, "n'"):
			w = w[len("n'"):]
		case strings.HasPrefix(l, "n’"):
			w = w[len("n’"):]
		}
		out = append(out, w)
	}
	return out
}

// precededByComma reports whether the clause at from follows a comma of
// its sentence: it is an apposition or an incise.
func precededByComma(text string, s, from int) bool {
	t := strings.TrimRight(text[s:from], " \u00a0")
	return strings.HasSuffix(t, ",")
}

// participleSubject is what a clause opening on a participle qualifies:
// the noun phrase before its comma, or the subject when the clause opens
// the sentence.
func participleSubject(d *doc, s, from int, subject string) []string {
	text := d.text
	if precededByComma(text, s, from) {
		if np := nounPhraseBefore(d, s, from); len(np) > 0 {
			return np
		}
	}
	if subject != "" {
		return []string{subject}
	}
	return nil
}

// npBoundaries are the words a noun phrase does not extend over, read
// backwards from its end.
var npBoundaries = setOf("après", "avant", "depuis", "avec", "que", "qu", "qui", "par", "lors", "dont",
	"pour", "contre", "selon", "malgré", "sur", "sous", "entre", "vers", "chez", "et")

// nounPhraseBefore returns the words of the noun phrase that ends before
// position pos (and its comma), at most eight words back, stopping at
// punctuation, a preposition of npBoundaries or a verb. When it holds a
// noun of happening it starts there ("le respect de la cessation des
// hostilités" gives "la cessation des hostilités").
func nounPhraseBefore(d *doc, s, pos int) []string {
	text := d.text
	end := len(strings.TrimRight(text[s:pos], " ,\u00a0")) + s
	ts := d.tokens(s, end)
	start := len(ts)
	for i := len(ts) - 1; i >= 0 && len(ts)-i <= 8; i-- {
		next := end
		if i+1 < len(ts) {
			next = ts[i+1].start
		}
		if strings.ContainsAny(text[ts[i].end:next], ",;:()") || npBoundaries[ts[i].word] || isVerbWord(ts, i) {
			break
		}
		start = i
	}
	if start == len(ts) {
		return nil
	}
	return fromHappeningNoun(strings.Fields(unquote(text[ts[start].start:end])))
}

// antecedentPhrase returns what a relative "qui" opening a clause at pos
// stands for: the noun phrase before its comma, or, when that names no
// happening, the last noun of happening before it with its complement
// ("une « cessation des hostilités » sur l'ensemble du territoire syrien,
// qui devrait s'appliquer").
func antecedentPhrase(d *doc, s, pos int) []string {
	np := nounPhraseBefore(d, s, pos)
	if hasHappeningNoun(np) {
		return np
	}
	if hp := happeningNounPhrase(d, s, pos); len(hp) > 0 {
		return hp
	}
	return np
}

func hasHappeningNoun(ws []string) bool {
	for _, w := range ws {
		for _, x := range words(w) {
			if nounFamily(x) != "" {
				return true
			}
		}
	}
	return false
}

// happeningNounPhrase returns the last noun of happening of text[s:pos]
// with its determiner and its complement, up to punctuation or a
// preposition of npBoundaries.
func happeningNounPhrase(d *doc, s, pos int) []string {
	text := d.text
	ts := d.tokens(s, pos)
	for i := len(ts) - 1; i >= 0; i-- {
		if nounFamily(ts[i].word) == "" {
			continue
		}
		from := i
		if i > 0 && articles[ts[i-1].word] {
			from = i - 1
		}
		to := i
		for j := i + 1; j < len(ts) && !npBoundaries[ts[j].word] && !strings.ContainsAny(text[ts[j-1].end:ts[j].start], ",;:()"); j++ {
			to = j
		}
		return strings.Fields(unquote(text[ts[from].start:ts[to].end]))
	}
	return nil
}

// isVerbWord reports whether token i is a verb, not a noun that looks like
// one.
func isVerbWord(ts []token, i int) bool {
	w := ts[i].word
	if nounFamily(w) != "" || i > 0 && determiners[ts[i-1].word] {
		return false
	}
	return verbFamily(w) != "" || lightVerbs[w] || modals[w] || auxiliaryForms[w] && w != "s" && w != "se"
}

// fromHappeningNoun cuts the words before the last noun of happening of
// ws, keeping its determiner; after a contracted one ("du cessez-le-feu")
// it starts at the noun.
func fromHappeningNoun(ws []string) []string {
	for i := len(ws) - 1; i >= 0; i-- {
		w := words(ws[i])
		if len(w) == 0 || nounFamily(w[len(w)-1]) == "" {
			continue
		}
		if strings.ContainsAny(ws[i], "'’") {
			return ws[i:] // "l'annonce"
		}
		if i > 0 && articles[lower.String(ws[i-1])] {
			return ws[i-1:]
		}
		return ws[i:]
	}
	return ws
}

var articles = setOf("le", "la", "les", "un", "une", "sa", "son", "ses", "leur", "leurs", "cette", "ce")

// incisedRest returns the rest of a noun phrase that an incise holding
// the date cut in two ("la reprise, hier à Genève, des négociations ..."):
// the words after the comma at to, up to the next punctuation, when they
// open on "de".
func incisedRest(text string, to int) []string {
	if to >= len(text) || text[to] != ',' {
		return nil
	}
	rest := text[to+1:]
	if i := strings.IndexAny(rest, ",;:.()"); i >= 0 {
		rest = rest[:i]
	}
	ws := strings.Fields(unquote(rest))
	if len(ws) == 0 {
		return nil
	}
	switch l := lower.String(ws[0]); {
	case l == "de" || l == "des" || l == "du" || strings.HasPrefix(l, "d'") || strings.HasPrefix(l, "d’"):
		return ws
	}
	return nil
}

// finish trims dangling words and the final stop, bounds the length and
// capitalises.
func finish(ws []string) string {
	ws = trimTail(trimEdges(ws))
	if n := len(ws); n > 0 {
		ws[n-1] = strings.TrimRight(ws[n-1], ".!?")
		ws = trimTail(trimEdges(ws))
	}
	if len(ws) > maxHeadlineWords {
		ws = ws[:maxHeadlineWords]
		ws = append(trimTail(trimEdges(ws)), "…")
	}
	return capitalise(strings.Join(ws, " "))
}

// danglingTails are phrases that introduced the date and mean nothing
// without it ("à compter de mardi", "dès le 15 mars", "au plus tard le
// 25 février").
var danglingTails = [][]string{{"au", "plus", "tard"}, {"au", "plus", "tôt"}, {"à", "compter"},
	{"à", "partir"}, {"d'ici"}, {"d’ici"}, {"jusqu'à"}, {"jusqu’à"}, {"dès"}, {"depuis"}, {"lors"},
	{"il", "y", "a"}, {"jusqu'au"}, {"jusqu’au"}}

// trimTail drops the dangling phrases and function words at the end of ws.
func trimTail(ws []string) []string {
	for changed := true; changed && len(ws) > 0; {
		changed = false
		for _, tail := range danglingTails {
			if hasTail(ws, tail) {
				ws = trimEdges(ws[:len(ws)-len(tail)])
				changed = true
			}
		}
	}
	return ws
}

func hasTail(ws, tail []string) bool {
	if len(ws) < len(tail) {
		return false
	}
	for i, t := range tail {
		if !lowerIs(ws[len(ws)-len(tail)+i], t) {
			return false
		}
	}
	return true
}

// lowerIs reports whether lower.String(w) == t, without building the
// lower-case word.
func lowerIs(w, t string) bool {
	j := 0
	for _, r := range w { // an invalid byte is U+FFFD, as strings.ToLower writes it
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		if j+n > len(t) || t[j:j+n] != string(buf[:n]) {
			return false
		}
		j += n
	}
	return j == len(t)
}

// lowerFirst writes the first word of ws in lower case when it is a
// capitalised common word (a participle opening the sentence).
func lowerFirst(ws []string) []string {
	if len(ws) == 0 {
		return ws
	}
	out := append([]string(nil), ws...)
	r, n := utf8.DecodeRuneInString(out[0])
	out[0] = string(unicode.ToLower(r)) + out[0][n:]
	return out
}

// trimEdges drops dangling punctuation and function words at both ends.
func trimEdges(ws []string) []string {
	ws = dropEmpty(ws)
	for len(ws) > 0 && danglingWords[lower.String(strings.Trim(ws[len(ws)-1], ",;:."))] {
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 0 && (ws[0] == "," || ws[0] == "-") {
		ws = ws[1:]
	}
	for i := range ws {
		ws[i] = strings.Trim(ws[i], ",;:")
	}
	out := ws[:0]
	for _, w := range ws {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

var danglingWords = setOf("le", "la", "les", "de", "du", "des", "à", "et", "en", "au", "pour", "que",
	"qu'", "sur", ",", "-", "–", "dans", "par", "d'", "d’", "l'", "l’", "ce", "cette", "qu’")

// isComplementizer reports a leading "que" a clause may keep.
func isComplementizer(w string) bool {
	l := lower.String(w)
	return l == "que" || l == "qu'" || l == "qu’"
}

// isFiniteVerb reports a clause opening on its verb ("serait reçu"),
// whose subject stands before the clause.
func isFiniteVerb(w string) bool {
	l := lower.String(w)
	switch l {
	case "a", "ont", "est", "sont", "sera", "seront", "serait", "seraient", "avait", "avaient":
		return true
	}
	return len(l) > 5 && (strings.HasSuffix(l, "rait") || strings.HasSuffix(l, "raient"))
}

// isPronoun reports a subject pronoun, possibly glued to "qu'".
func isPronoun(w string) bool {
	l := lower.String(w)
	l = strings.TrimPrefix(strings.TrimPrefix(l, "qu'"), "qu’")
	return l == "il" || l == "elle" || l == "ils" || l == "elles"
}

// isParticipleWord reports a word ending like a past participle.
func isParticipleWord(w string) bool {
	l := lower.String(w)
	for _, s := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(l, s) {
			return true
		}
	}
	return false
}

func dropEmpty(ws []string) []string {
	out := ws[:0]
	for _, w := range ws {
		if !onlyPunctuation(w) {
			out = append(out, w)
		}
	}
	return out
}

// onlyPunctuation reports whether strings.Trim(w, ".!?\"«»,;:") is empty:
// w holds nothing but these marks.
func onlyPunctuation(w string) bool {
	for _, r := range w { // an invalid byte is no mark
		switch r {
		case '.', '!', '?', '"', '«', '»', ',', ';', ':':
		default:
			return false
		}
	}
	return true
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
