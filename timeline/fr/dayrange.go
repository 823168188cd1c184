package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// DayRange matches days of the month given without their month where the
// words around them can only mean days: a range opened by "du" or "entre
// le" ("du 13 au 18", "entre le 13 et le dix-huit") and a day after "à
// partir du" or "jusqu'au" ("à partir du 8"). The month is left to
// resolution, unless the month of the anchor, or the one after or
// before it, follows (anchorMonth: "du 3 au 7 courant", "du 10 au 12 du
// mois prochain"). A number that counts something ("du 13 au 18 %", "du 3 au 5
// ans") or that goes on ("du 13 au 18 mars" is DateRange's) is no match.
func DayRange() *Rule {
	return newRule("day-range", TDigit|TNumWord,
		`(?:(?:du|entre`+sp+`le)`+sp+rangeDay("d1")+sp+`(?:au|jusqu`+apos+`au|et`+sp+`le)`+sp+rangeDay("d2")+
			`|(?P<single>du|jusqu`+apos+`au)`+sp+`(?P<d>1er|[0-3]?\d)(?:er|e)?)`+
			`(?:`+sp+anchorMonth+`)?`,
		parseDayRange)
}

func parseDayRange(g groups) (Expr, bool) {
	if !endsDateClause(g.after) {
		return Expr{}, false
	}
	if s := g.get("single"); s != "" {
		b := foldString(strings.TrimRight(g.before, " \u00a0\u202f"))
		if strings.HasPrefix(foldString(s), "du") && !strings.HasSuffix(b, "a partir") && !strings.HasSuffix(b, "des") {
			return Expr{}, false // "la nuit du 8": only a bound makes a lone number a day
		}
		d := dayNumber(g.get("d"))
		e, ok := inAnchorMonth(Expr{Kind: KindDate, Day: d}, g)
		return e, ok && d != 0
	}
	if g.has("wd1") || g.has("wd2") {
		return Expr{}, false
	}
	from, to := rangeDayNumber(g.get("d1")), rangeDayNumber(g.get("d2"))
	if from == 0 || to == 0 || from >= to {
		return Expr{}, false
	}
	f, ok := inAnchorMonth(Expr{Kind: KindDate, Day: from}, g)
	t, _ := inAnchorMonth(Expr{Kind: KindDate, Day: to}, g)
	return Expr{Kind: KindRange, Unit: timeline.GrainDay, From: &f, To: &t}, ok
}

// endsDateClause reports whether the text after a day number ends the date:
// the end of the text or a punctuation mark, not a unit, a month or a
// decimal.
func endsDateClause(after string) bool {
	t := strings.TrimLeft(after, " \u00a0\u202f")
	if t == "" {
		return true
	}
	switch t[0] {
	case ',', ';', ':', '!', '?', ')':
		return true
	case '.':
		return len(t) == 1 || !isDigitByte(t[1])
	}
	return strings.HasPrefix(t, "»")
}
