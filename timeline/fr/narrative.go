package fr

import (
	"strings"
	"unicode"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// NarrativeDay matches a day of the month said alone in a narrative, where
// the words around it can only make it a date: "Le 3, un autre convoi est
// parti", opening a sentence with a comma after it, "le 5 au matin", with
// a part of the day after it, or "puis confirmé le 26.", closing a clause
// whose sentence has just named a month. The day counts from the date mentioned
// before it (its month, or the next one), so resolution gives it none when
// no date comes before.
//
// It also matches a day of a month named relative to the anchor: "le 7
// courant", "du 16 courant", "le 15 de ce mois", "le 6 du mois
// prochain", "le 20 du mois dernier", which need no date before.
func NarrativeDay() *Rule {
	return newRule("narrative-day", TDigit,
		`(?P<det>le|du|au)`+sp+`(?P<d>1er|[0-3]?\d)`+`(?:`+sp+anchorMonth+`)?`,
		parseNarrativeDay)
}

// anchorMonth matches, after a day, the month of the anchor or the one
// after or before it: "courant", "de ce mois", "du mois en cours", "du
// mois prochain", "du mois dernier". inAnchorMonth reads it.
const anchorMonth = `(?:(?P<cur>courant|de` + sp + `ce` + sp + `mois(?:-ci)?|du` + sp + `mois` + sp + `(?:courant|en` + sp + `cours))` +
	`|du` + sp + `mois` + sp + `(?P<rel>prochain|dernier|pass[ée]))`

// inAnchorMonth makes e, a day without its month, a day of the month
// anchorMonth matched, if it matched one; ok is false when a noun follows
// ("au 7 courant d'air").
func inAnchorMonth(e Expr, g groups) (Expr, bool) {
	if !g.has("cur") && !g.has("rel") {
		return e, true
	}
	if complementAfter(g.after) {
		return Expr{}, false
	}
	e.Unit = timeline.GrainMonth
	switch readDir(g.get("rel")) {
	case DirNext:
		e.Shift = 1
	case DirLast:
		e.Shift = -1
	}
	return e, true
}

// dayParts are the parts of the day that make a lone number a day: "le 5
// au matin".
var dayParts = []string{"au matin", "au soir", "dans la nuit", "dans la matinée", "dans la soirée",
	"dans l'après-midi", "dans l’après-midi", "en début de", "en fin de", "en milieu de", "à l'aube", "à l’aube"}

func parseNarrativeDay(g groups) (Expr, bool) {
	d := dayNumber(g.get("d"))
	if d == 0 {
		return Expr{}, false
	}
	if g.has("cur") || g.has("rel") {
		return inAnchorMonth(Expr{Kind: KindDate, Day: d}, g)
	}
	if foldString(g.get("det")) != "le" {
		return Expr{}, false
	}
	after := strings.TrimLeft(g.after, " \u00a0\u202f")
	opens := g.s[0] == 'L' && sentenceStart(g.before)
	switch {
	case strings.HasPrefix(after, ",") && opens:
	case hasPrefixFold(after, dayParts...):
	case (after == "" || strings.ContainsRune(".;,)", rune(after[0]))) && monthNamedBefore(g.before):
		// "signé le 22 février puis confirmé le 26.": the month of the
		// date just said
	default:
		return Expr{}, false
	}
	return Expr{Kind: KindDate, Day: d, Origin: FromPrevious}, true
}

// monthNamedBefore reports whether a month is named in before since its
// last sentence end: "le 22 février à Munich puis confirmé".
func monthNamedBefore(before string) bool {
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range strings.FieldsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if t, _ := Classify(w); t&TMonth != 0 && t&TNumWord == 0 { // not "sept"
			return true
		}
	}
	return false
}

// sentenceStart reports whether before, the text before a word, ends a
// sentence: nothing, or a full stop, question or exclamation mark and
// spaces, or a line end.
func sentenceStart(before string) bool {
	b := strings.TrimRight(before, " \u00a0\u202f\t")
	if b == "" || strings.HasSuffix(b, "\n") {
		return true
	}
	return strings.HasSuffix(b, ".") || strings.HasSuffix(b, "!") || strings.HasSuffix(b, "?")
}

// hasPrefixFold reports whether s opens, in any case, on one of ps.
func hasPrefixFold(s string, ps ...string) bool {
	l := lower.String(s)
	for _, p := range ps {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}
