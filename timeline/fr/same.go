package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// SamePeriod matches a day, a part of day, a week, a month or a year the
// text has already named, said again: "le même jour", "le jour même",
// "ce jour-là", "ce soir-là", "la même semaine", "cette année-là". It
// counts from the previous date, as "la veille" does. "À ce moment-là"
// and "au même moment" are the time last named itself; "à la même
// époque", "à la même période", "à pareille époque" the month of the
// anchor in the year last named, "à la même date" its day; "durant la
// même période" is the period last named.
func SamePeriod() *Rule {
	return newRule("same-period", TUnit|TPeriod|TPart|TRef|TEpoch,
		`(?:(?:le|la)`+sp+`m[eê]me`+sp+`(?P<unit>jour|journ[ée]e|semaine|mois|ann[ée]e|soir[ée]e|soir|matin[ée]e|matin|nuit)`+
			`|(?P<again>ce`+sp+`moment(?:-l[àa]|`+sp+`là)|au`+sp+`m[eê]me`+sp+`moment)`+
			`|(?P<epoch>la`+sp+`m[eê]me`+sp+`(?:[ée]poque|(?P<period>p[ée]riode)|(?P<date>date))|pareille`+sp+`[ée]poque)`+
			`|le`+sp+`(?P<unit>jour|soir|matin)`+sp+`m[eê]me`+
			`|(?:ce|cet|cette)`+sp+`(?P<unit>jour|journ[ée]e|semaine|mois|ann[ée]e|an|soir[ée]e|soir|matin[ée]e|matin|nuit|apr[eè]s-midi|week-?end)(?:-l[àa]|`+sp+`là))`,
		parseSamePeriod)
}

func parseSamePeriod(g groups) (Expr, bool) {
	if g.has("again") {
		return Expr{Kind: KindDate, Origin: FromPrevious, Again: true}, true
	}
	if g.has("period") && !endsWithWord(g.before, "à", "a") {
		// "durant la même période": the period last named, not the time
		// of year ("à la même période")
		return Expr{Kind: KindDate, Origin: FromPrevious, Again: true}, true
	}
	if g.has("epoch") {
		unit := timeline.GrainMonth
		if g.has("date") {
			unit = timeline.GrainDay // "l'an dernier à la même date": that day
		}
		return Expr{Kind: KindDate, Origin: FromPrevious, Epoch: true, Unit: unit}, true
	}
	unit := foldString(g.get("unit"))
	e := Expr{Kind: KindDate, Origin: FromPrevious, Unit: timeline.GrainDay}
	switch {
	case unit == "jour" || unit == "journee":
	case unit == "semaine":
		e.Unit, e.Dir = timeline.GrainWeek, DirThis
	case unit == "mois":
		e.Unit, e.Dir = timeline.GrainMonth, DirThis
	case unit == "annee" || unit == "an":
		e.Unit, e.Dir = timeline.GrainYear, DirThis
	case strings.HasPrefix(unit, "week"):
		e.Unit, e.Dir = timeline.GrainWeekend, DirThis
	default: // a part of the day named before: "ce soir-là", "la même nuit"
		e.Part = partCode(unit)
	}
	return e, true
}
