package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// predicate returns the verb group that mention m dates, within the clause
// [cs, ce) of the sentence [s, e). It starts from the tagger's verb group
// and corrects it where French word order says more:
//   - a participle right before the date governs it ("Arrivé mercredi",
//     "suspendus le 3 février");
//   - a modal takes its infinitive ("doit entrer en vigueur", "compte
//     rouvrir"), and "entré" takes "en vigueur";
//   - without a verb group from the tagger, the clause's own verb is taken
//     ("la visite intervient", "ont néanmoins survolé").
func predicate(d *doc, s, e, cs, ce int, m timeline.Mention) (from, to int, ok bool) {
	text := d.text
	from, to, ok = tagger.Predicate(text, m.Offset, m.EndOffset)
	if ok && !plausibleVerb(text, s, from, to) {
		ok = false
	}
	if pf, pt, found := participleBefore(d, s, m.Offset); found && (!ok || pt <= from || pf >= to) {
		from, to, ok = pf, pt, true
	}
	if pf, pt, found := modalBefore(d, cs, m.Offset); found {
		from, to, ok = pf, pt, true
	}
	if !ok {
		from, to, ok = clauseVerb(d, cs, ce, m)
	}
	if ok {
		to = extendVerb(d, to, e, m)
	}
	return from, to, ok
}

// plausibleVerb rejects a verb group of one capitalised word inside a
// sentence: a name that ends like a participle ("Lattaquié").
func plausibleVerb(text string, s, from, to int) bool {
	r, _ := utf8.DecodeRuneInString(text[from:])
	return strings.TrimSpace(text[s:from]) == "" || strings.Contains(strings.TrimSpace(text[from:to]), " ") || !unicode.IsUpper(r)
}

// modalBefore finds a modal with its infinitive just before position at
// ("qui doivent se poursuivre mercredi matin").
func modalBefore(d *doc, cs, at int) (int, int, bool) {
	text := d.text
	ts := d.tokens(cs, at)
	n := len(ts)
	if n < 2 || strings.TrimSpace(text[ts[n-1].end:at]) != "" || !isInfinitive(ts[n-1].word) {
		return 0, 0, false
	}
	for j := n - 2; j >= 0 && j >= n-4; j-- {
		if modals[ts[j].word] {
			return ts[j].start, ts[n-1].end, true
		}
		if !isAdverb(ts[j].word) {
			break
		}
	}
	return 0, 0, false
}

// participleBefore finds a bare participle just before position at, not
// after an auxiliary (the tagger has those) nor after a determiner ("cette
// journée" is a noun).
func participleBefore(d *doc, s, at int) (int, int, bool) {
	text := d.text
	ts := d.tokens(s, at)
	if len(ts) == 0 {
		return 0, 0, false
	}
	last := ts[len(ts)-1]
	if strings.Trim(text[last.end:at], " \u00a0\"»”") != "" || !isParticipleForm(last.word) || !plausibleVerb(text, s, last.start, last.end) {
		return 0, 0, false
	}
	if len(ts) > 1 {
		prev := ts[len(ts)-2].word
		if auxiliaryForms[prev] || determiners[prev] {
			return 0, 0, false
		}
	}
	return last.start, last.end, true
}

// isParticipleForm reports a past participle: a regular one in -é, or an
// irregular one of the lexicon.
func isParticipleForm(w string) bool {
	if irregularParticiples[w] {
		return true
	}
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, suf := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var irregularParticiples = setOf("reçu", "reçue", "reçus", "reçues", "suspendu", "suspendue",
	"suspendus", "suspendues", "entretenu", "entretenus", "prévu", "prévue", "prévus", "prévues",
	"attendu", "attendue", "attendus", "maintenu", "maintenue", "venu", "venue", "venus", "parvenu",
	"parvenus", "convenu", "tenu", "tenue", "rendu", "rendue", "mis", "mise", "pris", "prise",
	"repris", "reprise", "conclu", "conclue", "conclus", "élu", "élue", "interrompu", "interrompus",
	"rouvert", "rouverte", "ouvert", "ouverte", "fait", "faite", "dit", "dite", "atteint", "parti",
	"partis", "partie", "parties", "accueilli", "accueillie", "accueillis")

var auxiliaryForms = setOf("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient",
	"est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "été", "eu", "s", "se")

var determiners = setOf("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "cette", "ce",
	"cet", "ces", "sa", "son", "ses", "leur", "leurs", "première", "premier", "notre", "votre")

// modals take an infinitive that tells the happening ("doit entrer",
// "devraient reprendre", "compte rouvrir").
var modals = setOf("doit", "doivent", "devait", "devaient", "devrait", "devraient", "devra",
	"devront", "peut", "peuvent", "pourra", "pourront", "pourrait", "pourraient", "compte",
	"comptent", "va", "vont", "veut", "veulent", "entend", "entendent", "souhaite", "souhaitent")

// clauseVerb finds the verb of a clause when the tagger found none: an
// auxiliary with its participle over adverbs, a modal with its
// infinitive, or a verb of the lexicon that no determiner introduces.
func clauseVerb(d *doc, cs, ce int, m timeline.Mention) (int, int, bool) {
	ts := d.tokens(cs, ce)
	for i, t := range ts {
		if t.end > m.Offset && t.start < m.EndOffset {
			continue
		}
		if j := verbAfter(ts, i, auxiliaryForms, isParticipleForm); j > 0 {
			return t.start, ts[j].end, true
		}
		if j := verbAfter(ts, i, modals, isInfinitive); j > 0 {
			return t.start, ts[j].end, true
		}
		if t.word == "vigueur" && i > 0 && ts[i-1].word == "en" {
			return ts[i-1].start, t.end, true // "la trêve, en vigueur depuis le 27 février"
		}
		if (verbFamily(t.word) != "" || lightVerbs[t.word]) && (i == 0 || !determiners[ts[i-1].word]) &&
			nounFamily(t.word) == "" {
			return t.start, t.end, true
		}
	}
	return 0, 0, false
}

// verbAfter returns the index of the verb that heads (an auxiliary, a
// modal: a word of heads) at i takes, skipping up to two adverbs; 0 if
// none.
func verbAfter(ts []token, i int, heads map[string]bool, isVerb func(string) bool) int {
	if !heads[ts[i].word] || ts[i].word == "s" || ts[i].word == "se" {
		return 0
	}
	for j := i + 1; j < len(ts) && j <= i+3; j++ {
		w := ts[j].word
		if isVerb(w) {
			return j
		}
		if !isAdverb(w) {
			return 0
		}
	}
	return 0
}

// isAdverb reports the words that may stand inside a verb group.
func isAdverb(w string) bool { return strings.HasSuffix(w, "ment") || adverbWords[w] }

var adverbWords = setOf("ne", "n", "pas", "se", "s", "déjà", "bien", "encore", "toutefois",
	"néanmoins", "également", "aussi", "enfin", "y", "en")

// isInfinitive reports a word ending like a French infinitive.
func isInfinitive(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, suf := range []string{"er", "ir", "re", "oir"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// extendVerb stretches a verb group ending at to over what completes it:
// the infinitive of a modal and "en vigueur". It stops before the date
// and at the end e of the sentence.
func extendVerb(d *doc, to, e int, m timeline.Mention) int {
	for {
		ts := d.tokens(to, min(e, to+60))
		if len(ts) == 0 {
			return to
		}
		switch {
		case len(ts) >= 2 && ts[0].word == "en" && ts[1].word == "vigueur" && !inMention(ts[1], m):
			to = ts[1].end
		case endsWithAuxiliary(d, to) && !inMention(ts[0], m):
			j := participleAt(ts)
			if j < 0 || inMention(ts[j], m) {
				return to
			}
			to = ts[j].end
		case endsWithModal(d, to) && !inMention(ts[0], m):
			j := infinitiveAt(ts)
			if j < 0 || inMention(ts[j], m) {
				return to
			}
			to = ts[j].end
		default:
			return to
		}
	}
}

// endsWithAuxiliary reports whether the text before to ends with an
// auxiliary left without its participle ("a" of "a annoncé").
func endsWithAuxiliary(d *doc, to int) bool {
	ts := d.tokens(max(0, to-20), to)
	if len(ts) == 0 {
		return false
	}
	w := ts[len(ts)-1].word
	return auxiliaryForms[w] && w != "s" && w != "se" && w != "été"
}

// participleAt returns the index of the participle that opens ts after
// adverbs, -1 if none.
func participleAt(ts []token) int {
	for j := 0; j < len(ts) && j < 3; j++ {
		if isParticipleForm(ts[j].word) {
			return j
		}
		if !isAdverb(ts[j].word) {
			return -1
		}
	}
	return -1
}

// endsWithModal reports whether the text before to ends with a modal.
func endsWithModal(d *doc, to int) bool {
	ts := d.tokens(max(0, to-20), to)
	return len(ts) > 0 && modals[ts[len(ts)-1].word]
}

// infinitiveAt returns the index of the infinitive that opens ts after
// adverbs and a reflexive pronoun, -1 if none.
func infinitiveAt(ts []token) int {
	for j := 0; j < len(ts) && j < 3; j++ {
		if isInfinitive(ts[j].word) {
			return j
		}
		if !isAdverb(ts[j].word) {
			return -1
		}
	}
	return -1
}

func inMention(t token, m timeline.Mention) bool { return t.end > m.Offset && t.start < m.EndOffset }
