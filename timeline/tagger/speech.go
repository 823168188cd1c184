package tagger

import (
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// speechVerbs introduce reported speech; their forms are matched by
// prefix so that "a indiqué", "indiquant" and "se prononçant" all count.
var speechVerbs = []string{"indiqu", "déclar", "annonç", "annonc", "affirm", "dit", "dis", "assur",
	"expliqu", "précis", "estim", "soulign", "confirm", "promi", "promett", "prononç", "ajout",
	"répét", "prévenu", "averti", "rappel", "jug", "insist"}

// speechPhrases are the verbs of saying of two words, found in the text
// rather than word by word: "le Kremlin a fait savoir que".
var speechPhrases = []string{"fait savoir", "faisait savoir", "font savoir", "faire savoir",
	"laissé entendre", "laisse entendre", "laissait entendre", "fait valoir"}

// speechAnchor finds the date of the speech act that governs a relative
// expression at pos: "Se prononçant mardi dernier, X a indiqué qu'il
// rencontrerait ... la semaine prochaine". It applies when the expression
// sits in a "que" clause whose verb is in the conditional (the future of
// the past), after a speech verb, and a day was mentioned earlier in the
// same sentence, before the "que".
func speechAnchor(x *sentenceIndex, done []timeline.Mention, pos int, tense timeline.Tense) (time.Time, bool) {
	if tense != timeline.TenseConditional {
		return time.Time{}, false
	}
	s, _ := x.sentence(pos)
	head := x.text[s:pos]
	q := lastComplementizer(head)
	if q < 0 || !hasSpeechVerb(head[:q]) {
		return time.Time{}, false
	}
	for i := len(done) - 1; i >= 0; i-- {
		m := done[i]
		if m.Offset < s {
			break
		}
		if m.EndOffset <= s+q && m.HasInterval() && m.Grain == timeline.GrainDay {
			return m.Start, true
		}
	}
	return time.Time{}, false
}

// lastComplementizer returns the offset in s of the last "que"/"qu'", or -1.
func lastComplementizer(s string) int {
	best := -1
	for _, q := range []string{" que ", " qu'", " qu’"} {
		if i := strings.LastIndex(s, q); i > best {
			best = i
		}
	}
	return best
}

// IsSpeechVerb reports whether a lower-cased word is a form of a verb of
// saying: "annoncé", "déclare", "précisant".
func IsSpeechVerb(w string) bool {
	for _, v := range speechVerbs {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// hasSpeechVerb reports whether s contains a verb of saying.
func hasSpeechVerb(s string) bool {
	l := lower.String(s)
	for _, w := range words(l, 0, len(l), nil) {
		if IsSpeechVerb(w.text) {
			return true
		}
	}
	l = strings.Join(strings.Fields(l), " ") // "fait\nsavoir"
	for _, p := range speechPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}
