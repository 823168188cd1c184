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
		`(?:(?P<det>dans`+sp+`la|la|le|l`+apos+`|cette|cet|ce|ces|les|des|du)`+sp0+`)`+
			`(?:(?P<pre>derni[eè]re?|prochaine?|pr[ée]c[ée]dente?)`+sp+`)?`+
			`(?P<unit>semaine|mois|ann[ée]e|an|week-?end|trimestre|semestre|si[eè]cle|d[ée]cennie`+
			`|(?P<vague>(?:derniers|prochains)`+sp+`(?:jours|mois)|(?:derni[eè]res|prochaines)`+sp+`(?:ann[ée]es|semaines|heures)|jours|semaines|heures|ann[ée]es))`+
			`(?:`+sp+`(?P<dir>prochaine?|derni[eè]re?|pass[ée]e?|[ée]coul[ée]e?|suivante?|pr[ée]c[ée]dente?|en`+sp+`cours|qui`+sp+`(?:suit|vient)|(?P<coming>[àa]`+sp+`venir|qui`+sp+`viennent)))?`,
		parseRelativePeriod)
}

// vaguePeriod reads the days, weeks, months or years just past or to come
// that the text does not count: "ces derniers jours", "les prochaines
// semaines", "les mois à venir", "les jours qui viennent", "les prochaines
// heures", "au cours des prochains mois". TimeML gives them
// a vague duration (PXD, PXW, PXM, PXY). "Les derniers jours de mars" is
// the end of a month, not this; "les semaines" alone is no time.
func vaguePeriod(g groups, det, unit string) (Expr, bool) {
	if det != "les" && det != "ces" && det != "des" || g.has("pre") || g.has("dir") && !g.has("coming") {
		return Expr{}, false
	}
	words := strings.Fields(unit)
	if len(words) == 1 && !g.has("coming") {
		return Expr{}, false
	}
	if len(words) == 2 && g.has("coming") {
		return Expr{}, false // "les prochains jours à venir"
	}
	if complementAfter(g.after) {
		return Expr{}, false
	}
	switch words[len(words)-1] {
	case "jours":
		return Expr{Kind: KindDuration, Value: "PXD", Unit: timeline.GrainDay}, true
	case "semaines":
		return Expr{Kind: KindDuration, Value: "PXW", Unit: timeline.GrainWeek}, true
	case "mois":
		return Expr{Kind: KindDuration, Value: "PXM", Unit: timeline.GrainMonth}, true
	case "annees":
		return Expr{Kind: KindDuration, Value: "PXY", Unit: timeline.GrainYear}, true
	case "heures":
		return Expr{Kind: KindDuration, Value: "PTXH", Unit: timeline.GrainHour}, true
	}
	return Expr{}, false
}

func parseRelativePeriod(g groups) (Expr, bool) {
	det := foldString(g.get("det"))
	unit := foldString(g.get("unit"))
	if g.has("vague") || det == "les" || det == "ces" || det == "des" {
		return vaguePeriod(g, det, unit)
	}
	switch unit {
	case "jours", "semaines", "annees", "heures":
		return Expr{}, false // "cette semaines": plural only when vague
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
		if w := foldString(firstLetters(g.after)); w == "de" || w == "d" {
			dir = "passee" // "l'année qui vient de s'écouler": just past
		}
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
	if det == "du" && (g.has("pre") || dir == "" && e.Unit != timeline.GrainWeekend) {
		return Expr{}, false // "du mois" names no particular month; "du mois dernier" does
	}
	switch {
	case dir == "en cours" || det == "cette" || det == "cet" || det == "ce":
		e.Dir = DirThis
	case dir == "" && e.Unit == timeline.GrainWeekend && (det == "le" || det == "du") && duringBefore(g.before):
		e.Dir = DirThis // "pendant le week-end", "au cours du week-end": the one the tense says
	case dir != "":
		e.Dir = readDir(dir)
		if e.Dir == DirNone {
			return Expr{}, false
		}
		if strings.HasPrefix(dir, "suivant") || strings.HasPrefix(dir, "precedent") {
			e.Origin = FromPrevious // "la semaine suivante": after the date told before
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

// duringBefore reports whether before ends with a word that places
// something within one period: "pendant", "durant", "au cours", "lors".
// "Le week-end, les magasins ferment" names every week-end; "pendant le
// week-end" one.
func duringBefore(before string) bool {
	b := foldString(strings.TrimRight(before, " \u00a0\u202f"))
	for _, w := range []string{"pendant", "durant", "au cours", "lors", "pour", "avant", "d'ici", "d’ici"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
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
	case unit == "semestre":
		return timeline.GrainHalf
	case strings.HasPrefix(unit, "siecle"):
		return timeline.GrainCentury
	case strings.HasPrefix(unit, "decennie"):
		return timeline.GrainDecade
	}
	return timeline.GrainYear
}
