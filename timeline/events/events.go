// Package events turns the dated mentions of an article into events: the
// clause each mention dates, a short headline built from it, who acts in
// it, where, and with what modality (happened, planned, conditional, ...).
//
// Extraction is rule-based French: the verb group nearest to the date
// gives the predicate, the clause around it gives the headline, a
// gazetteer and the article's own appositions ("le président russe
// Vladimir Poutine") give actors and places.
package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// Extractor extracts events with a gazetteer. The zero value is not
// usable; use New or Default.
type Extractor struct {
	gaz *Gazetteer
}

// New returns an extractor using gaz.
func New(gaz *Gazetteer) *Extractor { return &Extractor{gaz: gaz} }

// Extract returns the events that the mentions of a date in a, using the
// built-in gazetteer.
func Extract(a timeline.Article, ms []timeline.Mention) []timeline.Event {
	return New(DefaultGazetteer()).Extract(a, ms)
}

// Extract returns one event per mention that names a calendar date or
// time, in text order. Durations, sets and underspecified values date
// nothing and give no event.
func (x *Extractor) Extract(a timeline.Article, ms []timeline.Mention) []timeline.Event {
	aliases := x.gaz.learn(a.Text)
	var out []timeline.Event
	for i, m := range ms {
		if !dates(m) {
			continue
		}
		out = append(out, x.event(a, i, m, aliases))
	}
	return out
}

// dates reports whether a mention can date an event.
func dates(m timeline.Mention) bool {
	return m.HasInterval() && (m.Type == timeline.TypeDate || m.Type == timeline.TypeTime)
}

// event builds the event dated by mention m.
func (x *Extractor) event(a timeline.Article, i int, m timeline.Mention, aliases map[string]string) timeline.Event {
	text := a.Text
	s, e := tagger.Sentence(text, m.Offset, m.EndOffset)
	ev := timeline.Event{
		ArticleID: a.ID, Mention: i, Date: m,
		SentenceOffset: s, SentenceEnd: e, Sentence: strings.TrimSpace(text[s:e]),
	}
	cs, ce := clause(text, s, e, m.Offset, m.EndOffset)
	if pf, pt, ok := tagger.Predicate(text, m.Offset, m.EndOffset); ok {
		ev.Predicate = text[pf:pt]
		cs, ce = min(cs, max(s, clauseStart(text, s, pf))), max(ce, pt)
	}
	subject := x.gaz.lastActorBefore(text[s:e], cs-s, aliases)
	ev.Summary = headline(text, cs, ce, m, ev.Predicate, subject)
	ev.Actors = x.gaz.actors(text[s:e], aliases)
	ev.Places = x.gaz.places(text[s:e])
	ev.Modality = modality(text, cs, ce, m, ev.Predicate)
	return ev
}

// clause returns the clause around [start, end) within the sentence
// [s, e): bounded by punctuation, "que" and quotes, not counting a comma
// that only sets the date apart ("ont quitté mardi, 15 mars, la base").
func clause(text string, s, e, start, end int) (int, int) {
	cs := clauseStart(text, s, start)
	ce := end
	skip := verbJustBefore(text, cs, start)
	for ce < e {
		c := text[ce]
		if c == ',' && skip && strings.TrimSpace(text[end:ce]) == "" {
			ce++
			skip = false
			continue
		}
		if strings.IndexByte(",;:()\"«»", c) >= 0 || hasWordAt(text, ce, " que ") || hasWordAt(text, ce, " qu'") || hasWordAt(text, ce, " qu’") {
			break
		}
		ce++
	}
	return cs, ce
}

// verbJustBefore reports whether the word before a date ends a verb group
// ("ont quitté mardi, 15 mars, la base"): then the comma after the date
// does not end the clause.
func verbJustBefore(text string, cs, start int) bool {
	ws := strings.Fields(text[cs:start])
	if len(ws) == 0 {
		return false
	}
	return isParticipleWord(ws[len(ws)-1])
}

// clauseStart returns where the clause holding pos starts, at or after s.
func clauseStart(text string, s, pos int) int {
	for i := pos; i > s; i-- {
		c := text[i-1]
		if strings.IndexByte(",;:()\"«»", c) >= 0 {
			return i
		}
		if hasWordAt(text, i-1, " que ") || hasWordAt(text, i-1, " qu'") {
			return i
		}
	}
	return s
}

func hasWordAt(text string, i int, w string) bool {
	return i+len(w) <= len(text) && strings.EqualFold(text[i:i+len(w)], w)
}

// maxHeadlineWords bounds headlines.
const maxHeadlineWords = 14

// headline writes the clause without its date, trimmed to a few words,
// with a capital first letter. A clause that opens on a participle
// ("entré en vigueur le 27 février") takes the noun before it as subject.
func headline(text string, cs, ce int, m timeline.Mention, predicate, subject string) string {
	var b strings.Builder
	b.WriteString(text[cs:max(cs, min(m.Offset, ce))])
	if m.EndOffset < ce {
		b.WriteString(" ")
		b.WriteString(text[max(cs, m.EndOffset):ce])
	}
	ws := strings.Fields(strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\n", " ").Replace(b.String()))
	ws = trimEdges(ws)
	for len(ws) > 0 && isComplementizer(ws[0]) {
		ws = ws[1:]
	}
	if len(ws) > 0 && isPronoun(ws[0]) && subject != "" {
		ws = append([]string{subject}, ws[1:]...)
	} else if len(ws) > 0 && isFiniteVerb(ws[0]) && subject != "" {
		ws = append([]string{subject}, ws...)
	} else if len(ws) > 0 && predicate != "" && strings.HasPrefix(strings.ToLower(ws[0]), strings.ToLower(firstField(predicate))) {
		subj := subject
		if subj == "" || isParticipleWord(ws[0]) {
			subj = nounBefore(text, cs)
		}
		if subj != "" {
			ws = append([]string{subj}, ws...)
		}
	}
	if len(ws) > maxHeadlineWords {
		ws = ws[:maxHeadlineWords]
		ws = append(trimEdges(ws), "…")
	}
	return capitalise(strings.Join(ws, " "))
}

// trimEdges drops dangling punctuation and function words at both ends.
func trimEdges(ws []string) []string {
	ws = dropEmpty(ws)
	dangling := map[string]bool{"le": true, "la": true, "les": true, "de": true, "du": true, "des": true,
		"à": true, "et": true, "en": true, "au": true, "pour": true, "que": true, "qu'": true, "sur": true,
		",": true, "-": true, "–": true, "dans": true, "par": true}
	for len(ws) > 0 && dangling[strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:."))] {
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

// isComplementizer reports a leading "que" a clause may keep.
func isComplementizer(w string) bool {
	l := strings.ToLower(w)
	return l == "que" || l == "qu'" || l == "qu’"
}

// isFiniteVerb reports a clause opening on its verb ("serait reçu"),
// whose subject stands before the clause.
func isFiniteVerb(w string) bool {
	l := strings.ToLower(w)
	switch l {
	case "a", "ont", "est", "sont", "sera", "seront", "serait", "seraient", "avait", "avaient":
		return true
	}
	return len(l) > 5 && (strings.HasSuffix(l, "rait") || strings.HasSuffix(l, "raient"))
}

// isPronoun reports a subject pronoun, possibly glued to "qu'".
func isPronoun(w string) bool {
	l := strings.ToLower(w)
	l = strings.TrimPrefix(strings.TrimPrefix(l, "qu'"), "qu’")
	return l == "il" || l == "elle" || l == "ils" || l == "elles"
}

// isParticipleWord reports a word ending like a past participle.
func isParticipleWord(w string) bool {
	l := strings.ToLower(w)
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
		if strings.Trim(w, ".!?\"«»,;:") != "" {
			out = append(out, w)
		}
	}
	return out
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

// nounBefore returns the last word before position i, skipping a comma:
// the head noun a participial clause qualifies.
func nounBefore(text string, i int) string {
	t := strings.TrimRight(text[:i], " ,\u00a0")
	j := strings.LastIndexAny(t, " \n'’")
	w := strings.Trim(t[j+1:], "\"«» ")
	if utf8.RuneCountInString(w) < 3 {
		return ""
	}
	return w
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// modality reads how the clause presents its event.
func modality(text string, cs, ce int, m timeline.Mention, predicate string) timeline.Modality {
	cl := " " + strings.ToLower(text[cs:ce]) + " "
	switch {
	case strings.Contains(cl, " ne ") && (strings.Contains(cl, " pas ") || strings.Contains(cl, " jamais ") || strings.Contains(cl, " plus ")) && !strings.Contains(cl, " que "),
		strings.Contains(cl, " n'") && strings.Contains(cl, " pas "):
		return timeline.ModalityNegated
	case strings.Contains(cl, "prévu") || strings.Contains(cl, "doit ") || strings.Contains(cl, "doivent "):
		return timeline.ModalityPlanned
	}
	if m.Tense == timeline.TenseUnknown && isParticipleWord(firstField(predicate)) && !strings.Contains(predicate, " ") {
		return timeline.ModalityHappened // "entré en vigueur le 27 février"
	}
	switch m.Tense {
	case timeline.TensePast:
		return timeline.ModalityHappened
	case timeline.TenseFuture:
		return timeline.ModalityPlanned
	case timeline.TenseConditional:
		return timeline.ModalityConditional
	}
	return timeline.ModalityOngoing
}
