package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// RelativePeriod matches weeks, months, years and week-ends named relative
// to the anchor: "la semaine prochaine", "cette semaine", "le mois
// dernier", "l'an prochain", "cette année", "ce week-end", "le week-end
// dernier", "la semaine qui suit", "dans la semaine" (this week), and "ces
// derniers jours" (a vague duration).
func RelativePeriod() *Rule {
	return newRule("relative-period", TPeriod|TUnit,
		`(?:(?P<det>dans`+sp+`la|la|le|l`+apos+`|cette|cet|ce|ces)`+sp0+`)`+
			`(?:(?P<pre>derni[eè]re?|prochaine?|pr[ée]c[ée]dente?)`+sp+`)?`+
			`(?P<unit>semaine|mois|ann[ée]e|an|week-?end|trimestre|semestre|si[eè]cle|d[ée]cennie|derniers`+sp+`jours|derni[eè]res`+sp+`(?:ann[ée]es|semaines)|derniers`+sp+`mois)`+
			`(?:`+sp+`(?P<dir>prochaine?|derni[eè]re?|pass[ée]e?|suivante?|pr[ée]c[ée]dente?|en`+sp+`cours|qui`+sp+`(?:suit|vient)))?`,
		parseRelativePeriod)
}

func parseRelativePeriod(g groups) (Expr, bool) {
	det := foldString(g.get("det"))
	unit := foldString(g.get("unit"))
	if det == "ces" {
		switch {
		case strings.HasSuffix(unit, "jours"):
			return Expr{Kind: KindDuration, Value: "PXD", Unit: timeline.GrainDay}, true
		case strings.HasSuffix(unit, "semaines"):
			return Expr{Kind: KindDuration, Value: "PXW", Unit: timeline.GrainWeek}, true
		case strings.HasSuffix(unit, "mois"):
			return Expr{Kind: KindDuration, Value: "PXM", Unit: timeline.GrainMonth}, true
		case strings.HasSuffix(unit, "annees"):
			return Expr{Kind: KindDuration, Value: "PXY", Unit: timeline.GrainYear}, true
		}
		return Expr{}, false
	}
	if strings.Contains(unit, " ") {
		return Expr{}, false
	}
	e := Expr{Kind: KindDate, Unit: periodGrain(unit)}
	dir := strings.Join(strings.Fields(foldString(g.get("dir"))), " ")
	switch dir {
	case "qui suit":
		dir = "suivante"
	case "qui vient":
		dir = "prochaine"
	}
	if strings.HasPrefix(det, "dans") {
		if e.Unit != timeline.GrainWeek || dir != "" || g.has("pre") {
			return Expr{}, false
		}
		det = "cette" // "dans la semaine": this week
	}
	if pre := foldString(g.get("pre")); pre != "" {
		if dir != "" || det == "ces" || det == "ce" || det == "cet" || det == "cette" {
			return Expr{}, false // "le dernier mois dernier", "cette dernière semaine"
		}
		dir = pre // "le dernier trimestre", "la prochaine semaine"
	}
	switch {
	case dir == "en cours" || det == "cette" || det == "cet" || det == "ce":
		e.Dir = DirThis
	case dir != "":
		e.Dir = readDir(dir)
		if e.Dir == DirNone {
			return Expr{}, false
		}
	default:
		return Expr{}, false // "la semaine" alone names no particular week
	}
	if e.Dir != DirThis && dir == "" {
		return Expr{}, false
	}
	switch e.Dir {
	case DirLast:
		e.Shift = -1
	case DirNext:
		e.Shift = 1
	}
	if (det == "ce" || det == "cet") && e.Unit == timeline.GrainWeek {
		return Expr{}, false // "ce semaine" is not French
	}
	return e, true
}

// periodGrain maps a period noun to its grain.
func periodGrain(unit string) timeline.Grain {
	switch {
	case strings.HasPrefix(unit, "semaine"):
		return timeline.GrainWeek
	case unit == "mois":
		return timeline.GrainMonth
	case strings.HasPrefix(unit, "week"):
		return timeline.GrainWeekend
	case unit == "trimestre":
		return timeline.GrainQuarter
	case strings.HasPrefix(unit, "siecle"):
		return timeline.GrainCentury
	case strings.HasPrefix(unit, "decennie"):
		return timeline.GrainDecade
	}
	return timeline.GrainYear
}
