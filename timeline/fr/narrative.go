package fr

import "strings"

// NarrativeDay matches a day of the month said alone in a narrative, where
// the words around it can only make it a date: "Le 3, un autre convoi est
// parti", opening a sentence with a comma after it, or "le 5 au matin",
// with a part of the day after it. The day counts from the date mentioned
// before it (its month, or the next one), so resolution gives it none when
// no date comes before.
func NarrativeDay() *Rule {
	return newRule("narrative-day", TDigit,
		`le`+sp+`(?P<d>1er|[0-3]?\d)`,
		parseNarrativeDay)
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
	after := strings.TrimLeft(g.after, " \u00a0\u202f")
	opens := g.s[0] == 'L' && sentenceStart(g.before)
	switch {
	case strings.HasPrefix(after, ",") && opens:
	case hasPrefixFold(after, dayParts...):
	default:
		return Expr{}, false
	}
	return Expr{Kind: KindDate, Day: d, Origin: FromPrevious}, true
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
	l := strings.ToLower(s)
	for _, p := range ps {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}
