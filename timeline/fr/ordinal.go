package fr

import (
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// OrdinalPeriod matches a day or week counted inside a month, and the week
// around a date: "la première semaine de mars", "le 3e jour d'octobre",
// "le dernier jour d'octobre 2015", "la semaine du 21 mars".
func OrdinalPeriod() *Rule {
	return newRule("ordinal-period", TUnit|TPeriod|TNumWord|TDigit,
		`(?:(?:la|le)`+sp+`)?(?:`+
			`(?P<ord>premi[eè]re?|1(?:[eè]re?|er)|deuxi[eè]me|2n?d?e?|2[eè]me|troisi[eè]me|3[eè]?m?e|quatri[eè]me|4[eè]?m?e|cinqui[eè]me|5[eè]?m?e|derni[eè]re?)`+
			sp+`(?P<unit>semaine|jour|week-?end)`+sp+`(?:de|d`+apos+`)`+sp0+`(?:mois`+sp+`(?:de`+sp+`|d`+apos+`))?`+monthName+`(?:`+sp+year4+`)?`+
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
	if e.Month == 0 || e.Ordinal == 0 {
		return Expr{}, false
	}
	switch u := foldString(g.get("unit")); {
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
