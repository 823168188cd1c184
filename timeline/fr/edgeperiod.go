package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// EdgePeriod matches the first or last days of a month, the first or last
// months of a year, and the halves of both: "les dix derniers jours de
// février", "les trois premiers mois de 2016", "les premiers jours de
// mars", "les derniers mois de l'année", "la première moitié de mars",
// "la seconde moitié de l'année 2015", "les premiers jours du mois
// prochain". Counted ones are ranges; uncounted
// ones are the month or year with mod START or END; a half of a month is
// its first fifteen days or the rest, a half of a year is H1 or H2.
func EdgePeriod() *Rule {
	return newRule("edge-period", TNumWord|TDigit|TEdge,
		`(?:(?P<det>les|des|aux|la|de`+sp+`la|à`+sp+`la)`+sp+`)?(?:`+
			`(?:(?P<n>`+number+`)`+sp+`)?(?P<edge>premi[eè]re?s|derni[eè]re?s)`+sp+`(?P<unit>jours|mois)`+
			`|(?P<half>premi[eè]re|deuxi[eè]me|seconde)`+sp+`moiti[ée])`+
			sp+`(?:de|du|d`+apos+`)`+sp0+`(?:`+
			`(?:mois`+sp+`(?:de`+sp+`|d`+apos+`))?`+monthName+`(?:`+sp+year4+`)?`+
			`|(?P<year>l`+apos+`(?:ann[ée]e|an)(?:`+sp+`(?:(?P<ly>1[5-9]\d\d|20\d\d)|(?P<ydir>derni[eè]re?|prochaine?|pass[ée]e?|pr[ée]c[ée]dente?)))?`+
			`|cette`+sp+`ann[ée]e|(?P<y>1[5-9]\d\d|20\d\d)`+
			`|(?P<rmonth>(?:ce`+sp+`)?mois)(?:`+sp+`(?P<rdir>prochain|dernier|pass[ée]|en`+sp+`cours|courant))?))`,
		parseEdgePeriod)
}

func parseEdgePeriod(g groups) (Expr, bool) {
	if g.has("rmonth") {
		return edgeOfRelativeMonth(g)
	}
	month := monthNumber(g.get("month"))
	year := 0
	if y := g.get("year"); y != "" && month != 0 {
		year, _, _ = readYear(y, "")
	}
	if y := g.get("ly") + g.get("y"); y != "" {
		year, _, _ = readYear(y, "")
	}
	ofYear := month == 0 // "de l'année", "de 2016", "de cette année"
	var thisYear *Expr
	if ofYear && year == 0 {
		// "de l'année", "de cette année", "de l'année dernière"
		thisYear = &Expr{Kind: KindDate, Unit: timeline.GrainYear, Dir: DirThis}
		switch d := readDir(g.get("ydir")); d {
		case DirLast:
			thisYear.Dir, thisYear.Shift = d, -1
		case DirNext:
			thisYear.Dir, thisYear.Shift = d, 1
		}
		if strings.HasSuffix(foldString(g.get("year")), "an") && thisYear.Shift == 0 {
			return Expr{}, false // "l'an" alone is no year of the calendar
		}
	}
	if h := foldString(g.get("half")); h != "" {
		k := 1
		if !strings.HasPrefix(h, "premi") {
			k = 2
		}
		if ofYear {
			return Expr{Kind: KindDate, Unit: timeline.GrainHalf, Ordinal: k, Year: year, YearOf: thisYear}, true
		}
		e, ok := fortnight(Expr{Kind: KindDate, Month: month, Ordinal: k}, g.get("year"))
		return e, ok
	}
	unit := foldString(g.get("unit"))
	if unit == "jours" && ofYear || unit == "mois" && !ofYear {
		return Expr{}, false // "les premiers jours de l'année", "les derniers mois de mars"
	}
	first := strings.HasPrefix(foldString(g.get("edge")), "premi")
	if !g.has("n") {
		// "les premiers jours de mars": the start of the month
		e := Expr{Kind: KindDate, Month: month, Year: year, Mod: "END", Unit: timeline.GrainMonth, YearOf: thisYear}
		if first {
			e.Mod = "START"
		}
		if ofYear {
			e.Unit = timeline.GrainYear
		}
		return e, true
	}
	n, vague := offsetCount(g.get("n"))
	if vague || n < 1 {
		return Expr{}, false
	}
	var from, to Expr
	switch {
	case unit == "mois":
		if n > 12 {
			return Expr{}, false
		}
		from, to = Expr{Kind: KindDate, Year: year, Month: 1}, Expr{Kind: KindDate, Year: year, Month: n}
		if !first {
			from.Month, to.Month = 13-n, 12
		}
	default: // days of a month
		if n > 27 {
			return Expr{}, false
		}
		from, to = Expr{Kind: KindDate, Year: year, Month: month, Day: 1}, Expr{Kind: KindDate, Year: year, Month: month, Day: n}
		if !first {
			from = Expr{Kind: KindDate, Year: year, Month: month, Ordinal: -n, Unit: timeline.GrainDay}
			to = Expr{Kind: KindDate, Year: year, Month: month, Ordinal: -1, Unit: timeline.GrainDay}
		}
	}
	return Expr{Kind: KindRange, From: &from, To: &to, YearOf: thisYear}, true
}

// edgeOfRelativeMonth reads the first or last days of a month named
// relative to the anchor: uncounted, its start or end ("les premiers jours
// du mois prochain", "les derniers jours du mois dernier", "les premiers
// jours de ce mois"); counted first days, a range ("les dix premiers jours
// du mois prochain"). Counted last days and halves of such a month are
// left out.
func edgeOfRelativeMonth(g groups) (Expr, bool) {
	if g.has("half") || foldString(g.get("unit")) != "jours" || endsWithNumber(g.before) {
		return Expr{}, false
	}
	first := strings.HasPrefix(foldString(g.get("edge")), "premi")
	e := Expr{Kind: KindDate, Unit: timeline.GrainMonth, Dir: DirThis, Mod: "END"}
	if first {
		e.Mod = "START"
	}
	switch d := readDir(g.get("rdir")); d {
	case DirNext:
		e.Dir, e.Shift = d, 1
	case DirLast:
		e.Dir, e.Shift = d, -1
	}
	if !g.has("n") {
		return e, true
	}
	n, vague := offsetCount(g.get("n"))
	if vague || n < 1 || n > 27 || !first {
		return Expr{}, false
	}
	from := Expr{Kind: KindDate, Day: 1, Unit: timeline.GrainMonth, Shift: e.Shift}
	to := from
	to.Day = n
	return Expr{Kind: KindRange, From: &from, To: &to}, true
}

// endsWithNumber reports whether before ends with a number, in figures or
// words: "dix" before "premiers jours" is the count of a longer match.
func endsWithNumber(before string) bool {
	b := strings.TrimRight(before, " \u00a0\u202f")
	if b != "" && isDigitByte(b[len(b)-1]) {
		return true
	}
	w := lastWord(b)
	if w == "" || !strings.HasSuffix(b, w) {
		return false
	}
	_, ok := numberValue(w)
	return ok
}
