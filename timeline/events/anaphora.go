package events

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// RuleAnaphora is the Mention.Rule of a date derived from another event
// of the article ("au lendemain de l'annonce": the day after the date of
// the announcement).
const RuleAnaphora = "anaphora"

// anaphor is a phrase that dates a clause by another event of the same
// article: "depuis la mise en œuvre du cessez-le-feu", "au lendemain de
// l'annonce", "la veille de sa visite", "dix jours après l'annonce".
type anaphor struct {
	start, end int    // the phrase, from its trigger to its noun
	noun       string // the noun of happening it points at
	family     string // the family of that noun
	days       int    // the shift from the antecedent's date
}

// anaphorAfter reads the noun phrase that follows a trigger ending at
// pos: up to six words, stopping at punctuation, whose first noun of
// happening gives the family. needDeterminer asks for a determiner first
// ("depuis la ...", not "depuis hier").
func anaphorAfter(d *doc, pos, limit int, needDeterminer bool) (anaphor, bool) {
	text := d.text
	ts := d.tokens(pos, limit)
	for i, t := range ts {
		if i >= 6 || strings.ContainsAny(text[pos:t.start], ",;:.()«»\"") {
			break
		}
		if i == 0 && needDeterminer && !definite(ts) {
			break
		}
		if f := nounFamily(t.word); f != "" {
			return anaphor{end: t.end, noun: text[t.start:t.end], family: f}, true
		}
		if t.word == "qui" || t.word == "que" || verbFamily(t.word) != "" && !determiners[prevWord(ts, i)] {
			break
		}
	}
	return anaphor{}, false
}

// definite reports whether the words ts open on a definite, possessive
// or demonstrative determiner, possibly after "de": "la mise en œuvre",
// "de sa visite", "de cette annonce". An indefinite one ("lors d'une
// rencontre") introduces a new happening rather than pointing at one.
func definite(ts []token) bool {
	if len(ts) > 0 && (ts[0].word == "de" || ts[0].word == "d" || ts[0].word == "du") {
		if ts[0].word == "du" {
			return true
		}
		ts = ts[1:]
	}
	return len(ts) > 0 && definites[ts[0].word]
}

var definites = setOf("le", "la", "les", "l", "sa", "son", "ses", "leur", "leurs", "cette", "ce", "cet",
	"ces", "du", "des")

func prevWord(ts []token, i int) string {
	if i == 0 {
		return ""
	}
	return ts[i-1].word
}

// zeroShiftTrigger reports the words that date a clause at the date of
// the event they name: "depuis", "dès", "lors". Every word of the
// article is tried: a switch is quicker than a set.
func zeroShiftTrigger(w string) bool {
	switch w {
	case "depuis", "dès", "lors":
		return true
	}
	return false
}

// findAnaphors returns the anaphors of text[s:e] that no mention covers:
// "depuis", "dès", "lors de" followed by a noun of happening.
func findAnaphors(d *doc, s, e int, ms []timeline.Mention) []anaphor {
	var out []anaphor
	for _, t := range d.tokens(s, e) {
		if !zeroShiftTrigger(t.word) || covered(t.start, ms) {
			continue
		}
		a, ok := anaphorAfter(d, t.end, e, true)
		if !ok || covered(a.end-1, ms) {
			continue
		}
		a.start = t.start
		out = append(out, a)
	}
	return out
}

// covered reports whether a mention covers byte i.
func covered(i int, ms []timeline.Mention) bool {
	for _, m := range ms {
		if m.Offset <= i && i < m.EndOffset {
			return true
		}
	}
	return false
}

// relativeMention reads a mention that counts from another event rather
// than from the publication date: "au lendemain de l'annonce", "la veille
// de sa visite", "dix jours après l'annonce". ok=false for the others.
// isRelative says whether the mention is of that kind at all, even when
// the noun after it is not one of happening: its date as resolved by the
// tagger is then wrong, and the event is left undated.
func relativeMention(d *doc, m timeline.Mention) (a anaphor, isRelative, ok bool) {
	text := d.text
	ws := words(m.Text)
	if len(ws) == 0 {
		return anaphor{}, false, false
	}
	days, needDet, rel := relativeDays(ws)
	if !rel || !followedByComplement(d, m.EndOffset, needDet) {
		return anaphor{}, false, false
	}
	a, ok = anaphorAfter(d, m.EndOffset, min(len(text), m.EndOffset+120), needDet)
	a.start, a.days = m.Offset, days
	return a, true, ok
}

// relativeDays reads the shift a relative expression says: +1 for "le
// lendemain", -1 for "la veille", ±N for "N jours après/avant".
// needDeterminer is set when a noun phrase, not "de", follows.
func relativeDays(ws []string) (days int, needDeterminer, ok bool) {
	last := ws[len(ws)-1]
	switch last {
	case "lendemain":
		return 1, false, true
	case "veille":
		return -1, false, true
	case "après", "avant":
		if len(ws) < 3 {
			return 0, false, false
		}
		n, ok := numberWord(ws[len(ws)-3])
		unit := map[string]int{"jour": 1, "jours": 1, "semaine": 7, "semaines": 7}[ws[len(ws)-2]]
		if !ok || unit == 0 {
			return 0, false, false
		}
		if last == "avant" {
			n = -n
		}
		return n * unit, true, true
	}
	return 0, false, false
}

// followedByComplement reports whether "de" (or a determiner, when
// needDeterminer) follows position i: "au lendemain de", "après l'".
func followedByComplement(d *doc, i int, needDeterminer bool) bool {
	text := d.text
	ts := d.tokens(i, min(len(text), i+30))
	if len(ts) == 0 || strings.TrimSpace(text[i:ts[0].start]) != "" {
		return false
	}
	w := ts[0].word
	if needDeterminer {
		return determiners[w] && w != "de" && w != "d"
	}
	return w == "de" || w == "d" || w == "du" || w == "des"
}

// numberWord reads a small cardinal number, in digits or in letters.
func numberWord(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil {
		return n, true
	}
	n, ok := map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
		"sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
		"trente": 30}[w]
	return n, ok
}

// antecedent returns the one dated event of evs whose family is f, or
// false when none or several dates match: an anaphor is linked only when
// the text makes it unambiguous. Events of the same sentence as skip
// (the anaphor's own) do not count.
func antecedent(evs []timeline.Event, f string, skip int) (timeline.Event, bool) {
	var found timeline.Event
	n := 0
	for _, ev := range evs {
		if ev.SentenceOffset == skip || ev.Date.Rule == RuleAnaphora || Family(ev) != f {
			continue
		}
		if n == 0 || ev.Date.Value != found.Date.Value {
			n++
			found = ev
		}
	}
	return found, n == 1
}

// shifted returns the antecedent's date moved by days, as a mention at the
// anaphor: its interval is that of the antecedent, moved, and Anchor names
// the antecedent.
func shifted(m, ante timeline.Mention, days int) timeline.Mention {
	d := ante
	d.Offset, d.EndOffset, d.Text, d.Tense = m.Offset, m.EndOffset, m.Text, m.Tense
	d.Start, d.End = ante.Start.AddDate(0, 0, days), ante.End.AddDate(0, 0, days)
	d.Value = shiftValue(ante, d)
	d.Rule = RuleAnaphora
	d.Anchor = fmt.Sprintf("%+d days from %q (%s)", days, ante.Text, ante.Value)
	d.Inferred = []string{"anchor"}
	d.Weekday, d.Problem = 0, ""
	return d
}

// shiftValue writes the TIMEX3 value of a shifted date: a day for day and
// finer grains, the antecedent's own otherwise.
func shiftValue(ante, d timeline.Mention) string {
	switch ante.Grain {
	case timeline.GrainDay:
		return d.Start.Format("2006-01-02")
	case timeline.GrainPart, timeline.GrainHour, timeline.GrainMinute, timeline.GrainSecond:
		day := d.Start.Format("2006-01-02")
		if i := strings.Index(ante.Value, "T"); i >= 0 {
			return day + ante.Value[i:]
		}
		return day
	}
	return ante.Value
}

// linkAnaphors completes the events of one article: relative mentions
// ("au lendemain de l'annonce") are dated by their antecedent, or dropped
// when none is clear or when another date of their clause already says
// as much; and sentences without a date of their own but with an anaphor ("depuis
// la mise en œuvre du cessez-le-feu") get an event dated by it. Events
// stay in text order.
func (x *Extractor) linkAnaphors(a timeline.Article, d *doc, ms []timeline.Mention, evs []timeline.Event, actors *actorFinder) []timeline.Event {
	out := make([]timeline.Event, 0, len(evs))
	for _, ev := range evs {
		rel, isRel, ok := relativeMention(d, ev.Date)
		if !isRel {
			out = append(out, ev)
			continue
		}
		if !ok {
			continue // counts from an event the text does not date: left undated
		}
		ante, found := antecedent(evs, rel.family, ev.SentenceOffset)
		if !found {
			continue
		}
		ev.Date = shifted(ev.Date, ante.Date, rel.days)
		if !confirmed(ev, evs) {
			out = append(out, ev)
		}
	}
	return x.addAnaphoric(a, d, ms, out, actors)
}

// confirmed reports whether another date of the same sentence already
// dates the event at the time its anaphor gives ("ont quitté ce mardi
// matin ..., au lendemain d'une annonce"): the anaphor is then a second
// date of that clause, which agrees with the first and adds nothing.
func confirmed(ev timeline.Event, evs []timeline.Event) bool {
	for _, o := range evs {
		if o.SentenceOffset == ev.SentenceOffset && o.Date.Offset != ev.Date.Offset && o.Date.Rule != RuleAnaphora &&
			o.Date.HasInterval() && o.Date.Start.Before(ev.Date.End) && ev.Date.Start.Before(o.Date.End) {
			return true
		}
	}
	return false
}

// addAnaphoric adds an event for every anaphor of a sentence that has no
// date of its own, when exactly one event of the article matches it. Its
// Mention and Date are those of the antecedent: the date is the one the
// antecedent's mention states, and the event's sentence does not hold it.
func (x *Extractor) addAnaphoric(a timeline.Article, d *doc, ms []timeline.Mention, evs []timeline.Event, actors *actorFinder) []timeline.Event {
	var added []timeline.Event
	for _, s := range sentencesWithout(a.Text, ms) {
		for _, an := range findAnaphors(d, s[0], s[1], ms) {
			ante, ok := antecedent(evs, an.family, s[0])
			if !ok {
				continue
			}
			added = append(added, x.anaphoricEvent(a, d, ante, an, s, actors))
		}
	}
	return mergeByOffset(evs, added)
}

// sentencesWithout returns the bounds of the sentences of text that hold
// no mention.
func sentencesWithout(text string, ms []timeline.Mention) [][2]int {
	var out [][2]int
	starts := make([]int, len(ms))
	for i, m := range ms {
		starts[i] = m.Offset
	}
	slices.Sort(starts)
	for i := 0; i < len(text); {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		s, e := tagger.Sentence(text, i, i)
		if e <= i {
			e = i + 1
		}
		if !startIn(starts, s, e) && strings.TrimSpace(text[s:e]) != "" {
			out = append(out, [2]int{s, e})
		}
		i = e
	}
	return out
}

// startIn reports whether a mention starts in [s, e), given the sorted
// starts of the mentions.
func startIn(starts []int, s, e int) bool {
	i, _ := slices.BinarySearch(starts, s)
	return i < len(starts) && starts[i] < e
}

// anaphoricEvent builds the event an anaphor dates: the clause before it,
// with the antecedent's mention as its date.
func (x *Extractor) anaphoricEvent(a timeline.Article, d *doc, ante timeline.Event, an anaphor, s [2]int, actors *actorFinder) timeline.Event {
	pseudo := timeline.Mention{Offset: an.start, EndOffset: an.end, Text: a.Text[an.start:an.end]}
	ev := x.clauseEvent(a, d, pseudo, s[0], s[1], actors)
	ev.Mention, ev.Date = ante.Mention, ante.Date
	return ev
}

// mergeByOffset inserts added into evs, both in text order, keeping text
// order by sentence.
func mergeByOffset(evs, added []timeline.Event) []timeline.Event {
	if len(added) == 0 {
		return evs
	}
	out := make([]timeline.Event, 0, len(evs)+len(added))
	i := 0
	for _, ev := range evs {
		for i < len(added) && added[i].SentenceOffset < ev.SentenceOffset {
			out = append(out, added[i])
			i++
		}
		out = append(out, ev)
	}
	return append(out, added[i:]...)
}
