package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// CountedPeriod matches a number of whole units just before or after the
// anchor: "les trois derniers jours", "les 2 prochaines semaines", "les 30
// jours précédents", "les 24 heures passées", "les 90 secondes suivantes",
// "les dernières 24 heures".
// Shift holds the signed count; "suivant" and "précédent" count from the
// date last mentioned, "prochain", "dernier", "passé", "à venir" from the
// anchor. "Ces derniers jours" gives no count: it is a vague duration.
func CountedPeriod() *Rule {
	return newRule("counted-period", TUnit|TNumWord|TDigit,
		`(?:(?P<det>les|ces|des|ses|leurs)`+sp+`(?:(?P<pre>prochaine?s?|derni[eè]re?s?)`+sp+`)?)?(?P<n>`+number+`)`+sp+`(?:`+
			`(?P<dir>prochaine?s?|derni[eè]re?s?)`+sp+unitWords+
			`|`+unitWords+`(?:`+sp+`(?P<dir>suivante?s?|pass[ée]e?s?|pr[ée]c[ée]dente?s?|derni[eè]re?s?|[àa]`+sp+`venir|[ée]coul[ée]e?s?))?)`,
		parseCounted)
}

func parseCounted(g groups) (Expr, bool) {
	grain, _, mult := unitGrain(g.get("unit"))
	if grain == "" {
		return Expr{}, false
	}
	n, vague := offsetCount(g.get("n"))
	if n <= 0 || vague || n > 1000 {
		return Expr{}, false
	}
	if !g.has("det") && startsWithDigit(g.before[max(0, len(g.before)-1):]) {
		return Expr{}, false
	}
	d := foldString(g.get("dir"))
	switch {
	case g.has("pre") && d != "":
		return Expr{}, false // "les derniers 3 jours suivants"
	case g.has("pre"):
		d = foldString(g.get("pre")) // "les dernières 24 heures"
	case d == "":
		return Expr{}, false // "les 3 jours": an amount, not a period placed in time
	case !g.has("det") && grain == "hour" && strings.HasPrefix(d, "pass"):
		return Expr{}, false // "il était 15 heures passées": a clock time
	}
	if complementAfter(g.after) {
		return Expr{}, false // "les dix derniers jours de la campagne": the end of something else
	}
	e := Expr{Kind: KindDate, Unit: timeline.Grain(grain), Shift: n * mult, Counted: true, Dir: DirNext}
	switch {
	case strings.HasPrefix(d, "dern"), strings.HasPrefix(d, "pass"), strings.HasPrefix(d, "ecoul"):
		e.Shift, e.Dir = -e.Shift, DirLast
	case strings.HasPrefix(d, "prec"):
		e.Shift, e.Dir, e.Origin = -e.Shift, DirLast, FromPrevious
	case strings.HasPrefix(d, "suiv"):
		e.Origin = FromPrevious
	}
	if grain == "second" || grain == "minute" || grain == "hour" {
		e.Kind = KindTime
	}
	return e, true
}
