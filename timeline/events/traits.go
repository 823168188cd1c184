package events

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
)

// Traits are what merging compares between two events besides their
// actors, places and dates: the family of their predicate, the themes and
// the content words of their sentence.
type Traits struct {
	Family  string   // predicate family (FamilyAnnounce, ...); "" if unknown
	Themes  []string // topics named in the sentence ("ceasefire", "visit"), sorted
	Words   []string // stemmed content words of the sentence, sorted, without names and dates
	Negated bool     // the event is said not to have happened
}

// TraitsOf reads the traits of an event from its predicate, headline and
// sentence.
func TraitsOf(ev timeline.Event) Traits {
	sw := words(ev.Sentence) // read once for the three
	return Traits{
		Family:  familyIn(ev, sw),
		Themes:  themes(sw),
		Words:   contentWords(ev, sw),
		Negated: ev.Modality == timeline.ModalityNegated,
	}
}

// Family returns the predicate family of an event: that of its predicate,
// or, when the predicate is a light verb ("est prévue", "intervient") or
// unknown, that of the noun it governs in the headline ("la visite"), else
// the first verb or noun of happening in the headline. "" if none is known.
func Family(ev timeline.Event) string { return familyIn(ev, words(ev.Sentence)) }

// familyIn is Family, given the words of the event's sentence.
func familyIn(ev timeline.Event, sentence []string) string {
	f := family(ev)
	if f == FamilyMeet && byPhone(sentence) {
		return FamilyCall
	}
	return f
}

// byPhone reports a sentence, given by its words, about a telephone call.
func byPhone(sentence []string) bool {
	for _, w := range sentence {
		if w == "téléphone" || w == "téléphonique" || w == "téléphoniques" {
			return true
		}
	}
	return false
}

// family returns the family of an event, calls and meetings alike.
func family(ev timeline.Event) string {
	pred := words(ev.Predicate)
	if reflexiveVisit(pred) {
		return FamilyVisit
	}
	for i := len(pred) - 1; i >= 0; i-- {
		if f := verbFamily(pred[i]); f != "" && !lightVerbs[pred[i]] {
			return f
		}
	}
	head := words(ev.Summary)
	if at := lastIndexOf(head, pred); at >= 0 {
		if f := nearestNounFamily(head[:at]); f != "" {
			return f
		}
	}
	if reflexiveVisit(head) {
		return FamilyVisit
	}
	for _, w := range head {
		if f := verbFamily(w); f != "" && !lightVerbs[w] {
			return f
		}
	}
	for _, w := range head {
		if f := nounFamily(w); f != "" {
			return f
		}
	}
	return ""
}

// reflexiveVisit reports "se rendre" in any form ("s'est rendu", "se
// rendra"): alone, "rendre" is no visit ("rendre hommage").
func reflexiveVisit(ws []string) bool {
	last := -10 // index of the last reflexive pronoun
	for i, w := range ws {
		switch {
		case w == "se" || w == "s":
			last = i
		case rendreForms[w] && i-last <= 2: // "se rend", "s'est rendu"
			return true
		}
	}
	return false
}

var rendreForms = setOf("rendu", "rendue", "rendus", "rend", "rendent", "rendra", "rendront", "rendrait",
	"rendraient", "rendre", "rendait", "rendaient")

// lastIndexOf returns where the words of pred last start in ws, -1 if
// they do not.
func lastIndexOf(ws, pred []string) int {
	if len(pred) == 0 {
		return -1
	}
	for i := len(ws) - len(pred); i >= 0; i-- {
		if slices.Equal(ws[i:i+len(pred)], pred) {
			return i
		}
	}
	return -1
}

// nearestNounFamily returns the family of the noun of happening nearest to the
// end of ws.
func nearestNounFamily(ws []string) string {
	for i := len(ws) - 1; i >= 0; i-- {
		if f := nounFamily(ws[i]); f != "" {
			return f
		}
	}
	return ""
}

// themes returns the themes a sentence names, sorted.
func themes(sentence []string) []string {
	var out []string
	for _, w := range sentence {
		if t, ok := themeWords[w]; ok && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// contentWords returns the stemmed content words of an event's sentence:
// no function word, no word of its date, its predicate (the family
// compares those), its actors or its places, no word shorter than four
// letters.
func contentWords(ev timeline.Event, sentence []string) []string {
	var skip []string // a few words: a slice is cheaper than a map
	for _, s := range [][]string{{ev.Date.Text, ev.Predicate}, ev.Actors, ev.Places} {
		for _, name := range s {
			skip = append(skip, words(name)...)
		}
	}
	var out []string
	for _, w := range sentence {
		if stopWords[w] || utf8.RuneCountInString(w) < 4 || strings.ContainsAny(w, "0123456789") || slices.Contains(skip, w) {
			continue
		}
		if s := stem(w); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}
