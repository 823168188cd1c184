package fr

import (
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// OrdinalPeriod matches a day, weekday, week or fortnight counted inside a
// month, and the week around a date: "la première semaine de mars", "le 3e
// jour d'octobre", "le dernier jour d'octobre 2015", "le dernier lundi de
// mars", "le premier mercredi du mois prochain", "la première quinzaine
// d'avril", "la semaine du 21 mars".
func OrdinalPeriod() *Rule {
	return newRule("ordinal-period", TUnit|TPeriod|TNumWord|TDigit,
		`(?:(?:la|le)`+sp+`)?(?:`+
			`(?P<ord>premi[eè]re?|1(?:[eè]re?|er)|deuxi[eè]me|2n?d?e?|2[eè]me|troisi[eè]me|3[eè]?m?e|quatri[eè]me|4[eè]?m?e|cinqui[eè]me|5[eè]?m?e|derni[eè]re?)`+
			sp+`(?:(?P<unit>semaine|jour|week-?end|quinzaine)|`+weekdayName+`)`+sp+
			`(?:(?:de|d`+apos+`)`+sp0+`(?:mois`+sp+`(?:de`+sp+`|d`+apos+`))?`+monthName+`(?:`+sp+year4+`)?`+
			`|(?P<rel>(?:du|de)`+sp+`(?:ce`+sp+`)?mois(?:`+sp+`(?P<mdir>prochain|suivant|dernier|pass[ée]|pr[ée]c[ée]dent))?))`+
			`|semaine`+sp+`du`+sp+strings.Replace(dayNum, "P<day>", "P<wday>", 1)+sp0+strings.Replace(monthAfterDay, "P<month>", "P<wmonth>", 1)+
			`(?:`+sp+`(?P<wyear>\d{4}))?)`,
		parseOrdinal)
}

func parseOrdinal(g groups) (Expr, bool) {
	if g.has("wday") {
		e := Expr{Kind: KindDate, Day: dayNumber(g.get("wday")), Month: monthNumber(g.get("wmonth")), Unit: timeline.GrainWeek}
		if y := g.get("wyear"); y != "" {
			e.Year, _, _ = readYear(y, "")
		}
		return e, e.Day != 0 && e.Month != 0 && e.Day <= maxDay(e.Month)
	}
	e := Expr{Kind: KindDate, Month: monthNumber(g.get("month")), Ordinal: ordinalNumber(g.get("ord"))}
	e.Weekday = weekdayNumber(g.get("weekday"))
	if e.Ordinal == 0 || e.Month == 0 && (!g.has("rel") || e.Weekday == 0) {
		return Expr{}, false // a month named relative to now only with a weekday
	}
	if g.has("rel") {
		// "le premier mercredi du mois prochain": the month is counted
		// from the anchor, in Unit and Shift
		e.Unit = timeline.GrainMonth
		switch readDir(g.get("mdir")) {
		case DirNext:
			e.Shift = 1
		case DirLast:
			e.Shift = -1
		}
		return e, true
	}
	switch u := foldString(g.get("unit")); {
	case e.Weekday != 0:
		// "le dernier lundi de mars": Unit stays empty
	case u == "quinzaine":
		return fortnight(e, g.get("year"))
	case u == "jour":
		e.Unit = timeline.GrainDay
	case strings.HasPrefix(u, "week"):
		e.Unit = timeline.GrainWeekend
	default:
		e.Unit = timeline.GrainWeek
	}
	if y := g.get("year"); y != "" {
		e.Year, _, _ = readYear(y, "")
	}
	return e, true
}

// fortnight makes "la première quinzaine d'avril" the 1st to the 15th
// and "la deuxième" (or "la dernière") the 16th to the last day.
func fortnight(e Expr, year string) (Expr, bool) {
	if e.Ordinal > 2 {
		return Expr{}, false
	}
	if year != "" {
		e.Year, _, _ = readYear(year, "")
	}
	from, to := Expr{Kind: KindDate, Year: e.Year, Month: e.Month, Day: 1}, Expr{Kind: KindDate, Year: e.Year, Month: e.Month, Day: 15}
	if e.Ordinal != 1 {
		from.Day = 16
		to.Day, to.Ordinal, to.Unit = 0, -1, timeline.GrainDay
	}
	return Expr{Kind: KindRange, From: &from, To: &to}, true
}

// ordinalNumber reads "première", "3e", "troisième" (1..5) and "dernier"
// (-1); 0 when unreadable.
func ordinalNumber(s string) int {
	s = foldString(s)
	switch {
	case strings.HasPrefix(s, "dernier"), strings.HasPrefix(s, "derniere"):
		return -1
	case strings.HasPrefix(s, "premi"), strings.HasPrefix(s, "1"):
		return 1
	case strings.HasPrefix(s, "deux"):
		return 2
	case strings.HasPrefix(s, "trois"):
		return 3
	case strings.HasPrefix(s, "quatri"):
		return 4
	case strings.HasPrefix(s, "cinqui"):
		return 5
	}
	if n, err := strconv.Atoi(strings.TrimRight(s, "ndemr")); err == nil && n >= 1 && n <= 5 {
		return n
	}
	return 0
}
